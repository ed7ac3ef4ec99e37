// Roll-forward from the command line: `generate --log` appends the closing balances to NDDR_Log in the
// workbook, `next` writes a copy opening where the last return closed, and the copy generates cleanly.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { readTables } from "../support/exceljs-tables";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";

async function logRowsOf(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return readTables(wb).find((t) => t.name === "NDDR_Log")!.rows;
}

async function valueOf(path: string, sheet: string, address: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb.getWorksheet(sheet)!.getCell(address).value;
}

let tmp: string;
let workbook: string;
beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-roll-"));
  workbook = join(tmp, "register.xlsx");
  writeFileSync(workbook, new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer()));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test("without --log the workbook file is not written", async () => {
  const before = readFileSync(workbook);
  expect(await main(["generate", workbook, "--out", join(tmp, "out")], capture())).toBe(0);
  expect(readFileSync(workbook).equals(before)).toBe(true);
});

test("--log appends one row per class with the closing balances and the input fingerprint", async () => {
  expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
  const rows = await logRowsOf(workbook);
  expect(rows.map((r) => r.slice(0, 5))).toEqual([
    ["2024-12-18T08:01:02+08:00", 45643, "B", 36_393_336_530, 0], // 45643: Excel's serial of 17 December 2024
    ["2024-12-18T08:01:02+08:00", 45643, "A", 614_034_470, 0],
  ]);
  expect(rows[0][5]).toMatch(/^sha256:[0-9a-f]{16}$/);
});

test("generating the same return twice with --log logs it once and raises no roll-forward error", async () => {
  expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
  const io = capture();
  expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], io)).toBe(0);
  expect(io.lines.join("\n")).toContain("nothing appended");
  expect(await logRowsOf(workbook)).toHaveLength(2);
});

test("next writes a copy opening on the last logged closing date with its balances, and leaves the workbook alone", async () => {
  await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture());
  const logged = readFileSync(workbook);
  const copy = join(tmp, "next.xlsx");
  expect(await main(["next", workbook, "--out", copy], capture())).toBe(0);
  expect(readFileSync(workbook).equals(logged)).toBe(true);
  expect(await valueOf(copy, "Issuer", "B6")).toEqual(new Date("2024-12-17T00:00:00Z")); // Opening date, a date as Excel writes it
  expect(await valueOf(copy, "Issuer", "B5")).toBeNull(); // Date submitted cleared
  expect(await valueOf(copy, "Classes", "I2")).toBe(36_393_336_530); // class B opening issued
  expect(await valueOf(copy, "Classes", "I3")).toBe(614_034_470); // class A opening issued
});

test("the next return's copy generates with no finding against the log", async () => {
  await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture());
  const copy = join(tmp, "next.xlsx");
  await main(["next", workbook, "--out", copy], capture());
  const io = capture();
  expect(await main(["generate", copy, "--out", join(tmp, "out2"), "--today", "2024-12-20"], io)).toBe(0);
  const json = JSON.parse(readFileSync(join(tmp, "out2", "return.json"), "utf8"));
  expect(json.findings.filter((f: { code: string }) => f.code.startsWith("OPENING"))).toEqual([]);
  expect(json.sectionI.map((c: { opening: { issued: number } }) => c.opening.issued)).toEqual([36_393_336_530, 614_034_470]);
});

test("next without a log says what to do and writes nothing", async () => {
  const io = capture();
  expect(await main(["next", workbook, "--out", join(tmp, "next.xlsx")], io)).toBe(1);
  expect(io.lines.join("\n")).toContain("NDDR_Log is empty");
});

test("next refuses to overwrite the workbook it reads", async () => {
  expect(await main(["next", workbook, "--out", workbook], capture())).toBe(2);
});

test("next on a workbook with a damaged table says it cannot read it, with no internal error", async () => {
  const zip = await JSZip.loadAsync(readFileSync(workbook));
  const table = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
  zip.file(table, (await zip.file(table)!.async("string")).replace(/ref="[^"]+"/, 'ref="A1:ZZZZ9"'));
  writeFileSync(workbook, await zip.generateAsync({ type: "uint8array" }));
  const io = capture();
  expect(await main(["next", workbook, "--out", join(tmp, "next.xlsx")], io)).toBe(2);
  expect(io.text()).toContain("a table in it is damaged");
  expect(io.text()).not.toMatch(/internal error/i);
});

test("next opens on a Monthly Return logged by hand after the last NDDR (Note 1)", async () => {
  await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture());
  // The Monthly Return for December 2024, typed into the log below the NDDR's rows (rows 4 and 5).
  const withMonthly = buildInputWorkbook({
    ...SENSETIME_2024_12_18,
    log: [
      ...(await logRowsOf(workbook)).map((r) => r.map((v) => (typeof v === "object" && v !== null ? null : v)) as (string | number | null)[]),
      [null, "2024-12-31", "B", 36_393_336_530, 0, null, "Monthly Return"],
      [null, "2024-12-31", "A", 614_034_470, 0, null, "Monthly Return"],
    ],
  });
  writeFileSync(workbook, new Uint8Array(await withMonthly.xlsx.writeBuffer()));
  const copy = join(tmp, "next.xlsx");
  const io = capture();
  expect(await main(["next", workbook, "--out", copy], io)).toBe(0);
  expect(await valueOf(copy, "Issuer", "B6")).toEqual(new Date("2024-12-31T00:00:00Z"));
  expect(io.text()).toContain("closing of the Monthly Return logged at Log!B5");
});

test("a return opening on the last NDDR while a later Monthly Return is logged stops with the error naming it", async () => {
  const withMonthly = buildInputWorkbook({
    ...SENSETIME_2024_12_18,
    log: [
      [null, "2024-11-20", "B", 34_528_336_530, 0, null, null],
      [null, "2024-11-30", "B", 34_528_336_530, 0, null, "Monthly Return"],
    ],
    issuer: { ...SENSETIME_2024_12_18.issuer, "Opening date": new Date("2024-11-20T00:00:00Z") },
  });
  writeFileSync(workbook, new Uint8Array(await withMonthly.xlsx.writeBuffer()));
  const io = capture();
  expect(await main(["generate", workbook, "--out", join(tmp, "out")], io)).toBe(1);
  expect(io.text()).toMatch(/Issuer!B6 +OPENING_BEFORE_MONTHLY_RETURN: .*Monthly Return logged for class B at Log!B3/);
});
