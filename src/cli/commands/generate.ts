// `nddr generate <workbook.xlsx> [--out dir] [--lang en|zh-HK] [--today YYYY-MM-DD] [--log]`: the NDDR's
// three files in --out; with --log, then marked as filed (as `nddr file` does).
import { join } from "node:path";
import { formatDateEn } from "../../domain/printing";
import type { IsoDate } from "../../domain/dates";
import type { Generation } from "../../domain/generate-return";
import { generateFromXlsx } from "../../files/return-files";
import { deadlineClockRuns, deadlineUrgency } from "../../render/deadline-urgency";
import { dueSentence } from "../../render/due-text";
import { notDueFivePercent } from "../../render/five-percent-text";
import { workbookAndOutputs, writeReturnFiles } from "../files";
import type { Io } from "../io";
import { nodeInflater } from "../node-inflate";
import { deadlineText, describeFindings, errorCount, filedAt, languageOption, plural, todayOption } from "../options";
import { commandOptions } from "../usage";

const RETURN_FILES = ["return.json", "return.txt", "return.xlsx"] as const;

export async function generateCommand(args: readonly string[], io: Io): Promise<number> {
  const opts = commandOptions(args, io, ["out", "lang", "today"], ["log"]);
  if (!opts) return 2;
  const lang = languageOption(opts, io);
  const today = todayOption(opts, io);
  if (!lang || !today) return 2;
  const path = opts.positional[0];
  const opened = workbookAndOutputs(opts, RETURN_FILES, io);
  if (!opened) return 2;
  const { workbook, out } = opened;
  const result = await generateFromXlsx(workbook.bytes, today, { lang, inflater: nodeInflater });
  if (!result.ok) {
    io.err(`nddr: cannot read ${path}: ${result.reason}.`);
    return 2;
  }
  const { generation, files } = result;
  if (!writeReturnFiles(out, RETURN_FILES, files, io)) return 2;
  for (const line of describeFindings(generation.findings, `every one is in ${join(out, RETURN_FILES[0])}`)) io.err(line);
  if (!files.text || !files.xlsx) {
    const errors = errorCount(generation.findings);
    io.out(`No return written: ${plural(errors, "error")} to fix (listed above and in ${join(out, RETURN_FILES[0])}).`);
    io.out(dueSentence(generation.nddr, deadlineText));
    return 1;
  }
  const nddr = generation.nddr!;
  io.out(`Return of ${nddr.issuer} for ${formatDateEn(nddr.openingDate)} to ${formatDateEn(nddr.closingDate)} written to ${out}: return.xlsx, return.json, return.txt.`);
  io.out(dueSentence(nddr, deadlineText));
  const left = timeLeft(generation, io);
  if (left) io.out(left);
  for (const line of notDueFivePercent(nddr)) io.out(line);
  // --log is `nddr file` after generating: the same filing, from the same read of the workbook. Its
  // package patcher (jszip) is loaded only then.
  if (opts.flags.has("log")) return (await import("../mark-as-filed")).fileInWorkbook(workbook, { kind: "nddr", prepared: result.prepared }, filedAt(opts, today, io), io);
  if (nddr.returnDue) io.out(`Once it is submitted on HKEXnews, mark it as filed: nddr file ${path}`);
  return 0;
}

/**
 * "Overdue by 1 h 30 min (10:00 in Hong Kong now)." or "5 h 10 min left (…)": the pane's words, on the
 * clock the run reads, so a return generated after 08:30 says so; only when the clock runs for it.
 */
function timeLeft(generation: Generation, io: Io): string | undefined {
  const now = io.now?.();
  if (!now || !deadlineClockRuns(generation, now.slice(0, 10) as IsoDate)) return undefined;
  return `${deadlineUrgency(generation.nddr!.deadline!, new Date(now)).text} (${now.slice(11, 16)} in Hong Kong now).`;
}
