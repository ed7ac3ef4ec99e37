// One Monthly Return from the contract tables to its three export files (monthly-return.json, .txt,
// .xlsx), for the hosts to call once the shared pipeline reads the workbook: parse, generate, export.
import { returnWorkbookBytes } from "./adapters/exceljs/write-layout";
import { inputFingerprint } from "./contract/fingerprint";
import type { TableGrid } from "./contract/grid";
import { parseMonthlyLedger } from "./contract/parse-monthly";
import type { IsoDate } from "./domain/dates";
import { generateMonthlyReturn, type MonthlyGeneration } from "./domain/monthly-return/generate";
import { monthlyLabelsFor, type Language } from "./labels";
import { layoutMonthlyReturn } from "./layout/monthly-layout";
import { monthlyReturnJsonText } from "./render/monthly-json";
import { renderMonthlyReturnText } from "./render/monthly-text";
import { provenance, provenanceLine, type Provenance } from "./render/provenance";
import type { ExportFiles } from "./generate";

export interface MonthlyRequest {
  /** "YYYY-MM". */
  readonly month: string;
  readonly today: IsoDate;
  readonly dateSubmitted?: IsoDate;
  /** Language of monthly-return.txt and .xlsx; the json is the same in every language. Default "en". */
  readonly lang?: Language;
}

/** The Monthly Return of the tables as read, with its files. */
export async function generateMonthlyFromTables(tables: readonly TableGrid[], request: MonthlyRequest): Promise<{ generation: MonthlyGeneration; files: ExportFiles }> {
  const parsed = parseMonthlyLedger(tables);
  const generation = generateMonthlyReturn(parsed.ledger, request, parsed.findings);
  const stamp = provenance(inputFingerprint(tables), request.lang ?? "en");
  return { generation, files: await monthlyExportFiles(generation, stamp) };
}

/** monthly-return.json always; the text and the workbook only when the return has no error. */
export async function monthlyExportFiles(generation: MonthlyGeneration, stamp: Provenance = provenance(null)): Promise<ExportFiles> {
  const json = monthlyReturnJsonText(generation, stamp);
  const mr = generation.monthly;
  if (!generation.ok || !mr) return { json };
  const labels = monthlyLabelsFor(stamp.language);
  const footer = provenanceLine(stamp, "FF301");
  const text = `${renderMonthlyReturnText(mr, labels)}\n${footer}\n`;
  const xlsx = await returnWorkbookBytes(layoutMonthlyReturn(mr, labels), {
    title: `${labels.title} (FF301)`,
    subject: mr.issuer,
    keywords: `FF301 Monthly Return ${mr.monthEnded} ${stamp.inputFingerprint ?? ""}`.trim(),
    description: footer,
    // Stamped with Date submitted, so the same workbook gives the same file.
    created: new Date(`${mr.dateSubmitted}T00:00:00Z`),
  });
  return { json, text, xlsx };
}
