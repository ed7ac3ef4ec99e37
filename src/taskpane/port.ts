// What the task pane needs from "the workbook", so one UI runs in Excel (Office.js) and in a plain
// browser (preview.html, exceljs on a file the user picks).
import type { Generation } from "../domain/generate-return";
import type { Language } from "../labels";
import type { SheetLayout } from "../layout/sheet-layout";
import type { Provenance } from "../render/provenance";

export interface GenerateResult {
  readonly generation: Generation;
  /** One sentence: what was written where. */
  readonly summary: string;
  /** The return laid out, for hosts that show it on the page. */
  readonly layout?: SheetLayout;
  /** Version, input fingerprint and language, for the export files of this generation. */
  readonly provenance: Provenance;
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
  generate(now: Date, language: Language): Promise<GenerateOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  openInExcel(xlsx: Uint8Array): Promise<void>;
}

export const hasProblem = (o: GenerateOutcome): o is { readonly problem: string } => "problem" in o;
