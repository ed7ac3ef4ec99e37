// `nddr file` (and `--log`): a filed return's closing balances appended to the NDDR_Log table of the workbook
// it was generated from — below the last filled row, growing the table — and nothing else changed.
import { EXCEL_LAST_ROW, columnLetters } from "../../common/a1";
import { headerKey, isErrorValue, type CellValue, type TableGrid } from "../../contract/grid";
import { LOG_TABLE } from "../../contract/tables";
import { CellReader } from "../../contract/cell-reader";
import { patchWorkbook, type CellEdit, type Patched } from "./patch-workbook";
import { readSheet } from "./sheet-xml";
import { parseIsoDate } from "../../domain/dates";

/** `rows` in LOG_TABLE's column order (see render/log-rows.ts); the table's own column order is kept. */
export async function appendLogRows(bytes: Uint8Array | ArrayBuffer, tables: readonly TableGrid[], rows: readonly (readonly CellValue[])[]): Promise<Patched> {
  const log = tables.find((t) => t.name.toLowerCase() === LOG_TABLE.name.toLowerCase());
  if (!log) return { ok: false, reason: `it has no ${LOG_TABLE.name} table (add it with "nddr template" or Set up input tables in the add-in)` };
  const columnOf = LOG_TABLE.columns.map((c) => log.headers.findIndex((h) => headerKey(h) === headerKey(c.header)));
  const missing = LOG_TABLE.columns.filter((c, i) => c.required && columnOf[i] < 0);
  if (missing.length > 0) return { ok: false, reason: `its ${LOG_TABLE.name} table has no column ${missing.map((c) => `"${c.header}"`).join(", ")}` };

  let filled = log.rows.length;
  while (filled > 0 && log.rows[filled - 1].every((v) => CellReader.isEmpty(v))) filled--;
  const firstRow = log.headerRow + 1 + filled;
  const edits: CellEdit[] = rows.flatMap((values, i) =>
    columnOf.flatMap((index, field) => (index < 0 ? [] : [{
      sheet: log.sheet,
      address: `${columnLetters(log.firstColumn + index)}${firstRow + i}`,
      value: toPatchValue(values[field], LOG_TABLE.columns[field].date === true),
    }])),
  );
  const lastRow = Math.max(log.headerRow + log.rows.length, firstRow + rows.length - 1);
  if (lastRow > EXCEL_LAST_ROW) {
    return { ok: false, reason: `its ${LOG_TABLE.name} table would grow past Excel's last row (${EXCEL_LAST_ROW.toLocaleString("en")}); move the table up so the log can grow` };
  }
  const lastColumn = columnLetters(log.firstColumn + log.headers.length - 1);
  const ref = `${columnLetters(log.firstColumn)}${log.headerRow}:${lastColumn}${lastRow}`;
  const tableEnd = log.headerRow + log.rows.length;
  return patchWorkbook(bytes, edits, [{ table: LOG_TABLE.name, ref }], async (pkg, sheetXml) => {
    const part = pkg.tables.find((t) => t.name.toLowerCase() === LOG_TABLE.name.toLowerCase());
    if (part?.hasTotalsRow) return `its ${LOG_TABLE.name} table has a totals row; remove it so rows can be added`;
    // Rows below the table become part of it: they must be empty, or the user's cells would be overwritten.
    const xml = await sheetXml(log.sheet);
    if (xml === undefined) return `the workbook has no sheet named ${log.sheet}`;
    // Any cell of the grown range counts, the table's own extra columns included.
    const lastCol = log.firstColumn + log.headers.length - 1;
    const taken = readSheet(xml).rows.filter((r) => r.r > tableEnd && r.r <= lastRow).flatMap((r) => r.cells)
      .find((c) => c.col >= log.firstColumn && c.col <= lastCol && (c.formula || c.value !== undefined || c.inline !== undefined));
    if (taken) return `cell ${log.sheet}!${columnLetters(taken.col)}${taken.row} below the ${LOG_TABLE.name} table is in use; move it so the log can grow`;
    return undefined;
  });
}

/** A date column's ISO date goes in as a date, as the add-in's (Excel's) writes do. */
function toPatchValue(v: CellValue | undefined, date: boolean): CellEdit["value"] {
  if (v === undefined || v === null) return null;
  if (date && typeof v === "string") {
    const iso = parseIsoDate(v);
    if (iso) return { date: iso };
  }
  if (typeof v === "object") return isErrorValue(v) ? v.error : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}
