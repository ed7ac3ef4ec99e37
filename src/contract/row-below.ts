// A row typed just under a contract table but outside it. Excel widens a table over a row typed under
// it; LibreOffice, scripts and pastes do not, and the reader reads tables, not sheets — so such a row
// would be left out of the return without a word (a director's option exercise, a day's buyback).
import { finding, type Finding } from "../domain/finding";
import { columnLetters, isBlank, type CellValue, type TableGrid } from "./grid";

/**
 * The row under `grid`, if it holds anything: an error when it reads as a row of the table (by default
 * two cells or more filled; the return would be wrong without it), else a warning (a note or a total,
 * more likely). Either way at its first filled cell, saying how to widen
 * the table or set the row apart.
 */
export function rowBelowFindings(grid: TableGrid, readsAsRow: (values: readonly CellValue[], filled: readonly number[]) => boolean = (_, filled) => filled.length > 1): Finding[] {
  const below = grid.rowBelow;
  if (!below) return [];
  const filled = below.values.map((v, i) => (isBlank(v) ? -1 : i)).filter((i) => i >= 0);
  if (filled.length === 0) return [];
  const at = { sheet: grid.sheet, cell: `${columnLetters(grid.firstColumn + filled[0])}${below.row}` };
  const fix = `If it belongs to the table, widen the table over it (in Excel: Table Design → Resize Table; in LibreOffice: Data → Define Range); if not, leave an empty row between it and the table.`;
  const said = `${filled.length > 1 ? `Row ${below.row} is` : "This cell is"} filled in directly under ${grid.name} but is not part of the table, so it is not read. ${fix}`;
  return [finding("ROW_BELOW_TABLE", readsAsRow(below.values, filled) ? "error" : "warning", said, at)];
}
