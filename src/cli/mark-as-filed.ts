// Mark as filed on the command line — `nddr file`, and `nddr generate --log` / `nddr monthly --log`
// after writing the return: one function, so the three append exactly alike. The workbook file is
// changed only by the in-place patcher (src/adapters/xlsx-patch): the NDDR_Log table and its rows.
import { appendLogRows } from "../adapters/xlsx-patch/append-log";
import { replaceWorkbookFile, type WorkbookFile } from "../adapters/xlsx-patch/workbook-file";
import { formatShares } from "../domain/printing";
import { filingSummary, planFiling, type FiledReturn } from "../pipeline/filing";
import type { Io } from "./io";
import { statSync } from "node:fs";

/**
 * The replaced file is new: only its owner (keeping the group) or root can hand it back to the old owner.
 * Said rather than hidden when it could not be (QA F13).
 */
function ownerChange(workbook: WorkbookFile): string | undefined {
  try {
    const now = statSync(workbook.realPath);
    if (now.uid === workbook.stats.uid && now.gid === workbook.stats.gid) return undefined;
    return `${workbook.path} now belongs to user ${now.uid}, group ${now.gid} (it was ${workbook.stats.uid}:${workbook.stats.gid}): only its owner or root can give it back (chown ${workbook.stats.uid}:${workbook.stats.gid})`;
  } catch {
    return undefined;
  }
}

/**
 * Appends the return's closing balances to NDDR_Log in the workbook file, once: a log that already
 * records them is left alone, and says so. The log consulted is the one read with the return, from the
 * same bytes the patch starts from. Exit code: 0 appended or already there, 1 the return has errors,
 * 2 the workbook could not be updated.
 */
export async function fileInWorkbook(workbook: WorkbookFile, filed: FiledReturn, filedAt: string, io: Io): Promise<0 | 1 | 2> {
  const { path, bytes } = workbook;
  const filing = planFiling(filed, filed.prepared.ledger.log ?? [], filedAt);
  if (!filing.ok) {
    io.err(`nddr: ${filing.reason}`);
    return 1;
  }
  for (const c of filing.closings) io.out(`  Class ${c.classKey}: ${formatShares(c.issued)} issued (excluding treasury), ${formatShares(c.treasury)} treasury at the close of ${c.closingDate}.`);
  if (filing.alreadyFiled) {
    io.out(filingSummary(filing));
    return 0;
  }
  const patched = await appendLogRows(bytes, filed.prepared.tables, filing.rows);
  if (!patched.ok) {
    io.err(`nddr: NDDR_Log in ${path} was not updated: ${patched.reason}.`);
    return 2;
  }
  const written = replaceWorkbookFile(workbook, patched.bytes);
  if (!written.ok) {
    io.err(`nddr: NDDR_Log in ${path} was not updated: ${written.reason}.`);
    return 2;
  }
  io.out(`${filingSummary(filing)} (${path})`);
  const owner = ownerChange(workbook);
  if (owner) io.out(`  note: ${owner}`);
  return 0;
}
