// Part I: authorised / registered share capital, from MR_AuthorisedCapital's rows in force at the close
// of the preceding month and of the month; "Not applicable" without any row.
import { at, codes, monthly, returnOf, s } from "./fixture";

const CAPITAL = [["A", null, 10_000_000, 0.01, "HKD"]];

describe("Part I", () => {
  it("is Not applicable when MR_AuthorisedCapital is missing or empty", () => {
    expect(returnOf(monthly()).partI).toEqual({ applicable: false, classes: [], totals: [] });
    expect(returnOf(monthly({ authorisedCapital: [] })).partI.applicable).toBe(false);
  });

  it("prints shares × par value as the capital, exactly", () => {
    const [cls] = returnOf(monthly({ authorisedCapital: [["A", null, 3_000_000_000, 0.000003125, "USD"]] })).partI.classes;
    expect(cls.closing).toEqual({ authorised: 3_000_000_000, parValue: { currency: "USD", amount: "0.000003125" }, capital: { currency: "USD", amount: "9375" } });
    expect(cls.change).toEqual({ authorised: 0, capital: { currency: "USD", amount: "0" } });
  });

  it("shows an increase of authorised capital dated in the month", () => {
    const [cls] = returnOf(monthly({ authorisedCapital: [...CAPITAL, ["A", s("2024-10-15"), 20_000_000, 0.01, "HKD"]] })).partI.classes;
    expect(cls.opening!.authorised).toBe(10_000_000);
    expect(cls.change).toEqual({ authorised: 10_000_000, capital: { currency: "HKD", amount: "100000" } });
    expect(cls.closing.capital).toEqual({ currency: "HKD", amount: "200000" });
  });

  it("ignores a change dated after the month", () => {
    const [cls] = returnOf(monthly({ authorisedCapital: [...CAPITAL, ["A", s("2024-11-01"), 20_000_000, 0.01, "HKD"]] })).partI.classes;
    expect(cls.closing.authorised).toBe(10_000_000);
  });

  it("totals the closing capital per currency", () => {
    const g = monthly({
      classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 0], ["H", "H shares", null, "Yes", "00002", null, null, null, 500, 0]],
      authorisedCapital: [...CAPITAL, ["H", null, 1_000, 1, "RMB"]],
    });
    expect(returnOf(g).partI.totals).toEqual([{ currency: "HKD", amount: "100000" }, { currency: "RMB", amount: "1000" }]);
  });

  it("is an error at the class when another class has authorised capital and this one has none", () => {
    const g = monthly({
      classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 0], ["P", "Preference shares", null, "No", null, null, null, null, 5, 0]],
      authorisedCapital: CAPITAL,
    });
    expect(at(g, "AUTHORISED_CAPITAL_MISSING")).toEqual(["Classes!A3"]);
  });

  it("is an error at the second of two rows in force from the same date", () => {
    expect(at(monthly({ authorisedCapital: [...CAPITAL, ["A", null, 20_000_000, 0.01, "HKD"]] }), "DUPLICATE_AUTHORISED_DATE")).toEqual(["AuthorisedCapital!B3"]);
  });

  it("warns when more shares are issued than authorised", () => {
    const g = monthly({ authorisedCapital: [["A", null, 900_000, 0.01, "HKD"]] });
    expect(g.findings).toEqual([expect.objectContaining({ code: "ISSUED_ABOVE_AUTHORISED", severity: "warning", sheet: "AuthorisedCapital", cell: "C2" })]);
  });

  it("reads a par value of 0 as a mistake at its cell", () => {
    expect(at(monthly({ authorisedCapital: [["A", null, 10_000_000, 0, "HKD"]] }), "PAR_VALUE_ZERO")).toEqual(["AuthorisedCapital!D2"]);
  });

  it("reports a row of a class that does not exist", () => {
    expect(codes(monthly({ authorisedCapital: [...CAPITAL, ["Z", null, 1, 1, "HKD"]] }))).toEqual(["UNKNOWN_CLASS_KEY"]);
  });
});
