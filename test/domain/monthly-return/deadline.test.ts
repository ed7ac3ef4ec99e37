// The Monthly Return is due by 08:30 on the fifth business day after the month's end (MB 13.25B), Hong
// Kong public holidays and the issuer's closure days counted. Expected dates are counted by hand on the
// 2024–2026 calendars.
import type { IsoDate } from "../../../src/domain/dates";
import { monthlyReturnDeadline, parseReturnMonth } from "../../../src/domain/monthly-return";

const due = (monthEnd: string, closures: string[] = []) => monthlyReturnDeadline(monthEnd as IsoDate, closures as IsoDate[]);

describe("the Monthly Return's deadline", () => {
  it("is 8 October 2024 for September 2024: 1 October is National Day (Bilibili filed that day)", () => {
    expect(due("2024-09-30")).toEqual({ date: "2024-10-08", instant: "2024-10-08T08:30:00+08:00", holidaysKnown: true });
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

  it("moves a day for each closure day (typhoon signal 8) among the five", () => {
    expect(due("2024-09-30", ["2024-10-03"]).date).toBe("2024-10-09");
  });

  it("says when the holiday table does not cover the days counted", () => {
    expect(due("2023-05-31")).toEqual({ date: "2023-06-07", instant: "2023-06-07T08:30:00+08:00", holidaysKnown: false });
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
