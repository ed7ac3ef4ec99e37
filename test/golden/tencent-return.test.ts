// Golden test: a buyback return. Tencent's published return of 13 June 2025 (figures transcribed in
// test/fixtures/published/tencent-nddr-2025-06-13.json): a Part B ledger running back to 19 May 2025,
// Section II with its mandate and moratorium, one confirmation item kept.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/generate";
import { TENCENT_2025_06_13 } from "../../scripts/build-example";
import { SAVED_BY, type Resave } from "../support/resave";

const PUBLISHED = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/tencent-nddr-2025-06-13.json"), "utf8"));

async function tencent(resave: Resave) {
  const bytes = await buildInputWorkbook(TENCENT_2025_06_13).xlsx.writeBuffer();
  const result = await generateFromXlsx(await resave(new Uint8Array(bytes as ArrayBuffer)), "2025-06-13" as IsoDate);
  if (!result.readable || !result.files.text) throw new Error("expected a return");
  return { text: result.files.text, json: JSON.parse(result.files.json), findings: result.generation.findings };
}

/** A return.txt line as its tab-separated cells. */
const cells = (text: string, startsWith: string): string[] => {
  const line = text.split("\n").find((l) => l.startsWith(startsWith));
  if (!line) throw new Error(`no line starting "${startsWith}"`);
  return line.split("\t");
};

describe.each(SAVED_BY)("Tencent's buyback return of 13 June 2025, saved %s", (_, resave) => {
  let out: Awaited<ReturnType<typeof tencent>>;
  beforeAll(async () => {
    out = await tencent(resave);
  }, 60_000);

  it("has no finding", () => {
    expect(out.findings).toEqual([]);
  });

  it("keeps the balances and prints the filler line dated the closing date", () => {
    const [cls] = out.json.sectionI;
    expect(cls.opening.issued).toBe(PUBLISHED.class.openingIssued);
    expect(cls.closing.issued).toBe(PUBLISHED.class.closingIssued);
    expect(out.json.closingDate).toBe(PUBLISHED.closingDate);
    expect(cls.events.map((e: { eventType: string; details: string }) => [e.eventType, e.details])).toEqual([["Other (please specify)", "Not applicable"]]);
  });

  it("prints every Part B row with its shares, % of opening issued shares, average price and date", () => {
    const printed = PUBLISHED.partB.map((b: { no: number; datePrinted: string }) =>
      cells(out.text, `${b.no}). Shares repurchased for cancellation but not yet cancelled Date of changes ${b.datePrinted}`).slice(1).filter(Boolean),
    );
    expect(printed).toEqual(
      PUBLISHED.partB.map((b: { shares: number; percentPrinted: string; pricePrinted: string }) => [
        b.shares.toLocaleString("en-US"), b.percentPrinted, b.pricePrinted,
      ]),
    );
  });

  it("prints the Section II row and totals as published", () => {
    const ii = PUBLISHED.sectionII;
    expect(cells(out.text, `1). ${ii.row.tradingDatePrinted}`).slice(1)).toEqual([
      ii.row.sharesPrinted, ii.row.method, ii.row.highestPrinted, ii.row.lowestPrinted, ii.row.aggregatePrinted,
    ]);
    expect(cells(out.text, "Total number of shares repurchased").slice(1)).toEqual([ii.totalSharesPrinted, "Aggregate price paid $", ii.aggregatePaidPrinted]);
    expect(cells(out.text, "Number of shares repurchased for cancellation")[1]).toBe(ii.forCancellationPrinted);
    expect(cells(out.text, "Number of shares repurchased for holding as treasury shares")[1]).toBe(ii.forTreasuryPrinted);
  });

  it("prints the mandate: resolution, authorised, used to date, its % and the moratorium end", () => {
    const m = PUBLISHED.sectionII.mandate;
    expect(cells(out.text, "1). Date of the resolution")[1]).toBe(m.resolutionPrinted);
    expect(cells(out.text, "2). Total number of shares which the issuer is authorised")[1]).toBe(m.authorisedPrinted);
    expect(cells(out.text, "3). Number of shares repurchased on the Exchange")[1]).toBe(m.usedPrinted);
    expect(cells(out.text, "4). As a % of number of issued shares")[1]).toBe(m.percentPrinted);
    expect(cells(out.text, "5). Moratorium period")[1]).toBe(m.moratoriumPrinted);
  });

  it("renumbers the one confirmation item kept and dates the Explanatory Statement", () => {
    expect(out.text).toContain(`- ${PUBLISHED.confirmationPrinted}\n`);
    expect(out.text).toContain(`Explanatory Statement dated ${PUBLISHED.sectionII.explanatoryStatementPrinted} which`);
  });

  it("is due by 08:30 on the next business day after the Friday repurchase", () => {
    expect([out.json.returnDue, out.json.deadline]).toEqual([true, "2025-06-16T08:30:00+08:00"]);
  });
});
