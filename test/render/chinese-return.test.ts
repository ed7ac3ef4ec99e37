// The Chinese return speaks Chinese: return.txt and the return sheet of an NDDR and of a Monthly Return
// hold no English word of ours, only what the user typed, on a workbook with every line the return words
// itself (test/support/worded-lines.ts: a buyback with Part B, a redemption pending in Part B, a sale of
// treasury shares on another exchange, Section II).
import ExcelJS from "exceljs";
import { PRODUCT } from "../../src/common/product";
import type { CellValue } from "../../src/contract/grid";
import type { IsoDate } from "../../src/domain/dates";
import { returnFiles, type ExportFiles } from "../../src/files/return-files";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import { prepareReturn } from "../../src/pipeline/prepare-return";
import { monthlyGrids } from "../support/monthly-grids";
import { WORDED_LINES as WORKBOOK } from "../support/worded-lines";

const TABLES = monthlyGrids(WORKBOOK);

/** Everything the user typed that a return prints: any English in it is theirs. */
const TYPED: readonly string[] = (() => {
  const out = new Set<string>();
  const add = (v: CellValue | undefined) => void (typeof v === "string" && v.trim() !== "" && out.add(v.trim()));
  for (const v of Object.values(WORKBOOK.issuer)) add(v);
  for (const rows of [WORKBOOK.classes, WORKBOOK.movements, WORKBOOK.repurchases, WORKBOOK.treasurySales]) for (const row of rows ?? []) row.forEach(add);
  // Longest first, so that a name inside a longer text is not taken out of it first.
  return [...out].sort((a, b) => b.length - a.length);
})();

/**
 * Latin-letter words that are not English: the form codes, the language code, GEM (the board's name in
 * the Chinese Listing Rules, 《GEM規則》), item letters and numerals ("(a) x 100", "(i)", "A.", "III.").
 */
const NOT_ENGLISH = new Set(["FF305", "FF301", "zh", "HK", "GEM", "a", "x", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "A", "B", "C", "D", "E", "I", "II", "III", "IV", "V"]);

/** The Latin-letter words left once the user's text, the product's name and the input fingerprint are taken out. */
function ourEnglish(text: string): string[] {
  let rest = text.split(`${PRODUCT.name} ${PRODUCT.version}`).join(" ").replace(/sha256:[0-9a-f]+/g, " ");
  for (const typed of TYPED) rest = rest.split(typed).join(" ");
  return [...new Set(rest.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])].filter((w) => !NOT_ENGLISH.has(w));
}

/**
 * What the return sheet shows: its text cells, the text its number formats add, its header and footer
 * (Excel's codes taken out). Not its name ("NDDR 2024-12-17"): the hosts find the sheet by it.
 */
async function sheetText(xlsx: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[] = [ws.headerFooter.oddHeader ?? "", ws.headerFooter.oddFooter ?? ""].map((code) => code.replace(/&[A-Z]/g, " "));
  ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === "string") out.push(cell.value);
    else if (typeof cell.value === "number") out.push(...(cell.numFmt ?? "").match(/"[^"]*"/g) ?? []);
    else if (cell.value !== null) throw new Error(`unexpected cell ${cell.address}: ${JSON.stringify(cell.value)}`);
  }));
  return out.join("\n");
}

let nddr: ExportFiles;
let monthly: ExportFiles;
beforeAll(async () => {
  const prepared = await prepareReturn(TABLES, { today: "2024-12-18" as IsoDate, language: "zh-HK" });
  nddr = await returnFiles(prepared);
  monthly = (await generateMonthlyFromTables(TABLES, { month: "2024-12", today: "2025-01-03" as IsoDate, lang: "zh-HK" })).files;
});

describe("the Chinese NDDR", () => {
  it("words the lines it makes itself in Chinese", () => {
    for (const words of [
      "於2024年12月2日購回的股份", "於2024年12月3日至2024年12月4日期間購回的股份", "於倫敦證券交易所出售", "已贖回作註銷但尚未註銷的股份",
      "已購回作註銷但尚未註銷的股份", "於另一證券交易所進行(倫敦證券交易所)", "以私人安排進行", "股份分類\t不適用",
    ]) expect(nddr.text).toContain(words);
  });

  it("prints no English word of ours in return.txt", () => {
    expect(nddr.text).toBeDefined();
    expect(ourEnglish(nddr.text!)).toEqual([]);
  });

  it("shows no English word of ours on the return sheet, its page footer included", async () => {
    const shown = await sheetText(nddr.xlsx!);
    expect(shown).toContain("第   頁，共   頁");
    expect(ourEnglish(shown)).toEqual([]);
  });

  it("prints the user's own English as typed", () => {
    expect(nddr.text).toContain("Placing of 17 December 2024");
    expect(nddr.text).toContain("公司名稱：Example Holdings Limited");
  });
});

describe("the Chinese Monthly Return", () => {
  it("words the Part III (E) lines it makes itself in Chinese", () => {
    for (const words of ["於2024年12月2日購回的股份", "於2024年12月3日至2024年12月4日期間購回的股份", "於倫敦證券交易所出售", "購回股份(持作庫存股份)"]) {
      expect(monthly.text).toContain(words);
    }
  });

  it("prints no English word of ours in monthly-return.txt", () => {
    expect(monthly.text).toBeDefined();
    expect(ourEnglish(monthly.text!)).toEqual([]);
  });

  it("shows no English word of ours on the monthly return sheet", async () => {
    expect(ourEnglish(await sheetText(monthly.xlsx!))).toEqual([]);
  });
});

describe("the check itself", () => {
  it("finds the English the English return prints", async () => {
    const en = await returnFiles(await prepareReturn(TABLES, { today: "2024-12-18" as IsoDate, language: "en" }));
    expect(ourEnglish(en.text!)).toEqual(expect.arrayContaining(["Shares", "repurchased", "Sold", "Next", "Day", "Disclosure", "Return"]));
    expect(ourEnglish(await sheetText(en.xlsx!))).toEqual(expect.arrayContaining(["Page", "of", "Shares", "repurchased"]));
  });
});
