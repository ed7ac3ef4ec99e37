// One generation inside Excel, for the ribbon command and the task pane alike. Syncs, whatever the
// number of rows: 2 to read; then, with a return, 1 to build it on a temporary sheet and 1 to swap
// it in (so a failure while building leaves the previous return sheet as it was); without one
// (errors), 1 to write the findings and select the first bad cell.
import { inputFingerprint } from "../contract/fingerprint";
import { parseLedger } from "../contract/parse-ledger";
import { LOG_TABLE } from "../contract/tables";
import { generateReturn, type Generation } from "../domain/generate-return";
import { labelsFor, type Language } from "../labels";
import { layoutReturn, returnSheetName } from "../layout/return-layout";
import { alreadyLogged, logRows } from "../render/log-rows";
import { hongKongInstant, hongKongToday } from "../common/hk-clock";
import { readWorkbook } from "./read-workbook";
import { chooseSheetName, MARK_COMMENT, MARK_FORMULA, MARK_NAME, temporarySheetName, type SheetInfo } from "./sheet-marks";
import { FINDINGS_SHEET, firstErrorCell, queueFindings } from "./write-findings";
import { queueLayout, type HostFeatures } from "./write-layout";
import { queueAppend, queueNewLog } from "./write-log";

export interface ExcelGeneration {
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
}

export async function generateInExcel(context: Excel.RequestContext, options: GenerateInExcelOptions): Promise<ExcelGeneration> {
  const snapshot = await readWorkbook(context);
  const fingerprint = inputFingerprint(snapshot.tables);
  const tables = snapshot.tables;
  const parsed = parseLedger(tables);
  const generation = generateReturn(parsed.ledger, { today: hongKongToday(options.now) }, parsed.findings);
  const sheetNames = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const worksheets = context.workbook.worksheets;
  const nddr = generation.nddr;

  if (!generation.ok || !nddr) {
    if (options.features.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    const findingsSheet = replaceOwnSheet(context, FINDINGS_SHEET, snapshot.sheets, (ws) => queueFindings(ws, generation.findings, sheetNames));
    const selected = firstErrorCell(generation.findings, sheetNames);
    if (selected) {
      const ws = worksheets.getItem(selected.sheet);
      ws.activate();
      ws.getRange(selected.cell).select();
    } else {
      worksheets.getItem(findingsSheet.name).activate();
    }
    await context.sync();
    return { generation, fingerprint, findingsSheet: findingsSheet.name, logged: 0, ...(selected ? { selected } : {}) };
  }

  // Build the new return sheet beside the old one.
  const temp = temporarySheetName(snapshot.sheets);
  const building = worksheets.add(temp);
  markOurs(building);
  if (options.features.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  queueLayout(building, layoutReturn(nddr, labelsFor(options.language ?? "en")), options.features);
  try {
    await context.sync();
  } catch (e) {
    await discard(context, temp);
    throw e;
  }

  // Swap it in, record the findings and the log.
  const target = chooseSheetName(returnSheetName(nddr), snapshot.sheets);
  if (target.replaces) worksheets.getItem(target.replaces).delete();
  building.name = target.name;
  let findingsSheet: string | undefined;
  if (generation.findings.length > 0) {
    findingsSheet = replaceOwnSheet(context, FINDINGS_SHEET, snapshot.sheets, (ws) => queueFindings(ws, generation.findings, sheetNames)).name;
  } else {
    const old = chooseSheetName(FINDINGS_SHEET, snapshot.sheets).replaces;
    if (old) worksheets.getItem(old).delete();
  }
  const rows = alreadyLogged(nddr, parsed.ledger.log ?? []) ? [] : logRows(nddr, { generatedAt: hongKongInstant(options.now), fingerprint });
  const logGrid = tables.find((t) => t.name.toLowerCase() === LOG_TABLE.name.toLowerCase());
  if (logGrid) queueAppend(context, logGrid, rows);
  else if (rows.length > 0) {
    const sheets = [...snapshot.sheets, { name: target.name, ours: false }, ...(findingsSheet ? [{ name: findingsSheet, ours: false }] : [])];
    const logSheet = worksheets.add(chooseSheetName(LOG_TABLE.sheet, sheets.map((s) => ({ ...s, ours: false }))).name);
    markOurs(logSheet);
    queueNewLog(logSheet, rows);
  }
  building.activate();
  building.getRange("A1").select();
  await context.sync();
  return { generation, fingerprint, returnSheet: target.name, ...(findingsSheet ? { findingsSheet } : {}), logged: rows.length };
}

export function markOurs(ws: Excel.Worksheet): void {
  ws.names.add(MARK_NAME, MARK_FORMULA, MARK_COMMENT);
}

/** Writes one of our sheets afresh: built under a temporary name, then put in place of our old one. */
function replaceOwnSheet(context: Excel.RequestContext, wanted: string, sheets: readonly SheetInfo[], fill: (ws: Excel.Worksheet) => void): { name: string } {
  const worksheets = context.workbook.worksheets;
  const choice = chooseSheetName(wanted, sheets);
  const ws = worksheets.add(temporarySheetName(sheets));
  markOurs(ws);
  fill(ws);
  if (choice.replaces) worksheets.getItem(choice.replaces).delete();
  ws.name = choice.name;
  return { name: choice.name };
}

/** Best effort: remove a half-built sheet after a failed sync. */
async function discard(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
  } catch {
    // The sheet may not exist at all; the original error is what the user needs to see.
  }
}
