// "Generate return", "Monthly return" and "Mark as filed" in Excel as the ribbon buttons and the pane
// run them, and the words that tell the user what happened: one sentence for the pane's status and the
// ribbon's notice alike.
import type { Outcome } from "../../common/outcome";
import { formatDateEn } from "../../domain/printing";
import { deadlineText, dueSentence, plural } from "../../render/due-text";
import { notDueFivePercent } from "../../render/five-percent-text";
import type { Language } from "../../labels";
import type { IsoDate } from "../../domain/dates";
import type { Finding } from "../../domain/finding";
import { filingSummary, type FiledReturn } from "../../pipeline/filing";
import { monthName } from "../../pipeline/prepare-monthly";
import { generateInExcel, generateMonthlyInExcel, type ExcelGeneration, type ExcelMonthlyGeneration } from "./generate-in-excel";
import type { AddinHost, Notice } from "./host";
import type { ProgressListener } from "./limits";
import { markAsFiledInExcel } from "./mark-filed";
import type { HostFeatures } from "./write-layout";
import type { EditedSheetPolicy, WrittenReturn } from "./write-return";

export function featuresOf(host: AddinHost): HostFeatures {
  return { api19: host.isSetSupported("ExcelApi", "1.9") };
}

export interface RunOptions {
  readonly now: Date;
  readonly language?: Language;
  readonly onProgress?: ProgressListener;
  /** An earlier return sheet the user edited: "keep" (write beside it; the default), "ask", or replace the one confirmed. */
  readonly edited?: EditedSheetPolicy;
}

const writeOptions = (host: AddinHost, options: RunOptions) => ({
  now: options.now, language: options.language, features: featuresOf(host), host: host.label, edited: options.edited ?? "keep",
  onProgress: options.onProgress, yieldToUi: () => host.yieldToUi(),
});

export function generateWith(host: AddinHost, options: RunOptions): Promise<ExcelGeneration> {
  return host.run((context) => generateInExcel(context, writeOptions(host, options)));
}

export function generateMonthlyWith(host: AddinHost, options: RunOptions & { readonly month: string }): Promise<ExcelMonthlyGeneration> {
  return host.run((context) => generateMonthlyInExcel(context, { ...writeOptions(host, options), month: options.month }));
}

/** Mark as filed: what it did, in one sentence, or why it could not. */
export async function markAsFiledWith(host: AddinHost, filed: FiledReturn, now: Date): Promise<Outcome<{ logged: number; summary: string }>> {
  const { filing, newLogSheet } = await host.run((context) => markAsFiledInExcel(context, filed, now));
  if (!filing.ok) return filing;
  const where = newLogSheet ? ` The workbook had no NDDR_Log table: it is on the new sheet "${newLogSheet}".` : "";
  return { ok: true, logged: filing.rows.length, summary: `${filingSummary(filing)}${where}` };
}


const FILED_AGAIN = " If it corrects the return filed, set Status to Resubmission and submit it as one.";
const FILE_HINT = " Once it is submitted on HKEXnews, choose Mark as filed in the return pane, so the next return opens on it.";

/** An edited sheet kept, or the question the pane asks. */
function editedSentence(r: WrittenReturn): string {
  if (!r.keptEdited) return "";
  return r.sheetFiled
    ? ` Sheet "${r.keptEdited}" holds the return that NDDR_Log records as filed, so it was kept as it is and the new return was written beside it.`
    : ` Sheet "${r.keptEdited}" was changed since the add-in wrote it, so it was kept as it is and the new return was written beside it.`;
}

/** The pane's question when "ask" stopped at an edited sheet, or at the sheet of a return already filed. */
export function editedQuestion(sheet: string, filed = false): string {
  return filed
    ? `Sheet "${sheet}" holds the return that NDDR_Log records as filed. Nothing was written yet: replace it with the return generated now, or keep it as the copy of what was filed (to keep both, rename it, then generate again).`
    : `Sheet "${sheet}" was changed since the add-in wrote it. Nothing was written yet: replace it with the new return, or keep it (rename it, then generate again).`;
}

/** The write stopped at a sheet to ask about ("ask"). */
const stoppedNotice = (sheet: string, filed = false): Notice =>
  ({ kind: "errors", title: filed ? "Filed return's sheet" : "Sheet changed", message: editedQuestion(sheet, filed) });

/**
 * A return written (`title`: "Return written", "Monthly Return written"). A breach must stand out: its
 * own title and colour, first in the message; the return is still written.
 */
function writtenNotice(title: string, message: string, findings: readonly Finding[], findingsSheet: string | undefined): Notice {
  const breaches = findings.filter((f) => f.breach).length;
  if (breaches > 0) return { kind: "breach", title: `${title}, with ${plural(breaches, "breach")} of the Listing Rules`, message: `${breachSentence(findings, findingsSheet)}${message}` };
  return { kind: "success", title, message };
}

/** What a generation did, in one or two sentences. */
export function outcomeNotice(r: ExcelGeneration): Notice {
  const nddr = r.generation.nddr;
  if (r.editedSheet) return stoppedNotice(r.editedSheet, r.sheetFiled);
  if (r.returnSheet && nddr) {
    // The words the command line and the pane print: never "not due" when due without a deadline.
    // A return NDDR_Log records as filed, generated again: no deadline to meet, nothing to mark as filed.
    const due = r.sheetFiled ? "" : [dueSentence(nddr, deadlineText), ...notDueFivePercent(nddr)].map((s) => ` ${s}`).join("");
    const notes = warningsSentence(r.generation.findings, r.findingsSheet);
    const hint = r.sheetFiled ? FILED_AGAIN : nddr.returnDue ? FILE_HINT : "";
    const message = `Return for ${formatDateEn(nddr.closingDate)} written to sheet "${r.returnSheet}".${editedSentence(r)}${due}${notes}${hint}`;
    return writtenNotice("Return written", message, r.generation.findings, r.findingsSheet);
  }
  return errorsNotice(r, r.generation.findings, "No return written");
}

/** What a Monthly Return's generation did. */
export function monthlyOutcomeNotice(r: ExcelMonthlyGeneration, month: string): Notice {
  const mr = r.prepared.generation.monthly;
  if (r.editedSheet) return stoppedNotice(r.editedSheet, r.sheetFiled);
  if (r.returnSheet && mr) {
    const findings = r.prepared.generation.findings;
    const due = r.sheetFiled ? "" : mr.deadline
      ? ` It is due by ${mr.deadline.slice(11, 16)} Hong Kong time on ${formatDateEn(mr.deadline.slice(0, 10) as IsoDate)}.`
      : " Its deadline could not be worked out (see the warnings).";
    const message = `Monthly Return for ${monthName(mr.month)} written to sheet "${r.returnSheet}".${editedSentence(r)}${due}${warningsSentence(findings, r.findingsSheet)}${r.sheetFiled ? FILED_AGAIN : FILE_HINT}`;
    // A breach (a public float below its minimum) stands out as the NDDR's do (QA 10a, F4).
    return writtenNotice("Monthly Return written", message, findings, r.findingsSheet);
  }
  return errorsNotice(r, r.prepared.generation.findings, `No Monthly Return for ${monthName(month)} written`);
}

function warningsSentence(findings: readonly Finding[], findingsSheet: string | undefined): string {
  // An info is not a warning (QA 10a, F6): counted apart, as the findings card does.
  const warnings = findings.filter((f) => f.severity === "warning" && !f.breach).length;
  const infos = findings.filter((f) => f.severity === "info").length;
  const said = [warnings > 0 ? plural(warnings, "warning") : "", infos > 0 ? plural(infos, "note") : ""].filter(Boolean).join(" and ");
  return said ? ` ${said} on sheet "${findingsSheet}".` : "";
}

/** The breaches first, by code, before anything else the notice says: the return must still be filed. */
function breachSentence(findings: readonly Finding[], findingsSheet: string | undefined): string {
  const codes = [...new Set(findings.filter((f) => f.breach).map((f) => f.code))].join(", ");
  return `BREACH (${codes}): see sheet "${findingsSheet}" and deal with it; the return must still be filed. `;
}

function errorsNotice(r: WrittenReturn, findings: readonly Finding[], lead: string): Notice {
  const errors = findings.filter((f) => f.severity === "error").length;
  const where = r.selected ? ` The first is selected: ${r.selected.sheet}!${r.selected.cell}.` : "";
  return { kind: "errors", title: "Errors to fix", message: `${lead}: ${plural(errors, "error")} to fix, listed on sheet "${r.findingsSheet}".${where}` };
}

/** A generation that could not finish (Excel refused a command, the connection dropped…). */
export function failureNotice(e: unknown, action = "Generate return"): Notice {
  const code = (e as { code?: unknown })?.code;
  const reason = e instanceof Error ? e.message : String(e);
  return {
    kind: "failure",
    title: `${action} failed`,
    message: `${action} failed: ${reason}${typeof code === "string" ? ` (${code})` : ""}. The previous return sheet, if any, is as it was; try again.`,
  };
}
