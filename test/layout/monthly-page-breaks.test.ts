// Where the Monthly Return's pages end, on the layout itself: never right after a heading or the
// paragraph under it (the FF301 layout check found page 1 ending on Part III's heading and its note on
// the totals, with (A) on page 2).
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { monthlyLabelsFor } from "../../src/labels";
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import { monthlyGrids, RICH_MONTH } from "../support/monthly-grids";

const HEADINGS = new Set(["title", "subtitle", "heading", "subheading", "leadIn"]);

test.each(["en", "zh-HK"] as const)("no page of a month with every part ends on a heading or the paragraph under it (%s)", (lang) => {
  const parsed = parseMonthlyLedger(monthlyGrids(RICH_MONTH));
  const mr = generateMonthlyReturn(parsed.ledger, { month: "2026-02", today: "2026-03-06" as IsoDate }, parsed.findings).monthly!;
  const layout = layoutMonthlyReturn(mr, monthlyLabelsFor(lang));
  const styleOf = new Map<number, string>();
  for (const c of layout.cells) if (c.text !== "" && !styleOf.has(c.row)) styleOf.set(c.row, c.style);
  const rows = [...styleOf.keys()].sort((a, b) => a - b);
  const underHeading = new Set(rows.filter((r, i) => i > 0 && HEADINGS.has(styleOf.get(rows[i - 1]!)!) && !HEADINGS.has(styleOf.get(r)!)));
  expect(layout.page.rowBreaks.length).toBeGreaterThan(0);
  expect(layout.page.rowBreaks.filter((r) => HEADINGS.has(styleOf.get(r) ?? "") || underHeading.has(r))).toEqual([]);
});
