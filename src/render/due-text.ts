// Whether a return is due, in the words every host prints (command line, task pane, preview). While an
// error stands the answer is unknown (returnDue is null, never false): the rows in error may be the ones that make it due.
import type { NddrReturn } from "../domain/return-model";
import type { IsoDate } from "../domain/dates";
import { formatDateEn } from "../domain/printing";

/** "1 error", "2 errors", "2 breaches": a count in the words every host prints. */
export const plural = (n: number, word: string): string => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : /(ch|sh|s|x)$/.test(word) ? "es" : "s"}`;

export const DUE_UNKNOWN = "Can't tell whether a return is due until the errors are fixed.";

/** One sentence: due (and by when), not due yet, or unknown. */
export function dueSentence(nddr: Pick<NddrReturn, "returnDue" | "deadline"> | null, deadlineText: (instant: string) => string): string {
  if (!nddr || nddr.returnDue === null) return DUE_UNKNOWN;
  if (!nddr.returnDue) return "No change in the period makes a return due yet (nothing needs disclosure and the 5% events are below 5%).";
  // No deadline: the holiday table of its year is missing (DEADLINE_NOT_COMPUTED says which).
  return nddr.deadline ? `A return is due by ${deadlineText(nddr.deadline)} (Hong Kong time).` : "A return is due; its deadline could not be worked out (see the warnings).";
}

/** "08:30 on 19 December 2024": a deadline instant as every host prints it. */
export function deadlineText(instant: string): string {
  return `${instant.slice(11, 16)} on ${formatDateEn(instant.slice(0, 10) as IsoDate)}`;
}
