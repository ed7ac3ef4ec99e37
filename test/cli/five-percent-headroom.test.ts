// `nddr generate` when no return is due: the 5% running total and headroom of each class follow the
// "not due" sentence (rules.md 17; README: "with the headroom left"), the figures of return.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-five-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test("not due: each class's 5% events so far and the shares left before a return is due", async () => {
  const workbook = join(tmp, "register.xlsx");
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const data = {
    ...SENSETIME_2024_12_18,
    movements: [["B", day("2024-12-17"), "Share scheme - new shares to other participants", "2023 Share Award Scheme", 2_500_000, null, null, null, null]],
  };
  writeFileSync(workbook, new Uint8Array(await buildInputWorkbook(data).xlsx.writeBuffer()));
  const io = capture();
  expect(await main(["generate", workbook, "--out", join(tmp, "out")], io)).toBe(0);
  const json = JSON.parse(readFileSync(join(tmp, "out", "return.json"), "utf8")) as { sectionI: { classKey: string; fivePercent: { headroom: number } }[] };
  // ⌈5% × 34,528,336,530⌉ = 1,726,416,827 − 2,500,000; ⌈5% × 614,034,470⌉ = 30,701,724
  expect(json.sectionI.map((c) => c.fivePercent.headroom)).toEqual([1_723_916_827, 30_701_724]);
  expect(io.lines).toContain("Class B: 5% events so far 2,500,000 shares (0.01 %); 1,723,916,827 more shares of 5% events before a return is due.");
  expect(io.lines).toContain("Class A: 5% events so far 0 shares (0 %); 30,701,724 more shares of 5% events before a return is due.");
});
