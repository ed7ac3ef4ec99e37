// "Generate return" in Excel as the ribbon button and the pane's button both run it, and the words that
// tell the user what happened: one sentence for the pane's status and the ribbon's notice alike.
import { formatDateEn } from "../domain/printing";
import type { Language } from "../labels";
import type { IsoDate } from "../domain/dates";
import { generateInExcel, type ExcelGeneration } from "./generate-in-excel";
import type { AddinHost, Notice } from "./host";
import type { ProgressListener } from "./limits";
import type { HostFeatures } from "./write-layout";

export function featuresOf(host: AddinHost): HostFeatures {
  return { api19: host.isSetSupported("ExcelApi", "1.9") };
}

export interface RunOptions {
  readonly now: Date;
  readonly language?: Language;
  readonly onProgress?: ProgressListener;
}

export function generateWith(host: AddinHost, options: RunOptions): Promise<ExcelGeneration> {
  return host.run((context) => generateInExcel(context, {
    now: options.now, language: options.language, features: featuresOf(host), host: host.label,
    onProgress: options.onProgress, yieldToUi: () => host.yieldToUi(),
  }));
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** What a generation did, in one or two sentences. */
export function outcomeNotice(r: ExcelGeneration): Notice {
  const nddr = r.generation.nddr;
  const errors = r.generation.findings.filter((f) => f.severity === "error").length;
  const warnings = r.generation.findings.length - errors;
  if (r.returnSheet && nddr) {
    const log = r.logged > 0 ? ` ${plural(r.logged, "row")} added to NDDR_Log.` : "";
    const due = nddr.returnDue && nddr.deadline
      ? ` A return is due by ${nddr.deadline.slice(11, 16)} Hong Kong time on ${formatDateEn(nddr.deadline.slice(0, 10) as IsoDate)}.`
      : " No return is due for this period yet.";
    const notes = warnings > 0 ? ` ${plural(warnings, "warning")} on sheet "${r.findingsSheet}".` : "";
    return { kind: "success", title: "Return written", message: `Return for ${formatDateEn(nddr.closingDate)} written to sheet "${r.returnSheet}".${log}${due}${notes}` };
  }
  const where = r.selected ? ` The first is selected: ${r.selected.sheet}!${r.selected.cell}.` : "";
  return { kind: "errors", title: "Errors to fix", message: `No return written: ${plural(errors, "error")} to fix, listed on sheet "${r.findingsSheet}".${where}` };
}

/** A generation that could not finish (Excel refused a command, the connection dropped…). */
export function failureNotice(e: unknown): Notice {
  const code = (e as { code?: unknown })?.code;
  const reason = e instanceof Error ? e.message : String(e);
  return {
    kind: "failure",
    title: "Generate return failed",
    message: `Generate return failed: ${reason}${typeof code === "string" ? ` (${code})` : ""}. The previous return sheet, if any, is as it was; try again.`,
  };
}
