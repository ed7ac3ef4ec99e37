// What the commands share: their options, the workbook they read, the files they write, and how a
// finding and a deadline print.
import { readWorkbookFile, type WorkbookFile } from "../adapters/xlsx-patch/workbook-file";
import { parseIsoDate, type IsoDate } from "../domain/dates";
import { severityLabel, type Finding } from "../domain/finding";
import { LANGUAGES, parseLanguage, type Language } from "../labels";
import { plural } from "../render/due-text";
import { processIo, type Io } from "./io";
import type { Options } from "./args";

export type { Options } from "./args";

/** --lang, default English; undefined after saying why it is refused. */
export function languageOption(opts: Options, io: Io): Language | undefined {
  const flag = opts.flags.get("lang") ?? "en";
  const lang = parseLanguage(flag);
  if (!lang) io.err(`--lang ${flag}: the return prints in ${LANGUAGES.join(" or ")} (e.g. --lang zh-HK).`);
  return lang;
}

/** --today, default today in Hong Kong; undefined after saying why it is refused. */
export function todayOption(opts: Options, io: Io): IsoDate | undefined {
  const flag = opts.flags.get("today");
  const today = flag === undefined ? io.today() : parseIsoDate(flag);
  if (!today) io.err(`--today must be a date like 2024-12-18.`);
  return today;
}

/** When a return is marked as filed, for NDDR_Log: the clock's time on --today's day where given. */
export function filedAt(opts: Options, today: IsoDate, io: Io): string {
  const now = (io.now ?? processIo.now!)();
  return opts.flags.has("today") ? `${today}${now.slice(10)}` : now;
}

/** The workbook file, or undefined after saying why it cannot be read. */
export function workbookArgument(path: string, io: Io): WorkbookFile | undefined {
  const read = readWorkbookFile(path);
  if (read.ok) return read.workbook;
  io.err(`nddr: cannot read ${path}: ${read.reason}.`);
  return undefined;
}

export function describe(f: Finding): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? "!" + f.cell : ""}` : "workbook";
  // A breach is shouted: it must be dealt with although the return is written.
  const severity = f.breach ? "BREACH" : severityLabel(f);
  return `${severity.padEnd(7)} ${where.padEnd(16)} ${f.code}: ${f.message}`;
}

/** How many findings of one code the console shows; the rest are counted on one line (QA round 8, P5). */
export const FINDINGS_SHOWN_PER_CODE = 20;

/**
 * Each finding's line, at most FINDINGS_SHOWN_PER_CODE of a code, then one line per code counting the rest
 * and saying where all of them are (`where`): 57,900 repeated warnings must not bury a breach or an error.
 * Breaches are never cut.
 */
export function describeFindings(findings: readonly Finding[], where: string): string[] {
  const total = new Map<string, number>();
  for (const f of findings) if (!f.breach) total.set(f.code, (total.get(f.code) ?? 0) + 1);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const f of findings) {
    if (f.breach) {
      lines.push(describe(f));
      continue;
    }
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    if (n <= FINDINGS_SHOWN_PER_CODE) lines.push(describe(f));
    // The count of the rest follows the last one shown of its code.
    const rest = total.get(f.code)! - FINDINGS_SHOWN_PER_CODE;
    if (n === FINDINGS_SHOWN_PER_CODE && rest > 0) lines.push(`…       and ${plural(rest, `more ${f.code} finding`)} not shown here: ${where}.`);
  }
  return lines;
}

/** "2024-12-18T08:30:00+08:00" → "08:30 on 18 December 2024". */
export { deadlineText, plural } from "../render/due-text";

export const errorCount = (findings: readonly Finding[]): number => findings.filter((f) => f.severity === "error").length;
