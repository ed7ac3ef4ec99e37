// Applies cell edits (and table range changes) to an .xlsx's bytes, touching only the worksheet and
// table parts concerned, the workbook's recalculation flag and, for a date, a date style added to the
// styles part. Used by `nddr file` / `--log` (append to
// NDDR_Log) and `nddr next`. Each edited part is parsed again and compared with the original before the
// bytes are handed back: every row, cell and element not written must still be there, unchanged, and
// every other part of the package byte for byte the same.
import JSZip from "jszip";
import { PackageError, openPackage, readPart, requestFullCalc, setTableRef, verifyFullCalc, verifyTableEdit, type WorkbookKind, type WorkbookPackage } from "./workbook-package";
import { SheetError, setCells, verifySheetEdit, type CellPatch } from "./sheet-xml";
import { dateStyles, verifyStylesEdit } from "./styles-xml";
import { isoDateToExcelSerial, type IsoDate } from "../../domain/dates";
import { XmlError } from "./xml-text";
import { entryData, zipDirectory, type ZipEntry } from "../xlsx-read/zip-directory";
import type { Outcome } from "../../common/outcome";

export interface CellEdit {
  readonly sheet: string;
  readonly address: string;
  /** `{ date }`: written as Excel writes a date (styles-xml.ts). */
  readonly value: string | number | null | { readonly date: IsoDate };
}

export interface TableResize {
  readonly table: string;
  readonly ref: string;
}

export type Patched = Outcome<{ readonly bytes: Uint8Array; readonly skippedFormulas: readonly string[]; readonly kind: WorkbookKind | undefined }>;

/** A check run on the package before anything is edited; a string refuses the patch. */
export type PatchCheck = (pkg: WorkbookPackage, sheetXml: (sheet: string) => Promise<string | undefined>) => Promise<string | undefined>;

export async function patchWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  edits: readonly CellEdit[],
  resizes: readonly TableResize[] = [],
  check?: PatchCheck,
): Promise<Patched> {
  let pkg: WorkbookPackage;
  try {
    pkg = await openPackage(bytes);
  } catch (e) {
    if (e instanceof XmlError || e instanceof PackageError) return { ok: false, reason: `nddr cannot edit it safely: ${e.message}` };
    return { ok: false, reason: `it is not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})` };
  }
  try {
    return await applyEdits(pkg, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), edits, resizes, check);
  } catch (e) {
    if (e instanceof SheetError || e instanceof XmlError || e instanceof PackageError) {
      return { ok: false, reason: `nddr cannot edit it safely: ${e.message}` };
    }
    throw e;
  }
}

async function applyEdits(pkg: WorkbookPackage, original: Uint8Array, edits: readonly CellEdit[], resizes: readonly TableResize[], check?: PatchCheck): Promise<Patched> {
  const { zip } = pkg;
  const sheetXml = async (sheet: string) => {
    const path = pkg.sheets.get(sheet);
    return path ? (await readPart(zip, path))?.text : undefined;
  };
  const problem = await check?.(pkg, sheetXml);
  if (problem) return { ok: false, reason: problem };

  /** Each edited part's new bytes, to compare with what the written zip holds. */
  const changed = new Map<string, Uint8Array>();
  const skipped: string[] = [];
  const bySheet = new Map<string, CellPatch[]>();
  // The 1904 date system counts 1,462 days fewer.
  const serial = (date: IsoDate) => isoDateToExcelSerial(date) - (pkg.date1904 ? 1462 : 0);
  for (const e of edits) {
    const value = typeof e.value === "object" && e.value !== null ? { date: e.value.date, serial: serial(e.value.date) } : e.value;
    bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), { address: e.address, value }]);
  }
  const stylesPart = pkg.stylesPath ? await readPart(zip, pkg.stylesPath) : undefined;
  const styles = dateStyles(stylesPart?.text);
  for (const [sheet, sheetEdits] of bySheet) {
    const path = pkg.sheets.get(sheet);
    const part = path ? await readPart(zip, path) : undefined;
    if (!path || !part) return { ok: false, reason: `the workbook has no sheet named ${sheet}` };
    let result;
    try {
      result = setCells(part.text, sheetEdits, styles.styleFor);
    } catch (e) {
      if (e instanceof SheetError || e instanceof XmlError) throw new SheetError(`sheet ${sheet} (${path}): ${e.message}`);
      throw e;
    }
    const wrong = verifySheetEdit(part.text, result.xml, sheetEdits, result.skippedFormulas);
    if (wrong) return { ok: false, reason: `nddr stopped before changing sheet ${sheet}: ${wrong}` };
    skipped.push(...result.skippedFormulas.map((a) => `${sheet}!${a}`));
    changed.set(path, part.encode(result.xml));
  }
  const stylesXml = styles.edited();
  if (stylesXml !== undefined && stylesPart && pkg.stylesPath) {
    const wrong = verifyStylesEdit(stylesPart.text, stylesXml);
    if (wrong) return { ok: false, reason: `nddr stopped before changing the styles: ${wrong}` };
    changed.set(pkg.stylesPath, stylesPart.encode(stylesXml));
  }
  for (const r of resizes) {
    const table = pkg.tables.find((t) => t.name.toLowerCase() === r.table.toLowerCase());
    const part = table ? await readPart(zip, table.path) : undefined;
    if (!table || !part) return { ok: false, reason: `the workbook has no table named ${r.table}` };
    const xml = setTableRef(part.text, r.ref);
    const wrong = verifyTableEdit(part.text, xml, r.ref);
    if (wrong) return { ok: false, reason: `nddr stopped before changing table ${r.table}: ${wrong}` };
    changed.set(table.path, part.encode(xml));
  }
  const workbook = (await readPart(zip, pkg.workbookPath))!;
  const recalculating = requestFullCalc(workbook.text);
  const wrong = verifyFullCalc(workbook.text, recalculating);
  if (wrong) return { ok: false, reason: `nddr stopped before changing the workbook part: ${wrong}` };
  changed.set(pkg.workbookPath, workbook.encode(recalculating));

  const names = Object.keys(zip.files);
  // No folder entries: Excel writes none, and the check below would rightly see two new parts.
  for (const [path, content] of changed) zip.file(path, content, { createFolders: false });
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const lost = await packageDifference(zip, original, names, changed, out);
  if (lost) return { ok: false, reason: `nddr stopped before changing the file: ${lost}` };
  return { ok: true, bytes: out, skippedFormulas: skipped, kind: pkg.kind };
}

/**
 * Why the written package is not the original with exactly the changed parts, read back from its bytes.
 * `original` still holds every unchanged part as loaded; one part at a time keeps memory bounded.
 */
async function packageDifference(
  original: JSZip, originalBytes: Uint8Array, names: readonly string[], changed: ReadonlyMap<string, Uint8Array>, out: Uint8Array,
): Promise<string | undefined> {
  const written = await JSZip.loadAsync(out);
  const writtenNames = Object.keys(written.files);
  if (writtenNames.length !== names.length || writtenNames.some((n, i) => n !== names[i])) return "the package's list of parts changed";
  // jszip copies an unchanged part's compressed data as it was: where the stored bytes are the same, so
  // is the part, without inflating it twice (a 100,000-row sheet took most of the time).
  const before = zipDirectory(originalBytes, names.length + 1);
  const after = zipDirectory(out, names.length + 1);
  for (const name of names) {
    if (!changed.has(name) && sameStoredData(originalBytes, before.get(name), out, after.get(name))) continue;
    const expected = changed.get(name) ?? (await original.files[name].async("uint8array"));
    if (!sameBytes(await written.files[name].async("uint8array"), expected)) return `part ${name} does not read back as it should`;
  }
  return undefined;
}

function sameStoredData(a: Uint8Array, entryA: ZipEntry | undefined, b: Uint8Array, entryB: ZipEntry | undefined): boolean {
  if (!entryA || !entryB || entryA.method !== entryB.method || entryA.size !== entryB.size) return false;
  return sameBytes(entryData(a, entryA), entryData(b, entryB));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
