// One generation from an .xlsx's bytes to the three export files, used by the command line. The
// Office.js path shares everything from parseLedger on.
import { loadWorkbook } from "./adapters/exceljs/load-workbook";
import { readTables } from "./adapters/exceljs/read-tables";
import { returnWorkbookBytes } from "./adapters/exceljs/write-layout";
import type { TableGrid } from "./contract/grid";
import { parseLedger } from "./contract/parse-ledger";
import type { Ledger } from "./domain/ledger";
import type { IsoDate } from "./domain/dates";
import { generateReturn, type Generation } from "./domain/generate-return";
import { layoutReturn } from "./layout/return-layout";
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

export async function generateFromXlsx(bytes: Uint8Array | ArrayBuffer, today: IsoDate): Promise<WorkbookGeneration> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return { readable: false, reason: loaded.reason };
  let tables;
  try {
    tables = readTables(loaded.workbook);
  } catch (e) {
    // exceljs accepts some damaged table definitions (a range beyond column XFD) and fails on reading them.
    return { readable: false, reason: `a table in it is damaged (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = parseLedger(tables);
  const generation = generateReturn(parsed.ledger, { today }, parsed.findings);
  return { readable: true, generation, files: await exportFiles(generation), tables, ledger: parsed.ledger };
}

export async function exportFiles(generation: Generation): Promise<ExportFiles> {
  const json = returnJsonText(generation);
  const nddr = generation.nddr;
  if (!generation.ok || !nddr) return { json };
  // The file's own timestamps come from Date submitted, so the same workbook gives the same file.
  const created = new Date(`${nddr.dateSubmitted}T00:00:00Z`);
  return { json, text: renderReturnText(nddr), xlsx: await returnWorkbookBytes(layoutReturn(nddr), created) };
}
