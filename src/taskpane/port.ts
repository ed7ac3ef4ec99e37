// What the task pane needs from "the workbook", so one UI runs in Excel (Office.js) and in a plain
// browser (preview.html, our reader on a file the user picks). Both hand back the same PreparedReturn
// and PreparedMonthlyReturn, made by the pipeline every host shares.
import type { Progress } from "../adapters/officejs/limits";
import type { Outcome } from "../common/outcome";
import type { Language } from "../labels";
import type { FiledReturn } from "../pipeline/filing";
import type { PreparedMonthlyReturn } from "../pipeline/prepare-monthly";
import type { PreparedReturn } from "../pipeline/prepare-return";

export type { FiledReturn } from "../pipeline/filing";

/**
 * An earlier return sheet of the add-in's that the user has changed since it was written: nothing was
 * written. The pane asks; `proceed()` replaces that sheet with the new return (generating again, so it
 * is what the workbook holds now). Not asking leaves the workbook as it was.
 */
export interface ConfirmReplace<T> {
  readonly sheet: string;
  /** The sheet holds the return that NDDR_Log records as filed (rather than one edited by hand). */
  readonly filed?: boolean;
  proceed(): Promise<T>;
}

export interface GenerateResult {
  /** The return as every host prepares it: generation, fingerprint, layout, return.json and return.txt. */
  readonly prepared: PreparedReturn;
  /** One sentence: what was written where (or, with confirmReplace, the question to ask). */
  readonly summary: string;
  /** Present when an edited return sheet stopped the write (Excel only). */
  readonly confirmReplace?: ConfirmReplace<GenerateOutcome>;
}

export type GenerateOutcome = Outcome<GenerateResult>;

export interface MonthlyResult {
  readonly prepared: PreparedMonthlyReturn;
  readonly summary: string;
  /** As GenerateResult's, for the "Monthly Return YYYY-MM" sheet. */
  readonly confirmReplace?: ConfirmReplace<MonthlyOutcome>;
}

export type MonthlyOutcome = Outcome<MonthlyResult>;

/** `logged`: NDDR_Log rows appended (0 when the log already records the return). */
export type FilingOutcome = Outcome<{ readonly logged: number; readonly summary: string }>;

export interface WorkbookPort {
  /** Findings can take the user to their cell. */
  readonly canSelectCells: boolean;
  /** Excel.createWorkbook is there to open return.xlsx. */
  readonly canOpenInExcel: boolean;
  /** Blob downloads work (not in Excel on the Mac). */
  readonly canDownload: boolean;
  /** The return is drawn in the pane (there is no sheet to look at). */
  readonly showsReturn: boolean;
  readonly setUpLabel: string;
  setUp(): Promise<string>;
  /** Builds the return sheet and the findings; never writes NDDR_Log. */
  generate(now: Date, language: Language, onProgress?: (p: Progress) => void): Promise<GenerateOutcome>;
  /** "Mark as filed" is offered (Excel: appends to NDDR_Log in the open workbook; preview: false). */
  readonly canMarkAsFiled: boolean;
  /** Appends the closing balances of a return the user confirmed was submitted on HKEXnews to NDDR_Log,
   *  once (again: nothing appended, says so). Never called by Generate. */
  markAsFiled(filed: FiledReturn, now: Date): Promise<FilingOutcome>;
  /** The Monthly Return for a month ("YYYY-MM"), through the one pipeline; writes its sheet in Excel. */
  generateMonthly(now: Date, month: string, language: Language, onProgress?: (p: Progress) => void): Promise<MonthlyOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  openInExcel(xlsx: Uint8Array): Promise<void>;
}

