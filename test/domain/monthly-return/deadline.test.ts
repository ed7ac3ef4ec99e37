// The Monthly Return is due by 08:30 on the fifth business day after the month's end (MB 13.25B), Hong
// Kong public holidays and the issuer's closure days counted. Expected dates are counted by hand on the
// 2024–2026 calendars.
import type { IsoDate } from "../../../src/domain/dates";
import { monthlyReturnDeadline, parseReturnMonth } from "../../../src/domain/monthly-return";

const due = (monthEnd: string, closures: string[] = []) => {
  const deadline = monthlyReturnDeadline(monthEnd as IsoDate, closures as IsoDate[]);
  if (!deadline.known) throw new Error(`no holiday table for ${deadline.year}`);
  return deadline;
};

describe("the Monthly Return's deadline", () => {
  it("is 8 October 2024 for September 2024: 1 October is National Day (Bilibili filed that day)", () => {
    expect(due("2024-09-30")).toEqual({ known: true, date: "2024-10-08", instant: "2024-10-08T08:30:00+08:00", notGazetted: [] });
  });

  it("is 8 January 2025 for December 2024: New Year's Day is a holiday", () => {
    expect(due("2024-12-31").instant).toBe("2025-01-08T08:30:00+08:00");
  });

  it("skips the Lunar New Year: January 2025's return is due 7 February 2025", () => {
    expect(due("2025-01-31").date).toBe("2025-02-07");
  });

  it("counts from a month ending on a Saturday: January 2026's is due 6 February 2026", () => {
    expect(due("2026-01-31").date).toBe("2026-02-06");
  });

  it("moves a day for each day the Exchange was closed among the five", () => {
    expect(due("2024-09-30", ["2024-10-03"]).date).toBe("2024-10-09");
  });

  it("is 7 June 2023 for May 2023 (Zhihu filed on the 6th, business day 4)", () => {
    expect(due("2023-05-31").date).toBe("2023-06-07");
  });

  it("skips the 2023 Lunar New Year (23 to 25 January): January 2023's return was due 7 February", () => {
    // 31 Jan was a Tuesday: 1, 2, 3, 6, 7 February.
    expect(due("2023-01-31").date).toBe("2023-02-07");
  });

  it("says which year's holidays are computed rather than gazetted", () => {
    expect(due("2027-12-31")).toMatchObject({ known: true, notGazetted: [2028] });
  });

  it("is not worked out where no holiday table holds the year", () => {
    expect(monthlyReturnDeadline("2021-05-31" as IsoDate)).toEqual({ known: false, year: 2021 });
  });
});

describe("the month of a Monthly Return", () => {
  it("runs from the day after the preceding month's end to its own last day", () => {
    expect(parseReturnMonth("2024-02")).toEqual({ month: "2024-02", monthEnd: "2024-02-29", previousMonthEnd: "2024-01-31" });
    expect(parseReturnMonth(" 2025-01 ")).toEqual({ month: "2025-01", monthEnd: "2025-01-31", previousMonthEnd: "2024-12-31" });
  });

  it.each(["2024-13", "2024-9", "2024-09-30", "September 2024", "1989-12", ""])("is not %j", (text) => {
    expect(parseReturnMonth(text)).toBeUndefined();
  });
});
