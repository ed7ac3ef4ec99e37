// Finds a table row that repeats an earlier one exactly, for the DUPLICATE_ROW warning. Rows are
// found again by a number hash and compared cell by cell, keeping no key string per row: building a
// JSON key for each row of a 100,000-row ledger made parsing it several times slower.
import { isErrorValue, isUncalculated, type CellValue } from "./grid";

const FNV_PRIME = 0x01000193;

export class RowSet<R> {
  private readonly rows: (readonly CellValue[])[] = [];
  private readonly ids: R[] = [];
  /** Per hash: the index of its row, or of each of its rows once differing rows share it (rare). */
  private readonly byHash = new Map<number, number | number[]>();

  /** @param columns the row positions compared (−1 for a column the table lacks: blank). */
  constructor(private readonly columns: readonly number[]) {}

  /** The id of an earlier row with the same cells, or undefined after remembering this one as `id`. */
  seenBefore(values: readonly CellValue[], id: R): R | undefined {
    const hash = this.hash(values);
    const known = this.byHash.get(hash);
    if (typeof known === "number" && this.same(this.rows[known], values)) return this.ids[known];
    if (typeof known === "object") for (const i of known) if (this.same(this.rows[i], values)) return this.ids[i];
    const index = this.rows.push(values) - 1;
    this.ids.push(id);
    if (known === undefined) this.byHash.set(hash, index);
    else if (typeof known === "number") this.byHash.set(hash, [known, index]);
    else known.push(index);
    return undefined;
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
    return h;
  }
}
