// `nddr monthly <workbook.xlsx> --month YYYY-MM [--out dir] [--lang en|zh-HK] [--today YYYY-MM-DD] [--log]`:
// the Monthly Return (FF301) from the same tables, through the pipeline every host shares, with the
// exit codes and file-safety rules of `nddr generate`. Part II is printed per class, so a run can be
// read against a published return.
import { nodeInflater } from "../node-inflate";
import { join } from "node:path";
import type { MonthlyReturn } from "../../domain/monthly-return/model";
import { parseReturnMonth } from "../../domain/monthly-return/month";
import { formatDateEn, formatShares } from "../../domain/printing";
import { generateMonthlyFromXlsx } from "../../files/monthly-files";
import { workbookAndOutputs, writeReturnFiles } from "../files";
import type { Io } from "../io";
import { deadlineText, describeFindings, errorCount, filedAt, languageOption, plural, todayOption, type Options } from "../options";
import { commandOptions } from "../usage";

export const MONTHLY_FILES = ["monthly-return.json", "monthly-return.txt", "monthly-return.xlsx"] as const;

export async function monthlyCommand(args: readonly string[], io: Io): Promise<number> {
  const opts = commandOptions(args, io, ["out", "lang", "today", "month"], ["log"]);
  if (!opts) return 2;
  const month = monthOption(opts, io);
  const lang = languageOption(opts, io);
  const today = todayOption(opts, io);
  if (!month || !lang || !today) return 2;
  const path = opts.positional[0];
  const opened = workbookAndOutputs(opts, MONTHLY_FILES, io);
  if (!opened) return 2;
  const { workbook, out } = opened;
  const result = await generateMonthlyFromXlsx(workbook.bytes, { month, today, lang }, { inflater: nodeInflater });
  if (!result.ok) {
    io.err(`nddr: cannot read ${path}: ${result.reason}.`);
    return 2;
  }
  const { prepared, files } = result;
  if (!writeReturnFiles(out, MONTHLY_FILES, files, io)) return 2;
  const findings = prepared.generation.findings;
  for (const line of describeFindings(findings, `every one is in ${join(out, MONTHLY_FILES[0])}`)) io.err(line);
  const mr = prepared.generation.monthly;
  if (!files.text || !files.xlsx || !mr) {
    io.out(`No Monthly Return written: ${plural(errorCount(findings), "error")} to fix (listed above and in ${join(out, MONTHLY_FILES[0])}).`);
    return 1;
  }
  for (const line of partIILines(mr)) io.out(line);
  io.out(`Monthly Return of ${mr.issuer} for the month ended ${formatDateEn(mr.monthEnded)} written to ${out}: ${MONTHLY_FILES.join(", ")}.`);
  io.out(mr.deadline ? `It is due by ${deadlineText(mr.deadline)} (Hong Kong time).` : "Its deadline could not be worked out (see the warnings).");
  // The filing's package patcher (jszip) is loaded only for --log, as in generate.ts.
  if (opts.flags.has("log")) return (await import("../mark-as-filed")).fileInWorkbook(workbook, { kind: "monthly", prepared }, filedAt(opts, today, io), io);
  io.out(`Once it is submitted on HKEXnews, mark it as filed: nddr file ${path} --month ${mr.month}`);
  return 0;
}

/** --month, required: "YYYY-MM"; undefined after saying why it is refused. */
export function monthOption(opts: Options, io: Io): string | undefined {
  const flag = opts.flags.get("month");
  if (flag === undefined) {
    io.err("--month is required: the month the Monthly Return is for, like --month 2024-09.");
    return undefined;
  }
  const month = parseReturnMonth(flag);
  if (!month) io.err(`--month ${flag}: write the month as YYYY-MM, e.g. --month 2024-09.`);
  return month?.month;
}

/** Part II as the form prints it, per class: issued (excluding treasury), treasury and total at each close, and the change. */
function partIILines(mr: MonthlyReturn): string[] {
  const row = (label: string, ...figures: number[]) => `  ${label.padEnd(52)}${figures.map((n) => formatShares(n).padStart(17)).join("")}`;
  return mr.partII.flatMap((c) => [
    `Part II, class ${c.classKey} (${c.classOfShares}${c.stockCode ? `, stock code ${c.stockCode}` : ""}): issued (excluding treasury), treasury, total`,
    row(`Balance at close of preceding month`, c.opening.issued, c.opening.treasury, c.opening.total),
    row("Increase / decrease (-)", c.change.issued, c.change.treasury),
    row(`Balance at close of the month (${formatDateEn(mr.monthEnded)})`, c.closing.issued, c.closing.treasury, c.closing.total),
  ]);
}
