// Minimal hand-written packages for reader tests that need XML no writer of ours produces (inline and
// rich strings, phonetic runs, prefixed or Strict namespaces, ISO "d" cells, damaged parts).
import { writeZip, type ZipPart } from "./zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandPackage {
  /** The sheetData's inner XML (rows), and what follows sheetData (mergeCells …). */
  readonly rows: string;
  readonly afterData?: string;
  /** The table part; default a table "NDDR_Movements" at A1:B3 written Excel's way. */
  readonly table?: string;
  readonly sharedStrings?: string;
  readonly workbookPr?: string;
  /** Replace or add parts by name (a damaged part, a stored one …). */
  readonly parts?: readonly ZipPart[];
}

export const tableXml = (ref: string, columns: readonly string[], attrs = "", name = "NDDR_Movements") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="${MAIN}" id="1" name="${name}" displayName="${name}" ref="${ref}"${attrs}><autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}"/>`).join("")}</tableColumns></table>`;

export function handPackage(p: HandPackage): Uint8Array {
  const base: ZipPart[] = [
    { name: "[Content_Types].xml", content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: "_rels/.rels", content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${p.workbookPr ?? ""}<sheets><sheet name="Movements" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>` },
    { name: "xl/worksheets/sheet1.xml", content: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${p.rows}</sheetData>${p.afterData ?? ""}<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>` },
    { name: "xl/worksheets/_rels/sheet1.xml.rels", content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>` },
    { name: "xl/tables/table1.xml", content: p.table ?? tableXml("A1:B3", ["Class key", "Shares"]) },
    { name: "xl/sharedStrings.xml", content: p.sharedStrings ?? `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="0" uniqueCount="0"></sst>` },
  ];
  const replaced = new Set((p.parts ?? []).map((x) => x.name));
  return writeZip([...base.filter((b) => !replaced.has(b.name)), ...(p.parts ?? [])]);
}
