// Rule 12 (MB 10.06(3)(a) [GEM 13.12]): for 30 days after any repurchase, no new issue of shares and
// no sale or transfer of treasury shares without the Exchange's approval. Applies to a primary listing.
// Issues on exercise of options, awards, warrants or convertibles outstanding before the repurchase are
// carved out: at most one info, so buyback returns of issuers with share schemes are not noisy.
import { addDays, compareDates } from "./dates";
import { finding, type Finding } from "./finding";
import { cellOf, type Board, type Movement, type Repurchase } from "./ledger";
import { ruleRef } from "./rule-numbers";
import { MORATORIUM_DAYS } from "./section-two";

export function checkRepurchaseMoratorium(
  repurchases: readonly Repurchase[],
  movements: readonly Movement[],
  board: Board,
): Finding[] {
  const tradeDates = [...new Set(repurchases.map((r) => r.tradingDate))].sort(compareDates);
  const rule = ruleRef(board, "repurchase-moratorium");
  const out: Finding[] = [];
  let carveOutNoted = false;
  for (const m of [...movements].sort((a, b) => compareDates(a.date, b.date))) {
    if (m.type.moratorium === "none") continue;
    const after = [...tradeDates].reverse().find((t) => t < m.date && m.date <= addDays(t, MORATORIUM_DAYS));
    if (!after) continue;
    const window = `${after} to ${addDays(after, MORATORIUM_DAYS)}`;
    if (m.type.moratorium === "restricted") {
      out.push(finding("MORATORIUM_AFTER_REPURCHASE", "warning",
        `${m.type.label} on ${m.date} falls in the 30-day moratorium after the repurchase of ${after} (${window}). ` +
          `It needs the Exchange's prior approval; note the approval, or check the date.`,
        cellOf(m.origin, "date"), { rule }));
    } else if (!carveOutNoted) {
      carveOutNoted = true;
      out.push(finding("MORATORIUM_CARVE_OUT", "info",
        `${m.type.label} on ${m.date} falls in the 30-day moratorium after the repurchase of ${after}; issues under options, awards, ` +
          `warrants or convertibles outstanding before the repurchase are carved out of the rule.`,
        cellOf(m.origin, "date"), { rule }));
    }
  }
  return out;
}
