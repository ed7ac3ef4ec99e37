// The parts of an .xlsx package the patcher needs, found the way the package says (relationships and
// content types, any prefix or quoting): the workbook part and its kind, each worksheet's part by sheet
// name, and each table's name, range and part. Worksheets themselves are not read here, so a huge
// unrelated sheet costs nothing.
import JSZip from "jszip";
import {
  CONTENT_TYPES_NS, MAIN_NS, PACKAGE_REL_NS, REL_NS, attr, childName, decodePart, inNamespace, splice, walkXml,
  withAttribute, xmlEvents, type PartText, type XmlElement,
} from "./xml-text";

/** What the package's content type makes it; the file's extension must match for Excel to open it. */
export type WorkbookKind = "xlsx" | "xlsm" | "xltx" | "xltm";

const KINDS: Record<string, WorkbookKind> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
};

export interface TablePart {
  readonly name: string;
  /** "A1:F2". */
  readonly ref: string;
  readonly path: string;
  readonly sheetPath: string;
  readonly hasTotalsRow: boolean;
}

export interface WorkbookPackage {
  readonly zip: JSZip;
  /** "xl/workbook.xml", as the package's relationships name it. */
  readonly workbookPath: string;
  readonly kind: WorkbookKind | undefined;
  /** Worksheet XML path ("xl/worksheets/sheet3.xml") by sheet name. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: readonly TablePart[];
  /** The styles part ("xl/styles.xml"), if the workbook has one. */
  readonly stylesPath: string | undefined;
  /** Whether dates count from 1904 (workbookPr date1904), as Mac Excel once did. */
  readonly date1904: boolean;
}

/** A part nddr cannot read or edit safely, in words. */
export class PackageError extends Error {}

/** The part's text, or undefined when the package has no such part. */
export async function readPart(zip: JSZip, path: string): Promise<PartText | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  const decoded = decodePart(await file.async("uint8array"));
  if (typeof decoded === "string") throw new PackageError(`its part ${path}: ${decoded}`);
  return decoded;
}

/** Resolves a relationship target against the folder of the part that holds it ("" for the package). */
function resolveTarget(fromPart: string, target: string): string {
  let path = target.split("#")[0];
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: the target as written.
  }
  if (path.startsWith("/")) return path.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of path.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

const relsPathOf = (part: string) => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly path: string;
}

async function relationships(zip: JSZip, fromPart: string): Promise<Relationship[]> {
  const part = await readPart(zip, relsPathOf(fromPart));
  const out: Relationship[] = [];
  if (!part) return out;
  walkXml(part.text, {
    open: (el) => {
      if (!inNamespace(el, [PACKAGE_REL_NS], "Relationship") || attr(el, "TargetMode") === "External") return;
      const [id, type, target] = [attr(el, "Id"), attr(el, "Type") ?? "", attr(el, "Target")];
      if (id && target) out.push({ id, type, path: resolveTarget(fromPart, target) });
    },
  }, relsPathOf(fromPart));
  return out;
}

const isType = (r: Relationship, name: string) => r.type.endsWith(`/${name}`);

export async function openPackage(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookPath = (await relationships(zip, "")).find((r) => isType(r, "officeDocument"))?.path ?? "xl/workbook.xml";
  const workbook = await readPart(zip, workbookPath);
  if (!workbook) throw new PackageError("it has no workbook part");
  const rels = await relationships(zip, workbookPath);
  const sheets = new Map<string, string>();
  let date1904 = false;
  walkXml(workbook.text, {
    open: (el) => {
      if (inNamespace(el, MAIN_NS, "workbookPr")) date1904 = ["1", "true"].includes((attr(el, "date1904") ?? "").trim().toLowerCase());
      if (!inNamespace(el, MAIN_NS, "sheet") || !inNamespace(el.parent, MAIN_NS, "sheets")) return;
      const name = attr(el, "name");
      const id = attr(el, "id", REL_NS);
      const path = rels.find((r) => r.id === id && isType(r, "worksheet"))?.path;
      if (name !== undefined && path) sheets.set(name, path);
    },
  }, workbookPath);
  const tables: TablePart[] = [];
  for (const sheetPath of sheets.values()) {
    for (const rel of (await relationships(zip, sheetPath)).filter((r) => isType(r, "table"))) {
      const part = await readPart(zip, rel.path);
      const root = part ? rootOf(part.text, rel.path) : undefined;
      if (!root || !inNamespace(root, MAIN_NS, "table")) continue;
      const name = attr(root, "displayName") ?? attr(root, "name");
      const ref = attr(root, "ref");
      if (name && ref) tables.push({ name, ref, path: rel.path, sheetPath, hasTotalsRow: Number(attr(root, "totalsRowCount") ?? "0") > 0 });
    }
  }
  const stylesPath = rels.find((r) => isType(r, "styles"))?.path;
  return { zip, workbookPath, kind: await kindOf(zip, workbookPath), sheets, tables, stylesPath: stylesPath && zip.file(stylesPath) ? stylesPath : undefined, date1904 };
}

async function kindOf(zip: JSZip, workbookPath: string): Promise<WorkbookKind | undefined> {
  const types = await readPart(zip, "[Content_Types].xml");
  let kind: WorkbookKind | undefined;
  walkXml(types?.text ?? "<Types/>", {
    open: (el) => {
      if (inNamespace(el, [CONTENT_TYPES_NS], "Override") && attr(el, "PartName")?.replace(/^\//, "").toLowerCase() === workbookPath.toLowerCase()) {
        kind = KINDS[(attr(el, "ContentType") ?? "").trim()];
      }
    },
  }, "[Content_Types].xml");
  return kind;
}

function rootOf(text: string, part: string): XmlElement | undefined {
  let root: XmlElement | undefined;
  walkXml(text, { open: (el) => void (root ??= el) }, part);
  return root;
}

/** The table's definition and its autoFilter, given a new range. */
export function setTableRef(tableXml: string, ref: string): string {
  return splice(tableXml, tableRefElements(tableXml).map((el) => ({ start: el.start, end: el.openEnd, text: withAttribute(tableXml.slice(el.start, el.openEnd), "ref", ref) })));
}

function tableRefElements(tableXml: string): XmlElement[] {
  const out: XmlElement[] = [];
  walkXml(tableXml, {
    open: (el) => {
      const isTable = !el.parent && inNamespace(el, MAIN_NS, "table");
      if (isTable || (el.parent && !el.parent.parent && inNamespace(el, MAIN_NS, "autoFilter") && attr(el, "ref") !== undefined)) out.push(el);
    },
  });
  return out;
}

/** Why the edited table part is not the original with only its range (and its autoFilter's) set to `ref`. */
export function verifyTableEdit(before: string, after: string, ref: string): string | undefined {
  const ignore = (el: XmlElement, key: string) => key === "ref" && (inNamespace(el, MAIN_NS, "table") || inNamespace(el, MAIN_NS, "autoFilter"));
  if (!sameEvents(xmlEvents(before, undefined, ignore), xmlEvents(after, undefined, ignore))) return "its table definition changed beyond its range";
  const refs = tableRefElements(after).map((el) => attr(el, "ref"));
  return refs.length > 0 && refs.every((r) => r === ref) ? undefined : "its table range does not read back as written";
}

const sameEvents = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((e, i) => e === b[i]);

/** Elements of CT_Workbook that come before calcPr, in the schema's order. */
const BEFORE_CALC = ["sheets", "functionGroups", "externalReferences", "definedNames"];

/**
 * The workbook asking Excel to recalculate every formula when it is opened (calcPr fullCalcOnLoad), so
 * that formulas depending on cells we wrote do not show the values cached before.
 */
export function requestFullCalc(workbookXml: string): string {
  let root: XmlElement | undefined;
  let calcPr: XmlElement | undefined;
  let after: XmlElement | undefined;
  walkXml(workbookXml, {
    close: (el) => {
      if (!el.parent) root = el;
      else if (el.parent.parent) return;
      else if (inNamespace(el, MAIN_NS, "calcPr")) calcPr = el;
      else if (BEFORE_CALC.some((n) => inNamespace(el, MAIN_NS, n))) after = el;
    },
  });
  if (calcPr) return splice(workbookXml, [{ start: calcPr.start, end: calcPr.openEnd, text: withAttribute(workbookXml.slice(calcPr.start, calcPr.openEnd), "fullCalcOnLoad", "1") }]);
  if (!root || !after) throw new PackageError("its workbook part has no list of sheets");
  return splice(workbookXml, [{ start: after.end, end: after.end, text: `<${childName(root, "calcPr")} fullCalcOnLoad="1"/>` }]);
}

/** Why the edited workbook part is not the original with only calcPr's fullCalcOnLoad set. */
export function verifyFullCalc(before: string, after: string): string | undefined {
  const isCalc = (el: XmlElement) => inNamespace(el, MAIN_NS, "calcPr") && !!el.parent && !el.parent.parent;
  let hadCalc = false;
  walkXml(before, { open: (el) => void (hadCalc ||= isCalc(el)) });
  const ignore = (el: XmlElement, key: string) => isCalc(el) && key === "fullCalcOnLoad";
  const skip = (el: XmlElement) => !hadCalc && isCalc(el);
  if (!sameEvents(xmlEvents(before, skip, ignore), xmlEvents(after, skip, ignore))) return "its workbook part changed beyond the recalculation flag";
  let flag: string | undefined;
  walkXml(after, { open: (el) => void (isCalc(el) && (flag = attr(el, "fullCalcOnLoad"))) });
  return flag === "1" ? undefined : "its recalculation flag does not read back as written";
}
