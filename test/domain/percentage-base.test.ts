// Rule 4: the `Percentage base` setting — the class's own opening issued shares (default) or all classes'
// together — drives Note 3's event %, Part B's % and the 5% test alike.
import type { LedgerSpec } from "./ledger-builder";
import { returnJson } from "../../src/render/return-json";
import { classOf, generate, returnOf, T } from "./ledger-builder";

// Xiaomi at the opening of its return of 20 November 2025: Class A (unlisted) and Class B (listed); A + B =
// 26,042,163,778 (issue 13; the B figure is the published opening balance).
const XIAOMI_CLASSES = [
  { key: "B", openingIssued: 21_530_610_634 },
  { key: "A", openingIssued: 4_511_553_144, listed: false },
];
const xiaomiBuyback = (percentageBase: "Class" | "All classes"): LedgerSpec => ({
  issuer: { openingDate: "2025-11-12", dateSubmitted: "2025-11-20", percentDecimals: 3, percentageBase },
  classes: XIAOMI_CLASSES,
  repurchases: [{ classKey: "B", date: "2025-11-20", shares: 13_500_000, highest: "38.1", lowest: "37.38", aggregate: "507762184" }],
  mandates: [{ classKey: "B", resolutionDate: "2025-06-05", authorised: 2_594_916_968, issuedAtResolution: 25_949_169_680 }],
});

describe("rule 4: the percentage base", () => {
  test("All classes: Xiaomi's Part B prints 0.052 = 13,500,000 ÷ 26,042,163,778 at 3 decimals", () => {
    // 1,350,000,000 ÷ 26,042,163,778 = 0.05183…
    expect(classOf(generate(xiaomiBuyback("All classes")), "B").partB.map((b) => b.percent)).toEqual(["0.052"]);
  });

  test("Class: the same row measured on Class B alone prints 0.063", () => {
    // 1,350,000,000 ÷ 21,530,610,634 = 0.06270…
    expect(classOf(generate(xiaomiBuyback("Class")), "B").partB.map((b) => b.percent)).toEqual(["0.063"]);
  });

  test("Class is the default: SenseTime's 5.4 on Class B's own opening", () => {
    const g = generate({
      classes: [{ key: "B", openingIssued: 34_528_336_530 }, { key: "A", openingIssued: 614_034_470, listed: false }],
      movements: [{ classKey: "B", date: "2024-12-17", type: T.placingNew, shares: 1_865_000_000 }],
    });
    expect(classOf(g, "B").events[0].percent).toBe("5.4");
    expect(returnOf(g).percentageBase).toBe("Class");
  });

  test("All classes: an event line's % uses the same base", () => {
    // SenseTime with All classes: 1,865,000,000 ÷ (34,528,336,530 + 614,034,470 = 35,142,371,000) = 5.3070…
    const g = generate({
      issuer: { percentageBase: "All classes" },
      classes: [{ key: "B", openingIssued: 34_528_336_530 }, { key: "A", openingIssued: 614_034_470, listed: false }],
      movements: [{ classKey: "B", date: "2024-12-17", type: T.placingNew, shares: 1_865_000_000 }],
    });
    expect(classOf(g, "B").events[0].percent).toBe("5.31");
    expect(classOf(g, "B").percentBase).toBe(35_142_371_000);
  });

  test("All classes: the 5% test counts against all classes' opening, so a class reaches it later", () => {
    // B 1,000,000 and A 3,000,000: 5% of B alone is 50,000; of both, 200,000.
    const spec = (percentageBase: "Class" | "All classes"): LedgerSpec => ({
      issuer: { percentageBase, closingDate: "2024-12-17" },
      classes: [{ key: "B", openingIssued: 1_000_000 }, { key: "A", openingIssued: 3_000_000, listed: false }],
      movements: [{ classKey: "B", date: "2024-12-17", type: T.warrants, details: "2024 warrants", shares: 60_000 }],
    });
    expect([returnOf(generate(spec("Class"))).returnDue, classOf(generate(spec("Class")), "B").fivePercent.headroom]).toEqual([true, 0]);
    expect([returnOf(generate(spec("All classes"))).returnDue, classOf(generate(spec("All classes")), "B").fivePercent]).toEqual([
      false, { aggregate: 60_000, percent: "1.5", headroom: 140_000 },
    ]);
  });
});

describe("return.json says which base it used", () => {
  test("percentageBase at the top, and each class's base in shares", () => {
    const json = returnJson(generate(xiaomiBuyback("All classes"))) as { percentageBase: string; sectionI: { classKey: string; percentBaseShares: number }[] };
    expect(json.percentageBase).toBe("All classes");
    expect(json.sectionI.map((c) => [c.classKey, c.percentBaseShares])).toEqual([["B", 26_042_163_778], ["A", 26_042_163_778]]);
  });
});
