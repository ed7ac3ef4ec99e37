// Why a return is due, in the pane's words: each event that makes it due with the Listing Rule that
// does (MB 13.25A(2)(a) "always" events, the 5% test of 13.25A(3), repurchases under 10.06(4)(a)), the
// earliest first (the deadline runs from it; the 5% test's day is the one it was reached), and how
// urgent the deadline is. Pure: read off the return.
import type { IsoDate } from "../domain/dates";
import { findEventType } from "../domain/event-types";
import { formatDateEn, formatShares } from "../domain/printing";
import type { NddrReturn } from "../domain/return-model";
import { labelsFor } from "../labels";
import { methodText } from "../labels/values";

// The pane speaks English; the method is a value of the domain, worded by the labels.
const EN = labelsFor("en");

export interface DueReason {
  /** The day of the event; for the 5% test, of the event that reached 5%. */
  readonly date?: IsoDate;
  readonly what: string;
  readonly rule: string;
}

export function dueReasons(nddr: NddrReturn): DueReason[] {
  const gem = nddr.board === "GEM";
  const nddrRule = gem ? "GEM 17.27A" : "MB 13.25A";
  const reasons: DueReason[] = [];
  for (const cls of nddr.sectionI) {
    for (const line of cls.events) {
      const type = findEventType(line.eventType);
      // Repurchases and on-market sales are given below, with their own rule and detail.
      if (line.filler || line.category !== "always" || type?.generated) continue;
      reasons.push({
        date: line.date,
        what: `${line.eventType}: ${formatShares(Math.abs(line.issuedChange || line.treasuryChange))} class ${cls.classKey} shares on ${formatDateEn(line.date)}`,
        rule: `${nddrRule}(2)${type?.paragraph ?? "(a)"}`,
      });
    }
    const five = cls.fivePercent;
    if (five.aggregate > 0 && five.headroom === 0) {
      reasons.push({
        ...(five.reachedOn ? { date: five.reachedOn } : {}),
        what: `"5%" events of class ${cls.classKey} reached 5% of the issued shares${five.reachedOn ? ` on ${formatDateEn(five.reachedOn)}` : ""}: ${formatShares(five.aggregate)} shares${five.percent ? ` (${five.percent} %)` : ""}`,
        rule: `${nddrRule}(2)(b) and (3)`,
      });
    }
  }
  for (const report of nddr.sectionII) {
    for (const row of report.rows) {
      reasons.push({
        date: row.tradingDate,
        what: `Repurchase of ${formatShares(row.shares)} class ${report.classKey} shares on ${formatDateEn(row.tradingDate)} (${methodText(EN, row.method)})`,
        rule: gem ? "GEM 13.13(1), 17.27A(2)(a)(viii)" : "MB 10.06(4)(a), 13.25A(2)(a)(viii)",
      });
    }
  }
  for (const report of nddr.sectionIII) {
    for (const row of report.rows) {
      reasons.push({
        date: row.tradingDate,
        what: `Sale of ${formatShares(row.shares)} class ${report.classKey} treasury shares on ${formatDateEn(row.tradingDate)} (${methodText(EN, row.method)})`,
        rule: gem ? "GEM 13.14B, 17.27A(2)(a)(vii)" : "MB 10.06B, 13.25A(2)(a)(vii)",
      });
    }
  }
  // The earliest first: the deadline runs from it, be it an "always" event or the one that reached 5%.
  return reasons.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
}
