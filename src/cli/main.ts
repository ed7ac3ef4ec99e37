// The command line: `nddr generate <workbook.xlsx> [--out dir]` and `nddr template <file.xlsx>`.
// Exit 0: written (warnings allowed); 1: errors found, return.json holds them; 2: usage or unreadable file.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildInputWorkbook } from "../adapters/exceljs/write-input-workbook";
import { parseIsoDate, type IsoDate } from "../domain/dates";
import { severityLabel, type Finding } from "../domain/finding";
import { formatDateEn } from "../domain/printing";
import { generateFromXlsx, readContractTables, type WorkbookGeneration } from "../generate";
import { appendLogRows } from "../adapters/xlsx-patch/append-log";
import { patchWorkbook } from "../adapters/xlsx-patch/patch-workbook";
import { parseLedger } from "../contract/parse-ledger";
import { planNextReturn } from "../domain/next-return";
import { alreadyLogged } from "../render/log-rows";
import { logRowsFor } from "../pipeline/prepare-return";
import { dueSentence } from "../render/due-text";
import { LANGUAGES, parseLanguage } from "../labels";
import { hongKongInstant, hongKongToday } from "../common/hk-clock";
import { readWorkbookFile, replaceWorkbookFile, systemReason, whyNotWritable, writeNewFile, type WorkbookFile } from "../adapters/xlsx-patch/workbook-file";
import { clashWithWorkbook, outRefusal, writeNextReturnCopy } from "./files";

const USAGE = `Usage:
  nddr generate <workbook.xlsx> [--out <dir>] [--lang en|zh-HK] [--today YYYY-MM-DD] [--log]
      Validates the NDDR tables of the workbook and writes return.xlsx, return.json and return.txt
      to <dir> (default ./out). --lang zh-HK prints return.xlsx and return.txt in Traditional Chinese.
      Exit 0: written; 1: errors found (see return.json); 2: usage or unreadable file.
      --log also appends the return's closing balances to the workbook's NDDR_Log table (nothing else
      in the workbook changes), so that the next return can be checked against them.
  nddr next <workbook.xlsx> [--out <file.xlsx>]
      Writes a copy of the workbook (default <workbook>-next.xlsx, or -next-2 … if taken; .xlsm stays
      .xlsm) set up for the next return: opening date and opening balances from the last return in
      NDDR_Log; Closing date and Date submitted cleared. Never overwrites a file.
  nddr template <file.xlsx>
      Writes a blank input workbook with every table, dropdown and an instructions sheet (a new file only).`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today's date in Hong Kong. */
  today(): IsoDate;
  /** Now in Hong Kong, e.g. "2024-12-18T07:55:12+08:00" (for NDDR_Log). */
  now?(): string;
}

/**
 * Writes a line to stdout or stderr. Their text is a courtesy: the files and the exit code are the result,
 * so a reader that closed the pipe (`| head`) or a full disk neither crashes the run nor changes its exit.
 */
function writeLine(stream: NodeJS.WriteStream, text: string): void {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on("error", () => {});
  }
  try {
    stream.write(text + "\n");
  } catch {
    // A file on a full disk fails at once rather than through the "error" event: ignored alike.
  }
}
const guarded = new WeakSet<NodeJS.WriteStream>();

export const processIo: Io = {
  out: (t) => writeLine(process.stdout, t),
  err: (t) => writeLine(process.stderr, t),
  today: () => hongKongToday(new Date()),
  now: () => hongKongInstant(new Date()),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "generate") return await generate(rest, io);
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

interface Options {
  positional: string[];
  flags: Map<string, string>;
}

function parseArgs(args: readonly string[], known: readonly string[], switches: readonly string[] = []): Options | string {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split("=", 2);
    if (switches.includes(name) && inline === undefined) {
      flags.set(name, "yes");
      continue;
    }
    if (!known.includes(name)) return `Unknown option --${name}.`;
    const value = inline ?? args[++i];
    // An empty value (--out=) would quietly mean the current folder.
    if (value === undefined || value.trim() === "") return `Option --${name} needs a value.`;
    flags.set(name, value);
  }
  return { positional, flags };
}

async function generate(args: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(args, ["out", "lang", "today"], ["log"]);
  if (typeof opts === "string" || opts.positional.length !== 1) {
    io.err(`${typeof opts === "string" ? opts + "\n" : ""}${USAGE}`);
    return 2;
  }
  const langFlag = opts.flags.get("lang") ?? "en";
  const lang = parseLanguage(langFlag);
  if (!lang) {
    io.err(`--lang ${langFlag}: the return prints in ${LANGUAGES.join(" or ")} (e.g. --lang zh-HK).`);
    return 2;
  }
  const todayFlag = opts.flags.get("today");
  const today = todayFlag === undefined ? io.today() : parseIsoDate(todayFlag);
  if (!today) {
    io.err(`--today must be a date like 2024-12-18.`);
    return 2;
  }
  const path = opts.positional[0];
  const workbook = readWorkbookFile(path);
  if (typeof workbook === "string") {
    io.err(`nddr: cannot read ${path}: ${workbook}.`);
    return 2;
  }
  const outDir = resolve(opts.flags.get("out") ?? "out");
  const outputs = ["return.json", "return.txt", "return.xlsx"].map((name) => join(outDir, name));
  const clash = clashWithWorkbook(workbook, outputs);
  if (clash) {
    io.err(`nddr: ${path} is the workbook being read, and ${clash} would be written or removed: choose another --out folder. Nothing was written.`);
    return 2;
  }
  const logRefused = opts.flags.has("log") ? whyNotWritable(workbook) : undefined;
  if (logRefused) {
    io.err(`nddr: --log cannot update ${path}: ${logRefused}. Nothing was written.`);
    return 2;
  }
  const bytes = workbook.bytes;
  const result = await generateFromXlsx(bytes, today, { lang });
  if (!result.readable) {
    io.err(`nddr: cannot read ${path}: ${result.reason}.`);
    return 2;
  }
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    io.err(`nddr: cannot write to ${outDir}: ${systemReason(e)}.`);
    return 2;
  }
  const { generation, files } = result;
  const written = writeOutputs(outDir, [
    ["return.json", files.json],
    // A stale return from an earlier run must not pass for this one: no text and sheet, no old ones.
    ["return.txt", files.text],
    ["return.xlsx", files.xlsx],
  ]);
  if (written !== true) {
    io.err(`nddr: cannot write ${written.path}: ${written.reason}.`);
    return 2;
  }
  for (const f of generation.findings) io.err(describe(f));
  if (!files.text || !files.xlsx) {
    const errors = generation.findings.filter((f) => f.severity === "error").length;
    io.out(`No return written: ${errors} error${errors === 1 ? "" : "s"} to fix (listed above and in ${join(outDir, "return.json")}).`);
    io.out(dueSentence(generation.nddr, deadlineText));
    return 1;
  }
  const nddr = generation.nddr!;
  if (opts.flags.has("log")) {
    // Generated at is the return's day: --today where given (the clock's time of day kept).
    const now = (io.now ?? processIo.now!)();
    const generatedAt = todayFlag === undefined ? now : `${today}${now.slice(10)}`;
    const logged = await appendToLog(workbook, result, generatedAt, io);
    if (logged !== 0) return logged;
  }
  io.out(`Return of ${nddr.issuer} for ${formatDateEn(nddr.openingDate)} to ${formatDateEn(nddr.closingDate)} written to ${outDir}: return.xlsx, return.json, return.txt.`);
  io.out(dueSentence(nddr, deadlineText));
  return 0;
}

/** Appends the return's closing balances to NDDR_Log in the workbook file itself. */
async function appendToLog(workbook: WorkbookFile, result: Extract<WorkbookGeneration, { readable: true }>, generatedAt: string, io: Io): Promise<number> {
  const { path, bytes } = workbook;
  const nddr = result.generation.nddr!;
  const already = alreadyLogged(nddr, result.ledger.log ?? []);
  if (already) {
    io.out(`NDDR_Log already holds these closing balances for ${nddr.closingDate}; nothing appended.`);
    return 0;
  }
  const patched = await appendLogRows(bytes, result.tables, logRowsFor(result.prepared, generatedAt));
  if (!patched.ok) {
    io.err(`nddr: the return was written, but NDDR_Log in ${path} was not updated: ${patched.reason}.`);
    return 2;
  }
  const written = replaceWorkbookFile(workbook, patched.bytes);
  if (written !== true) {
    io.err(`nddr: the return was written, but NDDR_Log in ${path} was not updated: ${written}.`);
    return 2;
  }
  io.out(`NDDR_Log in ${path}: ${nddr.sectionI.length} row${nddr.sectionI.length === 1 ? "" : "s"} appended (closing ${nddr.closingDate}).`);
  return 0;
}

async function next(args: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(args, ["out"]);
  if (typeof opts === "string" || opts.positional.length !== 1) {
    io.err(`${typeof opts === "string" ? opts + "\n" : ""}${USAGE}`);
    return 2;
  }
  const path = opts.positional[0];
  const workbook = readWorkbookFile(path);
  if (typeof workbook === "string") {
    io.err(`nddr: cannot read ${path}: ${workbook}.`);
    return 2;
  }
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
  const plan = planNextReturn(parseLedger(read.tables).ledger);
  if (!plan.ok) {
    io.err(`nddr: cannot set up the next return: ${plan.reason}.`);
    return 1;
  }
  const patched = await patchWorkbook(bytes, plan.edits.map((e) => ({ sheet: e.at.sheet, address: e.at.cell, value: e.value })));
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

/** Writes each file, or removes it where there is nothing to write; the first failure, in words. */
function writeOutputs(dir: string, files: [string, string | Uint8Array | undefined][]): true | { path: string; reason: string } {
  for (const [name, content] of files) {
    const path = join(dir, name);
    try {
      if (content === undefined) rmSync(path, { force: true });
      else writeFileSync(path, content);
    } catch (e) {
      return { path, reason: systemReason(e) };
    }
  }
  return true;
}

function describe(f: Finding): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? "!" + f.cell : ""}` : "workbook";
  // A breach is shouted: it must be dealt with although the return is written.
  const severity = f.breach ? "BREACH" : severityLabel(f);
  return `${severity.padEnd(7)} ${where.padEnd(16)} ${f.code}: ${f.message}`;
}

/** "2024-12-18T08:30:00+08:00" → "08:30 on 18 December 2024". */
function deadlineText(instant: string): string {
  return `${instant.slice(11, 16)} on ${formatDateEn(instant.slice(0, 10) as IsoDate)}`;
}
