// Golden test: the bundled example must reproduce SenseTime's published return of 18 December 2024.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx, type WorkbookGeneration } from "../../src/generate";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { comparableLines } from "../support/published-text";
import { SAVED_BY } from "../support/resave";

const PUBLISHED = readFileSync(join(__dirname, "../fixtures/published/sensetime-nddr-2024-12-18.txt"), "utf8");
const EXAMPLE = join(__dirname, "../../examples/sensetime-2024-12-18.xlsx");
const TODAY = "2024-12-18" as IsoDate;

function files(result: WorkbookGeneration) {
  if (!result.readable) throw new Error(result.reason);
  return result.files;
}

describe.each(SAVED_BY)("the bundled SenseTime example, saved %s", (_, resave) => {
  let result: WorkbookGeneration;
  beforeAll(async () => {
    result = await generateFromXlsx(await resave(readFileSync(EXAMPLE)), TODAY);
  }, 60_000);

  it("produces return.txt identical, line by line, to the published return", () => {
    expect(comparableLines(files(result).text ?? "")).toEqual(comparableLines(PUBLISHED));
  });

  it("carries the published figures in return.json", () => {
    const json = JSON.parse(files(result).json);
    const [b, a] = json.sectionI;
    expect(b.opening).toEqual({ date: "2024-11-30", issued: 34528336530, treasury: 0, total: 34528336530 });
    expect(b.events).toEqual([
      {
        no: 1,
        eventType: "Placing/subscription - new shares involved",
        details:
          "Completion of the placing of new Class B shares under general mandate (as disclosed in the announcements of the Company dated 11 December 2024 and 17 December 2024)",
        date: "2024-12-17",
        issuedChange: 1865000000,
        percent: "5.4",
        treasuryChange: 0,
        price: { currency: "HKD", amount: "1.5" },
      },
    ]);
    expect(b.closing).toEqual({ date: "2024-12-17", issued: 36393336530, treasury: 0, total: 36393336530 });
    expect(a.opening.issued).toBe(614034470);
    expect(a.closing.total).toBe(614034470);
    expect(json.closingDate).toBe("2024-12-17");
  });

  it("reports the return as due by 08:30 on the next business day", () => {
    const json = JSON.parse(files(result).json);
    expect(json.returnDue).toBe(true);
    expect(json.deadline).toBe("2024-12-18T08:30:00+08:00");
  });

  it("has no finding at all", () => {
    expect(result.readable && result.generation.findings).toEqual([]);
  });

  it("writes return.xlsx with real numbers formatted as the form prints them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files(result).xlsx! as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("NDDR 2024-12-17")!;
    const shown: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number") shown.push(`${cell.value}|${cell.numFmt}`);
      }),
    );
    expect(shown).toEqual(
      expect.arrayContaining([
        "34528336530|#,##0",
        "1865000000|#,##0",
        '5.4|0.0" %"',
        '1.5|"HKD "#,##0.0',
        "36393336530|#,##0",
        "614034470|#,##0",
      ]),
    );
  });

});

describe("the bundled SenseTime example file", () => {
  it("is what scripts/build-example.ts builds (the committed workbook is not stale)", async () => {
    const rebuilt = await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer();
    const fromScript = await generateFromXlsx(rebuilt as ArrayBuffer, TODAY);
    expect(files(fromScript).json).toBe(files(await generateFromXlsx(readFileSync(EXAMPLE), TODAY)).json);
  });
});
