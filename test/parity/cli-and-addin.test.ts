// Parity of the hosts: every example and golden-fixture workbook — as we write it, as Excel and
// LibreOffice write it, and in the 1904 date system — through `nddr generate` and through the add-in's
// own Generate on the simulated Excel on the web gives the same return.json (the `generator` field
// aside) and the same return.txt, with the same exit code. Where there is a return, the sheet the add-in
// wrote is read back from the saved workbook by LibreOffice and must show what return.txt prints.
import { DUE_UNKNOWN } from "../../src/render/due-text";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { SENSETIME_2024_12_18, TENCENT_2025_06_13 } from "../../scripts/build-example";
import { hasLibreOffice } from "../../scripts/libreoffice";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import { MINISO, SALES } from "../support/golden-workbooks";
import { bothHosts, withoutGenerator } from "../support/parity";
import { describeParity, type ParityCase } from "../support/parity-suite";
import { EXAMPLES } from "../support/simulated";
import { in1904, likeExcel, throughLibreOffice } from "../support/written-elsewhere";

jest.setTimeout(300_000);
const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI === "true") throw new Error("CI needs LibreOffice (soffice) for the parity read-back");

const ours = async (data: InputWorkbookData) => new Uint8Array(await buildInputWorkbook(data).xlsx.writeBuffer());
const example = (file: string) => async () => new Uint8Array(readFileSync(join(EXAMPLES, file)));

const CASES: ParityCase[] = [
  { name: "examples/sensetime-2024-12-18.xlsx", bytes: example("sensetime-2024-12-18.xlsx"), today: "2024-12-18", readBack: true },
  { name: "examples/sensetime-2024-12-18.xlsx in Chinese", bytes: example("sensetime-2024-12-18.xlsx"), today: "2024-12-18", lang: "zh-HK", readBack: true },
  { name: "examples/tencent-2025-06-13.xlsx", bytes: example("tencent-2025-06-13.xlsx"), today: "2025-06-13", readBack: true },
  { name: "golden SenseTime, rebuilt", bytes: () => ours(SENSETIME_2024_12_18), today: "2024-12-18" },
  { name: "golden Tencent, rebuilt", bytes: () => ours(TENCENT_2025_06_13), today: "2025-06-13" },
  { name: "golden MINISO", bytes: () => ours(MINISO), today: "2024-10-18", readBack: true },
  { name: "on-market sales of treasury shares (Section III)", bytes: () => ours(SALES), today: "2024-12-12", readBack: true },
  { name: "SenseTime in the 1904 date system", bytes: () => in1904(SENSETIME_2024_12_18), today: "2024-12-18" },
  { name: "Tencent in the 1904 date system", bytes: () => in1904(TENCENT_2025_06_13), today: "2025-06-13" },
  { name: "Section III saved by LibreOffice", bytes: async () => throughLibreOffice(await ours(SALES)), today: "2024-12-12" },
  { name: "Tencent saved by LibreOffice", bytes: async () => throughLibreOffice(await ours(TENCENT_2025_06_13)), today: "2025-06-13" },
];

describeParity(CASES, () => /^NDDR \d{4}-\d{2}-\d{2}/);

describe("a workbook whose tables Excel saved (no headerRowCount: one header row)", () => {
  // exceljs 4.4 read such a table as having no header row; the command line's own reader and the
  // simulated Excel both read the table parts as Excel does.
  test("gives the same return.json through the command line and the add-in", async () => {
    const runs = await bothHosts(await likeExcel(await ours(SENSETIME_2024_12_18)), { today: "2024-12-18" });
    try {
      expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    } finally {
      runs.done();
    }
  });

  test("the add-in reads it into the published return", async () => {
    const runs = await bothHosts(await likeExcel(await ours(SENSETIME_2024_12_18)), { today: "2024-12-18" });
    try {
      expect(runs.addin.code).toBe(0);
      expect(runs.addin.text).toContain("36,393,336,530");
    } finally {
      runs.done();
    }
  });
});

describe("a 1904 workbook saved by LibreOffice (date1904=\"true\")", () => {
  // exceljs 4.4 takes only date1904="1" for the 1904 system; the command line's reader and the
  // simulated Excel take "true" too.
  test("gives the same return.json through the command line and the add-in", async () => {
    const bytes = throughLibreOffice(await in1904(SENSETIME_2024_12_18));
    if (!bytes) throw new Error("needs soffice");
    const runs = await bothHosts(bytes, { today: "2024-12-18" });
    try {
      expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    } finally {
      runs.done();
    }
  });
});

describe("a workbook with errors", () => {
  test("the findings sheet the add-in wrote, read back from the saved workbook, lists every finding of return.json", async () => {
    const book = buildInputWorkbook(SENSETIME_2024_12_18);
    book.getWorksheet("Movements")!.getCell("E2").value = "many";
    book.getWorksheet("Classes")!.getCell("I3").value = -5;
    const runs = await bothHosts(new Uint8Array(await book.xlsx.writeBuffer()), { today: "2024-12-18" });
    try {
      expect([runs.cli.code, runs.addin.code]).toEqual([1, 1]);
      expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.readFile(runs.addin.workbook!);
      const sheet = saved.getWorksheet("NDDR Findings")!;
      const listed: string[] = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const text = (i: number) => {
          const v = row.getCell(i).value as ExcelJS.CellValue;
          return typeof v === "object" && v !== null && "text" in v ? String(v.text) : String(v ?? "");
        };
        listed.push([text(1), text(2), text(3), text(5)].join(" | "));
      });
      const findings = runs.cli.json!.findings as { severity: string; sheet?: string; cell?: string; message: string; code: string }[];
      // After the findings, the sheet says what the pane says while errors stand (docs/rules.md 21).
      expect(listed).toEqual([...findings.map((f) => [f.severity, f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "", f.message, f.code].join(" | ")), ` |  | ${DUE_UNKNOWN} | `]);
    } finally {
      runs.done();
    }
  });
});
