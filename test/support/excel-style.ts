// The SenseTime register with its Log sheet and NDDR_Log table rewritten the way Excel (and hand-made
// tools) write them: shared strings, no default attributes, single-quoted attributes, `mc:Ignorable`
// extensions, a user's notes column beside the table, history rows, and legal XML that regex patchers
// lose — comments, CDATA, character references, a processing instruction. Optionally with a prefixed
// SpreadsheetML namespace (`x:row`), or as a macro-enabled .xlsm with a vbaProject.bin.
//
// The table keeps headerRowCount='1' only because exceljs 4.4 (the reader today) takes its absence for
// "no header row"; Excel leaves it out. The patcher's own tests use tables without it.
import JSZip from "jszip";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface ExcelStyleOptions {
  /** Write SpreadsheetML elements with this prefix ("x") instead of the default namespace. */
  readonly prefix?: string;
  /** Leave headerRowCount out of the table, as Excel does. */
  readonly excelTable?: boolean;
  /** Make it a macro-enabled workbook (.xlsm content type and a VBA part). */
  readonly macros?: boolean;
}

/** Fixed paths inside the exceljs-written register (checked by the fixture itself). */
export const LOG_SHEET = "xl/worksheets/sheet9.xml";

/** The rows of the Log sheet written here, by row number, as their exact XML (prefix applied). */
export function historyRows(prefix = ""): string[] {
  const p = (n: string) => (prefix ? `${prefix}:${n}` : n);
  const c = (r: string, inner: string, attrs = "") => `<${p("c")} r='${r}'${attrs}>${inner}</${p("c")}>`;
  const v = (x: string | number) => `<${p("v")}>${x}</${p("v")}>`;
  const inline = (t: string) => `<${p("is")}><${p("t")}>${t}</${p("t")}></${p("is")}>`;
  const row = (r: number, cells: string) => `<${p("row")} r='${r}' spans='1:8' x14ac:dyDescent='0.25'>${cells}</${p("row")}>`;
  return [
    row(1, ["A1", "B1", "C1", "D1", "E1", "F1"].map((a, i) => c(a, v(i), " t='s'")).join("") + c("H1", v(6), " t='s'")),
    row(2, c("A2", inline("2024-12-01T09:00:00+08:00"), " t='inlineStr'") + c("B2", v(7), " t='s'") + c("C2", v(8), " t='s'")
      + c("D2", v(34_528_336_530)) + c("E2", v(0)) + c("F2", inline("sha256:00000000000000aa"), " t='inlineStr'")
      + c("H2", inline("<![CDATA[checked <B> & filed]]>"), " t='inlineStr'")),
    row(3, c("A3", inline("2024-12-01T09:00:00+08:00"), " t='inlineStr'") + c("B3", v(7), " t='s'") + c("C3", v(9), " t='s'")
      + c("D3", v(614_034_470)) + c("E3", v(0)) + c("F3", inline("sha256:00000000000000aa"), " t='inlineStr'")
      + c("H3", inline("A &#x4E2D; &amp; &apos;quoted&apos;"), " t='inlineStr'")),
    // A formula beside where the log grows (column H is not the table's): it must be kept.
    row(4, c("H4", `<${p("f")}>COUNTA(C:C)-1</${p("f")}>${v(2)}`)),
  ];
}

const SHARED = ["Generated at", "Closing date", "Class key", "Closing issued", "Closing treasury", "Input fingerprint", "Notes (mine)", "2024-11-30", "B", "A"];

function logSheet(prefix: string): string {
  const p = (n: string) => (prefix ? `${prefix}:${n}` : n);
  const ns = prefix ? `xmlns:${prefix}='${MAIN}'` : `xmlns='${MAIN}'`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`
    + `<${p("worksheet")} ${ns} xmlns:r='${REL}' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' `
    + `xmlns:x14ac='http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac' mc:Ignorable='x14ac'>`
    + `<${p("dimension")} ref='A1:H4'/><${p("sheetViews")}><${p("sheetView")} workbookViewId='0'/></${p("sheetViews")}>`
    + `<${p("sheetFormatPr")} defaultRowHeight='15' x14ac:dyDescent='0.25'/>`
    + `<${p("cols")}><${p("col")} min='1' max='1' width='26.7109375' customWidth='1'/></${p("cols")}>`
    + `<${p("sheetData")}><!-- history kept by the company secretary -->${historyRows(prefix).join("")}<?keep this instruction?></${p("sheetData")}>`
    + `<${p("pageMargins")} left='0.7' right='0.7' top='0.75' bottom='0.75' header='0.3' footer='0.3'/>`
    + `<${p("legacyDrawing")} r:id='rId2'/><${p("tableParts")} count='1'><${p("tablePart")} r:id='rId3'/></${p("tableParts")}></${p("worksheet")}>`;
}

function logTable(id: string, excelTable: boolean): string {
  const header = excelTable ? "" : " headerRowCount='1'";
  const cols = SHARED.slice(0, 6).map((n, i) => `<tableColumn id='${i + 1}' name='${n}'/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`
    + `<table xmlns='${MAIN}' id='${id}' name='NDDR_Log' displayName='NDDR_Log' ref='A1:F3'${header} totalsRowShown='0'>`
    + `<autoFilter ref='A1:F3'/><tableColumns count='6'>${cols}</tableColumns>`
    + `<tableStyleInfo name='TableStyleMedium2' showFirstColumn='0' showLastColumn='0' showRowStripes='1' showColumnStripes='0'/></table>`;
}

export async function excelStyleRegister(options: ExcelStyleOptions = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer());
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  if (!/<sheet [^>]*name="Log"[^>]*r:id="rId12"/.test(workbook)) throw new Error("fixture: the Log sheet moved");
  // The Log sheet's parts, found through its relationships: header comments (rId2) and the table (rId3).
  const rels = await zip.file("xl/worksheets/_rels/sheet9.xml.rels")!.async("string");
  const tablePath = "xl/" + /Id="rId3" Type="[^"]*\/table" Target="\.\.\/([^"]+)"/.exec(rels)![1];
  if (!/Id="rId2" Type="[^"]*\/vmlDrawing"/.test(rels)) throw new Error("fixture: the Log sheet's comments moved");
  const id = /\bid="(\d+)"/.exec(await zip.file(tablePath)!.async("string"))![1];
  zip.file(tablePath, logTable(id, options.excelTable ?? false));

  // Shared strings: the Log sheet's indices 0… refer to strings appended at the end of the table.
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const base = (sst.match(/<si>/g) ?? []).length;
  const added = SHARED.map((t) => `<si><t>${t}</t></si>`).join("");
  zip.file("xl/sharedStrings.xml", sst.replace(/<\/sst>/, `${added}</sst>`).replace(/uniqueCount="\d+"/, `uniqueCount="${base + SHARED.length}"`).replace(/ count="\d+"/, ` count="${base + SHARED.length + 20}"`));
  // Shared-string indices in the sheet are relative to the strings added: shift them.
  zip.file(LOG_SHEET, logSheet(options.prefix ?? "").replace(/(t='s'><(?:\w+:)?v>)(\d+)(<)/g, (_m, a, n, b) => `${a}${base + Number(n)}${b}`));

  if (options.macros) {
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace("<Default ", `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default `));
    zip.file("xl/vbaProject.bin", VBA_PROJECT);
    const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", wbRels.replace("</Relationships>", `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Stand-in bytes for a VBA project (a compound file header, then noise): only their survival is tested. */
export const VBA_PROJECT = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]);

/** Every entry of a zip, uncompressed. */
export async function zipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) out.set(name, Buffer.from(await zip.files[name].async("uint8array")));
  return out;
}
