// One generation from an .xlsx's bytes to the three export files, used by the command line. The
// Office.js path shares everything from parseLedger on.
import { readXlsxTables } from "./adapters/xlsx-read/read-xlsx-tables";
import { returnWorkbookBytes } from "./adapters/exceljs/write-layout";
import { inputFingerprint } from "./contract/fingerprint";
import type { TableGrid } from "./contract/grid";
import { parseLedger } from "./contract/parse-ledger";
import { isContractOrNearName } from "./contract/table-names";
import type { Ledger } from "./domain/ledger";
import type { IsoDate } from "./domain/dates";
import { generateReturn, type Generation } from "./domain/generate-return";
import { labelsFor, type Language } from "./labels";
import { layoutReturn } from "./layout/return-layout";
import { provenance, provenanceLine, type Provenance } from "./render/provenance";
import { returnJsonText } from "./render/return-json";
import { renderReturnText } from "./render/return-text";

export interface ExportFiles {
  readonly json: string;
  /** Present only when the return has no error. */
  readonly text?: string;
  readonly xlsx?: Uint8Array;
}

export type WorkbookGeneration =
  | { readonly readable: false; readonly reason: string }
  | {
      readonly readable: true;
      readonly generation: Generation;
      readonly files: ExportFiles;
      /** The contract tables as read, for the log (fingerprint, NDDR_Log position). */
      readonly tables: readonly TableGrid[];
      readonly ledger: Ledger;
    };

export interface ExportOptions {
  /** Language of return.txt and return.xlsx; return.json is the same in every language. Default "en". */
  readonly lang?: Language;
}

/**
 * The contract's tables of an .xlsx as grids (and the near-named ones the parser reports), or why they
 * cannot be read (never an exception for a bad file). Only the parts holding them are parsed.
 */
export async function readContractTables(bytes: Uint8Array | ArrayBuffer): Promise<{ ok: true; tables: TableGrid[]; date1904: boolean } | { ok: false; reason: string }> {
  return readXlsxTables(bytes, isContractOrNearName);
}

export async function generateFromXlsx(bytes: Uint8Array | ArrayBuffer, today: IsoDate, options: ExportOptions = {}): Promise<WorkbookGeneration> {
  const read = await readContractTables(bytes);
  if (!read.ok) return { readable: false, reason: read.reason };
  const tables = read.tables;
  const parsed = parseLedger(tables);
  const generation = generateReturn(parsed.ledger, { today }, parsed.findings);
  const stamp = provenance(inputFingerprint(tables), options.lang ?? "en");
  return { readable: true, generation, files: await exportFiles(generation, stamp), tables, ledger: parsed.ledger };
}

/** The three files of one generation. Same generation and provenance, same bytes. */
export async function exportFiles(generation: Generation, stamp: Provenance = provenance(null)): Promise<ExportFiles> {
  const json = returnJsonText(generation, stamp);
  const nddr = generation.nddr;
  if (!generation.ok || !nddr) return { json };
  const labels = labelsFor(stamp.language);
  const footer = provenanceLine(stamp);
  // After the form, apart from it: the golden comparison stops at the form's last line.
  const text = `${renderReturnText(nddr, labels)}\n${footer}\n`;
  const xlsx = await returnWorkbookBytes(layoutReturn(nddr, labels), {
    title: `${labels.title} (FF305)`,
    subject: nddr.issuer,
    keywords: `FF305 NDDR ${nddr.closingDate} ${stamp.inputFingerprint ?? ""}`.trim(),
    description: footer,
    // The file's own timestamps come from Date submitted, so the same workbook gives the same file.
    created: new Date(`${nddr.dateSubmitted}T00:00:00Z`),
  });
  return { json, text, xlsx };
}
