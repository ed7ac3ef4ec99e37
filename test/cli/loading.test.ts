// What a command line run loads of exceljs: nothing until a return.xlsx is written (a run with errors
// writes none, `--help` needs none), and then its Workbook class alone, not the whole library with its
// streaming reader and writer (docs/decisions.md, "Loading exceljs and hashing the inputs").
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { capture } from "../support/capture-io";
import { excelStyleFromGrids } from "../support/excel-style-xlsx";

const mockLoaded: string[] = [];
jest.mock("exceljs", () => {
  mockLoaded.push("exceljs");
  return jest.requireActual("exceljs");
});
jest.mock("exceljs/lib/doc/workbook", () => {
  mockLoaded.push("exceljs/lib/doc/workbook");
  return jest.requireActual("exceljs/lib/doc/workbook");
});

const EXAMPLE = join(__dirname, "..", "..", "examples", "sensetime-2024-12-18.xlsx");

let tmp: string;
beforeEach(() => {
  jest.resetModules(); // every test starts from nothing loaded
  mockLoaded.length = 0;
  tmp = mkdtempSync(join(tmpdir(), "nddr-loading-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<number> {
  const { main } = await import("../../src/cli/main");
  return main(args, capture());
}

test("nddr --help loads nothing of exceljs", async () => {
  expect(await run(["--help"])).toBe(0);
  expect(mockLoaded).toEqual([]);
});

test("a generation with errors, which writes no return.xlsx, loads nothing of exceljs", async () => {
  const file = join(tmp, "in.xlsx");
  writeFileSync(file, excelStyleFromGrids([{ name: "NDDR_Issuer", sheet: "Issuer", headerRow: 1, firstColumn: 1, headers: ["Field", "Value"], rows: [["Issuer name", null]] }]));
  expect(await run(["generate", file, "--out", join(tmp, "out"), "--today", "2024-12-18"])).toBe(1);
  expect(mockLoaded).toEqual([]);
});

test("writing return.xlsx loads exceljs's Workbook class alone, not the whole library", async () => {
  expect(await run(["generate", EXAMPLE, "--out", join(tmp, "out"), "--today", "2024-12-18"])).toBe(0);
  expect(mockLoaded).toEqual(["exceljs/lib/doc/workbook"]);
});
