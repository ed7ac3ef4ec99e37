// `nddr next <workbook.xlsx> [--out file.xlsx]`: a copy of the workbook set up for the next return
// (opening date and balances from NDDR_Log), never over an existing file.
import { nodeInflater } from "../node-inflate";
import { patchWorkbook } from "../../adapters/xlsx-patch/patch-workbook";
import { parseLedger } from "../../contract/parse-ledger";
import { parseIsoDate } from "../../domain/dates";
import type { CellRef } from "../../domain/finding";
import { planNextReturn } from "../../domain/next-return";
import { formatDateEn } from "../../domain/printing";
import { readContractTables } from "../../files/return-files";
import { outRefusal, writeNextReturnCopy } from "../files";
import type { Io } from "../io";
import { workbookArgument } from "../options";
import { commandOptions } from "../usage";

export async function nextCommand(args: readonly string[], io: Io): Promise<number> {
  const opts = commandOptions(args, io, ["out"]);
  if (!opts) return 2;
  const path = opts.positional[0];
  const workbook = workbookArgument(path, io);
  if (!workbook) return 2;
  const out = opts.flags.get("out");
  const refused = out === undefined ? undefined : outRefusal(workbook, out);
  if (refused) {
    io.err(`nddr: ${refused}.`);
    return 2;
  }
  const bytes = workbook.bytes;
  const read = await readContractTables(bytes, { inflater: nodeInflater });
  if (!read.ok) {
    io.err(`nddr: cannot read ${path}: ${read.reason}.`);
    return 2;
  }
  const ledger = parseLedger(read.tables).ledger;
  const plan = planNextReturn(ledger);
  if (!plan.ok) {
    io.err(`nddr: cannot set up the next return: ${plan.reason}.`);
    return 1;
  }
  // The opening date goes in as a date, as Excel writes one typed into the cell.
  const openingCell = ledger.issuer?.cells.openingDate;
  const isOpening = (at: CellRef) => openingCell !== undefined && at.sheet === openingCell.sheet && at.cell === openingCell.cell;
  const patched = await patchWorkbook(bytes, plan.edits.map((e) => {
    const date = typeof e.value === "string" && isOpening(e.at) ? parseIsoDate(e.value) : undefined;
    return { sheet: e.at.sheet, address: e.at.cell, value: date ? { date } : e.value };
  }));
  if (!patched.ok) {
    io.err(`nddr: cannot set up the next return: ${patched.reason}.`);
    return 2;
  }
  const copy = writeNextReturnCopy(workbook, out, patched.kind, patched.bytes);
  if (!copy.ok) {
    io.err(`nddr: ${copy.reason}.`);
    return 2;
  }
  const outPath = copy.path;
  for (const e of plan.edits) io.out(`  ${e.at.sheet}!${e.at.cell}: ${e.says}`);
  for (const n of plan.notes) io.out(`  note: ${n}`);
  for (const a of patched.skippedFormulas) io.out(`  note: ${a} holds a formula and was left as it is.`);
  io.out(`Next return set up in ${outPath}, opening on ${formatDateEn(plan.openingDate)}. Add the new rows, then run: nddr generate ${outPath}`);
  return 0;
}

