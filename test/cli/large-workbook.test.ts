// A workbook whose first sheet is an unrelated table of many rows, each with its own text (so the
// shared strings hold them all before the contract's): the command line reads only the contract's
// sheets and the shared strings they use, and gives the same return. The benchmark times the full
// 42 MB, million-row version (npm run bench: large-workbook-*).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { largeWorkbook } from "../../scripts/large-workbook";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";
import { handPackage, tableXml } from "../support/xlsx-parts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nddr-large-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("gives the SenseTime return from a workbook with 50,000 unrelated rows before its tables", async () => {
  const file = join(dir, "large.xlsx");
  writeFileSync(file, await largeWorkbook(50_000));
  const io = capture();
  expect(await main(["generate", file, "--out", join(dir, "out"), "--today", "2024-12-18"], io)).toBe(0);
  const json = JSON.parse(readFileSync(join(dir, "out", "return.json"), "utf8"));
  expect(json.sectionI[0].closing.issued).toBe(36_393_336_530);
  expect(json.findings).toEqual([]);
}, 60_000);

it("refuses tables of more than 5,000,000 cells with exit 2 and a sentence, before reading them", async () => {
  const file = join(dir, "huge-table.xlsx");
  writeFileSync(file, handPackage({ rows: "", table: tableXml("A1:J1000000", ["Class key", "Shares"]) }));
  const io = capture();
  expect(await main(["generate", file, "--out", join(dir, "out-huge")], io)).toBe(2);
  expect(io.text()).toMatch(/cannot read .*10,000,000 cells, more than the 5,000,000 this tool reads/);
});
