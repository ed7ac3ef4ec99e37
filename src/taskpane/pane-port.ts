// The port as the pane calls it: WorkbookPort (src/taskpane/port.ts) plus the filing and Monthly Return
// members of the wave-2 contract, which src/taskpane/port.ts gains with "Mark as filed". They are
// optional here so the pane runs on ports that have not got them yet (the action is then not offered);
// once port.ts declares them, the types below are the same as its own and this file can re-export them.
import type { MonthlyGeneration } from "../domain/monthly-return/generate";
import type { Progress } from "../excel/limits";
import type { Language } from "../labels";
import type { SheetLayout } from "../layout/sheet-layout";
import type { PreparedReturn } from "../pipeline/prepare-return";
import type { GenerateOutcome, WorkbookPort } from "./port";

/** What the pane reads of a prepared Monthly Return (src/pipeline/prepare-monthly.ts). */
export interface PreparedMonthlyView {
  readonly generation: MonthlyGeneration;
  readonly layout?: SheetLayout;
  readonly json: string;
  readonly text?: string;
}

export type FiledReturnView =
  | { readonly kind: "nddr"; readonly prepared: PreparedReturn }
  | { readonly kind: "monthly"; readonly prepared: PreparedMonthlyView };
export type FilingOutcomeView = { readonly logged: number; readonly summary: string } | { readonly problem: string };
export type MonthlyOutcomeView = { readonly prepared: PreparedMonthlyView; readonly summary: string } | { readonly problem: string };

/** Replacing a return sheet edited since it was generated: the port asks, the pane shows the question. */
export interface ReplaceQuestion {
  readonly sheet: string;
  proceed(): Promise<GenerateOutcome>;
}

export interface FilingMembers {
  readonly canMarkAsFiled: boolean;
  markAsFiled(filed: FiledReturnView, now: Date): Promise<FilingOutcomeView>;
  generateMonthly(now: Date, month: string, language: Language, onProgress?: (p: Progress) => void): Promise<MonthlyOutcomeView>;
}

export type PanePort = WorkbookPort & Partial<FilingMembers>;

/** The question in a generate outcome, when the port asks one. */
export function replaceQuestion(outcome: GenerateOutcome): ReplaceQuestion | undefined {
  const q = (outcome as { confirmReplace?: ReplaceQuestion }).confirmReplace;
  return q && typeof q.proceed === "function" ? q : undefined;
}
