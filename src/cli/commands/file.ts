// `nddr file <workbook.xlsx> [--month YYYY-MM] [--today YYYY-MM-DD]`: Mark as filed. Run once the
// return is submitted on HKEXnews: the return is prepared from the workbook as it stands (the NDDR, or
// with --month that month's Monthly Return) and its closing balances go into NDDR_Log, once.
import { nodeInflater } from "../node-inflate";
import { whyNotWritable } from "../../adapters/xlsx-patch/workbook-file";
import { readContractTables } from "../../files/return-files";
import { filingWarnings, type FiledReturn } from "../../pipeline/filing";
import { prepareMonthlyReturn } from "../../pipeline/prepare-monthly";
import { prepareReturn } from "../../pipeline/prepare-return";
import { fileInWorkbook } from "../mark-as-filed";
import type { Io } from "../io";
import { monthOption } from "./monthly";
import { describe, describeFindings, filedAt, todayOption, workbookArgument } from "../options";
import { commandOptions } from "../usage";

export async function fileCommand(args: readonly string[], io: Io): Promise<number> {
  const opts = commandOptions(args, io, ["today", "month"]);
  if (!opts) return 2;
  const month = opts.flags.has("month") ? monthOption(opts, io) : null;
  const today = todayOption(opts, io);
  if (month === undefined || !today) return 2;
  const path = opts.positional[0];
  const workbook = workbookArgument(path, io);
  if (!workbook) return 2;
  const refused = whyNotWritable(workbook);
  if (refused) {
    io.err(`nddr: cannot update ${path}: ${refused}. Nothing was logged.`);
    return 2;
  }
  const read = await readContractTables(workbook.bytes, { inflater: nodeInflater });
  if (!read.ok) {
    io.err(`nddr: cannot read ${path}: ${read.reason}.`);
    return 2;
  }
  const filed: FiledReturn = month
    ? { kind: "monthly", prepared: await prepareMonthlyReturn(read.tables, { month, today }) }
    : { kind: "nddr", prepared: await prepareReturn(read.tables, { today }) };
  // Errors first, as `generate` prints them: a return with errors was not what was submitted.
  const errors = filed.prepared.generation.findings.filter((f) => f.severity === "error");
  for (const line of describeFindings(errors, "`nddr generate` writes every one to its return.json")) io.err(line);
  // And what may make it the wrong return to log: a month before it never logged (a mistyped --month).
  for (const f of filingWarnings(filed)) io.err(describe(f));
  return fileInWorkbook(workbook, filed, filedAt(opts, today, io), io);
}
