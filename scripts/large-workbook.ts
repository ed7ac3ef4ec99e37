// The benchmark's worst case for reading: the SenseTime tables, saved the way Excel saves them, in a
// workbook whose first sheet is an unrelated table of a million rows, each with its own text (so the
// shared strings hold a million texts before the contract's). About 42 MB. The command line must
// answer (exit 0 or 2) in well under a minute, without reading that sheet or keeping those texts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxTables } from "../src/adapters/xlsx-read/read-xlsx-tables";
import { isContractOrNearName } from "../src/contract/table-names";
import { excelStyleFromGrids } from "../test/support/excel-style-xlsx";
import { unzipEntries } from "../test/support/zip";
import { writeZip } from "../test/support/zip-writer";

export const LARGE_ROWS = 1_000_000;

/** Mulberry32, as in synthetic-ledger.ts: the same workbook every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function largeWorkbook(rows = LARGE_ROWS): Promise<Uint8Array> {
  // From scripts/ (tests) or lib/scripts/ (compiled for npm run bench).
  const root = existsSync(join(__dirname, "..", "examples")) ? join(__dirname, "..") : join(__dirname, "..", "..");
  const example = readFileSync(join(root, "examples", "sensetime-2024-12-18.xlsx"));
  const read = await readXlsxTables(example, isContractOrNearName);
  if (!read.ok) throw new Error(read.reason);
  const parts = unzipEntries(excelStyleFromGrids(read.tables));
  const rnd = random(42);

  // The unrelated sheet's texts come first in the shared strings, as when it is the workbook's first sheet.
  const texts: string[] = [];
  const data: string[] = [];
  for (let r = 1; r <= rows; r++) {
    texts.push(`<si><t>Trade ${r} ref ${Math.floor(rnd() * 1e9).toString(36)}</t></si>`);
    data.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>${40000 + Math.floor(rnd() * 5000)}</v></c><c r="C${r}" t="s"><v>${r - 1}</v></c><c r="D${r}"><v>${Math.floor(rnd() * 1e7) / 100}</v></c><c r="E${r}"><v>${Math.floor(rnd() * 1e9)}</v></c></row>`);
  }
  const shift = (xml: string) => xml.replace(/(<c [^>]*t="s"[^>]*><v>)(\d+)(<\/v>)/g, (_, a: string, n: string, b: string) => `${a}${Number(n) + rows}${b}`);
  const sst = parts["xl/sharedStrings.xml"].replace(/(<sst [^>]*>)/, `$1${texts.join("")}`).replace(/count="\d+" uniqueCount="\d+"/, "");
  const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const dataName = `xl/worksheets/sheet${sheets.length + 1}.xml`;
  const dataXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:E${rows}"/><sheetData>${data.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(parts)) {
    if (name === "xl/sharedStrings.xml") out[name] = sst;
    else if (sheets.includes(name)) out[name] = shift(content);
    else if (name === "xl/workbook.xml") out[name] = content.replace("<sheets>", `<sheets><sheet name="Trades" sheetId="99" r:id="rId99"/>`);
    else if (name === "xl/_rels/workbook.xml.rels") out[name] = content.replace("</Relationships>", `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${sheets.length + 1}.xml"/></Relationships>`);
    else if (name === "[Content_Types].xml") out[name] = content.replace("</Types>", `<Override PartName="/${dataName}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
    else out[name] = content;
    if (name === "xl/workbook.xml") out[dataName] = dataXml;
  }
  return writeZip(Object.entries(out).map(([name, content]) => ({ name, content })));
}
