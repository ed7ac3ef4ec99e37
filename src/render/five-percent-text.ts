// The 5% running total and headroom of each class (docs/rules.md 17), in the words every host prints: the
// command line and the ribbon after "not due", the pane's headroom list. The figures are the return's
// own (return.json's fivePercent); only this sentence's percentage is kept below 5 while the headroom is.
import Decimal from "decimal.js";
import type { ClassReturn, NddrReturn } from "../domain/return-model";
import { plural } from "./due-text";

/**
 * "Class A: 5% events so far 2,500,000 shares (0.2 %); 60,487,500 more shares of 5% events before a
 * return is due." Half-up rounding can print 4.99995 as "5" while the threshold is not reached: the
 * sentence then says "just under 5 %", never a figure that reads as reached.
 */
export function fivePercentSentence(cls: Pick<ClassReturn, "classKey" | "fivePercent">): string {
  const { aggregate, percent, headroom } = cls.fivePercent;
  const shown = percent === null ? "" : headroom > 0 && new Decimal(percent).gte(5) ? " (just under 5 %)" : ` (${percent} %)`;
  const running = `Class ${cls.classKey}: 5% events so far ${plural(aggregate, "share")}${shown}`;
  return headroom > 0 ? `${running}; ${plural(headroom, "more share")} of 5% events before a return is due.` : `${running}: 5% reached.`;
}

/** The running total of every class, said after "not due" (nothing while due or unknown). */
export function notDueFivePercent(nddr: Pick<NddrReturn, "returnDue" | "sectionI">): string[] {
  return nddr.returnDue === false ? nddr.sectionI.map(fivePercentSentence) : [];
}
