// The file side of a Monthly Return, as return-files.ts is an NDDR's: an .xlsx's bytes (or the tables
// read from it) through the pipeline every host shares (src/pipeline/prepare-monthly.ts), and a
// prepared Monthly Return to its three files — monthly-return.xlsx written with exceljs.
import { returnWorkbookBytes } from "../adapters/exceljs/write-layout";
import type { TableGrid } from "../contract/grid";
import type { IsoDate } from "../domain/dates";
import type { MonthlyGeneration } from "../domain/monthly-return/generate";
import { monthlyLabelsFor, type Language } from "../labels";
import { prepareMonthlyReturn, type PreparedMonthlyReturn } from "../pipeline/prepare-monthly";
import { provenanceLine } from "../render/provenance";
import type { ReadOptions } from "../adapters/xlsx-read/read-xlsx-tables";
import { readContractTables, type ExportFiles } from "./return-files";
import type { Outcome } from "../common/outcome";

export interface MonthlyRequest {
  /** "YYYY-MM". */
  readonly month: string;
  readonly today: IsoDate;
  readonly dateSubmitted?: IsoDate;
  /** Language of monthly-return.txt and .xlsx; the json is the same in every language. Default "en". */
  readonly lang?: Language;
}

export type MonthlyWorkbookGeneration = Outcome<{ readonly prepared: PreparedMonthlyReturn; readonly files: ExportFiles }>;

/** The Monthly Return of the tables as read, with its files. */
export async function generateMonthlyFromTables(tables: readonly TableGrid[], request: MonthlyRequest): Promise<{ generation: MonthlyGeneration; prepared: PreparedMonthlyReturn; files: ExportFiles }> {
  const prepared = await prepareMonthlyReturn(tables, { month: request.month, today: request.today, dateSubmitted: request.dateSubmitted, language: request.lang ?? "en" });
  return { generation: prepared.generation, prepared, files: await monthlyReturnFiles(prepared) };
}

/** The Monthly Return of an .xlsx workbook, or why it cannot be read. */
export async function generateMonthlyFromXlsx(bytes: Uint8Array | ArrayBuffer, request: MonthlyRequest, options: ReadOptions = {}): Promise<MonthlyWorkbookGeneration> {
  const read = await readContractTables(bytes, options);
  if (!read.ok) return { ok: false, reason: read.reason };
  const { prepared, files } = await generateMonthlyFromTables(read.tables, request);
  return { ok: true, prepared, files };
}

/** monthly-return.json always; the text and the workbook only when the return has no error. */
export async function monthlyReturnFiles(prepared: PreparedMonthlyReturn): Promise<ExportFiles> {
  const mr = prepared.generation.monthly;
  if (!prepared.text || !prepared.layout || !mr) return { json: prepared.json };
  const labels = monthlyLabelsFor(prepared.provenance.language);
  const footer = provenanceLine(prepared.provenance, "FF301");
  const xlsx = await returnWorkbookBytes(prepared.layout, {
    title: `${labels.title} (FF301)`,
    subject: mr.issuer,
    keywords: `FF301 Monthly Return ${mr.monthEnded} ${prepared.fingerprint}`.trim(),
    description: footer,
    // Stamped with Date submitted, so the same workbook gives the same file.
    created: new Date(`${mr.dateSubmitted}T00:00:00Z`),
  });
  return { json: prepared.json, text: prepared.text, xlsx };
}
