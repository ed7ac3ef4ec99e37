// How much one context.sync() may carry. Excel on the web refuses a request or a response over 5 MB
// (RichApi.Error RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and every platform
// refuses a range get over five million cells (RangeExceedsLimit, or null values). The add-in keeps every
// sync under these budgets on every platform: a few syncs more on the desktop, and the pane can show
// progress between them. Docs: Microsoft's "Excel performance" (payload size limit best practices).

export interface SyncBudget {
  /** JSON bytes a sync may carry each way; well under 5 MB (5,000,000 read strictly). */
  readonly bytes: number;
  /** Cells of one sync's range gets. */
  readonly cells: number;
}

export const SYNC_BUDGET: SyncBudget = { bytes: 4_000_000, cells: 1_000_000 };

/** A first guess at the JSON bytes of one cell's values + valueTypes, before any has been measured. */
export const FIRST_GUESS_BYTES_PER_CELL = 40;
/** Rows of a table read before its cells have been weighed (a few hundred kB of an ordinary ledger). */
export const FIRST_CHUNK_ROWS = 2_000;

/** Progress of a long generation, for the pane. */
export interface Progress {
  readonly phase: "read" | "check" | "write";
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (p: Progress) => void;

/** Is this Office.js error one of the payload limits (so a smaller chunk will do)? */
export function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
}
