// What the reader refuses to read, and how it says so. A file past these limits is not a share
// register a person keeps: it gets a clear "cannot read" (exit 2), never a crash on the heap limit.

/** Why a file cannot be read, in words for its user; becomes `{ ok: false, reason }`. */
export class ReadFailure extends Error {}

export interface ReadLimits {
  /** Parts in the zip. Excel workbooks with many sheets and pictures stay in the hundreds. */
  readonly maxEntries: number;
  /** Uncompressed bytes of one part that is parsed (the sheets that hold contract tables among them). */
  readonly maxPartBytes: number;
  /** Cells inside the contract tables, all together (Office.js reads at most 5 million per range). */
  readonly maxTableCells: number;
  /** Tables in the workbook. */
  readonly maxTables: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntries: 20_000,
  maxPartBytes: 2 * 1024 ** 3,
  maxTableCells: 5_000_000,
  maxTables: 10_000,
};
