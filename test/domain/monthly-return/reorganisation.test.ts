// A capital reorganisation in the month (QA round 8, P4): an Adjusted row in MR_OptionMovements (or
// MR_InstrumentMovements) records what it did to the options or instruments outstanding, and Part III
// prints it; without one, a warning at the reorganisation's row. The figures are QA's Pearl Delta
// chain: ORD 800,800,000 issued and 4,700,000 treasury at 30 September 2025, 16,700,000 options
// outstanding, every 2 shares consolidated into 1 on 15 October 2025.
import type { IsoDate } from "../../../src/domain/dates";
import { generateMonthlyFromTables } from "../../../src/files/monthly-files";
import { monthlyGrids, type MonthlyWorkbook } from "../../support/monthly-grids";
import { at, BASE, monthly, returnOf, s } from "./fixture";

const SCHEME = "2020 Share Option Scheme";
const PEARL_DELTA: Partial<MonthlyWorkbook> = {
  issuer: { ...BASE.issuer, "Opening date": s("2025-09-30") },
  classes: [["ORD", "Ordinary shares", null, "Yes", "01234", null, null, null, 800_800_000, 4_700_000]],
  schemes: [[SCHEME, "ORD", SCHEME, s("2020-06-01"), s("2025-09-30"), 16_700_000]],
};
const CONSOLIDATION = ["ORD", s("2025-10-15"), "Capital reorganisation", "Share consolidation: every two shares consolidated into one share", null, -400_400_000, -2_350_000, null, null];
const exercise = (date: string, options: number, price: number) => ({
  row: ["ORD", s(date), "Share scheme - new shares to other participants", SCHEME, options, null, null, price, "HKD"],
  option: [SCHEME, s(date), "Exercised", options, price, "HKD"],
});
const adjusted = (date: string, options: number) => [SCHEME, s(date), "Adjusted", options, null, null];
const october = (w: Partial<MonthlyWorkbook>) => monthly({ ...PEARL_DELTA, ...w }, "2025-10", "2025-11-05");

describe("Part III (A) after a capital reorganisation", () => {
  it("halves the options with an Adjusted row: 16,700,000 − 8,350,000, less 100,000 exercised after it, closes at 8,250,000", () => {
    const after = exercise("2025-10-28", 100_000, 3);
    const g = october({ movements: [CONSOLIDATION, after.row], optionMovements: [after.option, adjusted("2025-10-15", -8_350_000)] });
    expect(g.findings).toEqual([]);
    const mr = returnOf(g);
    expect(mr.partIII.A).toEqual([{
      classKey: "ORD",
      schemes: [{
        schemeKey: SCHEME, particulars: SCHEME, approvalDate: "2020-06-01",
        outstandingOpening: 16_700_000, granted: 0, exercised: -100_000, cancelled: 0, lapsed: 0, adjusted: -8_350_000,
        outstandingClosing: 8_250_000, newShares: 100_000, treasuryShares: 0, issuableAtClose: 8_250_000,
      }],
      total: { issued: 100_000, treasury: 0 },
      fundsRaised: [{ currency: "HKD", amount: "300000" }],
    }]);
    expect(mr.partII[0].closing).toEqual({ issued: 400_500_000, treasury: 2_350_000, total: 402_850_000 });
  });

  it("counts an exercise before the consolidation in old options: 16,700,000 − 100,000, halved by −8,300,000, closes at 8,300,000", () => {
    const before = exercise("2025-10-10", 100_000, 1.5);
    const consolidation = [...CONSOLIDATION.slice(0, 5), -400_450_000, -2_350_000, null, null];
    const g = october({ movements: [before.row, consolidation], optionMovements: [before.option, adjusted("2025-10-15", -8_300_000)] });
    expect(g.findings).toEqual([]);
    const [line] = returnOf(g).partIII.A[0].schemes;
    expect([line.outstandingOpening, line.exercised, line.adjusted, line.outstandingClosing, line.issuableAtClose]).toEqual([16_700_000, -100_000, -8_300_000, 8_300_000, 8_300_000]);
    expect(returnOf(g).partIII.A[0].fundsRaised).toEqual([{ currency: "HKD", amount: "150000" }]);
  });

  it("adds options with a positive Adjusted row after a subdivision: 50,000 + 450,000 = 500,000 for 1 into 10", () => {
    const g = monthly({
      movements: [["A", s("2024-10-15"), "Capital reorganisation", "Subdivision of every share into ten", null, 9_000_000, 0, null, null]],
      schemes: [["S", "A", "2020 Share Option Scheme", null, s("2024-09-30"), 50_000]],
      optionMovements: [["S", s("2024-10-15"), "Adjusted", 450_000, null, null]],
    });
    expect(g.findings).toEqual([]);
    const [line] = returnOf(g).partIII.A[0].schemes;
    expect([line.adjusted, line.outstandingClosing, line.issuableAtClose]).toEqual([450_000, 500_000, 500_000]);
  });

  it("opens the next month on the adjusted count, and gives that month's line no adjusted figure", () => {
    const g = monthly({ ...PEARL_DELTA, movements: [CONSOLIDATION], optionMovements: [adjusted("2025-10-15", -8_350_000)] }, "2025-11", "2025-12-03");
    const [line] = returnOf(g).partIII.A[0].schemes;
    expect([line.outstandingOpening, line.outstandingClosing]).toEqual([8_350_000, 8_350_000]);
    expect(line).not.toHaveProperty("adjusted");
  });
});

describe("the printed Part III (A)", () => {
  const text = async (w: Partial<MonthlyWorkbook>, lang: "en" | "zh-HK" = "en") => {
    const { files } = await generateMonthlyFromTables(monthlyGrids({ ...BASE, ...PEARL_DELTA, ...w }), { month: "2025-10", today: "2025-11-05" as IsoDate, lang });
    return files.text!;
  };
  const schemeRow = (t: string) => t.split("\n").find((l) => l.startsWith(`1). ${SCHEME}`))!;

  it("prints the adjustment as a fifth movement, after Lapsed, in a month that has one", async () => {
    const row = schemeRow(await text({ movements: [CONSOLIDATION], optionMovements: [adjusted("2025-10-15", -8_350_000)] }));
    expect(row.split("\t").slice(1)).toEqual(["16,700,000", "Granted 0 Exercised 0 Cancelled 0 Lapsed 0 Adjusted -8,350,000", "8,350,000", "0", "0", "8,350,000"]);
  });

  it("prints 已調整 in the Chinese return", async () => {
    expect(schemeRow(await text({ movements: [CONSOLIDATION], optionMovements: [adjusted("2025-10-15", -8_350_000)] }, "zh-HK"))).toContain("已失效0 已調整-8,350,000");
  });

  it("prints the form's four movements only in a month without an adjustment", async () => {
    const after = exercise("2025-10-28", 100_000, 3);
    const row = schemeRow(await text({ movements: [after.row], optionMovements: [after.option] }));
    expect(row).toContain("Granted 0 Exercised -100,000 Cancelled 0 Lapsed 0\t");
    expect(row).not.toContain("Adjusted");
  });
});

describe("reading Adjusted rows", () => {
  it("is an error when an Adjusted row's Options is 0", () => {
    expect(at(october({ optionMovements: [adjusted("2025-10-15", 0)] }), "ADJUSTMENT_ZERO")).toEqual(["OptionMovements!D2"]);
  });

  it("still refuses a negative Options on any other movement", () => {
    expect(at(october({ optionMovements: [[SCHEME, s("2025-10-15"), "Lapsed", -5, null, null]] }), "NEGATIVE_SHARES")).toEqual(["OptionMovements!D2"]);
  });

  it("is an error when an instrument's Adjusted row has neither an amount nor a price", () => {
    const g = monthly({
      instruments: [["W", "Warrants", "A", "Warrants", null, null, "HKD", s("2024-09-30"), 1_000_000, 2, null]],
      instrumentMovements: [["W", s("2024-10-15"), "Adjusted", null, null]],
    });
    expect(at(g, "ADJUSTMENT_ZERO")).toEqual(["InstrumentMovements!D2"]);
  });

  it("warns that a Conversion price on a row other than Adjusted is not used", () => {
    const g = monthly({
      instruments: [["W", "Warrants", "A", "Warrants", null, null, "HKD", s("2024-09-30"), 1_000_000, 2, null]],
      instrumentMovements: [["W", s("2024-10-15"), "Lapsed", 1_000, 4]],
    });
    expect(g.findings).toEqual([expect.objectContaining({ code: "CONVERSION_PRICE_NOT_ADJUSTED", severity: "warning", sheet: "InstrumentMovements", cell: "E2" })]);
  });
});

describe("Part III (B)–(D) after a capital reorganisation", () => {
  const WARRANTS = ["W2027", "Warrants", "A", "2027 Warrants", null, null, "HKD", s("2024-09-30"), 1_000_000, 2, null];
  const row = (date: string, shares: number) => ["A", s(date), "Exercise of warrants", "W2027", shares, null, null, null, null];

  it("takes the price of an Adjusted row from its date: issuable at the close 960,000 ÷ 4, conversions each at their date's price", () => {
    const g = monthly({
      instruments: [WARRANTS],
      instrumentMovements: [["W2027", s("2024-10-05"), "Exercised", 20_000], ["W2027", s("2024-10-15"), "Adjusted", null, 4], ["W2027", s("2024-10-20"), "Exercised", 20_000]],
      movements: [row("2024-10-05", 10_000), row("2024-10-20", 5_000)],
    });
    expect(g.findings).toEqual([]);
    expect(returnOf(g).partIII.B[0].instruments[0]).toEqual(expect.objectContaining({
      amountOpening: "1000000", movement: "-40000", amountClosing: "960000", conversionPrice: { currency: "HKD", amount: "4" }, newShares: 15_000, issuableAtClose: 240_000,
    }));
  });

  it("moves the shares of another arrangement by an Adjusted row's signed amount", () => {
    const g = monthly({
      instruments: [["X", "Other arrangement", "A", "Option granted to X", null, null, null, s("2024-09-30"), 30_000, null, null]],
      instrumentMovements: [["X", s("2024-10-15"), "Adjusted", -15_000]],
    });
    expect(returnOf(g).partIII.D[0].instruments[0]).toEqual(expect.objectContaining({ amountOpening: "30000", movement: "-15000", amountClosing: "15000", issuableAtClose: 15_000 }));
  });

  it("warns when a warrant's Adjusted row moves its amount rather than its price (QA round 9, F3)", () => {
    const g = monthly({
      instruments: [WARRANTS],
      instrumentMovements: [["W2027", s("2024-10-15"), "Adjusted", -500_000]],
    });
    expect(at(g, "ADJUSTED_AMOUNT_NOT_PRICE")).toEqual(["InstrumentMovements!D2"]);
  });

  it("warns when another arrangement's Adjusted row gives a Conversion price, which it does not use (QA round 9, F3)", () => {
    const g = monthly({
      instruments: [["X", "Other arrangement", "A", "Option granted to X", null, null, null, s("2024-09-30"), 30_000, null, null]],
      instrumentMovements: [["X", s("2024-10-15"), "Adjusted", -15_000, 4]],
    });
    expect(at(g, "CONVERSION_PRICE_NOT_ADJUSTED")).toEqual(["InstrumentMovements!E2"]);
  });

  it("is an error when another arrangement's Adjusted row is a fraction of a share", () => {
    const g = monthly({
      instruments: [["X", "Other arrangement", "A", "Option granted to X", null, null, null, s("2024-09-30"), 30_000, null, null]],
      instrumentMovements: [["X", s("2024-10-15"), "Adjusted", -15_000.5]],
    });
    expect(at(g, "FRACTIONAL_SHARES")).toEqual(["InstrumentMovements!D2"]);
  });
});

describe("a capital reorganisation that leaves options or instruments unadjusted", () => {
  const after = exercise("2025-10-28", 100_000, 3);
  const unadjusted = { movements: [CONSOLIDATION, after.row], optionMovements: [after.option] };

  it("warns at the reorganisation's Event type cell, naming the scheme and the change at the class's ratio, and still gives the return", () => {
    const g = october(unadjusted);
    expect(g.findings).toEqual([expect.objectContaining({ code: "REORGANISATION_NOT_ADJUSTED", severity: "warning", sheet: "Movements", cell: "C2", related: [{ sheet: "Schemes", cell: "A2" }] })]);
    const { message } = g.findings[0];
    expect(message).toContain('16,700,000 options under scheme "2020 Share Option Scheme"');
    expect(message).toContain("805,500,000 shares become 402,750,000");
    expect(message).toContain("-8,350,000 at the class's ratio");
    expect(g.ok).toBe(true);
    expect(returnOf(g).partIII.A[0].schemes[0].outstandingClosing).toBe(16_600_000);
  });

  it("says nothing once an Adjusted row is dated on or after the reorganisation in the month", () => {
    for (const date of ["2025-10-15", "2025-10-31"]) {
      expect(at(october({ ...unadjusted, optionMovements: [after.option, adjusted(date, -8_350_000)] }), "REORGANISATION_NOT_ADJUSTED")).toEqual([]);
    }
  });

  it("still warns when the only Adjusted row is dated before the reorganisation", () => {
    expect(at(october({ ...unadjusted, optionMovements: [after.option, adjusted("2025-10-14", -8_350_000)] }), "REORGANISATION_NOT_ADJUSTED")).toEqual(["Movements!C2"]);
  });

  it("asks to re-date an Adjusted row dated before the reorganisation, not for a second adjustment (QA round 9, F1)", () => {
    const g = october({ ...unadjusted, optionMovements: [after.option, adjusted("2025-10-14", -8_350_000)] });
    const { message } = g.findings.find((f) => f.code === "REORGANISATION_NOT_ADJUSTED")!;
    // The options outstanding before the reorganisation, the misdated row counted out.
    expect(message).toContain('16,700,000 options under scheme "2020 Share Option Scheme"');
    expect(message).toContain("the Adjusted row at OptionMovements!B3 is dated before 2025-10-15: if it records this reorganisation, date it 2025-10-15 or later");
    expect(message).not.toContain("at the class's ratio");
  });

  it("takes an Adjusted row between two reorganisations of the month for the first one's, not a misdated one for the second", () => {
    const second = ["ORD", s("2025-10-25"), "Capital reorganisation", "Every two shares consolidated into one again", null, -201_375_000, -1_175_000, null, null];
    const g = october({ movements: [CONSOLIDATION, second], optionMovements: [adjusted("2025-10-16", -8_350_000)] });
    const { message } = g.findings.find((f) => f.code === "REORGANISATION_NOT_ADJUSTED")!;
    expect(message).toContain("2025-10-25");
    expect(message).toContain('8,350,000 options under scheme "2020 Share Option Scheme"');
    expect(message).not.toContain("dated before");
  });

  it("warns at an Adjusted row whose sign goes against the consolidation (QA round 9, F3)", () => {
    const g = october({ ...unadjusted, optionMovements: [after.option, adjusted("2025-10-15", 8_350_000)] });
    expect(at(g, "ADJUSTMENT_AGAINST_REORGANISATION")).toEqual(["OptionMovements!D3"]);
    expect(g.findings.find((f) => f.code === "ADJUSTMENT_AGAINST_REORGANISATION")!.message).toContain("adds 8,350,000 options");
    expect(at(october({ ...unadjusted, optionMovements: [after.option, adjusted("2025-10-15", -8_350_000)] }), "ADJUSTMENT_AGAINST_REORGANISATION")).toEqual([]);
  });

  it("warns at another arrangement's Adjusted amount that grows after a consolidation", () => {
    const g = october({
      schemes: [],
      movements: [CONSOLIDATION],
      instruments: [["X", "Other arrangement", "ORD", "Option granted to X", null, null, null, s("2025-09-30"), 30_000, null, null]],
      instrumentMovements: [["X", s("2025-10-20"), "Adjusted", 15_000]],
    });
    expect(at(g, "ADJUSTMENT_AGAINST_REORGANISATION")).toEqual(["InstrumentMovements!D2"]);
  });

  it("says nothing when no option over the class is outstanding", () => {
    const lapsed = [SCHEME, s("2025-10-01"), "Lapsed", 16_700_000, null, null];
    expect(at(october({ movements: [CONSOLIDATION], optionMovements: [lapsed] }), "REORGANISATION_NOT_ADJUSTED")).toEqual([]);
    const otherClass = { classes: [...PEARL_DELTA.classes!, ["B", "Non-listed ordinary shares", null, "No", null, null, null, null, 100, 0]], schemes: [[SCHEME, "B", SCHEME, null, s("2025-09-30"), 16_700_000]] };
    expect(at(october({ ...otherClass, movements: [CONSOLIDATION] }), "REORGANISATION_NOT_ADJUSTED")).toEqual([]);
  });

  it("names warrants with the price to record, and another arrangement with its change in shares", () => {
    const g = october({
      schemes: [],
      movements: [CONSOLIDATION],
      instruments: [
        ["W", "Warrants", "ORD", "Warrants", null, null, "HKD", s("2025-09-30"), 1_000_000, 2, null],
        ["X", "Other arrangement", "ORD", "Option granted to X", null, null, null, s("2025-09-30"), 30_000, null, null],
      ],
    });
    expect(at(g, "REORGANISATION_NOT_ADJUSTED")).toEqual(["Movements!C2"]);
    const { message } = g.findings.find((f) => f.code === "REORGANISATION_NOT_ADJUSTED")!;
    expect(message).toContain('warrants "W" (HKD 1,000,000) and other arrangement "X" (30,000 shares)');
    expect(message).toContain('for "W", Conversion price = the adjusted price per share');
    expect(message).toContain('for "X", Amount = the signed change in shares (-15,000 at the class\'s ratio)');
  });
});
