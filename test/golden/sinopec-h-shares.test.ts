// Golden tests: A+H issuers, whose returns print the H shares' % on the H class's own opening (Percentage
// base: Class, the default). Figures transcribed in test/fixtures/published/sinopec-h-shares-nddrs.json,
// with their sources: Sinopec Shanghai Petrochemical's return of 16 September 2024 (3 decimals, trailing
// zeros dropped: 0.12, 0.07) and China Petroleum & Chemical's of 19 November 2025, whose Section I also
// has the A shares listed in Shanghai (0.02 % on the H class; 0 % had it been on A + H).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cells, day, figures, generateGolden, type GoldenOutput } from "../support/golden";

const PUBLISHED = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/sinopec-h-shares-nddrs.json"), "utf8"));

interface PartBRow { no: number; date: string; datePrinted: string; shares: number; sharesPrinted: string; percentPrinted: string | null; pricePrinted: string | null }

// Each day's repurchase for cancellation, on the Exchange, none cancelled by the closing date. The
// returns print each day's average price, not the aggregate paid: the aggregate typed here is shares ×
// that price (HKD 1 a share where the source lost it), so the prices are inputs, not results.
const repurchaseRows = (rows: readonly PartBRow[]) => rows.map((b) => {
  const price = Number((b.pricePrinted ?? "HKD 1").replace("HKD ", ""));
  return ["H", day(b.date), b.shares, "On the Exchange", null, price, null, Math.round(b.shares * price * 10_000) / 10_000, "HKD", "Cancellation", null, null];
});

const partBLine = (b: PartBRow) => `${b.no}). Shares repurchased for cancellation but not yet cancelled Date of changes ${b.datePrinted}`;

describe("Sinopec Shanghai Petrochemical's return of 16 September 2024 (H shares, 3 decimals)", () => {
  const P = PUBLISHED.shanghaiPetrochemical;
  let out: GoldenOutput;
  beforeAll(async () => {
    out = await generateGolden({
      issuer: {
        "Issuer name": "Sinopec Shanghai Petrochemical Company Limited", "Date submitted": day("2024-09-16"), "Opening date": day(P.openingDate),
        "Submitted by": "Company Secretary", "Title": "Company Secretary", "Percentage decimals": 3, "Price decimals": 4,
      },
      classes: [["H", P.classOfShares, P.typeOfShares, "Yes", P.stockCode, null, null, null, 3_346_414_000, 0]],
      movements: [["H", day(P.closingDate), P.filler.eventType, P.filler.details, null, null, null, null, null]],
      repurchases: repurchaseRows(P.partB),
    }, "2024-09-16");
  });

  it("has no finding but the missing mandate: Section II is not in the source, so its mandate is not typed here", () => {
    expect(out.findings.map((f) => [f.code, f.severity])).toEqual([["NO_REPURCHASE_MANDATE", "warning"]]);
  });

  it("opens and closes the H shares unchanged, with the issuer's See Part B line", () => {
    expect(figures(out.text, "Opening balance as at (Note 1) 13 September 2024")[0]).toBe(P.openingIssuedPrinted);
    expect(cells(out.text, "1). Other (please specify)")[0]).toBe(`1). ${P.filler.eventType} ${P.filler.details} Date of changes ${P.filler.datePrinted}`);
    expect(figures(out.text, "Closing balance as at (Notes 5 and 6) 16 September 2024")[0]).toBe(P.closingIssuedPrinted);
  });

  const printed: PartBRow[] = P.partB.filter((b: PartBRow) => b.percentPrinted !== null);
  it.each(printed.map((b) => [b.datePrinted, b] as const))(
    "prints Part B's row of %s with its shares and its % of the H shares", (_, b) => {
      expect(figures(out.text, partBLine(b)).slice(0, 2)).toEqual([b.sharesPrinted, b.percentPrinted]);
    });

  it("numbers Part B's six rows in date order", () => {
    expect(out.json.sectionI[0].partB.map((b: { no: number; date: string }) => [b.no, b.date])).toEqual(P.partB.map((b: PartBRow) => [b.no, b.date]));
  });
});

describe("China Petroleum & Chemical's return of 19 November 2025 (H and A shares, % on the H class)", () => {
  const P = PUBLISHED.chinaPetroleum;
  let out: GoldenOutput;
  beforeAll(async () => {
    out = await generateGolden({
      issuer: {
        "Issuer name": "China Petroleum & Chemical Corporation", "Date submitted": day("2025-11-19"), "Opening date": day(P.openingDate),
        "Submitted by": "Company Secretary", "Title": "Company Secretary", "Percentage decimals": 2, "Price decimals": 2,
      },
      classes: [
        ["H", "Ordinary shares", "H", "Yes", P.stockCode, null, null, null, 23_945_350_600, 0],
        ["A", "Ordinary shares", "A", "No", null, "Listed on the Shanghai Stock Exchange (600028)", null, null, P.aShares, 0],
      ],
      movements: [["H", day(P.closingDate), P.filler.eventType, P.filler.details, null, null, null, null, null]],
      repurchases: repurchaseRows(P.partB),
    }, "2025-11-19");
  });

  it("has no finding", () => {
    expect(out.findings).toEqual([]);
  });

  it("opens and closes the H shares as published", () => {
    expect(figures(out.text, "Opening balance as at (Note 1) 18 November 2025")[0]).toBe(P.openingIssuedPrinted);
    expect(figures(out.text, "Closing balance as at (Notes 5 and 6) 19 November 2025")[0]).toBe(P.closingIssuedPrinted);
  });

  const rows: PartBRow[] = P.partB;
  it.each(rows.map((b) => [b.datePrinted, b] as const))(
    "prints Part B's row of %s at 0.02 %%: its % of the H shares alone", (_, b) => {
      expect(figures(out.text, partBLine(b)).slice(0, 2)).toEqual([b.sharesPrinted, b.percentPrinted]);
    });

  it("measures each class on its own opening", () => {
    expect(out.json.sectionI.map((c: { classKey: string; percentBaseShares: number }) => [c.classKey, c.percentBaseShares])).toEqual([["H", 23_945_350_600], ["A", P.aShares]]);
  });
});
