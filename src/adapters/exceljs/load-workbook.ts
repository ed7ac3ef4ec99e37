// Opens an .xlsx with exceljs. A file that cannot be opened is a user problem (exit 2), not a crash.
import ExcelJS from "exceljs";

export type Loaded = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; reason: string };

export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Loaded> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
    return { ok: true, workbook };
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { ok: false, reason: `it is not a readable .xlsx workbook (${detail}). Save it from Excel as "Excel Workbook (*.xlsx)"` };
  }
}
