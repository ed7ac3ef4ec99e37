// monthly-return.txt, the sheet layout and monthly-return.json drawn from one Monthly Return: the form's
// order, empty parts printed "Not applicable", figures as real numbers on the sheet, user text never a
// formula in the text file.
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { MONTHLY_ZH_HK } from "../../src/labels/monthly-zh-HK";
import { layoutMonthlyReturn, monthlySheetName } from "../../src/layout/monthly-layout";
import { monthlyReturnJson } from "../../src/render/monthly-json";
import { renderMonthlyReturnText } from "../../src/render/monthly-text";
import { monthlyGrids, RICH_MONTH, s, type MonthlyWorkbook } from "../support/monthly-grids";

function generation(w: MonthlyWorkbook, month = "2026-01", today = "2026-02-04") {
  const parsed = parseMonthlyLedger(monthlyGrids(w));
  return generateMonthlyReturn(parsed.ledger, { month, today: today as IsoDate }, parsed.findings);
}
const rich = generation(RICH_MONTH).monthly!;
const quiet = generation({ issuer: RICH_MONTH.issuer, classes: [["O", "Ordinary shares", null, "Yes", "09896", null, null, null, 1_000, 0]] }, "2025-12", "2026-01-05").monthly!;

describe("monthly-return.txt", () => {
  it("prints the parts in the form's order", () => {
    const text = renderMonthlyReturnText(rich);
    const at = (heading: string) => text.indexOf(`\n${heading}`);
    const order = ["I. ", "II. ", "III. ", "(A). ", "(B). ", "(C). ", "(D). ", "(E). ", "IV. ", "V. ", "Submitted by:"].map(at);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("prints Part I, Part III's sections, Part IV and Part V as Not applicable when empty", () => {
    const text = renderMonthlyReturnText(quiet);
    for (const heading of ["I. Movements in Authorised / Registered Share Capital", "(A). Share Options", "(E). Other Movements", "IV. Information about", "V. Confirmations"]) {
      expect(text).toMatch(new RegExp(`${heading.replace(/[().]/g, "\\$&")}[^\\n]*\\n\\nNot applicable\\n`));
    }
  });

  it("titles Part II with the public float from January 2026 only, and ticks the box confirmed", () => {
    expect(renderMonthlyReturnText(quiet)).toContain("II. Movements in Issued Shares and/or Treasury Shares\n");
    const text = renderMonthlyReturnText(rich);
    expect(text).toContain("II. Movements in Issued Shares and/or Treasury Shares and Public Float Sufficiency Confirmation\n");
    expect(text).toContain("\u2611 the applicable public float requirement (see below) has been complied with");
    expect(text).toContain("\u2610 the applicable public float requirement (see below) has not been complied with");
  });

  it("prints Part III's movements and the class totals of A to E equal to Part II's change", () => {
    const text = renderMonthlyReturnText(rich);
    expect(text).toContain("Granted 0 Exercised -1,200 Cancelled 0 Lapsed -300");
    expect(text).toContain("Total funds raised during the month from exercise of options:\tHKD 6,000");
    const [o] = rich.partII;
    expect(text).toContain(`Total increase / decrease (-) in Ordinary shares during the month (i.e. Total of A to E)\t\t\t\t${o.change.issued.toLocaleString("en")}\t${o.change.treasury.toLocaleString("en")}`);
  });

  it("never lets user text start a field as a formula", () => {
    const w = { ...RICH_MONTH, movements: [["O", s("2026-01-15"), "Placing/subscription - new shares involved", "=HYPERLINK(\"x\")", 10, null, null, 1, "HKD"]] };
    const text = renderMonthlyReturnText(generation(w).monthly!);
    expect(text).not.toMatch(/(^|\t)=HYPERLINK/m);
  });

  it("prints in Chinese with Chinese dates and the same figures", () => {
    const zh = renderMonthlyReturnText(rich, MONTHLY_ZH_HK);
    expect(zh).toContain("截至月份: 2026年1月31日");
    const figures = (t: string) => t.match(/-?\d{1,3}(,\d{3})+/g);
    expect(figures(zh)).toEqual(figures(renderMonthlyReturnText(rich)));
  });
});

describe("the monthly return sheet", () => {
  const layout = layoutMonthlyReturn(rich);

  it("is an A4 portrait page headed FF301, named after the month", () => {
    expect(layout.name).toBe(monthlySheetName(rich));
    expect(layout.name).toBe("Monthly Return 2026-01");
    expect(layout.page).toEqual(expect.objectContaining({ paper: "A4", orientation: "portrait", fitToWidth: 1, header: "&LFF301" }));
    expect(layout.columnWidths).toHaveLength(7);
  });

  it("holds every figure as a number with a number format", () => {
    const numbers = layout.cells.filter((c) => c.number !== undefined);
    expect(numbers.length).toBeGreaterThan(40);
    expect(numbers.filter((c) => !c.numFmt)).toEqual([]);
    expect(numbers.map((c) => c.number)).toEqual(expect.arrayContaining([1_000_000_000, 10_011_700, -30_000]));
  });

  it("keeps every cell inside its seven columns", () => {
    expect(Math.max(...layout.cells.map((c) => c.col), ...layout.merges.map((m) => m.right))).toBe(7);
  });
});

describe("monthly-return.json", () => {
  it("carries the contract's fields, whatever the language", () => {
    const json = monthlyReturnJson(generation(RICH_MONTH)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["monthEnded", "dateSubmitted", "deadline", "partII", "partIII", "findings"]));
    expect(json.deadline).toBe("2026-02-06T08:30:00+08:00");
    expect(json.partII).toEqual([
      expect.objectContaining({ classKey: "O", opening: { issued: 989_988_300, treasury: 200, total: 989_988_500 }, change: { issued: 10_011_700, treasury: 29_800 }, closing: { issued: 1_000_000_000, treasury: 30_000, total: 1_000_030_000 } }),
      expect.objectContaining({ classKey: "P" }),
    ]);
  });

  it("is written with the findings when there is no return", () => {
    const parsed = parseMonthlyLedger(monthlyGrids(RICH_MONTH));
    const g = generateMonthlyReturn(parsed.ledger, { month: "January", today: "2026-02-04" as IsoDate });
    expect(monthlyReturnJson(g)).toEqual({ form: "FF301", monthEnded: null, deadline: null, findings: [expect.objectContaining({ code: "BAD_MONTH" })] });
  });
});
