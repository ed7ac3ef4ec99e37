// Applies cell edits (and table range changes) to an .xlsx's bytes, touching only the worksheet and
// table parts concerned. Used by `nddr generate --log` (append to NDDR_Log) and `nddr next`.
import { openPackage, setTableRef, type WorkbookPackage } from "./workbook-package";
import { setCells, type PatchValue } from "./sheet-xml";

export interface CellEdit {
  readonly sheet: string;
  readonly address: string;
  readonly value: PatchValue;
}

export interface TableResize {
  readonly table: string;
  readonly ref: string;
}

export type Patched =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly skippedFormulas: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export async function patchWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  edits: readonly CellEdit[],
  resizes: readonly TableResize[] = [],
  check?: (pkg: WorkbookPackage, sheetXml: (sheet: string) => Promise<string | undefined>) => Promise<string | undefined>,
): Promise<Patched> {
  let pkg: WorkbookPackage;
  try {
    pkg = await openPackage(bytes);
  } catch (e) {
    return { ok: false, reason: `it is not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})` };
  }
  const sheetXml = async (sheet: string) => {
    const path = pkg.sheets.get(sheet);
    return path ? pkg.zip.file(path)?.async("string") : undefined;
  };
  const problem = await check?.(pkg, sheetXml);
  if (problem) return { ok: false, reason: problem };

  const skipped: string[] = [];
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  for (const [sheet, sheetEdits] of bySheet) {
    const path = pkg.sheets.get(sheet);
    const xml = path ? await pkg.zip.file(path)?.async("string") : undefined;
    if (!path || xml === undefined) return { ok: false, reason: `the workbook has no sheet named ${sheet}` };
    const result = setCells(xml, sheetEdits);
    skipped.push(...result.skippedFormulas.map((a) => `${sheet}!${a}`));
    pkg.zip.file(path, result.xml);
  }
  for (const r of resizes) {
    const table = pkg.tables.find((t) => t.name.toLowerCase() === r.table.toLowerCase());
    const xml = table ? await pkg.zip.file(table.path)?.async("string") : undefined;
    if (!table || xml === undefined) return { ok: false, reason: `the workbook has no table named ${r.table}` };
    pkg.zip.file(table.path, setTableRef(xml, r.ref));
  }
  const out = await pkg.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { ok: true, bytes: out, skippedFormulas: skipped };
}
