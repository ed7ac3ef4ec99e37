// Golden test: a preference-share issuer. China Zheshang Bank redeemed all its offshore preference shares
// (stock code 04610) on 29 March 2022 (figures transcribed in
// test/fixtures/published/zheshang-preference-nddr-2022-03-29.json, with their source): the class opened at
// its Monthly Return's close of 28 February 2022 and the redemption, cancelled at once, takes it to 0 at 100 %.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cells, day, figures, generateGolden, type GoldenOutput } from "../support/golden";

const PUBLISHED = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/zheshang-preference-nddr-2022-03-29.json"), "utf8"));

const ZHESHANG = {
  issuer: {
    "Issuer name": PUBLISHED.issuer, "Date submitted": day(PUBLISHED.dateSubmitted), "Opening date": day(PUBLISHED.openingDate),
    "Submitted by": "Company Secretary", "Title": "Company Secretary", "Percentage decimals": 2,
  },
  classes: [["P", PUBLISHED.classOfShares, "Not applicable", "Yes", PUBLISHED.stockCode, PUBLISHED.description, null, null, 108_750_000, 0]],
  // Redeemed at USD 20 a share and cancelled the same day.
  movements: [["P", day("2022-03-29"), "Redemption of shares", "Redemption of all the Offshore Preference Shares", 108_750_000, null, null, 20, "USD", null, day("2022-03-29")]],
  // The return before it: the Monthly Return for February 2022, logged by hand (Note 1).
  log: [[null, "2022-02-28", "P", 108_750_000, 0, null, "Monthly Return"]],
};

describe("China Zheshang Bank's return of 29 March 2022 (preference shares redeemed)", () => {
  let out: GoldenOutput;
  beforeAll(async () => {
    out = await generateGolden(ZHESHANG, "2022-03-29");
  });

  it("has no error, and opens where the Monthly Return closed", () => {
    expect(out.findings.filter((f) => f.severity === "error" || f.code.startsWith("OPENING"))).toEqual([]);
    expect(out.json.openingFollows).toMatchObject({ returnKind: "Monthly Return", closingDate: "2022-02-28" });
  });

  it("prints the preference shares' identity", () => {
    expect(cells(out.text, "1. Class of shares")[1]).toBe(PUBLISHED.classOfShares);
    expect(cells(out.text, "Stock code (if listed)").slice(1, 4)).toEqual([PUBLISHED.stockCode, "Description", PUBLISHED.description]);
  });

  it("opens at 108,750,000 on 28 February 2022", () => {
    expect(figures(out.text, "Opening balance as at (Note 1) 28 February 2022")[0]).toBe(PUBLISHED.openingIssuedPrinted);
  });

  it("prints the redemption at -108,750,000, 100 % and USD 20 on 29 March 2022", () => {
    const e = PUBLISHED.event;
    expect(figures(out.text, "1). Redemption of shares").slice(0, 3)).toEqual([e.issuedChangePrinted, e.percentPrinted, e.pricePrinted]);
    expect(cells(out.text, "1). Redemption of shares")[0]).toContain(`Date of changes ${e.datePrinted}`);
  });

  it("closes at 0 with nothing left in Part B", () => {
    expect(figures(out.text, "Closing balance as at (Notes 5 and 6) 29 March 2022")[0]).toBe(PUBLISHED.closingIssuedPrinted);
    expect(out.json.sectionI[0].partB).toEqual([]);
  });
});
