// The command line: `nddr generate`, `nddr monthly`, `nddr file`, `nddr next` and `nddr template`.
// Exit 0: written (warnings allowed); 1: errors found, the .json holds them; 2: usage or unreadable file.
import { join } from "node:path";
import { buildInputWorkbook } from "../adapters/exceljs/write-input-workbook";
import { formatDateEn } from "../domain/printing";
import { parseIsoDate } from "../domain/dates";
import type { CellRef } from "../domain/finding";
import { generateFromXlsx, readContractTables } from "../generate";
import { patchWorkbook } from "../adapters/xlsx-patch/patch-workbook";
import { parseLedger } from "../contract/parse-ledger";
import { planNextReturn } from "../domain/next-return";
import { dueSentence } from "../render/due-text";
import { writeNewFile } from "../adapters/xlsx-patch/workbook-file";
import { workbookAndOutputs, outRefusal, writeNextReturnCopy, writeReturnFiles } from "./files";
import { fileCommand } from "./file-command";
import { fileInWorkbook } from "./filing";
import { processIo, type Io } from "./io";
import { monthlyCommand } from "./monthly-command";
import { deadlineText, describe, errorCount, filedAt, languageOption, parseArgs, plural, todayOption, workbookArgument } from "./options";

export { processIo, type Io } from "./io";

const RETURN_FILES = ["return.json", "return.txt", "return.xlsx"] as const;

const USAGE = `Usage:
  nddr generate <workbook.xlsx> [--out <dir>] [--lang en|zh-HK] [--today YYYY-MM-DD] [--log]
      Validates the NDDR tables of the workbook and writes return.xlsx, return.json and return.txt
      to <dir> (default ./out). --lang zh-HK prints return.xlsx and return.txt in Traditional Chinese.
      Exit 0: written; 1: errors found (see return.json); 2: usage or unreadable file.
      Generating never changes the workbook. --log also marks the return as filed (as nddr file does).
  nddr monthly <workbook.xlsx> --month YYYY-MM [--out <dir>] [--lang en|zh-HK] [--today YYYY-MM-DD] [--log]
      The Monthly Return (FF301) for the month from the same tables: monthly-return.xlsx, .json and .txt
      in <dir> (default ./out), and Part II per class printed here. Exit codes as for generate;
      --log marks it as filed (as nddr file --month does).
  nddr file <workbook.xlsx> [--month YYYY-MM] [--today YYYY-MM-DD]
      Mark as filed: once the return is submitted on HKEXnews, appends its closing balances to the
      workbook's NDDR_Log table (nothing else in the workbook changes), so that the next return opens on
      them. --month files that month's Monthly Return. A return already logged is not logged again.
      Exit 0: logged (or already there); 1: the return has errors; 2: usage, or the workbook cannot be
      read or updated (read-only, open in Excel, or saved by someone since).
  nddr next <workbook.xlsx> [--out <file.xlsx>]
      Writes a copy of the workbook (default <workbook>-next.xlsx, or -next-2 … if taken; .xlsm stays
      .xlsm) set up for the next return: opening date and opening balances from the last return in
      NDDR_Log; Closing date and Date submitted cleared. Never overwrites a file.
  nddr template <file.xlsx>
      Writes a blank input workbook with every table, dropdown and an instructions sheet (a new file only).`;

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "generate") return await generate(rest, io);
    if (command === "monthly") return await monthlyCommand(rest, io, USAGE);
    if (command === "file") return await fileCommand(rest, io, USAGE);
    if (command === "template") return await template(rest, io);
    if (command === "next") return await next(rest, io);
    if (command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return 0;
    }
    io.err(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
    return 2;
  } catch (e) {
    // A bug of ours, not the user's: say so without a stack trace (NDDR_DEBUG=1 shows it).
    io.err(`nddr: internal error: ${e instanceof Error ? e.message : String(e)}. Please report it with the workbook.`);
    if (process.env.NDDR_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
    return 2;
  }
}

async function generate(args: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(args, ["out", "lang", "today"], ["log"]);
  if (typeof opts === "string" || opts.positional.length !== 1) {
    io.err(`${typeof opts === "string" ? opts + "\n" : ""}${USAGE}`);
    return 2;
  }
  const lang = languageOption(opts, io);
  const today = todayOption(opts, io);
  if (!lang || !today) return 2;
  const path = opts.positional[0];
  const opened = workbookAndOutputs(opts, RETURN_FILES, io);
  if (!opened) return 2;
  const { workbook, out } = opened;
  const result = await generateFromXlsx(workbook.bytes, today, { lang });
  if (!result.readable) {
    io.err(`nddr: cannot read ${path}: ${result.reason}.`);
    return 2;
  }
  const { generation, files } = result;
  if (!writeReturnFiles(out, RETURN_FILES, files, io)) return 2;
  for (const f of generation.findings) io.err(describe(f));
  if (!files.text || !files.xlsx) {
    const errors = errorCount(generation.findings);
    io.out(`No return written: ${plural(errors, "error")} to fix (listed above and in ${join(out, RETURN_FILES[0])}).`);
    io.out(dueSentence(generation.nddr, deadlineText));
    return 1;
  }
  const nddr = generation.nddr!;
  io.out(`Return of ${nddr.issuer} for ${formatDateEn(nddr.openingDate)} to ${formatDateEn(nddr.closingDate)} written to ${out}: return.xlsx, return.json, return.txt.`);
  io.out(dueSentence(nddr, deadlineText));
  // --log is `nddr file` after generating: the same filing, from the same read of the workbook.
  if (opts.flags.has("log")) return fileInWorkbook(workbook, { kind: "nddr", prepared: result.prepared }, filedAt(opts, today, io), io);
  if (nddr.returnDue) io.out(`Once it is submitted on HKEXnews, mark it as filed: nddr file ${path}`);
  return 0;
}

async function next(args: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(args, ["out"]);
  if (typeof opts === "string" || opts.positional.length !== 1) {
    io.err(`${typeof opts === "string" ? opts + "\n" : ""}${USAGE}`);
    return 2;
  }
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
  const read = await readContractTables(bytes);
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

async function template(args: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(args, []);
  if (typeof opts === "string" || opts.positional.length !== 1) {
    io.err(`${typeof opts === "string" ? opts + "\n" : ""}${USAGE}`);
    return 2;
  }
  const path = opts.positional[0];
  const written = writeNewFile(path, new Uint8Array(await buildInputWorkbook().xlsx.writeBuffer()));
  if (written !== true) {
    io.err(`nddr: cannot write ${path}: ${written === "exists" ? "a file of that name exists; nddr template never overwrites one" : written}.`);
    return 2;
  }
  io.out(`Blank input workbook written to ${path}. Fill the Issuer, Classes and Movements sheets, then run: nddr generate ${path}`);
  return 0;
}
