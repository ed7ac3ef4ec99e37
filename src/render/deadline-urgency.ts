// How long until a deadline, or how long since it passed, in the words every host prints: the task pane
// beside its deadline, the command line after "A return is due by …". The clock is the caller's.

import type { IsoDate } from "../domain/dates";
import type { Generation } from "../domain/generate-return";

export type Urgency = "overdue" | "hours" | "later";

export interface DeadlineUrgency {
  readonly urgency: Urgency;
  /** Whole hours left (negative once passed). */
  readonly hoursLeft: number;
  /** "7 h 05 min left", "45 minutes left", "3 days left", "Overdue by 2 h 10 min", "Overdue by 3 days". */
  readonly text: string;
}

/** Overdue once 08:30 has passed; "hours" within a day of it. */
export function deadlineUrgency(deadline: string, now: Date): DeadlineUrgency {
  const ms = Date.parse(deadline) - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (ms < 0) {
    const by = h >= 48 ? `${Math.floor(h / 24)} days` : h > 0 ? `${h} h ${String(m).padStart(2, "0")} min` : `${m} min`;
    return { urgency: "overdue", hoursLeft: -Math.ceil(-ms / 3_600_000), text: `Overdue by ${by}` };
  }
  const hoursLeft = Math.floor(ms / 3_600_000);
  const text = h === 0 ? `${m} minute${m === 1 ? "" : "s"} left` : h < 48 ? `${h} h ${String(m).padStart(2, "0")} min left` : `${Math.floor(h / 24)} days left`;
  return { urgency: hoursLeft < 24 ? "hours" : "later", hoursLeft, text };
}

/**
 * Whether the time left (or overdue) means anything for this return: it is due with a known deadline, it is
 * being submitted today (its Date submitted is Hong Kong's date now), it is not a Resubmission, and NDDR_Log
 * does not already hold it. Otherwise it was, or will be, submitted at a time of day we cannot know, and
 * "Overdue" would accuse a return filed on time. Every host asks this one question.
 */
export function deadlineClockRuns(g: Pick<Generation, "nddr" | "logged">, hongKongToday: IsoDate): boolean {
  const nddr = g.nddr;
  return !!nddr && nddr.returnDue === true && !!nddr.deadline && !g.logged && nddr.status !== "Resubmission" && nddr.dateSubmitted === hongKongToday;
}
