// Finds a table row that repeats an earlier one exactly, for the DUPLICATE_ROW warning. Rows are
// found again by a number hash and compared cell by cell, keeping no key string per row: building a
// JSON key for each row of a 100,000-row ledger made parsing it several times slower. The hashes and
// row indices sit in one typed array, open-addressed and sized once for the table, rather than in a Map
// and arrays of their own: those were most of the check's time on a large table and allocated ~10 MB.
import { isErrorValue, isUncalculated, type CellValue } from "./grid";

const FNV_PRIME = 0x01000193;

export class RowSet {
  /**
   * Two int32 per slot: a row's hash and its index + 1 (0: an empty slot). There are at least twice as
   * many slots as rows, so a probe soon meets an empty one; a row is compared only where its hash matches.
   */
  private readonly slots: Int32Array;

  /**
   * @param rows the table's rows, each looked at when `firstOf` is given its index.
   * @param columns the row positions compared (−1 for a column the table lacks: blank).
   */
  constructor(private readonly rows: readonly (readonly CellValue[])[], private readonly columns: readonly number[]) {
    let size = 16;
    while (size < rows.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
  }

  /** The index of an earlier row given here with the same cells as row `i`, or −1 after remembering row `i`. */
  firstOf(i: number): number {
    const values = this.rows[i];
    const hash = this.hash(values);
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    for (; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
      const earlier = slots[slot * 2 + 1] - 1;
      if (slots[slot * 2] === hash && this.same(this.rows[earlier], values)) return earlier;
    }
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = i + 1;
    return -1;
  }

  private cell(values: readonly CellValue[], column: number): CellValue {
    return column < 0 ? null : (values[column] ?? null);
  }

  private same(a: readonly CellValue[], b: readonly CellValue[]): boolean {
    for (const c of this.columns) {
      const x = this.cell(a, c);
      const y = this.cell(b, c);
      if (x === y) continue;
      if (!(isErrorValue(x) && isErrorValue(y) && x.error === y.error) && !(isUncalculated(x) && isUncalculated(y) && x.formula === y.formula)) return false;
    }
    return true;
  }

  /**
   * FNV-1a over each cell's kind and content. Strings are sampled at their ends and middle: ledgers
   * repeat a few texts, and the numbers (dates, shares, prices) tell rows apart; a match is compared in full.
   */
  private hash(values: readonly CellValue[]): number {
    let h = 0x811c9dc5;
    for (const c of this.columns) {
      const cell = this.cell(values, c);
      if (cell === null) h = Math.imul(h ^ 1, FNV_PRIME);
      else if (typeof cell === "boolean") h = Math.imul(h ^ (cell ? 2 : 3), FNV_PRIME);
      else if (typeof cell === "number") {
        h = Math.imul(h ^ (cell | 0), FNV_PRIME);
        // Most cells are whole numbers within 32 bits, which `cell | 0` holds entirely.
        if ((cell | 0) !== cell) {
          h = Math.imul(h ^ (Math.floor(cell / 4_294_967_296) | 0), FNV_PRIME);
          h = Math.imul(h ^ (Math.round((cell % 1) * 1e9) | 0), FNV_PRIME);
        }
      } else {
        const text = typeof cell === "string" ? cell : isErrorValue(cell) ? cell.error : cell.formula;
        const n = text.length;
        h = Math.imul(h ^ n, FNV_PRIME);
        if (n > 0) {
          h = Math.imul(h ^ text.charCodeAt(0), FNV_PRIME);
          h = Math.imul(h ^ text.charCodeAt(n >> 1), FNV_PRIME);
          h = Math.imul(h ^ text.charCodeAt(n - 1), FNV_PRIME);
        }
      }
    }
    // As an int32, as the slots hold it (the start value alone, with no column, is above 2^31).
    return h | 0;
  }
}
