// The simulated Excel on workbooks written by others (QA F2, F3, F9, F10, F17): it opens them as the
// command line does, keeps a totals row, reads only the sheets the add-in touches, and says so where it
// cannot imitate Excel (a formula Excel would calculate on opening).
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { main } from "../../src/cli/main";
import { simulateMain } from "../../src/cli/simulate";
import { unreadSheetBytes } from "../../src/adapters/exceljs/simulated-open";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { bothHosts } from "../support/parity";
import { hostOf, openXlsx, addinHost, sheet } from "../support/simulated";
import { absolutePaths, formulaWithoutResult, inlineStrings, sheetWideValidation, withTotalsRow, xPrefixed } from "../support/written-by-others";
import { likeExcel } from "../support/written-elsewhere";
import { generateReturnFromRibbon } from "../../src/ribbon/commands";

jest.setTimeout(120_000);

const sensetime = async () => likeExcel(new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer()));
const MOVEMENTS = "xl/worksheets/sheet5.xml";
const CLOSING_H = "36,393,336,530";
const part = async (bytes: Uint8Array, path: string) => (await JSZip.loadAsync(bytes)).file(path)!.async("string");

describe("workbooks other programs wrote open as the command line opens them", () => {
  test.each([
    ["the main namespace prefixed x: (OpenXML SDK)", xPrefixed, async (b: Uint8Array) => expect(await part(b, "xl/workbook.xml")).toMatch(/<x:workbook\b/)],
    ["absolute part paths (openpyxl)", absolutePaths, async (b: Uint8Array) => expect(await part(b, "xl/_rels/workbook.xml.rels")).toContain('Target="/xl/worksheets/sheet1.xml"')],
    ["inline strings", inlineStrings, async (b: Uint8Array) => expect(await part(b, MOVEMENTS)).toContain('t="inlineStr"')],
  ])("%s: the simulated add-in writes the published return", async (_name, rewrite, isWritten) => {
    const bytes = await rewrite(await sensetime());
    await isWritten(bytes);
    const runs = await bothHosts(bytes, { today: "2024-12-18" });
    try {
      expect([runs.cli.code, runs.addin.code]).toEqual([0, 0]);
      expect(runs.addin.text).toContain(CLOSING_H);
    } finally {
      runs.done();
    }
  });
});

describe("a table with a totals row (Table Design → Total Row)", () => {
  const withTotals = async () => withTotalsRow(await sensetime(), "NDDR_Movements", 5, 1_865_000_000);

  test("simulate writes return.json and host.json and exits as the generation did", async () => {
    const bytes = await withTotals();
    expect(await part(bytes, "xl/tables/table3.xml")).toMatch(/totalsRowCount="1"/);
    const runs = await bothHosts(bytes, { today: "2024-12-18" });
    try {
      expect(runs.addin.code).toBe(0);
      expect(runs.addin.json).toBeDefined();
      expect(runs.addin.host).toBeDefined();
    } finally {
      runs.done();
    }
  });

  test("the saved workbook keeps the totals row, its label and its function", async () => {
    const runs = await bothHosts(await withTotals(), { today: "2024-12-18" });
    try {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(runs.addin.workbook!) as unknown as ArrayBuffer);
      const xml = await part(readFileSync(runs.addin.workbook!), "xl/tables/table3.xml");
      expect(xml).toMatch(/totalsRowCount="1"/);
      expect(xml).toMatch(/totalsRowLabel="Total"/);
      expect(xml).toMatch(/name="Shares"[^>]*totalsRowFunction="sum"/);
      const again = await openXlsx(readFileSync(runs.addin.workbook!));
      const t = again.tables.find((x) => x.name === "NDDR_Movements")!;
      expect([t.showTotals, t.range.bottom]).toEqual([true, 3]);
      expect(sheet(again, "Movements")!.rows[3]![1]!.v).toBe("Total");
    } finally {
      runs.done();
    }
  });

  test("rows added to such a table go above its totals row, as Excel adds them", async () => {
    const wb = await openXlsx(await withTotals());
    const host = hostOf(wb);
    await host.excel.run(async (context) => {
      context.workbook.tables.getItem("NDDR_Movements").rows.add(undefined, [Array.from({ length: 12 }, (_, i) => (i === 0 ? "H" : ""))]);
      await context.sync();
    });
    const t = wb.tables.find((x) => x.name === "NDDR_Movements")!;
    expect(t.range.bottom).toBe(4);
    expect(sheet(wb, "Movements")!.rows[3]![1]!.v).toBe("H");
    expect(sheet(wb, "Movements")!.rows[4]![1]!.v).toBe("Total");
  });
});

describe("only what the add-in touches is read", () => {
  test("a sheet the add-in never reads stays unread through a whole generation", async () => {
    const book = buildInputWorkbook(SENSETIME_2024_12_18);
    const other = book.addWorksheet("Unrelated data");
    for (let r = 1; r <= 20_000; r++) other.getCell(r, 1).value = `row ${r}`;
    const wb = await openXlsx(await likeExcel(new Uint8Array(await book.xlsx.writeBuffer())));
    const host = hostOf(wb);
    const outcome = await generateReturnFromRibbon({ completed: () => undefined } as unknown as Office.AddinCommands.Event, addinHost(host), () => new Date("2024-12-18T01:00:00Z"), { language: "en" });
    expect(outcome.generation?.returnSheet).toBeDefined();
    expect(unreadSheetBytes(sheet(wb, "Unrelated data")!)).toBeGreaterThan(100_000);
  });

  test("a validation over the whole sheet (sqref A1:XFD1048576) is not expanded cell by cell", async () => {
    const bytes = await sheetWideValidation(await sensetime(), MOVEMENTS);
    expect(await part(bytes, MOVEMENTS)).toContain('sqref="A1:XFD1048576"');
    const runs = await bothHosts(bytes, { today: "2024-12-18" });
    try {
      expect(runs.addin.code).toBe(0);
      expect(runs.addin.text).toContain(CLOSING_H);
    } finally {
      runs.done();
    }
  });
});

describe("a formula saved without its result (a program that does not calculate wrote the file)", () => {
  test("the command line reports FORMULA_NOT_CALCULATED at the cell; the simulated Excel refuses to guess Excel's value, naming the same cell", async () => {
    const bytes = await formulaWithoutResult(await sensetime(), MOVEMENTS, "E2", "50000000*2");
    const dir = mkdtempSync(join(tmpdir(), "nddr-nocache-"));
    try {
      const file = join(dir, "in.xlsx");
      writeFileSync(file, bytes);
      const cliErr: string[] = [];
      expect(await main(["generate", file, "--out", join(dir, "cli"), "--today", "2024-12-18"], { out: () => {}, err: (t) => cliErr.push(t), today: () => "2024-12-18" as never })).toBe(1);
      const cli = JSON.parse(readFileSync(join(dir, "cli", "return.json"), "utf8")) as { generation?: { findings?: { code: string; sheet?: string; cell?: string }[] }; findings?: { code: string; sheet?: string; cell?: string }[] };
      const findings = cli.findings ?? cli.generation?.findings ?? [];
      expect(findings).toContainEqual(expect.objectContaining({ code: "FORMULA_NOT_CALCULATED", sheet: "Movements", cell: "E2" }));
      const simOut: string[] = [];
      const code = await simulateMain([file, "--out", join(dir, "sim"), "--today", "2024-12-18"], { out: (t) => simOut.push(t), err: (t) => simOut.push(t), today: () => "2024-12-18" as never });
      expect(code).toBe(2);
      expect(existsSync(join(dir, "sim", "return.json"))).toBe(false);
      expect(simOut.join("\n")).toMatch(/Movements!E2 holds a formula \(=50000000\*2\) with no saved result[\s\S]*Open the file in Excel/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
