// The parts of an .xlsx package the patcher needs: each worksheet's XML path by sheet name, and each
// table's name, range and part. Read straight from the zip so that nothing else is parsed or rewritten.
import JSZip from "jszip";
import { unescapeXml } from "./sheet-xml";

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
  /** Worksheet XML path ("xl/worksheets/sheet3.xml") by sheet name. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: readonly TablePart[];
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

/** Resolves a relationship target against the folder of the part that holds it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relationships(xml: string | undefined, fromPart: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target && attr(m[0], "TargetMode") !== "External") out.set(id, resolveTarget(fromPart, target));
  }
  return out;
}

const relsPathOf = (part: string) => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
};

export async function openPackage(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => zip.file(path)?.async("string");
  const workbookXml = (await text("xl/workbook.xml")) ?? "";
  const workbookRels = relationships(await text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const sheets = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    const path = rid ? workbookRels.get(rid) : undefined;
    if (name && path) sheets.set(name, path);
  }
  const tables: TablePart[] = [];
  for (const sheetPath of sheets.values()) {
    const sheetXml = (await text(sheetPath)) ?? "";
    const rels = relationships(await text(relsPathOf(sheetPath)), sheetPath);
    for (const m of sheetXml.matchAll(/<tablePart\b[^>]*>/g)) {
      const path = rels.get(attr(m[0], "r:id") ?? "");
      const tableXml = path ? await text(path) : undefined;
      const tag = tableXml ? /<table\b[^>]*>/.exec(tableXml)?.[0] : undefined;
      if (!path || !tag) continue;
      const name = attr(tag, "displayName") ?? attr(tag, "name");
      const ref = attr(tag, "ref");
      if (name && ref) tables.push({ name, ref, path, sheetPath, hasTotalsRow: Number(attr(tag, "totalsRowCount") ?? "0") > 0 });
    }
  }
  return { zip, sheets, tables };
}

/** Gives the table (and its autoFilter) a new range. */
export function setTableRef(tableXml: string, ref: string): string {
  return tableXml
    .replace(/(<table\b[^>]*?\bref=")[^"]*(")/, `$1${ref}$2`)
    .replace(/(<autoFilter\b[^>]*?\bref=")[^"]*(")/, `$1${ref}$2`);
}
