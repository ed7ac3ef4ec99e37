// Main Board and GEM number the same rules differently (docs/research/hkex-nddr-research.md §7.5); findings and the form
// cite the number of the issuer's board.
import type { Board } from "./ledger";

const RULES = {
  "nddr": ["13.25A", "17.27A"],
  "nddr-deadline": ["13.25A(1)", "17.27A(1)"],
  "five-percent": ["13.25A(3)", "17.27A(3)"],
  "monthly-return": ["13.25B", "17.27B"],
  "confirmation": ["13.25C", "17.27C"],
  "repurchase-report": ["10.06(4)(a)", "13.13(1)"],
  "repurchase-moratorium": ["10.06(3)(a)", "13.12"],
  "treasury-sale-report": ["10.06B", "13.14B"],
  // The rule's own paragraph number is not confirmed (docs/research/hkex-nddr-research.md Q6): cite the treasury-sale rule.
  "treasury-sale-moratorium": ["10.06B", "13.14B"],
  // The general mandate to issue shares or sell treasury shares (20% of the issued shares at the resolution).
  "general-mandate": ["13.36(2)(b)", "17.41(2)"],
} as const;

export type RuleTopic = keyof typeof RULES;

/** "MB 13.25A(1)" or "GEM 17.27A(1)". */
export function ruleRef(board: Board, topic: RuleTopic): string {
  const [mainBoard, gem] = RULES[topic];
  return board === "GEM" ? `GEM ${gem}` : `MB ${mainBoard}`;
}
