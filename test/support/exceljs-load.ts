// Opens an .xlsx with exceljs. A file that cannot be opened is a user problem (exit 2), not a crash.
import ExcelJS from "exceljs";
import type { Outcome } from "../../src/common/outcome";

export type Loaded = Outcome<{ workbook: ExcelJS.Workbook }>;

export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Loaded> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: `it is not a readable .xlsx workbook (${damageOf(e)}). Save it from Excel as "Excel Workbook (*.xlsx)"` };
  }
  // Excel saves no workbook without a sheet: this is another zip (a .docx, an archive) named .xlsx.
  if (workbook.worksheets.length === 0) {
    return { ok: false, reason: `it has no worksheet, so it is not an Excel workbook. Save it from Excel as "Excel Workbook (*.xlsx)"` };
  }
  return { ok: true, workbook };
}

/**
 * What went wrong reading a file, in words for its user. The zip reader's own messages say it ("End of
 * data reached", "Corrupted zip"); a TypeError or the like from inside exceljs means a damaged part and
 * would only puzzle them ("Cannot read properties of undefined").
 */
export function damageOf(e: unknown): string {
  if (e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError || !(e instanceof Error)) {
    return "a part of the file is damaged";
  }
  return e.message.split("\n")[0];
}
