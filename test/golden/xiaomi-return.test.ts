// Golden test: a WVR issuer with a multi-counter, that prints its % on all classes together. Xiaomi's
// return of 20 November 2025 (figures transcribed in test/fixtures/published/xiaomi-nddr-2025-11-20.json,
// with their source): share scheme issues of Class B, a buyback held for cancellation in Part B at
// 0.052 % = 13,500,000 ÷ (A + B), and Section II with the repurchase mandate of 5 June 2025.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cells, day, figures, generateGolden, type GoldenOutput } from "../support/golden";

const PUBLISHED = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/xiaomi-nddr-2025-11-20.json"), "utf8"));

// The inputs a company secretary would keep. The 1,042,000 Class B shares issued under share schemes from
// 13 to 20 November are one row here: the summary gives their total, not their schemes or prices.
// The repurchase mandate authorises 10% of the issued shares at its resolution; 27,295,400 shares had been
// repurchased under it before the rows kept here (the published (a) less this return's 13,500,000).
const XIAOMI = {
  issuer: {
    "Issuer name": "Xiaomi Corporation", "Status": "New Submission", "Date submitted": day("2025-11-20"),
    "Opening date": day(PUBLISHED.openingDate), "Submitted by": "Company Secretary", "Title": "Company Secretary",
    "Percentage decimals": 3, "Percentage base": "All classes",
  },
  classes: [
    ["B", "WVR ordinary shares", "B", "Yes", "01810", null, "81810", "RMB", 21_530_610_634, 0],
    ["A", "WVR ordinary shares", "A", "No", null, null, null, null, PUBLISHED.classA.openingIssued, 0],
  ],
  movements: [["B", day("2025-11-20"), "Share scheme - new shares to other participants", "Share award and option schemes", 1_042_000, null, null, null, null]],
  repurchases: [["B", day("2025-11-20"), 13_500_000, "On the Exchange", null, 38.1, 37.38, 507_762_184, "HKD", "Cancellation", null, null]],
  mandates: [["B", "Repurchase", day("2025-06-05"), 2_594_916_968, 25_949_169_680, 27_295_400]],
};

describe("Xiaomi's return of 20 November 2025 (WVR, multi-counter, % on all classes)", () => {
  let out: GoldenOutput;
  beforeAll(async () => {
    out = await generateGolden(XIAOMI, "2025-11-20");
  });

  it("has no finding", () => {
    expect(out.findings).toEqual([]);
  });

  it("prints Class B's identity with its multi-counter", () => {
    expect(cells(out.text, "1. Class of shares").slice(1)).toEqual([PUBLISHED.classB.classOfShares, "Type of shares", PUBLISHED.classB.typeOfShares, "Listed on the Exchange", "Yes"]);
    expect(cells(out.text, "Stock code (if listed)")[1]).toBe(PUBLISHED.classB.stockCode);
    expect(cells(out.text, "Multi-counter stock code")[1]).toBe(PUBLISHED.classB.multiCounter);
  });

  it("opens and closes Class B as published", () => {
    expect(figures(out.text, "Opening balance as at (Note 1) 12 November 2025")[0]).toBe(PUBLISHED.classB.openingIssuedPrinted);
    expect(figures(out.text, "Closing balance as at (Notes 5 and 6) 20 November 2025")[0]).toBe(PUBLISHED.classB.closingIssuedPrinted);
  });

  it("prints the Part B row at 0.052 %: its % on all classes' opening issued shares", () => {
    const b = PUBLISHED.partB[0];
    expect(figures(out.text, `1). Shares repurchased for cancellation but not yet cancelled Date of changes ${b.datePrinted}`).slice(0, 2)).toEqual([b.sharesPrinted, b.percentPrinted]);
    expect(out.json.percentageBase).toBe("All classes");
  });

  it("prints the Section II row as published", () => {
    const r = PUBLISHED.sectionII.row;
    expect(figures(out.text, `1). ${r.tradingDatePrinted}`).slice(0, 4)).toEqual([r.sharesPrinted, r.method, r.highestPrinted, r.lowestPrinted]);
  });

  it("prints the mandate's resolution, authorised shares, (a) to date and the moratorium", () => {
    const m = PUBLISHED.sectionII.mandate;
    expect(cells(out.text, "1). Date of the resolution")[1]).toBe(m.resolutionPrinted);
    expect(cells(out.text, "2). Total number of shares which the issuer is authorised")[1]).toBe(m.authorisedPrinted);
    expect(cells(out.text, "3). Number of shares repurchased on the Exchange")[1]).toBe(m.usedPrinted);
    expect(cells(out.text, "5). Moratorium period")[1]).toBe(m.moratoriumPrinted);
  });
});
