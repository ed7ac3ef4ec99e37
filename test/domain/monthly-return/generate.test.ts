// generateMonthlyReturn as a whole: the month asked for, the date submitted and its deadline, the public
// float confirmation from January 2026, and what happens without settings.
import { parseMonthlyLedger } from "../../../src/contract/parse-monthly";
import type { IsoDate } from "../../../src/domain/dates";
import { generateMonthlyReturn } from "../../../src/domain/monthly-return";
import { monthlyGrids } from "../../support/monthly-grids";
import { at, BASE, codes, monthly, returnOf, s } from "./fixture";

describe("generateMonthlyReturn", () => {
  it("frames no return for a month it cannot read, and says how to write one", () => {
    const g = monthly({}, "Oct 2024");
    expect(g).toEqual({ monthly: null, ok: false, findings: [expect.objectContaining({ code: "BAD_MONTH", severity: "error", sheet: null, cell: null })] });
  });

  it("frames no return without readable issuer settings, but still checks the rows", () => {
    const parsed = parseMonthlyLedger(monthlyGrids({ ...BASE, issuer: {}, authorisedCapital: [["Z", null, 1, 1, "HKD"]] }));
    const g = generateMonthlyReturn(parsed.ledger, { month: "2024-10", today: "2024-11-04" as IsoDate }, parsed.findings);
    expect(g.monthly).toBeNull();
    expect(codes(g)).toContain("UNKNOWN_CLASS_KEY");
  });

  it("takes Date Submitted from the shell's date submitted, else today", () => {
    const parsed = parseMonthlyLedger(monthlyGrids(BASE));
    const g = generateMonthlyReturn(parsed.ledger, { month: "2024-10", today: "2024-11-06" as IsoDate, dateSubmitted: "2024-11-05" as IsoDate });
    expect(returnOf(g).dateSubmitted).toBe("2024-11-05");
    expect(returnOf(monthly()).dateSubmitted).toBe("2024-11-04");
  });

  it("is an error when submitted before the month is over", () => {
    expect(codes(monthly({}, "2024-10", "2024-10-31"))).toEqual(["MONTHLY_SUBMITTED_BEFORE_MONTH_END"]);
  });

  it("warns, citing MB 13.25B, when submitted after the deadline", () => {
    const g = monthly({}, "2024-10", "2024-11-08");
    expect(returnOf(g).deadline).toBe("2024-11-07T08:30:00+08:00");
    expect(g.findings).toEqual([expect.objectContaining({ code: "MONTHLY_RETURN_LATE", severity: "warning", rule: "MB 13.25B" })]);
    expect(g.ok).toBe(true);
  });

  it("cites GEM 17.27B for a GEM issuer", () => {
    const g = monthly({ issuer: { ...BASE.issuer, Board: "GEM" } }, "2024-10", "2024-11-08");
    expect(g.findings[0].rule).toBe("GEM 17.27B");
  });

  it("counts a day the Exchange was confirmed closed in the deadline", () => {
    expect(returnOf(monthly({ issuer: { ...BASE.issuer, "Confirmed closure days": "2024-11-04" } })).deadline).toBe("2024-11-08T08:30:00+08:00");
  });

  it("does not count a closure day after 23 September 2024 that is not confirmed, and says so (Severe Weather Trading)", () => {
    const g = monthly({ issuer: { ...BASE.issuer, "Closure days": "2024-11-04" } });
    expect(returnOf(g).deadline).toBe("2024-11-07T08:30:00+08:00");
    expect(g.findings.map((f) => f.code)).toContain("CLOSURE_DAY_NOT_CONFIRMED");
  });

  it("prints the form's identity: FF301, the issuer, New Submission, the submitter", () => {
    expect(returnOf(monthly())).toEqual(expect.objectContaining({
      form: "FF301", issuer: "Test Issuer Limited", status: "New Submission", month: "2024-10", monthEnded: "2024-10-31", submittedBy: "Chan Tai Man", title: "Director",
    }));
  });
});

describe("the public float confirmation", () => {
  const january = (publicFloat?: readonly (readonly (string | number | null)[])[]) => monthly({ publicFloat }, "2026-01", "2026-02-04");

  it("is not printed before January 2026", () => {
    expect(returnOf(monthly({ publicFloat: [["A", s("2024-10-31"), "Yes", "25%"]] })).partII[0].publicFloat).toBeNull();
  });

  it("prints the month's row of each listed class from January 2026", () => {
    const g = january([["A", s("2026-01-15"), "Yes", "25%"], ["A", s("2025-12-31"), "No", "25%"]]);
    expect(g.findings).toEqual([]);
    expect(returnOf(g).partII[0].publicFloat).toEqual({ complied: true, requirement: "25%" });
  });

  it("is an error at the class when a listed class has no row for the month", () => {
    const g = january([]);
    expect(g.findings).toEqual([expect.objectContaining({ code: "PUBLIC_FLOAT_MISSING", severity: "error", sheet: "Classes", cell: "A2", rule: "MB 13.32D(1)" })]);
  });

  it("is not asked of an unlisted class", () => {
    const g = monthly({ classes: [["A", "Ordinary shares", null, "No", null, null, null, null, 1_000_000, 0]] }, "2026-01", "2026-02-04");
    expect(g.findings).toEqual([]);
  });

  it("warns loudly when the minimum was not met, and prints it so", () => {
    const g = january([["A", s("2026-01-31"), "No", "25%"]]);
    // A breach (rule 20): it stands out in every host, as a mandate exceeded does (QA 10a, F4).
    expect(g.findings).toEqual([expect.objectContaining({ code: "PUBLIC_FLOAT_NOT_COMPLIED", severity: "warning", cell: "C2", breach: true })]);
    expect(returnOf(g).partII[0].publicFloat).toEqual({ complied: false, requirement: "25%" });
  });

  it("is an error at the second of two rows for the same class and month", () => {
    expect(at(january([["A", s("2026-01-31"), "Yes", "25%"], ["A", s("2026-01-02"), "Yes", "25%"]]), "DUPLICATE_PUBLIC_FLOAT")).toEqual(["PublicFloat!B3"]);
  });
});
