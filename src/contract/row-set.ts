// Finds a table row that repeats an earlier one exactly, for the DUPLICATE_ROW warning. Rows are
// found again by a number hash and compared cell by cell, keeping no key string per row: building a
// JSON key for each row of a 100,000-row ledger made parsing it several times slower.
import { isErrorValue, type CellValue } from "./grid";

const FNV_PRIME = 0x01000193;

export class RowSet<R> {
  private readonly firstByHash = new Map<number, number>();
  private readonly rows: (readonly CellValue[])[] = [];
  private readonly ids: R[] = [];
  /** Index of the next row with the same hash, or -1. */
  private readonly next: number[] = [];

  /** @param columns the row positions compared (−1 for a column the table lacks: blank). */
  constructor(private readonly columns: readonly number[]) {}

  /** The id of an earlier row with the same cells, or undefined after remembering this one as `id`. */
  seenBefore(values: readonly CellValue[], id: R): R | undefined {
    const hash = this.hash(values);
    const head = this.firstByHash.get(hash);
    for (let i = head ?? -1; i >= 0; i = this.next[i]) {
      if (this.same(this.rows[i], values)) return this.ids[i];
    }
    this.rows.push(values);
    this.ids.push(id);
    this.next.push(head ?? -1);
    this.firstByHash.set(hash, this.rows.length - 1);
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
      if (!(isErrorValue(x) && isErrorValue(y) && x.error === y.error)) return false;
    }
    return true;
  }

  /** FNV-1a over each cell's kind and content; strings are sampled (a match is compared in full). */
  private hash(values: readonly CellValue[]): number {
    let h = 0x811c9dc5;
    for (const c of this.columns) {
      const cell = this.cell(values, c);
      if (cell === null) h = Math.imul(h ^ 1, FNV_PRIME);
      else if (typeof cell === "boolean") h = Math.imul(h ^ (cell ? 2 : 3), FNV_PRIME);
      else if (typeof cell === "number") {
        h = Math.imul(h ^ (cell | 0), FNV_PRIME);
        h = Math.imul(h ^ (Math.floor(cell / 4_294_967_296) | 0), FNV_PRIME);
        h = Math.imul(h ^ (Math.round((cell % 1) * 1e9) | 0), FNV_PRIME);
      } else {
        const text = typeof cell === "string" ? cell : cell.error;
        h = Math.imul(h ^ text.length, FNV_PRIME);
        const step = Math.ceil(text.length / 16);
        for (let i = text.length - 1; i >= 0; i -= step) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
      }
    }
    return h;
  }
}
