// The file side of a generation: an .xlsx's bytes to its contract tables (the command line's and the
// preview's reader), and a prepared return to its three export files (return.xlsx is written with
// exceljs). What lies between is src/pipeline/prepare-return.ts, which the Office.js path shares.
import { readXlsxTables, type ReadOptions } from "../adapters/xlsx-read/read-xlsx-tables";
import { returnWorkbookBytes } from "../adapters/exceljs/write-layout";
import type { TableGrid } from "../contract/grid";
import { isContractOrNearName } from "../contract/table-names";
import type { Ledger } from "../domain/ledger";
import type { IsoDate } from "../domain/dates";
import type { Generation } from "../domain/generate-return";
import { labelsFor, type Language } from "../labels";
import { prepareReturn, type PreparedReturn } from "../pipeline/prepare-return";
import { provenanceLine } from "../render/provenance";
import type { Outcome } from "../common/outcome";

export interface ExportFiles {
  readonly json: string;
  /** Present only when the return has no error. */
  readonly text?: string;
  readonly xlsx?: Uint8Array;
}

export type WorkbookGeneration = Outcome<{
  readonly prepared: PreparedReturn;
  readonly generation: Generation;
  readonly files: ExportFiles;
  /** The contract tables as read, for the log (fingerprint, NDDR_Log position). */
  readonly tables: readonly TableGrid[];
  readonly ledger: Ledger;
}>;

export interface ExportOptions {
  /** Language of return.txt and return.xlsx; return.json is the same in every language. Default "en". */
  readonly lang?: Language;
}

/**
 * The contract's tables of an .xlsx as grids (and the near-named ones the parser reports), or why they
 * cannot be read (never an exception for a bad file). Only the parts holding them are parsed.
 */
export async function readContractTables(bytes: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<Outcome<{ tables: TableGrid[]; date1904: boolean }>> {
  return readXlsxTables(bytes, isContractOrNearName, options);
}

export async function generateFromXlsx(bytes: Uint8Array | ArrayBuffer, today: IsoDate, options: ExportOptions & ReadOptions = {}): Promise<WorkbookGeneration> {
  const read = await readContractTables(bytes, { ...(options.inflater ? { inflater: options.inflater } : {}) });
  if (!read.ok) return { ok: false, reason: read.reason };
  const prepared = await prepareReturn(read.tables, { today, language: options.lang ?? "en" });
  return { ok: true, prepared, generation: prepared.generation, files: await returnFiles(prepared), tables: prepared.tables, ledger: prepared.ledger };
}

/** The three files of a prepared return: its json and text as prepared, and return.xlsx from its layout. */
export async function returnFiles(prepared: PreparedReturn): Promise<ExportFiles> {
  const nddr = prepared.generation.nddr;
  if (!prepared.text || !prepared.layout || !nddr) return { json: prepared.json };
  const labels = labelsFor(prepared.provenance.language);
  const xlsx = await returnWorkbookBytes(prepared.layout, {
    title: `${labels.title} (FF305)`,
    subject: nddr.issuer,
    keywords: `FF305 NDDR ${nddr.closingDate} ${prepared.fingerprint}`.trim(),
    description: provenanceLine(prepared.provenance),
    // The file's own timestamps come from Date submitted, so the same workbook gives the same file.
    created: new Date(`${nddr.dateSubmitted}T00:00:00Z`),
  });
  return { json: prepared.json, text: prepared.text, xlsx };
}
