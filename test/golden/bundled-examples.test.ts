// The bundled examples: each is what scripts/build-example.ts builds, and SenseTime's return.xlsx holds
// real numbers formatted as the form prints them. (Their published figures are checked by the golden
// cases sensetime-2024-12-18 and tencent-2025-06-13, whose case.json names them.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SENSETIME_2024_12_18, TENCENT_2025_06_13 } from "../../scripts/build-example";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx, type WorkbookGeneration } from "../../src/files/return-files";

const example = (name: string) => readFileSync(join(__dirname, "../../examples", name));

function files(result: WorkbookGeneration) {
  if (!result.ok) throw new Error(result.reason);
  return result.files;
}

describe.each([
  ["sensetime-2024-12-18.xlsx", SENSETIME_2024_12_18, "2024-12-18"],
  ["tencent-2025-06-13.xlsx", TENCENT_2025_06_13, "2025-06-13"],
] as [string, InputWorkbookData, IsoDate][])("the bundled example %s", (name, data, today) => {
  it("is what scripts/build-example.ts builds (the committed workbook is not stale)", async () => {
    const rebuilt = await buildInputWorkbook(data).xlsx.writeBuffer();
    expect(files(await generateFromXlsx(rebuilt as ArrayBuffer, today)).json).toBe(files(await generateFromXlsx(example(name), today)).json);
  });
});

describe("the SenseTime example's return.xlsx", () => {
  it("holds real numbers formatted as the form prints them", async () => {
    const result = await generateFromXlsx(example("sensetime-2024-12-18.xlsx"), "2024-12-18" as IsoDate);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files(result).xlsx! as unknown as ArrayBuffer);
    const shown: string[] = [];
    wb.getWorksheet("NDDR 2024-12-17")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number") shown.push(`${cell.value}|${cell.numFmt}`);
      }),
    );
    expect(shown).toEqual(expect.arrayContaining(["34528336530|#,##0", "1865000000|#,##0", '5.4|0.0" %"', '1.5|"HKD "#,##0.0', "36393336530|#,##0", "614034470|#,##0"]));
  });
});
