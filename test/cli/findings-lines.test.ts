// The console's list of findings (QA round 8, P5): a 60,000-row ledger of alike rows printed 57,900
// DUPLICATE_ROW lines, burying the breach. At most 20 of a code are printed, the rest counted on one line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { describeFindings, FINDINGS_SHOWN_PER_CODE } from "../../src/cli/options";
import { finding, type Finding } from "../../src/domain/finding";
import { capture } from "../support/capture-io";

const duplicates = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding("DUPLICATE_ROW", "warning", `Row ${i + 3} repeats row 2.`, { sheet: "Movements", cell: `A${i + 3}` }));

test("up to 20 findings of a code are each printed, with nothing counted", () => {
  const lines = describeFindings(duplicates(FINDINGS_SHOWN_PER_CODE), "every one is in out/return.json");
  expect(lines).toHaveLength(20);
  expect(lines.every((l) => l.includes("DUPLICATE_ROW: Row "))).toBe(true);
});

test("past 20 of a code the rest are counted on one line that says where all of them are", () => {
  const lines = describeFindings(duplicates(57_900), "every one is in out/return.json");
  expect(lines).toHaveLength(21);
  expect(lines[20]).toBe("…       and 57,880 more DUPLICATE_ROW findings not shown here: every one is in out/return.json.");
});

test("a breach among many warnings is printed, and every breach is", () => {
  const breaches = Array.from({ length: 30 }, (_, i) => finding("MANDATE_EXCEEDED", "warning", `Repurchase ${i} exceeds the mandate.`, { sheet: "Repurchases", cell: `C${i + 2}` }));
  const lines = describeFindings([...breaches, ...duplicates(100)], "every one is in out/return.json");
  expect(lines.filter((l) => l.startsWith("BREACH"))).toHaveLength(30);
  expect(lines.filter((l) => l.includes("more MANDATE_EXCEEDED"))).toEqual([]);
});

test("each code is cut on its own: 25 errors of one code and 3 of another print 20 and 3", () => {
  const errors = (code: string, n: number) => Array.from({ length: n }, (_, i) => finding(code, "error", `Bad ${i}.`, { sheet: "Movements", cell: `E${i + 2}` }));
  const lines = describeFindings([...errors("SHARES_NOT_INTEGER", 25), ...errors("BAD_DATE", 3)], "x");
  expect(lines.filter((l) => l.includes("SHARES_NOT_INTEGER: "))).toHaveLength(20);
  expect(lines.filter((l) => l.includes("BAD_DATE: "))).toHaveLength(3);
  // The count follows the last line of its own code, before the next code's lines.
  expect(lines[20]).toContain("and 5 more SHARES_NOT_INTEGER findings");
  expect(lines[21]).toContain("BAD_DATE: ");
});

test("nddr generate on 26 alike rows prints 20 DUPLICATE_ROW lines and counts the other 5; return.json holds all 25", async () => {
  const tmp = mkdtempSync(join(tmpdir(), "nddr-lines-"));
  try {
    const workbook = join(tmp, "alike.xlsx");
    const movements = Array.from({ length: 26 }, () => SENSETIME_2024_12_18.movements![0]);
    writeFileSync(workbook, new Uint8Array(await buildInputWorkbook({ ...SENSETIME_2024_12_18, movements }).xlsx.writeBuffer()));
    const io = capture();
    await main(["generate", workbook, "--out", join(tmp, "out")], io);
    expect(io.lines.filter((l) => / DUPLICATE_ROW: /.test(l))).toHaveLength(20);
    expect(io.lines).toContain(`…       and 5 more DUPLICATE_ROW findings not shown here: every one is in ${join(tmp, "out", "return.json")}.`);
    const json = JSON.parse(readFileSync(join(tmp, "out", "return.json"), "utf8")) as { findings: { code: string }[] };
    expect(json.findings.filter((f) => f.code === "DUPLICATE_ROW")).toHaveLength(25);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
