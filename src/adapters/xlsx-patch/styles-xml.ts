// Dates written the way Excel writes a date typed into a cell: a serial number in a cell whose number
// format shows a date. A cell already formatted as a date keeps its style; a General (or number) cell
// gets a copy of its style with the format yyyy-mm-dd, added to the styles part; a cell formatted as
// text keeps the ISO text, as Excel would. Only new <numFmt> and <xf> elements (and their counts) are
// added to the part; verifyStylesEdit checks that nothing else changed.
import { MAIN_NS, attr, childName, escapeXml, splice, walkXml, withAttribute, xmlEvents, type XmlElement } from "./xml-text";

/** The style (index into cellXfs, as the `s` attribute says it) for a date in a cell of style `base`; "text" to write ISO text. */
export type DateStyleFor = (base: string | undefined) => string | "text";

export interface DateStyles {
  readonly styleFor: DateStyleFor;
  /** The styles part with the styles added, or undefined if none was needed. */
  edited(): string | undefined;
}

const DATE_CODE = "yyyy-mm-dd";
/** Built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILTIN_TEXT = 49;

/** What a format code shows, its literal text, escapes and [colour]/[locale] parts aside. */
function kindOfCode(code: string): "date" | "text" | "other" {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/_.|\*./g, "");
  if (bare.includes("@")) return "text";
  if (/general/i.test(bare)) return "other";
  return /[ymd]/i.test(bare) ? "date" : "other";
}

interface Parsed {
  root: XmlElement | undefined;
  numFmts: XmlElement | undefined;
  cellXfs: XmlElement | undefined;
  formats: Map<number, string>;
  xfs: XmlElement[];
}

function parse(xml: string): Parsed {
  const p: Parsed = { root: undefined, numFmts: undefined, cellXfs: undefined, formats: new Map(), xfs: [] };
  walkXml(xml, {
    open: (el) => {
      if (!el.parent) p.root = el;
      else if (el.parent === p.root && MAIN_NS.includes(el.uri) && el.local === "numFmts") p.numFmts = el;
      else if (el.parent === p.root && MAIN_NS.includes(el.uri) && el.local === "cellXfs") p.cellXfs = el;
      else if (el.parent === p.numFmts && el.local === "numFmt") p.formats.set(Number(attr(el, "numFmtId")), attr(el, "formatCode") ?? "");
    },
    close: (el) => {
      if (el.parent && el.parent === p.cellXfs && el.local === "xf") p.xfs.push(el);
    },
  });
  return p;
}

function formatKind(p: Parsed, id: number): "date" | "text" | "other" {
  const code = p.formats.get(id);
  if (code !== undefined) return kindOfCode(code);
  if (BUILTIN_DATES.has(id)) return "date";
  return id === BUILTIN_TEXT ? "text" : "other";
}

/** The date styles of a workbook whose styles part is `xml` (undefined: the workbook has none, dates stay text). */
export function dateStyles(xml: string | undefined): DateStyles {
  if (xml === undefined) return { styleFor: () => "text", edited: () => undefined };
  const p = parse(xml);
  const cellXfs = p.cellXfs;
  if (!p.root || !cellXfs || p.xfs.length === 0) return { styleFor: () => "text", edited: () => undefined };
  const added: string[] = [];
  const memo = new Map<string, string | "text">();
  let newFormat: { id: number; xml: string } | undefined;
  const dateFormatId = (): number => {
    for (const [id, code] of p.formats) if (code.toLowerCase() === DATE_CODE) return id;
    if (!newFormat) {
      const id = Math.max(163, ...p.formats.keys()) + 1;
      newFormat = { id, xml: `<${childName(p.root!, "numFmt")} numFmtId="${id}" formatCode="${escapeXml(DATE_CODE)}"/>` };
    }
    return newFormat.id;
  };
  const styleFor: DateStyleFor = (base) => {
    const key = base ?? "0";
    const known = memo.get(key);
    if (known !== undefined) return known;
    const index = Number(key);
    const xf = Number.isInteger(index) && index >= 0 && index < p.xfs.length ? p.xfs[index] : p.xfs[0];
    const kind = formatKind(p, Number(attr(xf, "numFmtId") ?? "0"));
    let style: string | "text";
    if (kind === "date") style = key;
    else if (kind === "text") style = "text";
    else {
      const open = withAttribute(withAttribute(xml.slice(xf.start, xf.openEnd), "numFmtId", String(dateFormatId())), "applyNumberFormat", "1");
      added.push(open + xml.slice(xf.openEnd, xf.end));
      style = String(p.xfs.length + added.length - 1);
    }
    memo.set(key, style);
    return style;
  };
  const edited = (): string | undefined => {
    if (added.length === 0) return undefined;
    const edits: { start: number; end: number; text: string }[] = [];
    const countOf = (el: XmlElement, text: string, count: number) => ({ start: el.start, end: el.openEnd, text: withAttribute(text, "count", String(count)) });
    const xfsOpen = xml.slice(cellXfs.start, cellXfs.openEnd);
    if (attr(cellXfs, "count") !== undefined) edits.push(countOf(cellXfs, xfsOpen, p.xfs.length + added.length));
    edits.push({ start: cellXfs.closeStart, end: cellXfs.closeStart, text: added.join("") });
    if (newFormat) {
      if (p.numFmts) {
        if (attr(p.numFmts, "count") !== undefined) edits.push(countOf(p.numFmts, xml.slice(p.numFmts.start, p.numFmts.openEnd), p.formats.size + 1));
        if (p.numFmts.selfClosing) throw new Error("programmer error: an empty numFmts element"); // never written by Excel or exceljs
        edits.push({ start: p.numFmts.closeStart, end: p.numFmts.closeStart, text: newFormat.xml });
      } else {
        // numFmts is the first child of styleSheet.
        const name = childName(p.root!, "numFmts");
        edits.push({ start: p.root!.openEnd, end: p.root!.openEnd, text: `<${name} count="1">${newFormat.xml}</${name}>` });
      }
    }
    return splice(xml, edits);
  };
  return { styleFor, edited };
}

/**
 * Why the edited styles part is not the original with only number formats and cell styles added at the
 * ends of their lists (and their counts), or undefined. Every style the sheets used keeps its index.
 */
export function verifyStylesEdit(before: string, after: string): string | undefined {
  const isList = (el: XmlElement) => !!el.parent && !el.parent.parent && MAIN_NS.includes(el.uri) && (el.local === "numFmts" || el.local === "cellXfs");
  const ignore = (el: XmlElement, key: string) => key === "count" && isList(el);
  const b = xmlEvents(before, undefined, ignore);
  const a = xmlEvents(after, undefined, ignore);
  const addedStart = (e: string) => MAIN_NS.some((ns) => e.startsWith(`<{${ns}}xf `) || e.startsWith(`<{${ns}}numFmt `) || e.startsWith(`<{${ns}}numFmts `));
  let i = 0;
  for (let j = 0; j < a.length; ) {
    if (i < b.length && a[j] === b[i]) {
      i++;
      j++;
      continue;
    }
    if (!addedStart(a[j])) return `its styles changed at "${a[j].slice(0, 80)}"`;
    // Skip the added element's whole subtree.
    let depth = 0;
    do {
      if (a[j].startsWith("</")) depth--;
      else if (a[j].startsWith("<")) depth++;
      j++;
    } while (depth > 0 && j < a.length);
  }
  if (i !== b.length) return "its styles lost an element";
  const p = parse(after);
  const counted = p.cellXfs ? attr(p.cellXfs, "count") : undefined;
  if (counted !== undefined && Number(counted) !== p.xfs.length) return "its cell style count does not match its styles";
  return undefined;
}
