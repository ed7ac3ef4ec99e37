// The total of A to E reads as printed on a filed return (v1.0.1, 1 November 2022: "Total increase /
// decrease (-) in Ordinary shares during the month (i.e. Total of A to E) 0"; docs/research/
// ff301-monthly-return.md §2.4, source SC): no colon after "(i.e. Total of A to E)".
import { MONTHLY_EN } from "../../src/labels/monthly-en";
import { MONTHLY_ZH_HK } from "../../src/labels/monthly-zh-HK";
import { fill } from "../../src/labels/values";

describe("the total of A to E", () => {
  it("reads as the filed return prints it", () => {
    expect(fill(MONTHLY_EN.grandTotal, { class: "Ordinary shares" })).toBe("Total increase / decrease (-) in Ordinary shares during the month (i.e. Total of A to E)");
  });

  it("ends without a colon in Chinese too, as its English does", () => {
    expect(MONTHLY_ZH_HK.grandTotal).not.toMatch(/[:：]$/);
  });
});
