// Renminbi goes by RMB, CNY and CNH. The return groups lines and totals by the code as written, so two
// codes in one return print one currency as two: a warning (never a block) at the second code's cell.
import { findingsOf, generate, type LedgerSpec } from "./ledger-builder";

const CLASS = [{ key: "A", openingIssued: 1_000_000, openingTreasury: 50_000 }];
const GENERAL = { kind: "General mandate" as const, resolutionDate: "2024-06-01", authorised: 200_000, issuedAtResolution: 1_000_000 };
const run = (spec: LedgerSpec) => generate({ classes: CLASS, mandates: [GENERAL], ...spec }, "2024-12-20");
const located = (spec: LedgerSpec) => findingsOf(run(spec), "RENMINBI_TWO_CODES").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
const sale = (date: string, currency: string) => ({ date, shares: 1_000, highest: "5", aggregate: "5000", currency });

describe("renminbi written under two codes", () => {
  test("RMB in one sale and CNY in another: a warning at the CNY sale's currency", () => {
    expect(located({ treasurySales: [sale("2024-12-10", "RMB"), sale("2024-12-11", "CNY")] })).toEqual(["warning TreasurySales!H3"]);
  });

  test("the warning names the first code's cell, so both can be found", () => {
    const [f] = findingsOf(run({ treasurySales: [sale("2024-12-10", "CNH"), sale("2024-12-11", "RMB")] }), "RENMINBI_TWO_CODES");
    expect(f.message).toMatch(/written RMB here and CNH at TreasurySales!H2/);
    expect(f.related).toEqual([{ sheet: "TreasurySales", cell: "H2" }]);
  });

  test("a priced movement and a repurchase count as well as sales", () => {
    expect(located({
      movements: [{ date: "2024-12-10", type: "Placing/subscription - new shares involved", shares: 1_000, price: "5", currency: "RMB" }],
      repurchases: [{ date: "2024-12-11", shares: 1_000, highest: "5", aggregate: "5000", currency: "CNY", heldAs: "Cancellation", cancelledOn: "2024-12-12" }],
    })).toEqual(["warning Repurchases!I2"]);
  });

  test("an earlier repurchase still pending in Part B counts: its price is printed there", () => {
    expect(located({
      repurchases: [
        { date: "2024-11-20", shares: 1_000, highest: "1.55", aggregate: "1550", currency: "CNY", heldAs: "Cancellation" },
        { date: "2024-12-03", shares: 1_000, highest: "1.55", aggregate: "1550", currency: "RMB", heldAs: "Cancellation" },
      ],
    })).toEqual(["warning Repurchases!I3"]);
  });

  test("an earlier repurchase cancelled in the period counts: its cancellation line prints its price", () => {
    expect(located({
      repurchases: [
        { date: "2024-11-20", shares: 1_000, highest: "1.55", aggregate: "1550", currency: "CNY", heldAs: "Cancellation", cancelledOn: "2024-12-02" },
        { date: "2024-12-03", shares: 1_000, highest: "1.55", aggregate: "1550", currency: "RMB", heldAs: "Cancellation", cancelledOn: "2024-12-04" },
      ],
    })).toEqual(["warning Repurchases!I3"]);
  });

  test("one code throughout gives no warning", () => {
    expect(located({ treasurySales: [sale("2024-12-10", "RMB"), sale("2024-12-11", "RMB")] })).toEqual([]);
  });

  test("renminbi beside another currency gives no warning", () => {
    expect(located({ treasurySales: [sale("2024-12-10", "RMB"), sale("2024-12-11", "HKD")] })).toEqual([]);
  });

  test("rows outside the return's period do not count", () => {
    expect(located({ treasurySales: [sale("2024-11-20", "CNY"), sale("2024-12-11", "RMB")] })).toEqual([]);
  });

  test("the return is still written", () => {
    expect(run({ treasurySales: [sale("2024-12-10", "RMB"), sale("2024-12-11", "CNY")] }).ok).toBe(true);
  });
});
