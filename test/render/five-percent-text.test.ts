// The 5% running total and headroom per class (rules.md 17), as the command line, the ribbon and the
// pane print it; the figures are the return's own and return.json keeps its documented shape.
import { returnJson } from "../../src/render/return-json";
import { fivePercentSentence, notDueFivePercent } from "../../src/render/five-percent-text";
import { classOf, generate, returnOf, T } from "../domain/ledger-builder";

// Opening 1,000,001: the threshold is ⌈50,000.05⌉ = 50,001 shares (QA round 6, R5).
const fivePercent = (...shares: number[]) => generate({
  classes: [{ key: "A", openingIssued: 1_000_001 }],
  movements: shares.map((n, i) => ({ date: `2025-06-0${i + 3}`, type: T.schemeNewOthers, details: "2023 scheme", shares: n })),
}, "2025-06-06");

test("gives the running total, its % and the headroom in shares", () => {
  expect(fivePercentSentence(classOf(fivePercent(30_000)))).toBe(
    "Class A: 5% events so far 30,000 shares (3 %); 20,001 more shares of 5% events before a return is due.");
});

test('one share short of 5% says "just under 5 %", never "5 %", and "1 more share"', () => {
  // 50,000 ÷ 1,000,001 = 4.99995 %, which return.json rounds half-up to "5" (rule 4).
  const g = fivePercent(30_000, 20_000);
  expect(classOf(g).fivePercent.percent).toBe("5");
  expect(fivePercentSentence(classOf(g))).toBe(
    "Class A: 5% events so far 50,000 shares (just under 5 %); 1 more share of 5% events before a return is due.");
});

test("reached: says so, with the form's figure", () => {
  expect(fivePercentSentence(classOf(fivePercent(30_000, 20_001)))).toBe("Class A: 5% events so far 50,001 shares (5 %): 5% reached.");
});

test("is said after \"not due\" only", () => {
  expect(notDueFivePercent(returnOf(fivePercent(30_000)))).toHaveLength(1);
  expect(notDueFivePercent(returnOf(fivePercent(30_000, 20_001)))).toEqual([]);
});

test("return.json's fivePercent keeps its documented fields, without the day 5% was reached", () => {
  const json = returnJson(fivePercent(30_000, 20_001)) as { sectionI: { fivePercent: object }[] };
  expect(json.sectionI[0].fivePercent).toEqual({ aggregate: 50_001, percent: "5", headroom: 0 });
  expect(Object.keys(json.sectionI[0].fivePercent)).toEqual(["aggregate", "percent", "headroom"]);
});
