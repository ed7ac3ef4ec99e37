// Finds a table row that repeats an earlier one exactly, for the DUPLICATE_ROW warning. Rows are
// found again by a number hash in a table of typed arrays and compared cell by cell, keeping no key
// string per row: building a JSON key for each row of a 100,000-row ledger made parsing it several
// times slower, and a Map of the hashes was still a tenth of the time.
import { isErrorValue, isUncalculated, type CellValue } from "./grid";

const FNV_PRIME = 0x01000193;

export class RowSet<R> {
  private readonly rows: (readonly CellValue[])[] = [];
  private readonly ids: R[] = [];
  /** Per row: its hash, and the index of the previous row in the same bucket (or -1). */
  private hashes = new Int32Array(1024);
  private next = new Int32Array(1024);
  /** Per bucket (hash & (length − 1); the length is a power of 2): the index of its last row, plus 1 (0 if empty). */
  private buckets = new Int32Array(2048);

  /** @param columns the row positions compared (−1 for a column the table lacks: blank). */
  constructor(private readonly columns: readonly number[]) {}

  /** The id of an earlier row with the same cells, or undefined after remembering this one as `id`. */
  seenBefore(values: readonly CellValue[], id: R): R | undefined {
    const hash = this.hash(values);
    for (let i = this.buckets[hash & (this.buckets.length - 1)] - 1; i >= 0; i = this.next[i]) {
      if (this.hashes[i] === hash && this.same(this.rows[i], values)) return this.ids[i];
    }
    const index = this.rows.length;
    if (index === this.hashes.length) this.grow();
    this.rows.push(values);
    this.ids.push(id);
    this.hashes[index] = hash;
    this.link(index);
    return undefined;
  }

  private link(index: number): void {
    const bucket = this.hashes[index] & (this.buckets.length - 1);
    this.next[index] = this.buckets[bucket] - 1;
    this.buckets[bucket] = index + 1;
  }

  /** Doubles the room for rows and the buckets (kept at twice the rows), then links the rows again. */
  private grow(): void {
    const size = this.hashes.length * 2;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    this.hashes = hashes;
    this.next = new Int32Array(size);
    this.buckets = new Int32Array(size * 2);
    for (let i = 0; i < this.rows.length; i++) this.link(i);
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
