// Workbooks as other programs write them, made from ours: what Excel leaves out (a table part without
// headerRowCount, since 1 is the default; totalsRowShown="0"; no folder entries), the 1904 date system
// Excel for Mac kept, and a LibreOffice round trip (soffice writes every part afresh).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { convert, hasLibreOffice } from "../../scripts/libreoffice";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";

/** The package rewritten part by part, without folder entries (Excel writes none). */
export async function rewriteParts(bytes: Uint8Array, edit: (path: string, xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    if (/\.(xml|rels)$/.test(path)) out.file(path, edit(path, await entry.async("string")));
    else out.file(path, await entry.async("uint8array"));
  }
  return new Uint8Array(await out.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** As Excel saves tables: default attributes left out. */
export function likeExcel(bytes: Uint8Array): Promise<Uint8Array> {
  return rewriteParts(bytes, (path, xml) => (/^xl\/tables\//.test(path)
    ? xml.replace(/\sheaderRowCount="1"/g, "").replace(/<table\b(?![^>]*totalsRowShown)/, '<table totalsRowShown="0"')
    : xml));
}

/** The input workbook saved in the 1904 date system, as Excel for Mac kept it (dates show the same days). */
export async function in1904(data: InputWorkbookData): Promise<Uint8Array> {
  const wb = buildInputWorkbook(data);
  wb.properties.date1904 = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The workbook opened and saved again by LibreOffice (needs soffice); undefined where it is missing. */
export function throughLibreOffice(bytes: Uint8Array): Uint8Array | undefined {
  if (!hasLibreOffice()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "nddr-lo-wb-"));
  try {
    const file = join(dir, "in.xlsx");
    writeFileSync(file, bytes);
    const out = convert(file, "xlsx", join(dir, "out"));
    return existsSync(out) ? new Uint8Array(readFileSync(out)) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
