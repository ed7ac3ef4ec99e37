// The Monthly Return's tables through the contract parser: each input mistake is a finding at its cell,
// the tables are optional, and NDDR_Log's Return column is read tolerantly.
import type { TableGrid } from "../../src/contract/grid";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import { MR_INSTRUMENTS_TABLE, MR_SCHEMES_TABLE } from "../../src/contract/tables";
import { grid, monthlyGrids, s, type MonthlyWorkbook } from "../support/monthly-grids";

const BASE: MonthlyWorkbook = {
  issuer: { "Issuer name": "Test Issuer Limited", "Opening date": s("2024-09-30"), "Submitted by": "Chan Tai Man", "Title": "Director" },
  classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 0]],
};

const parse = (extra: Partial<MonthlyWorkbook>, edit: (t: TableGrid[]) => TableGrid[] = (t) => t) => parseMonthlyLedger(edit(monthlyGrids({ ...BASE, ...extra })));
const found = (extra: Partial<MonthlyWorkbook>) => parse(extra).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe("the Monthly Return's tables", () => {
  it("are optional: without them the input is empty and nothing is reported", () => {
    const parsed = parse({});
    expect(parsed.findings).toEqual([]);
    expect(parsed.ledger.monthly).toEqual({ authorisedCapital: [], schemes: [], optionMovements: [], instruments: [], instrumentMovements: [], publicFloat: [] });
  });

  it("read par values exactly as typed", () => {
    const parsed = parse({ authorisedCapital: [["A", null, 32_000_000_000, 0.000003125, "usd"], ["A", s("2024-10-01"), 1, "0.0000001", "USD"]] });
    expect(parsed.ledger.monthly!.authorisedCapital.map((r) => [r.parValue.toFixed(), r.currency])).toEqual([["0.000003125", "USD"], ["0.0000001", "USD"]]);
    expect(parsed.findings.map((f) => f.code)).toEqual(["NUMBER_STORED_AS_TEXT"]);
  });

  it("need the exercise price of an exercise, and its currency", () => {
    expect(found({ optionMovements: [["S", s("2024-10-01"), "Exercised", 10, null, null], ["S", s("2024-10-01"), "Exercised", 10, 2, null]] }))
      .toEqual(["MISSING_VALUE OptionMovements!E2", "PRICE_WITHOUT_CURRENCY OptionMovements!F3"]);
  });

  it("take movements from their lists only, in any letter case", () => {
    const parsed = parse({ optionMovements: [["S", s("2024-10-01"), "granted", 10, null, null], ["S", s("2024-10-01"), "Vested", 10, null, null]] });
    expect(parsed.ledger.monthly!.optionMovements.map((m) => m.movement)).toEqual(["Granted"]);
    expect(parsed.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["UNKNOWN_MOVEMENT C3"]);
  });

  it("need the currency of warrants and convertibles, and whole shares for another arrangement", () => {
    expect(found({ instruments: [
      ["CB", "Convertibles", "A", "Bonds", null, null, null, s("2024-09-30"), 100, 1, null],
      ["X", "Other arrangement", "A", "Option", null, null, null, s("2024-09-30"), 10.5, null, null],
      ["Y", "Rights", "A", "Something", null, null, "HKD", s("2024-09-30"), 1, null, null],
      ["W", "Warrants", "A", "Warrants", null, 1234, "HKD", s("2024-09-30"), 1, null, null],
    ] })).toEqual(["MISSING_VALUE Instruments!G2", "FRACTIONAL_SHARES Instruments!I3", "UNKNOWN_SECTION Instruments!B4", "STOCK_CODE_NOT_FIVE_DIGITS Instruments!F5"]);
  });

  it("refuse an instrument movement of nothing and a public float that is neither Yes nor No", () => {
    expect(found({ instrumentMovements: [["W", s("2024-10-01"), "Exercised", 0]], publicFloat: [["A", s("2026-01-31"), "Mostly", "25%"]] }))
      .toEqual(["ZERO_SHARES InstrumentMovements!D2", "NOT_YES_NO PublicFloat!C2"]);
  });

  it("report a required column missing from a table that is there", () => {
    const noOutstanding = (t: TableGrid[]) => t.map((g) => (g.name === MR_SCHEMES_TABLE.name ? { ...g, headers: g.headers.map((h) => (h === "Outstanding" ? "Balance" : h)) } : g));
    expect(parse({ schemes: [] }, noOutstanding).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(["MISSING_COLUMN Schemes!F1"]); // at "Balance", where Outstanding stood
  });

  it("point at cells where the table really is", () => {
    const moved = (t: TableGrid[]) => t.map((g) => (g.name === MR_INSTRUMENTS_TABLE.name ? { ...g, headerRow: 5, firstColumn: 3 } : g));
    const parsed = parse({ instruments: [["CB", "Convertibles", "A", "Bonds", null, null, null, s("2024-09-30"), 100, 1, null]] }, moved);
    expect(parsed.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Instruments!I6"]);
  });

  it("find a table by name in any letter case", () => {
    const lower = (t: TableGrid[]) => t.map((g) => (g.name === "MR_Schemes" ? { ...g, name: "mr_schemes" } : g));
    expect(parse({ schemes: [["S", "A", "Scheme", null, s("2024-09-30"), 10]] }, lower).ledger.monthly!.schemes).toHaveLength(1);
  });
});

describe("NDDR_Log's Return column, as the Monthly Return reads it", () => {
  const log = (...kinds: (string | null)[]) => kinds.map((k, i) => [null, s("2024-10-01"), "A", 1 + i, 0, null, k]);
  const kinds = (parsed: ReturnType<typeof parse>) => (parsed.ledger.log ?? []).map((e) => [e.origin.row, e.returnKind]);

  it("reads Monthly Return and Next Day Disclosure Return by row, in any letter case, and FF301/FF305/NDDR", () => {
    const parsed = parse({ log: log("Monthly Return", "next day disclosure return", "FF301", "nddr", null) });
    expect(kinds(parsed)).toEqual([[2, "Monthly Return"], [3, "Next Day Disclosure Return"], [4, "Monthly Return"], [5, "Next Day Disclosure Return"], [6, "Next Day Disclosure Return"]]);
    expect(parsed.findings).toEqual([]);
  });

  it("reports a value it does not know at its cell", () => {
    const parsed = parse({ log: log("Annual Return") });
    expect(parsed.findings).toEqual([expect.objectContaining({ code: "UNKNOWN_RETURN_KIND", sheet: "Log", cell: "G2" })]);
  });

  it("is found by its header wherever it is", () => {
    const parsed = parseMonthlyLedger([...monthlyGrids(BASE), grid({ name: "NDDR_Log", sheet: "Log", columns: [] }, [["Monthly Return", null, s("2024-10-31"), "A", 1, 0]], ["Return", "Generated at", "Closing date", "Class key", "Closing issued", "Closing treasury"])]);
    expect(kinds(parsed)).toEqual([[2, "Monthly Return"]]);
  });
});

