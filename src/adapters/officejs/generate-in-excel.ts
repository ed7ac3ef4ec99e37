// One generation inside Excel, for the ribbon commands and the task pane alike: read the contract tables
// (read-workbook.ts, in chunks within the sync budget), prepare the return (the pipeline every host
// shares), then write its sheet or its findings (write-return.ts). Generating never writes NDDR_Log:
// that is Mark as filed (mark-filed.ts), once the user has submitted the return.
import type { TableGrid } from "../../contract/grid";
import type { IsoDate } from "../../domain/dates";
import type { Generation } from "../../domain/generate-return";
import type { Language } from "../../labels";
import { hongKongToday } from "../../common/hk-clock";
import { filedBefore } from "../../pipeline/filing";
import { prepareMonthlyReturn, type PreparedMonthlyReturn } from "../../pipeline/prepare-monthly";
import { prepareReturn, type PreparedReturn } from "../../pipeline/prepare-return";
import { readTables, readWorkbookInventory } from "./read-workbook";
import { writeReturn, type ReturnToWrite, type WriteOptions, type WrittenReturn } from "./write-return";

export interface ExcelGeneration extends WrittenReturn {
  /** The prepared return: generation, fingerprint, return.json and return.txt, as every host has them. */
  readonly prepared: PreparedReturn;
  readonly generation: Generation;
  readonly fingerprint: string;
}

export interface ExcelMonthlyGeneration extends WrittenReturn {
  readonly prepared: PreparedMonthlyReturn;
}

export interface GenerateInExcelOptions extends WriteOptions {
  readonly now: Date;
  /** Language of the return sheet; default English. */
  readonly language?: Language;
  /** How return.json's generator names the host ("Excel on the web"). */
  readonly host?: string;
}

export async function generateInExcel(context: Excel.RequestContext, options: GenerateInExcelOptions): Promise<ExcelGeneration> {
  const { prepared, written } = await prepareAndWrite(context, options,
    (tables, today) => prepareReturn(tables, { today, language: options.language ?? "en", host: options.host }),
    (p) => ({ layout: p.layout, findings: p.generation.findings, filedBefore: filedBefore({ kind: "nddr", prepared: p }) }));
  return { prepared, generation: prepared.generation, fingerprint: prepared.fingerprint, ...written };
}

/** The Monthly Return for `month` ("YYYY-MM") on its own sheet, "Monthly Return YYYY-MM". */
export async function generateMonthlyInExcel(context: Excel.RequestContext, options: GenerateInExcelOptions & { readonly month: string }): Promise<ExcelMonthlyGeneration> {
  const { prepared, written } = await prepareAndWrite(context, options,
    (tables, today) => prepareMonthlyReturn(tables, { month: options.month, today, language: options.language ?? "en", host: options.host }),
    // A Monthly Return is due every month: no "can't tell whether a return is due" under its errors.
    (p) => ({ layout: p.layout, findings: p.generation.findings, errorsLine: null, filedBefore: filedBefore({ kind: "monthly", prepared: p }) }));
  return { prepared, ...written };
}

async function prepareAndWrite<P>(
  context: Excel.RequestContext, options: GenerateInExcelOptions,
  prepare: (tables: readonly TableGrid[], today: IsoDate) => Promise<P>, toWrite: (prepared: P) => ReturnToWrite,
): Promise<{ prepared: P; written: WrittenReturn }> {
  const inventory = await readWorkbookInventory(context, { dates: true });
  const tables = await readTables(context, inventory, options);
  options.onProgress?.({ phase: "check", done: 0, total: 1 });
  await options.yieldToUi?.();
  const prepared = await prepare(tables, hongKongToday(options.now));
  return { prepared, written: await writeReturn(context, inventory, toWrite(prepared), options) };
}
