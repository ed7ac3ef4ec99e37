// The chain: a Monthly Return opens on the preceding month's logged Monthly Return, or on the ledger's
// balances at that month-end; every NDDR logged in the month ties into the month's movements.
import { parseMonthlyLedger } from "../../../src/contract/parse-monthly";
import type { IsoDate } from "../../../src/domain/dates";
import { generateMonthlyReturn } from "../../../src/domain/monthly-return";
import { monthlyGrids, s, type MonthlyWorkbook, type Row } from "../../support/monthly-grids";

const BASE: MonthlyWorkbook = {
  issuer: { "Issuer name": "Test Issuer Limited", "Opening date": s("2024-09-30"), "Submitted by": "Chan Tai Man", "Title": "Director" },
  classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 0]],
  movements: [
    ["A", s("2024-10-10"), "Placing/subscription - new shares involved", "Placing", 50_000, null, null, 2, "HKD"],
    ["A", s("2024-10-25"), "Consideration issue", "Acquisition", 20_000, null, null, 3, "HKD"],
  ],
};

function october(extra: Partial<MonthlyWorkbook> = {}) {
  const parsed = parseMonthlyLedger(monthlyGrids({ ...BASE, ...extra }));
  return generateMonthlyReturn(parsed.ledger, { month: "2024-10", today: "2024-11-04" as IsoDate }, parsed.findings);
}

/** An NDDR_Log row: closing date, class, closing issued and treasury, and the Return column. */
const logRow = (date: string, issued: number, kind: string | null = null, treasury = 0): Row => ["2024-11-01T10:00:00+08:00", s(date), "A", issued, treasury, null, kind];

describe("the Monthly Return's opening", () => {
  it("is the ledger's balance at the preceding month-end when no Monthly Return is logged", () => {
    expect(october().monthly!.partII[0].opening).toEqual({ issued: 1_000_000, treasury: 0, total: 1_000_000 });
  });

  it("is the logged Monthly Return of the preceding month when there is one", () => {
    const g = october({ log: [logRow("2024-09-30", 1_000_000, "Monthly Return")] });
    expect(g.findings).toEqual([]);
    expect(g.monthly!.partII[0].opening.issued).toBe(1_000_000);
  });

  it("is an error naming the log cell when the logged Monthly Return and the ledger disagree", () => {
    const g = october({ log: [logRow("2024-09-30", 999_000, "Monthly Return")] });
    expect(g.findings).toEqual([expect.objectContaining({
      code: "MONTHLY_OPENING_MISMATCHES_LOG", severity: "error", sheet: "Log", cell: "D2", related: [{ sheet: "Classes", cell: "I2" }],
    })]);
    expect(g.monthly!.partII[0].opening.issued).toBe(999_000);
  });

  it("does not take an NDDR closing on the preceding month-end for a Monthly Return", () => {
    const g = october({ log: [logRow("2024-09-30", 999_000)] });
    expect(g.findings).toEqual([]);
    expect(g.monthly!.partII[0].opening.issued).toBe(1_000_000);
  });

  it("reads the Return column whatever its letter case; a blank is an NDDR", () => {
    expect(october({ log: [logRow("2024-09-30", 999_000, "MONTHLY RETURN")] }).findings.map((f) => f.code)).toEqual(["MONTHLY_OPENING_MISMATCHES_LOG"]);
    expect(october({ log: [logRow("2024-09-30", 999_000, "")] }).findings).toEqual([]);
  });

  it("reads a log without a Return column as NDDRs only", () => {
    const parsed = parseMonthlyLedger(monthlyGrids({ ...BASE, log: [logRow("2024-09-30", 999_000, "Monthly Return")] }).map((t) =>
      t.name === "NDDR_Log" ? { ...t, headers: t.headers.slice(0, 6), rows: t.rows.map((r) => r.slice(0, 6)) } : t));
    expect(parsed.ledger.log?.map((e) => e.returnKind)).toEqual(["Next Day Disclosure Return"]);
    expect(generateMonthlyReturn(parsed.ledger, { month: "2024-10", today: "2024-11-04" as IsoDate }, parsed.findings).findings).toEqual([]);
  });

  it("is worked back from an NDDR opening date after the month", () => {
    const g = october({ issuer: { ...BASE.issuer, "Opening date": s("2024-11-15") }, classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_070_000, 0]] });
    expect(g.monthly!.partII[0]).toEqual(expect.objectContaining({
      opening: { issued: 1_000_000, treasury: 0, total: 1_000_000 }, change: { issued: 70_000, treasury: 0 }, closing: { issued: 1_070_000, treasury: 0, total: 1_070_000 },
    }));
  });
});

// QA round 10a, F2: with the NDDR's opening rolled forward into the month, the ledger's opening is worked back
// from it, so an edit inside the month moved it and the error blamed last month's (right) Monthly Return.
describe("the preceding Monthly Return, against balances dated inside the month", () => {
  const rolled = { issuer: { ...BASE.issuer, "Opening date": s("2024-10-25") }, classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_070_000, 0]] as Row[] };
  const filed = [logRow("2024-09-30", 1_000_000, "Monthly Return"), logRow("2024-10-10", 1_050_000), logRow("2024-10-25", 1_070_000)];
  const withShares = (row: number, shares: number) => BASE.movements!.map((m, i) => (i === row ? m.map((v, j) => (j === 4 ? shares : v)) : m)) as Row[];

  it("is not blamed when a row after the month's first NDDR changed since it was filed: the NDDR that does not tie is", () => {
    const g = october({ ...rolled, movements: withShares(1, 25_000), log: filed });
    expect(g.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(["NDDR_NOT_TIED Log!D4"]);
  });

  it("is blamed when the month's NDDRs all tie to the ledger and it does not (a Monthly Return typed wrong into the log)", () => {
    const g = october({ ...rolled, log: [logRow("2024-09-30", 999_000, "Monthly Return"), ...filed.slice(1)] });
    expect(g.findings.filter((f) => f.code === "MONTHLY_OPENING_MISMATCHES_LOG").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Log!D2"]);
  });

  it("names a row before the month's first NDDR as the other possible cause, without asking for a Resubmission", () => {
    const g = october({ ...rolled, movements: withShares(0, 60_000), log: filed });
    const f = g.findings.find((x) => x.code === "MONTHLY_OPENING_MISMATCHES_LOG")!;
    expect(f.message).toContain("Either that log row was typed wrong, or a row dated after 30 September 2024 and up to 10 October 2024 was changed");
    expect(f.message).not.toContain("Resubmission");
  });

  it("with no NDDR of the month logged, names the balances worked back from too", () => {
    const g = october({ ...rolled, classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_071_000, 0]], log: filed.slice(0, 1) });
    const f = g.findings.find((x) => x.code === "MONTHLY_OPENING_MISMATCHES_LOG")!;
    expect([f.sheet, f.cell, f.related]).toEqual(["Log", "D2", [{ sheet: "Classes", cell: "I2" }]]);
    expect(f.message).toContain("or the opening balance at Classes!I2 is wrong");
  });
});

describe("while a ledger row cannot be read (QA round 8, P3)", () => {
  // The 10 October placing's date typed as text: the row is left out, so the ledger's balances lack it.
  const unreadable = { movements: [["A", "10/10/2024", ...BASE.movements![0].slice(2)], BASE.movements![1]] as Row[] };

  it("reports the cell, not a log row, when the NDDRs of the month would not tie without that row", () => {
    const g = october({ ...unreadable, log: [logRow("2024-10-10", 1_050_000), logRow("2024-10-25", 1_070_000)] });
    expect(g.findings.map((f) => f.code)).not.toContain("NDDR_NOT_TIED");
    expect(g.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Movements!B2"]);
  });

  it("reports the cell, not the month's logged Monthly Return, when the closing would differ without that row", () => {
    const g = october({ ...unreadable, log: [logRow("2024-10-31", 1_070_000, "Monthly Return")] });
    expect(g.findings.map((f) => f.code)).not.toContain("MONTHLY_RETURN_LOGGED_DIFFERENTLY");
  });

  it("still ties the NDDRs once the row reads", () => {
    expect(october({ log: [logRow("2024-10-10", 1_060_000)] }).findings.map((f) => f.code)).toEqual(["NDDR_NOT_TIED"]);
  });

  it("reports the class key, not a log row, when a row names no class (a typo of which class?)", () => {
    const typo = { movements: [["AX", ...BASE.movements![0].slice(1)], BASE.movements![1]] as Row[] };
    const g = october({ ...typo, log: [logRow("2024-10-10", 1_050_000), logRow("2024-10-25", 1_070_000)] });
    expect(g.findings.map((f) => f.code)).toEqual(["UNKNOWN_CLASS_KEY"]);
  });

  it("still ties a class whose rows all read, beside another class with a row left out", () => {
    const classB: Row = ["B", "Preference shares", null, "Yes", "00002", null, null, null, 500_000, 0];
    const g = october({
      classes: [...BASE.classes!, classB],
      movements: [...BASE.movements!, ["B", "25/10/2024", "Consideration issue", "Acquisition", 1_000, null, null, 3, "HKD"]],
      log: [logRow("2024-10-10", 1_060_000)],
    });
    expect(g.findings.map((f) => f.code).sort()).toEqual(["BAD_DATE", "NDDR_NOT_TIED"]);
  });

  it("still ties the NDDRs when the error is in a table that does not change the balances (MR_Schemes)", () => {
    const g = october({ schemes: [["2020 Scheme", "A", "2020 Share Option Scheme", null, s("2024-09-30"), "20 million"]], log: [logRow("2024-10-10", 1_060_000)] });
    expect(g.findings.map((f) => f.code).sort()).toEqual(["NDDR_NOT_TIED", "TEXT_IN_NUMBER_COLUMN"]);
  });

  it("does not call a row of a class whose own row is in error a row of an unknown class", () => {
    const g = october({ classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, "one million", 0]], schemes: [["2020 Scheme", "A", "2020 Share Option Scheme", null, s("2024-09-30"), 1_000]] });
    expect(g.findings.map((f) => f.code)).toEqual(["TEXT_IN_NUMBER_COLUMN"]);
  });
});

describe("the NDDRs of the month", () => {
  it("tie when each closes on the opening plus the month's changes up to its date", () => {
    const g = october({ log: [logRow("2024-10-10", 1_050_000), logRow("2024-10-25", 1_070_000, "Next Day Disclosure Return")] });
    expect(g.findings).toEqual([]);
  });

  it("do not tie when a row was changed after one was filed: an error at the NDDR's log row", () => {
    const g = october({ log: [logRow("2024-10-10", 1_060_000), logRow("2024-10-25", 1_070_000)] });
    expect(g.findings).toEqual([expect.objectContaining({ code: "NDDR_NOT_TIED", severity: "error", sheet: "Log", cell: "D2" })]);
    expect(g.findings[0].message).toContain("Log!D2");
    expect(g.findings[0].message).toContain("1,050,000");
  });

  it("tie by the last filing of a return filed twice: the corrected return supersedes the first", () => {
    const g = october({ log: [logRow("2024-10-10", 1_060_000), logRow("2024-10-10", 1_050_000)] });
    expect(g.findings).toEqual([]);
  });

  it("do not tie when the last filing of a return filed twice is the one that differs", () => {
    const g = october({ log: [logRow("2024-10-10", 1_050_000), logRow("2024-10-10", 1_060_000)] });
    expect(g.findings).toEqual([expect.objectContaining({ code: "NDDR_NOT_TIED", cell: "D3" })]);
  });

  it("tie on treasury shares too", () => {
    const g = october({ log: [logRow("2024-10-10", 1_050_000, null, 5)] });
    expect(g.findings).toEqual([expect.objectContaining({ code: "NDDR_NOT_TIED", cell: "E2" })]);
  });

  it("leave NDDRs of other months alone", () => {
    const g = october({ log: [logRow("2024-09-15", 1), logRow("2024-11-02", 2)] });
    expect(g.findings).toEqual([]);
  });
});

describe("a Monthly Return logged for the month already", () => {
  it("is quiet when the ledger still gives its closing", () => {
    expect(october({ log: [logRow("2024-10-31", 1_070_000, "Monthly Return")] }).findings).toEqual([]);
  });

  it("warns when the ledger has changed since it was filed", () => {
    const g = october({ log: [logRow("2024-10-31", 1_050_000, "Monthly Return")] });
    expect(g.findings).toEqual([expect.objectContaining({ code: "MONTHLY_RETURN_LOGGED_DIFFERENTLY", severity: "warning", cell: "D2" })]);
    expect(g.ok).toBe(true);
  });
});
