// One generation inside Excel, for the ribbon command and the task pane alike: read the contract tables
// (read-workbook.ts, in chunks within the sync budget), prepare the return (the pipeline every host
// shares), then write. With a return: 1 sync builds it on a temporary sheet, so a failure leaves the
// previous return sheet as it was; the findings (if any) go to another temporary sheet in chunks; a last
// sync swaps both in, records the log and selects the return. With errors: the findings sheet in chunks,
// and the first bad cell selected.
import { LOG_TABLE } from "../contract/tables";
import type { Generation } from "../domain/generate-return";
import type { Language } from "../labels";
import { returnSheetName } from "../layout/return-layout";
import { hongKongInstant, hongKongToday } from "../common/hk-clock";
import { logRowsFor, prepareReturn, type PreparedReturn } from "../pipeline/prepare-return";
import type { CellValue } from "../contract/grid";
import { SYNC_BUDGET, type ProgressListener, type SyncBudget } from "./limits";
import { readTables, readWorkbookLayout, type WorkbookLayout } from "./read-workbook";
import { chooseSheetName, MARK_COMMENT, MARK_FORMULA, MARK_NAME, temporarySheetName, type SheetInfo } from "./sheet-marks";
import { FINDINGS_SHEET, firstErrorCell, queueFindingsHeader, queueFindingsRows } from "./write-findings";
import { queueLayout, type HostFeatures } from "./write-layout";
import { queueAppend, queueNewLog } from "./write-log";

export interface ExcelGeneration {
  /** The prepared return: generation, fingerprint, return.json and return.txt, as every host has them. */
  readonly prepared: PreparedReturn;
  readonly generation: Generation;
  readonly fingerprint: string;
  /** Name of the return sheet written, when the return had no error. */
  readonly returnSheet?: string;
  /** Name of the findings sheet written, when there were findings. */
  readonly findingsSheet?: string;
  /** Log rows appended (0 when the log already held these closing balances). */
  readonly logged: number;
  /** Where the user was taken: the first error's cell. */
  readonly selected?: { readonly sheet: string; readonly cell: string };
}

export interface GenerateInExcelOptions {
  readonly now: Date;
  readonly features: HostFeatures;
  /** Language of the return sheet; default English. */
  readonly language?: Language;
  /** How return.json's generator names the host ("Excel on the web"). */
  readonly host?: string;
  readonly budget?: SyncBudget;
  readonly onProgress?: ProgressListener;
  /** Awaited between syncs so the pane stays responsive. */
  readonly yieldToUi?: () => Promise<void>;
}

export async function generateInExcel(context: Excel.RequestContext, options: GenerateInExcelOptions): Promise<ExcelGeneration> {
  const layout = await readWorkbookLayout(context, { dates: true });
  const tables = await readTables(context, layout, options);
  options.onProgress?.({ phase: "check", done: 0, total: 1 });
  await options.yieldToUi?.();
  const prepared = prepareReturn(tables, { today: hongKongToday(options.now), language: options.language ?? "en", host: options.host });
  const written = await writeReturn(context, layout, prepared, options, (taken) => queueLog(context, layout, prepared, taken, hongKongInstant(options.now)));
  return { prepared, generation: prepared.generation, fingerprint: prepared.fingerprint, ...written };
}

interface Written {
  readonly returnSheet?: string;
  readonly findingsSheet?: string;
  readonly logged: number;
  readonly selected?: { readonly sheet: string; readonly cell: string };
}

/**
 * Writes the return sheet (or, with errors, the findings and the selection). `finish` queues what goes
 * into the last sync beside the swap (the log, for Generate) given the sheet names then in use, and
 * returns how many log rows it queued.
 */
export async function writeReturn(
  context: Excel.RequestContext, layout: WorkbookLayout, prepared: PreparedReturn, options: GenerateInExcelOptions,
  finish: (taken: readonly SheetInfo[]) => number,
): Promise<Written> {
  const worksheets = context.workbook.worksheets;
  const sheetNames = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  const findings = prepared.generation.findings;
  const made: string[] = [];
  const taken: SheetInfo[] = [...layout.sheets];
  const temporary = (): Excel.Worksheet => {
    const name = temporarySheetName(taken);
    taken.push({ name, ours: true });
    made.push(name);
    const ws = worksheets.add(name);
    markOurs(ws);
    return ws;
  };

  try {
    let building: Excel.Worksheet | undefined;
    if (prepared.generation.ok && prepared.layout) {
      building = temporary();
      if (options.features.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      queueLayout(building, prepared.layout, options.features);
      await context.sync();
      await options.yieldToUi?.();
    }

    // The findings, chunk by chunk; the last chunk stays queued for the final sync.
    let findingsSheet: { ws: Excel.Worksheet; name: string } | undefined;
    if (findings.length > 0 || !building) {
      const ws = temporary();
      queueFindingsHeader(ws, findings);
      const budget = (options.budget ?? SYNC_BUDGET).bytes;
      for (let next = 0; next < findings.length;) {
        next = queueFindingsRows(ws, findings, next, sheetNames, budget);
        options.onProgress?.({ phase: "write", done: next, total: findings.length });
        if (next < findings.length) {
          await context.sync();
          await options.yieldToUi?.();
        }
      }
      findingsSheet = { ws, name: made[made.length - 1]! };
    } else {
      const old = chooseSheetName(FINDINGS_SHEET, layout.sheets).replaces;
      if (old) worksheets.getItem(old).delete();
    }

    // Swap in what was built: our old sheets go, the new ones take their names.
    let returnSheet: string | undefined;
    if (building && prepared.generation.nddr) {
      const target = chooseSheetName(returnSheetName(prepared.generation.nddr), layout.sheets);
      if (target.replaces) worksheets.getItem(target.replaces).delete();
      building.name = target.name;
      returnSheet = target.name;
      taken.push({ name: target.name, ours: false });
    }
    let findingsName: string | undefined;
    if (findingsSheet) {
      const target = chooseSheetName(FINDINGS_SHEET, layout.sheets);
      if (target.replaces) worksheets.getItem(target.replaces).delete();
      findingsSheet.ws.name = target.name;
      findingsName = target.name;
      taken.push({ name: target.name, ours: false });
    }
    const logged = finish(taken);
    const selected = building ? undefined : firstErrorCell(findings, sheetNames);
    if (building) {
      building.activate();
      building.getRange("A1").select();
    } else if (selected) {
      const ws = worksheets.getItem(selected.sheet);
      ws.activate();
      ws.getRange(selected.cell).select();
    } else if (findingsSheet) {
      findingsSheet.ws.activate();
    }
    await context.sync();
    return { ...(returnSheet ? { returnSheet } : {}), ...(findingsName ? { findingsSheet: findingsName } : {}), logged, ...(selected ? { selected } : {}) };
  } catch (e) {
    await discard(context, made);
    throw e;
  }
}

/** Queues this return's rows for NDDR_Log (the table, or a new Log sheet); how many. */
function queueLog(context: Excel.RequestContext, layout: WorkbookLayout, prepared: PreparedReturn, taken: readonly SheetInfo[], generatedAt: string): number {
  const rows: CellValue[][] = logRowsFor(prepared, generatedAt);
  if (rows.length === 0) return 0;
  const logGrid = prepared.tables.find((t) => t.name.toLowerCase() === LOG_TABLE.name.toLowerCase());
  if (logGrid && layout.tables.some((t) => t.name.toLowerCase() === LOG_TABLE.name.toLowerCase())) {
    queueAppend(context, logGrid, rows);
  } else {
    const logSheet = context.workbook.worksheets.add(chooseSheetName(LOG_TABLE.sheet, taken.map((s) => ({ ...s, ours: false }))).name);
    markOurs(logSheet);
    queueNewLog(logSheet, rows);
  }
  return rows.length;
}

export function markOurs(ws: Excel.Worksheet): void {
  ws.names.add(MARK_NAME, MARK_FORMULA, MARK_COMMENT);
}

/** Best effort: remove half-built sheets after a failed sync; the original error is what the user needs. */
async function discard(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  try {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const ws of sheets) if (!ws.isNullObject) ws.delete();
    await context.sync();
  } catch {
    // Excel may be gone; nothing more can be done here.
  }
}
