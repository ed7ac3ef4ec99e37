// Golden test: MINISO's return of 18 October 2024 (SEC EDGAR copy of the HKEX filing, transcribed in
// test/fixtures/published/miniso-nddr-2024-10-18.json): a cancellation of shares bought on the New
// York Stock Exchange months earlier, its % at six decimals, and an "Other — See Part B" line. The
// transcription has no per-day repurchase rows, so one row carries the published average price.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { MINISO } from "../support/golden-workbooks";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/generate";
import { SAVED_BY, type Resave } from "../support/resave";

const PUBLISHED = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/miniso-nddr-2024-10-18.json"), "utf8"));
const PART_A = PUBLISHED.section_I[0].part_A;


async function miniso(resave: Resave) {
  const bytes = await buildInputWorkbook(MINISO).xlsx.writeBuffer();
  const result = await generateFromXlsx(await resave(new Uint8Array(bytes as ArrayBuffer)), "2024-10-18" as IsoDate);
  if (!result.readable || !result.files.text) throw new Error(`expected a return: ${result.readable ? result.files.json : result.reason}`);
  return result.files.text.split("\n");
}

describe.each(SAVED_BY)("MINISO's return of 18 October 2024, saved %s", (_, resave) => {
  let lines: string[];
  beforeAll(async () => {
    lines = await miniso(resave);
  }, 60_000);
  const cellsOf = (startsWith: string) => {
    const line = lines.find((l) => l.startsWith(startsWith));
    if (!line) throw new Error(`no line starting "${startsWith}"`);
    return line.split("\t").filter(Boolean);
  };

  it("prints the cancellation with its shares, % to six decimals and average price", () => {
    const e = PART_A.events[0];
    expect(cellsOf(`1). ${e.category_printed}`).slice(1)).toEqual([e.change_in_issued_shares_excl_treasury.printed, e.pct_of_existing_issued_before_event.printed, e.issue_or_selling_price_per_share.printed]);
    expect(cellsOf(`1). ${e.category_printed}`)[0]).toContain(`Date of changes ${e.date_of_changes.printed}`);
  });

  it("prints the Other line that points to Part B, with an empty %", () => {
    const e = PART_A.events[1];
    expect(cellsOf(`2). ${e.category_printed} ${e.description_printed} Date of changes ${e.date_of_changes.printed}`).slice(1)).toEqual([e.pct_of_existing_issued_before_event.printed]);
  });

  it("closes with the published balance on the published date", () => {
    const c = PART_A.closing_balance;
    expect(cellsOf(`${c.label_printed} ${c.date.printed}`).slice(1)).toEqual([c.issued_excl_treasury.printed, c.treasury.printed, c.total_issued.printed]);
  });
});
