// The small parts that say where everything is: the package's relationships, the workbook (its sheets
// and date system), each sheet's relationships and its tables' definitions. Relationship types are
// matched by their last segment, so Transitional and Strict OOXML read alike.
import { EXCEL_LAST_ROW, columnNumber } from "../../common/a1";
import { ReadFailure, type ReadLimits } from "./limits";
import { streamPart, streamPartSync, type Inflater } from "./inflate";
import { XmlStream, type XmlHandler, type Tag } from "./xml-stream";
import { damaged, type ZipEntry } from "./zip-directory";

export interface Package {
  readonly bytes: Uint8Array;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly limits: ReadLimits;
  readonly inflater: Inflater;
}

export interface TableDefinition {
  /** As Excel shows it (displayName), which formulas and Office.js use. */
  readonly name: string;
  readonly sheet: string;
  readonly sheetPart: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** 0 or 1; absent in the file means 1 (Excel leaves defaults out). */
  readonly headerRows: number;
  readonly totalsRows: number;
  /** Column names from the definition, for a table whose header row is off or whose header cell is blank. */
  readonly columns: readonly string[];
}

export interface WorkbookLayout {
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly sheetCount: number;
  readonly tables: readonly TableDefinition[];
}

const MAX_COLUMN = 16_384;

/**
 * Streams a part through `handler` until the part ends or the handler sets `done`. `attach` gets the
 * tokenizer first, for handlers that switch its text on and off.
 */
export async function readXmlPart(pkg: Package, path: string, handler: XmlHandler & { done?: boolean }, attach?: (xml: XmlStream) => void): Promise<void> {
  const { entry, xml, feed } = partParser(pkg, path, handler, attach);
  await streamPart(pkg.bytes, entry, pkg.limits.maxPartBytes, feed, pkg.inflater);
  if (handler.done !== true) xml.end();
}

/** readXmlPart without waiting, for a caller that cannot (the simulated Excel reads a sheet inside a sync's command). */
export function readXmlPartSync(pkg: Package, path: string, handler: XmlHandler & { done?: boolean }, attach?: (xml: XmlStream) => void): void {
  const { entry, xml, feed } = partParser(pkg, path, handler, attach);
  streamPartSync(pkg.bytes, entry, pkg.limits.maxPartBytes, feed);
  if (handler.done !== true) xml.end();
}

function partParser(pkg: Package, path: string, handler: XmlHandler & { done?: boolean }, attach?: (xml: XmlStream) => void) {
  const entry = pkg.entries.get(path.toLowerCase());
  if (!entry) throw damaged(path);
  const xml = new XmlStream(handler, entry.name);
  attach?.(xml);
  const feed = (chunk: Uint8Array) => {
    xml.write(chunk);
    return handler.done !== true;
  };
  return { entry, xml, feed };
}

/** Collects the events of a small part into a callback per start tag. */
function onTags(each: (tag: Tag) => void): XmlHandler {
  return { open: each, close() {}, text() {} };
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A part's relationships by id, targets resolved to package paths. */
export async function relationships(pkg: Package, sourcePart: string): Promise<Map<string, Relationship>> {
  const slash = sourcePart.lastIndexOf("/");
  const dir = sourcePart.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${sourcePart.slice(slash + 1)}.rels`;
  const out = new Map<string, Relationship>();
  if (!pkg.entries.has(relsPath.toLowerCase())) return out;
  await readXmlPart(pkg, relsPath, onTags((tag) => {
    if (tag.name !== "Relationship" || tag.attr("TargetMode") === "External") return;
    const id = tag.attr("Id");
    const target = tag.attr("Target");
    if (id === undefined || target === undefined) return;
    out.set(id, { type: lastSegment(tag.attr("Type") ?? ""), target: resolvePath(dir, target) });
  }));
  return out;
}

const lastSegment = (type: string) => type.slice(type.lastIndexOf("/") + 1);

/** A relationship's target as a package path ("../tables/table1.xml" from "xl/worksheets/"). */
export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return decodeURIComponentSafe(out.join("/"));
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Where the workbook's sheets and tables are, and its date system. */
export async function workbookLayout(pkg: Package): Promise<WorkbookLayout> {
  const root = await relationships(pkg, "");
  const workbookPart = [...root.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  if (!pkg.entries.has(workbookPart.toLowerCase())) {
    throw new ReadFailure(`it has no worksheet, so it is not an Excel workbook. Save it from Excel as "Excel Workbook (*.xlsx)"`);
  }
  let date1904 = false;
  const sheets: { name: string; id: string }[] = [];
  await readXmlPart(pkg, workbookPart, onTags((tag) => {
    if (tag.name === "workbookPr") date1904 = isTrue(tag.attr("date1904"));
    else if (tag.name === "sheet") {
      const id = tag.attr("id");
      const name = tag.attr("name");
      if (id !== undefined && name !== undefined) sheets.push({ name, id });
    }
  }));
  const rels = await relationships(pkg, workbookPart);
  const sharedStrings = [...rels.values()].find((r) => r.type === "sharedStrings")?.target;
  const worksheets = sheets.flatMap((s) => {
    const rel = rels.get(s.id);
    return rel && rel.type === "worksheet" && pkg.entries.has(rel.target.toLowerCase()) ? [{ name: s.name, part: rel.target }] : [];
  });
  // Excel saves no workbook without a sheet: this is another zip (a .docx, an archive) named .xlsx.
  if (worksheets.length === 0) {
    throw new ReadFailure(`it has no worksheet, so it is not an Excel workbook. Save it from Excel as "Excel Workbook (*.xlsx)"`);
  }
  const tables: TableDefinition[] = [];
  for (const sheet of worksheets) {
    for (const rel of (await relationships(pkg, sheet.part)).values()) {
      if (rel.type !== "table") continue;
      // Excel would call the file corrupt and drop the table; reading on would report it missing.
      if (!pkg.entries.has(rel.target.toLowerCase())) throw damaged(rel.target);
      if (tables.length >= pkg.limits.maxTables) throw new ReadFailure(`it has more than ${pkg.limits.maxTables.toLocaleString("en")} tables`);
      const table = await tableDefinition(pkg, rel.target, sheet.name, sheet.part);
      if (table) tables.push(table);
    }
  }
  return { date1904, sharedStringsPart: sharedStrings && pkg.entries.has(sharedStrings.toLowerCase()) ? sharedStrings : undefined, sheetCount: worksheets.length, tables };
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** A table part, with the OOXML defaults for what it leaves out. */
async function tableDefinition(pkg: Package, part: string, sheet: string, sheetPart: string): Promise<TableDefinition | undefined> {
  let head: { name?: string; ref?: string; headerRows: number; totalsRows: number } | undefined;
  const columns: string[] = [];
  await readXmlPart(pkg, part, onTags((tag) => {
    if (tag.name === "table") {
      head = {
        name: tag.attr("displayName") ?? tag.attr("name"),
        ref: tag.attr("ref"),
        headerRows: count(tag.attr("headerRowCount"), 1),
        totalsRows: count(tag.attr("totalsRowCount"), 0),
      };
    } else if (tag.name === "tableColumn") {
      columns.push(unescapeText(tag.attr("name") ?? ""));
    }
  }));
  if (!head?.name) return undefined;
  const range = parseRef(head.ref ?? "");
  if (!range) throw new ReadFailure(`a table in it is damaged (${head.name} on sheet ${sheet}: its range "${head.ref ?? ""}" is not a range of cells). Open the file in Excel and save it again`);
  return { name: head.name, sheet, sheetPart, ...range, headerRows: head.headerRows, totalsRows: head.totalsRows, columns };
}

function count(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 1) : fallback;
}

/** "B2:K100" (or "$B$2:$K$100", or one cell) → its bounds, within Excel's sheet size. */
export function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  if (top < 1 || left < 1 || bottom > EXCEL_LAST_ROW || right > MAX_COLUMN || bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
}

/** OOXML's escape for characters XML cannot hold: "_x000A_" is a line feed, "_x005F_" an underscore. */
export function unescapeText(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
