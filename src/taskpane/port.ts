// What the task pane needs from "the workbook", so one UI runs in Excel (Office.js) and in a plain
// browser (preview.html, exceljs on a file the user picks). Both hand back the same PreparedReturn.
import type { Progress } from "../excel/limits";
import type { Language } from "../labels";
import type { PreparedReturn } from "../pipeline/prepare-return";

export interface GenerateResult {
  /** The return as every host prepares it: generation, fingerprint, layout, return.json and return.txt. */
  readonly prepared: PreparedReturn;
  /** One sentence: what was written where. */
  readonly summary: string;
}

export type GenerateOutcome = GenerateResult | { readonly problem: string };

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
  generate(now: Date, language: Language, onProgress?: (p: Progress) => void): Promise<GenerateOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  openInExcel(xlsx: Uint8Array): Promise<void>;
}

export const hasProblem = (o: GenerateOutcome): o is { readonly problem: string } => "problem" in o;
