// `npm run simulate -- <workbook.xlsx> --out <dir> [--platform web|windows|mac|windows-ltsc2021]
// [--today YYYY-MM-DD] [--lang en|zh-HK] [--monthly YYYY-MM] [--file]`: opens the workbook in the
// simulated Excel of that platform and clicks the ribbon's Generate return — or, with --monthly, its
// Monthly return for that month — the add-in's own code; with --file it then marks the return as filed
// as the pane's button does. It writes what the add-in left: workbook.xlsx (the workbook afterwards),
// return.json and return.txt (monthly-return.json and .txt with --monthly: what the pane exports) and
// host.json (syncs, bytes each way, cells read, requirement sets used, notices shown).
// Exit 0: return written (and filed); 1: errors found; 2: usage, unreadable workbook, or the host refused.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadSimWorkbook, saveSimWorkbook } from "../adapters/exceljs/simulated-workbook";
import { generateMonthlyFromRibbon, generateReturnFromRibbon, type RibbonOutcome } from "../ribbon/commands";
import { officeHostFrom } from "../adapters/officejs/host";
import { hongKongToday } from "../common/hk-clock";
import { parseIsoDate, type IsoDate } from "../domain/dates";
import { parseReturnMonth } from "../domain/monthly-return/month";
import type { ExcelGeneration, ExcelMonthlyGeneration } from "../adapters/officejs/generate-in-excel";
import { LANGUAGES, parseLanguage, type Language } from "../labels";
import type { FiledReturn } from "../pipeline/filing";
import { createSimulatedHost, hostReport, type SimulatedHost } from "../simulated-excel/host";
import { PLATFORMS, platformNamed, type PlatformProfile } from "../simulated-excel/platforms";
import { markAsFiledWith } from "../adapters/officejs/run-generate";
import type { FilingOutcome } from "../taskpane/port";
import { parseOptions } from "./args";
import { describeFindings } from "./options";
import type { Outcome } from "../common/outcome";

const USAGE = `Usage: npm run simulate -- <workbook.xlsx> --out <dir> [--platform ${Object.keys(PLATFORMS).join("|")}] [--today YYYY-MM-DD] [--lang en|zh-HK] [--monthly YYYY-MM] [--file]
  Runs the add-in's Generate return (the ribbon button's code) on the workbook in a simulated Excel with
  that platform's limits, and writes workbook.xlsx, return.json, return.txt and host.json to <dir>.
  --monthly runs the Monthly return button for that month instead (monthly-return.json and .txt).
  --file then marks the return as filed, as the pane's Mark as filed does: NDDR_Log gets its closing
  balances, once however often it is run.
  Exit 0: return written; 1: errors found (see the .json); 2: usage, unreadable workbook, or Excel refused.`;

export interface SimulationOptions {
  readonly platform: PlatformProfile;
  readonly today: IsoDate;
  readonly language?: Language;
  /** The Monthly Return for this month ("YYYY-MM") instead of the NDDR. */
  readonly month?: string;
  /** Mark the return as filed after generating it. */
  readonly file?: boolean;
}

export type Simulation = Outcome<{
  readonly host: SimulatedHost;
  readonly outcome: RibbonOutcome<ExcelGeneration | ExcelMonthlyGeneration>;
  readonly filing?: FilingOutcome;
  readonly exitCode: 0 | 1 | 2;
}>;

/** Opens the bytes in a simulated Excel, clicks Generate return (or Monthly return), and marks it as filed if asked. */
export async function simulateGenerate(bytes: Uint8Array, options: SimulationOptions): Promise<Simulation> {
  const loaded = await loadSimWorkbook(bytes);
  if (!loaded.ok) return { ok: false, reason: loaded.reason };
  const host = createSimulatedHost(loaded.workbook, options.platform);
  const addin = officeHostFrom(host.office, host.excel, "https://localhost:3000/commands.html");
  // 09:00 in Hong Kong on `today`: the clock the add-in reads.
  const now = new Date(`${options.today}T01:00:00Z`);
  const event = { completed: () => undefined } as unknown as Office.AddinCommands.Event;
  const language = options.language ?? "en";
  const outcome: RibbonOutcome<ExcelGeneration | ExcelMonthlyGeneration> = options.month
    ? await generateMonthlyFromRibbon(event, addin, () => now, { language, month: options.month })
    : await generateReturnFromRibbon(event, addin, () => now, { language });
  const generation = outcome.generation;
  if (!generation) return { ok: true, host, outcome, exitCode: 2 };
  if (!generation.returnSheet) return { ok: true, host, outcome, exitCode: 1 };
  if (!options.file) return { ok: true, host, outcome, exitCode: 0 };
  const filed: FiledReturn = options.month
    ? { kind: "monthly", prepared: (generation as ExcelMonthlyGeneration).prepared }
    : { kind: "nddr", prepared: (generation as ExcelGeneration).prepared };
  try {
    // What the pane's Mark as filed runs (excelPort's markAsFiled), without the pane's DOM helpers.
    const filing = await markAsFiledWith(addin, filed, now);
    return { ok: true, host, outcome, filing, exitCode: !filing.ok ? 1 : 0 };
  } catch (e) {
    return { ok: true, host, outcome, filing: { ok: false, reason: `Mark as filed failed: ${e instanceof Error ? e.message : String(e)}` }, exitCode: 2 };
  }
}

export interface SimulateIo {
  out(text: string): void;
  err(text: string): void;
  today(): IsoDate;
}

const processIo: SimulateIo = {
  out: (t) => void process.stdout.write(`${t}\n`),
  err: (t) => void process.stderr.write(`${t}\n`),
  today: () => hongKongToday(new Date()),
};

const VALUED = ["out", "platform", "today", "lang", "monthly"];
const SWITCHES = ["file"];

export async function simulateMain(argv: readonly string[], io: SimulateIo = processIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(USAGE);
    return 0;
  }
  // The command line's own argument reader: the same messages for the same mistakes.
  const parsed = parseOptions(argv, VALUED, SWITCHES);
  if (!parsed.ok || parsed.options.positional.length !== 1 || !parsed.options.flags.has("out")) {
    io.err(`${parsed.ok ? "" : `${parsed.reason}\n`}${USAGE}`);
    return 2;
  }
  const { flags, positional } = parsed.options;
  const platform = platformNamed(flags.get("platform") ?? "web");
  if (!platform) {
    io.err(`--platform ${flags.get("platform")}: one of ${Object.keys(PLATFORMS).join(", ")}.`);
    return 2;
  }
  const language = parseLanguage(flags.get("lang") ?? "en");
  if (!language) {
    io.err(`--lang ${flags.get("lang")}: the return prints in ${LANGUAGES.join(" or ")}.`);
    return 2;
  }
  const today = flags.has("today") ? parseIsoDate(flags.get("today")!) : io.today();
  if (!today) {
    io.err("--today must be a date like 2024-12-18.");
    return 2;
  }
  const month = flags.has("monthly") ? parseReturnMonth(flags.get("monthly")!)?.month : undefined;
  if (flags.has("monthly") && !month) {
    io.err(`--monthly ${flags.get("monthly")}: write the month as YYYY-MM, e.g. --monthly 2024-09.`);
    return 2;
  }
  const path = positional[0]!;
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new Error("it is a folder, not a workbook file");
    bytes = readFileSync(path);
  } catch (e) {
    io.err(`simulate: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}.`);
    return 2;
  }
  const sim = await simulateGenerate(bytes, { platform, today, language, month, file: flags.has("file") });
  if (!sim.ok) {
    io.err(`simulate: cannot open ${path} in the simulated Excel: ${sim.reason}.`);
    return 2;
  }
  const outDir = resolve(flags.get("out")!);
  mkdirSync(outDir, { recursive: true });
  const prepared = sim.outcome.generation?.prepared;
  const [jsonName, textName] = month ? ["monthly-return.json", "monthly-return.txt"] : ["return.json", "return.txt"];
  writeFileSync(join(outDir, "host.json"), `${JSON.stringify(hostReport(sim.host), null, 2)}\n`);
  if (prepared) writeFileSync(join(outDir, jsonName), prepared.json);
  else rmSync(join(outDir, jsonName), { force: true });
  if (prepared?.text && sim.outcome.generation?.returnSheet) writeFileSync(join(outDir, textName), prepared.text);
  else rmSync(join(outDir, textName), { force: true });
  // The after-image is the simulator's own output, not the generation's: a workbook it cannot write back
  // is said, and the exit code stays the generation's.
  try {
    writeFileSync(join(outDir, "workbook.xlsx"), await saveSimWorkbook(sim.host.workbook));
  } catch (e) {
    rmSync(join(outDir, "workbook.xlsx"), { force: true });
    io.err(`simulate: workbook.xlsx (the workbook afterwards) not written: ${e instanceof Error ? e.message : String(e)}.`);
  }
  // The command line's words for each finding: a breach shouts BREACH there and here.
  for (const line of describeFindings(prepared?.generation.findings ?? [], `every one is in ${join(outDir, jsonName)}`)) io.err(line);
  const stats = sim.host.stats;
  // A generation that failed is said where failures go (the ribbon's failure notice), as nddr generate does.
  (sim.outcome.notice.kind === "failure" ? io.err : io.out)(`${platform.label}: ${sim.outcome.notice.message}`);
  if (sim.filing) (!sim.filing.ok ? io.err : io.out)(`Filing: ${!sim.filing.ok ? sim.filing.reason : sim.filing.summary}`);
  io.out(`${stats.syncs} syncs; largest request ${stats.maxRequestBytes.toLocaleString("en")} bytes, largest response ${stats.maxResponseBytes.toLocaleString("en")} bytes; written to ${outDir}.`);
  return sim.exitCode;
}
