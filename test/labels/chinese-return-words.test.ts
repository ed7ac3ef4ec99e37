// Issue 16's check of the Chinese return: read as a Chinese reader would, no English word of ours is
// left in it, only the text the user typed. The return is a buyback with Part B, treasury shares bought
// back on one day and on two days (generated details), treasury shares sold on the Exchange and on
// another exchange (a generated "sold on" line and method), and a filler line. "Ours" is every word of
// the English label tables (src/labels/en.ts, monthly-en.ts) and of the domain's own English (event
// types, the contract's dropdowns: methods, Held as, statuses), gathered from them, not picked by hand.
import ExcelJS from "exceljs";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import { EVENT_TYPES } from "../../src/domain/event-types";
import { generateFromXlsx } from "../../src/files/return-files";
import { EN } from "../../src/labels/en";
import { MONTHLY_EN } from "../../src/labels/monthly-en";
import { eformFields } from "../../src/layout/eform-fields";
import { layoutReturn } from "../../src/layout/return-layout";
import { labelsFor } from "../../src/labels";
import { CONTRACT_TABLES, ISSUER_FIELDS, MONTHLY_TABLES } from "../../src/contract/tables";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Everything the user typed that may be printed: it is left out before the words are looked for. */
const TYPED = {
  issuer: "Example Holdings Limited",
  submitter: "Chan Tai Man",
  title: "Company Secretary",
  classOfShares: "Ordinary shares",
  exchange: "London Stock Exchange",
  placing: "Placing of new shares under the general mandate (announcement of 2 December 2024)",
};

const WORKBOOK: InputWorkbookData = {
  issuer: {
    "Issuer name": TYPED.issuer, "Status": "New Submission", "Opening date": day("2024-11-29"), "Date submitted": day("2024-12-05"),
    "Submitted by": TYPED.submitter, "Title": TYPED.title, "Explanatory statement date": day("2024-05-02"),
  },
  classes: [["A", TYPED.classOfShares, null, "Yes", "00001", null, null, null, 1_000_000_000, 50_000]],
  movements: [["A", day("2024-12-04"), "Placing/subscription - new shares involved", TYPED.placing, 10_000_000, null, null, 5, "HKD", null]],
  repurchases: [
    // Held for cancellation and not cancelled by the closing date: Part B.
    ["A", day("2024-12-02"), 100_000, "On the Exchange", null, 5.1, 5, 505_000, "HKD", "Cancellation", null, null],
    // Bought back over two days and cancelled on one ("repurchased from … to …").
    ["A", day("2024-11-25"), 40_000, "On the Exchange", null, 5, null, 200_000, "HKD", "Cancellation", day("2024-12-03"), null],
    ["A", day("2024-11-26"), 40_000, "On the Exchange", null, 5, null, 200_000, "HKD", "Cancellation", day("2024-12-03"), null],
    // Bought back on another exchange on one day and cancelled ("repurchased on …").
    ["A", day("2024-12-02"), 20_000, "On another stock exchange", TYPED.exchange, 5.2, null, 104_000, "HKD", "Cancellation", day("2024-12-04"), null],
    // Held as treasury.
    ["A", day("2024-12-03"), 30_000, "On the Exchange", null, 5.3, 5.2, 157_500, "HKD", "Treasury", null, null],
  ],
  treasurySales: [
    ["A", day("2024-12-04"), 10_000, "On the Exchange", 5.5, null, 55_000, "HKD", null],
    ["A", day("2024-12-04"), 5_000, TYPED.exchange, 5.6, null, 28_000, "HKD", null],
  ],
  mandates: [
    ["A", "Repurchase", day("2024-06-01"), 100_000_000, 1_000_000_000, 0],
    ["A", "General mandate", day("2024-06-01"), 200_000_000, 1_000_000_000, 0],
  ],
};

/** The contract's dropdowns: methods, Held as, statuses, kinds — the domain's own English values. */
const DROPDOWNS = [...[...CONTRACT_TABLES, ...MONTHLY_TABLES].flatMap((t) => t.columns), ...ISSUER_FIELDS].map((c) => c.list ?? []);

const ROMAN_NUMERAL = /^(i|ii|iii|iv|v|vi|vii|viii)$/i;

/** Every string inside a value (objects, arrays, functions' results left out). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Our English words: of two letters or more, lower-cased. Not words: Excel's codes (&P), {names}, names
 * and codes in capitals that the Chinese form prints as they are (GEM, FF305, HKD), and the items'
 * Roman numerals ((i)–(viii), which the Chinese form keeps).
 */
const OUR_WORDS: ReadonlySet<string> = new Set(
  [EN, MONTHLY_EN, EVENT_TYPES.map((t) => t.label), DROPDOWNS]
    .flatMap(strings)
    .map((s) => s.replace(/\{\w+\}/g, " ").replace(/&[A-Z]/g, " "))
    .flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((w) => w !== w.toUpperCase() && !ROMAN_NUMERAL.test(w))
    .map((w) => w.toLowerCase()),
);

/** The English words of ours in `text`, after the typed text is taken out. */
function ourWordsIn(text: string): string[] {
  let rest = text;
  for (const typed of Object.values(TYPED)) rest = rest.split(typed).join(" ");
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => OUR_WORDS.has(w.toLowerCase()));
}

/** Each piece of text with our English in it, and where it is. */
function englishIn(pieces: readonly (readonly [where: string, text: string])[]): string[] {
  return pieces.filter(([, text]) => ourWordsIn(text).length > 0).map(([where, text]) => `${where}: ${text}  [${ourWordsIn(text).join(" ")}]`);
}

describe("the Chinese return of a buyback with Part B and a sale of treasury shares on another exchange", () => {
  let text: string;
  let prepared: Extract<Awaited<ReturnType<typeof generateFromXlsx>>, { ok: true }>["prepared"];
  let xlsx: Uint8Array;
  beforeAll(async () => {
    const bytes = await buildInputWorkbook(WORKBOOK).xlsx.writeBuffer();
    const result = await generateFromXlsx(bytes as ArrayBuffer, "2024-12-05" as IsoDate, { lang: "zh-HK" });
    if (!result.ok || !result.files.text || !result.files.xlsx) throw new Error(`expected a return: ${result.ok ? result.files.json : result.reason}`);
    text = result.files.text;
    if (process.env.NDDR_SHOW_ZH) process.stdout.write(text);
    xlsx = result.files.xlsx;
    prepared = result.prepared;
  }, 60_000);

  it("is the return this test means: Part B, generated details, a sale on another exchange", () => {
    const nddr = prepared.generation.nddr!;
    const [cls] = nddr.sectionI;
    expect(cls.partB.length).toBeGreaterThan(0);
    expect(cls.events.map((e) => e.details?.kind)).toEqual(expect.arrayContaining(["repurchasedOn", "repurchasedBetween", "soldOn", "typed"]));
    expect(nddr.sectionII.flatMap((r) => r.rows.map((row) => row.method))).toContainEqual({ kind: "onAnotherExchange", exchange: TYPED.exchange });
    expect(nddr.sectionIII.flatMap((r) => r.rows.map((row) => row.method))).toContainEqual({ kind: "onAnotherExchange", exchange: TYPED.exchange });
  });

  it("finds an English word of ours in the English return (the check can fail)", async () => {
    const bytes = await buildInputWorkbook(WORKBOOK).xlsx.writeBuffer();
    const en = await generateFromXlsx(bytes as ArrayBuffer, "2024-12-05" as IsoDate);
    expect(en.ok && ourWordsIn(en.files.text ?? "")).toEqual(expect.arrayContaining(["Shares", "repurchased", "Sold"]));
  });

  it("prints no English word of ours in return.txt", () => {
    expect(englishIn(text.split("\n").map((l, i) => [`return.txt line ${i + 1}`, l] as const))).toEqual([]);
  });

  it("lays out no English word of ours on the return sheet", () => {
    const layout = prepared.layout!;
    expect(englishIn([
      ["sheet name", layout.name], ["page header", layout.page.header], ["page footer", layout.page.footer],
      ...layout.cells.map((c) => [`cell R${c.row}C${c.col}`, c.text] as const),
    ])).toEqual([]);
  });

  it("writes no English word of ours into return.xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const pieces: [string, string][] = [];
    wb.eachSheet((ws) => {
      pieces.push([`sheet name`, ws.name], [`${ws.name} header`, ws.headerFooter.oddHeader ?? ""], [`${ws.name} footer`, ws.headerFooter.oddFooter ?? ""]);
      ws.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === "string") pieces.push([`${ws.name}!${cell.address}`, cell.value]);
      }));
    });
    expect(englishIn(pieces)).toEqual([]);
  });

  it("shows no English word of ours in the e-form view's labels and values", () => {
    const blocks = eformFields(prepared.generation.nddr!, "zh-HK");
    expect(englishIn(blocks.flatMap((b) => [
      [`e-form ${b.id}`, b.title] as const,
      ...b.fields.flatMap((f) => [[`e-form ${f.id} label`, f.label] as const, [`e-form ${f.id} value`, f.value] as const]),
    ]))).toEqual([]);
  });

  // return.json is data for programs, not a printed return: its values are the contract's (src/render/
  // return-json.ts words details and methods with EN in every language), so it is not read for English.
  it("writes return.json with the same data as the English return's, but for its language", async () => {
    const bytes = await buildInputWorkbook(WORKBOOK).xlsx.writeBuffer();
    const en = await generateFromXlsx(bytes as ArrayBuffer, "2024-12-05" as IsoDate);
    const zh = JSON.parse(prepared.json);
    expect(zh.language).toBe("zh-HK");
    expect({ ...zh, language: "en" }).toEqual(JSON.parse(en.ok ? en.files.json : "null"));
  });

  it("lays the return out in Chinese from the label table alone", () => {
    const layout = layoutReturn(prepared.generation.nddr!, labelsFor("zh-HK"));
    expect(englishIn(layout.cells.map((c) => [`cell R${c.row}C${c.col}`, c.text] as const))).toEqual([]);
  });
});
