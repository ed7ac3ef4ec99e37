// Writes a prepared return into the open workbook — the NDDR's and the Monthly Return's alike. With a
// return: one sync builds its sheet on a temporary sheet (so a failure leaves the previous one as it
// was) and reads it back for its fingerprint; the findings (if any) go to another temporary sheet in
// chunks; a last sync swaps both in and selects the return. With errors: the findings sheet in chunks,
// and the first bad cell selected. An earlier return sheet of ours that the user has edited since
// (edited-sheets.ts) is replaced only as the caller's policy says: asked about, or kept and written beside.
import type { Finding } from "../../domain/finding";
import type { SheetLayout } from "../../layout/sheet-layout";
import { DUE_UNKNOWN } from "../../render/due-text";
import { queueEditCheck, queueReadBack } from "./edited-sheets";
import { SYNC_BUDGET, type ProgressListener, type SyncBudget } from "./limits";
import type { WorkbookInventory } from "./read-workbook";
import { chooseSheetName, MARK_COMMENT, MARK_FORMULA, MARK_NAME, temporarySheetName, type SheetChoice, type SheetInfo } from "./sheet-marks";
import { FINDINGS_SHEET, firstErrorCell, queueFindingsHeader, queueFindingsRows } from "./write-findings";
import { queueLayout, type HostFeatures } from "./write-layout";

/** What to write: the return's sheet when it has one, and its findings. */
export interface ReturnToWrite {
  /** The return sheet (its name is the sheet's); absent when errors stand. */
  readonly layout?: SheetLayout;
  readonly findings: readonly Finding[];
  /** Closes the findings sheet while errors stand; default the NDDR's "can't tell whether a return is due"; null for none. */
  readonly errorsLine?: string | null;
  /**
   * NDDR_Log records this return as filed: an earlier sheet of it is the filed copy, replaced only as the
   * policy says for an edited one (asked about, or kept and written beside).
   */
  readonly filedBefore?: boolean;
}

/**
 * When the return sheet to be replaced was edited since the add-in wrote it: "ask" writes nothing and
 * says so (the pane asks, then runs again with `replace`); "keep" leaves it and writes the return beside
 * it (the ribbon, which cannot ask; the default); `{ replace }` replaces that sheet, as the user
 * confirmed (another edited sheet is kept).
 */
export type EditedSheetPolicy = "ask" | "keep" | { readonly replace: string };

export interface WriteOptions {
  readonly features: HostFeatures;
  readonly edited?: EditedSheetPolicy;
  readonly budget?: SyncBudget;
  readonly onProgress?: ProgressListener;
  /** Awaited between syncs so the pane stays responsive. */
  readonly yieldToUi?: () => Promise<void>;
}

export interface WrittenReturn {
  /** Name of the return sheet written, when the return had no error. */
  readonly returnSheet?: string;
  /** Name of the findings sheet written, when there were findings. */
  readonly findingsSheet?: string;
  /** Where the user was taken: the first error's cell. */
  readonly selected?: { readonly sheet: string; readonly cell: string };
  /** "keep": the edited sheet left as it was (the return went beside it). */
  readonly keptEdited?: string;
  /** "ask": the edited sheet that stopped the write; nothing was written. */
  readonly editedSheet?: string;
  /** The sheet kept or asked about holds the return as filed (ReturnToWrite.filedBefore), edited or not. */
  readonly sheetFiled?: true;
}

export async function writeReturn(context: Excel.RequestContext, inventory: WorkbookInventory, what: ReturnToWrite, options: WriteOptions): Promise<WrittenReturn> {
  const worksheets = context.workbook.worksheets;
  const sheetNames = new Set(inventory.sheets.map((s) => s.name.toLowerCase()));
  const findings = what.findings;
  // Said of the sheet kept or asked about, when NDDR_Log records the return as filed.
  const sheetFiled = what.filedBefore ? { sheetFiled: true as const } : {};
  const made: string[] = [];
  const taken: SheetInfo[] = [...inventory.sheets];
  const temporary = (): Excel.Worksheet => {
    const name = temporarySheetName(taken);
    taken.push({ name, ours: true });
    made.push(name);
    const ws = worksheets.add(name);
    markOurs(ws);
    return ws;
  };

  try {
    let building: { ws: Excel.Worksheet; target: SheetChoice; keptEdited?: string } | undefined;
    if (what.layout) {
      const ws = temporary();
      if (options.features.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      queueLayout(ws, what.layout, options.features);
      const readBack = queueReadBack(ws);
      const place = await placeReturnSheet(context, what.layout.name, inventory.sheets, options, what.filedBefore === true);
      if ("editedSheet" in place) {
        await discard(context, made);
        return { editedSheet: place.editedSheet, ...sheetFiled };
      }
      await readBack.record();
      building = { ws, ...place };
      await options.yieldToUi?.();
    }

    // The findings, chunk by chunk; the last chunk stays queued for the final sync.
    let findingsSheet: Excel.Worksheet | undefined;
    if (findings.length > 0 || !building) {
      findingsSheet = temporary();
      queueFindingsHeader(findingsSheet, findings);
      const budget = (options.budget ?? SYNC_BUDGET).bytes;
      const closing = what.errorsLine === undefined ? DUE_UNKNOWN : what.errorsLine;
      for (let next = 0; next < findings.length;) {
        next = queueFindingsRows(findingsSheet, findings, next, sheetNames, budget, closing);
        options.onProgress?.({ phase: "write", done: next, total: findings.length });
        if (next < findings.length) {
          await context.sync();
          await options.yieldToUi?.();
        }
      }
    } else {
      const old = chooseSheetName(FINDINGS_SHEET, inventory.sheets).replaces;
      if (old) worksheets.getItem(old).delete();
    }

    // Swap in what was built: our old sheets go, the new ones take their names.
    if (building?.target.replaces) worksheets.getItem(building.target.replaces).delete();
    if (building) building.ws.name = building.target.name;
    let findingsName: string | undefined;
    if (findingsSheet) {
      const target = chooseSheetName(FINDINGS_SHEET, inventory.sheets);
      if (target.replaces) worksheets.getItem(target.replaces).delete();
      findingsSheet.name = target.name;
      findingsName = target.name;
    }
    const selected = building ? undefined : firstErrorCell(findings, sheetNames);
    if (building) {
      building.ws.activate();
      building.ws.getRange("A1").select();
    } else if (selected) {
      const ws = worksheets.getItem(selected.sheet);
      ws.activate();
      ws.getRange(selected.cell).select();
    } else if (findingsSheet) {
      findingsSheet.activate();
    }
    await context.sync();
    return {
      ...(building ? { returnSheet: building.target.name } : {}),
      ...(building?.keptEdited ? { keptEdited: building.keptEdited, ...sheetFiled } : {}),
      ...(findingsName ? { findingsSheet: findingsName } : {}), ...(selected ? { selected } : {}),
    };
  } catch (e) {
    await discard(context, made);
    throw e;
  }
}

/**
 * Syncs the sheet being built (with what is queued) and decides its name: `wanted`, replacing our
 * earlier sheet of that name unless it was edited, or holds the return as filed (`filed`: the sheet of
 * that name is its filed copy). With "keep", such a sheet is passed over like a user's, and the next
 * candidate ("wanted (2)"…) is checked in turn.
 */
async function placeReturnSheet(
  context: Excel.RequestContext, wanted: string, sheets: readonly SheetInfo[], options: WriteOptions, filed: boolean,
): Promise<{ target: SheetChoice; keptEdited?: string } | { editedSheet: string }> {
  const confirmed = typeof options.edited === "object" ? options.edited.replace.toLowerCase() : undefined;
  // The sheet of the return's own name is its filed copy; a "(2)" beside it is not.
  const filedCopy = filed ? chooseSheetName(wanted, []).name.toLowerCase() : undefined;
  let candidates = sheets;
  let keptEdited: string | undefined;
  for (;;) {
    const target = chooseSheetName(wanted, candidates);
    const replaced = target.replaces && candidates.find((s) => s.name === target.replaces);
    const edited = !replaced || replaced.name.toLowerCase() === confirmed ? undefined
      : replaced.name.toLowerCase() === filedCopy ? async () => true : queueEditCheck(context, replaced.name, replaced.content);
    await context.sync();
    if (!replaced || !(await edited?.())) return { target, ...(keptEdited ? { keptEdited } : {}) };
    if (options.edited === "ask") return { editedSheet: replaced.name };
    keptEdited ??= replaced.name;
    candidates = candidates.map((s) => (s === replaced ? { name: s.name, ours: false } : s));
  }
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
