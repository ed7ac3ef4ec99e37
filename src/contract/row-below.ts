// A row typed just under a contract table but outside it. Excel widens a table over a row typed under
// it; LibreOffice, scripts and pastes do not, and the reader reads tables, not sheets — so such a row
// would be left out of the return without a word (a director's option exercise, a day's buyback).
import { finding, type Finding } from "../domain/finding";
import { columnLetters, type TableGrid } from "./grid";

/**
 * The row under `grid`, if it holds anything: an error when it fills two cells or more of the table's
 * columns (it reads as a row of the table, and the return would be wrong without it), a warning for a
 * single cell (a note or a total, more likely). Either way at its first filled cell, saying how to widen
 * the table or set the row apart.
 */
export function rowBelowFindings(grid: TableGrid): Finding[] {
  const below = grid.rowBelow;
  if (!below) return [];
  const filled = below.values.map((v, i) => (v === null || v === "" ? -1 : i)).filter((i) => i >= 0);
  if (filled.length === 0) return [];
  const at = { sheet: grid.sheet, cell: `${columnLetters(grid.firstColumn + filled[0])}${below.row}` };
  const fix = `If it belongs to the table, widen the table over it (in Excel: Table Design → Resize Table; in LibreOffice: Data → Define Range); if not, leave an empty row between it and the table.`;
  return [filled.length > 1
    ? finding("ROW_BELOW_TABLE", "error", `Row ${below.row} is filled in directly under ${grid.name} but is not part of the table, so it is not read. ${fix}`, at)
    : finding("ROW_BELOW_TABLE", "warning", `This cell is directly under ${grid.name} but not part of the table, so it is not read. ${fix}`, at)];
}
