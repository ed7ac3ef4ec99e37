// What `nddr --help` prints, and what a command prints when its arguments are wrong (exit 2).
import { parseOptions, type Options } from "./args";
import type { Io } from "./io";

export const USAGE = `Usage:
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
      Writes a copy of the workbook (default <workbook>-next.xlsx, or -next-2 … if taken, a trailing
      -next[-n] of the workbook's name dropped first; .xlsm stays .xlsm) set up for the next return:
      opening date and opening balances from the last return in NDDR_Log; Closing date and Date
      submitted cleared, Status New Submission. Never overwrites a file.
  nddr template <file.xlsx>
      Writes a blank input workbook with every table, dropdown and an instructions sheet (a new file only).`;

/** The command's options with exactly one path; undefined after printing what is wrong and the usage. */
export function commandOptions(args: readonly string[], io: Io, known: readonly string[], switches: readonly string[] = []): Options | undefined {
  const parsed = parseOptions(args, known, switches);
  if (!parsed.ok || parsed.options.positional.length !== 1) {
    io.err(`${parsed.ok ? "" : parsed.reason + "\n"}${USAGE}`);
    return undefined;
  }
  return parsed.options;
}
