// `npm run simulate -- <workbook.xlsx> --out <dir> [--platform web|windows|mac|windows-ltsc2021]
// [--today YYYY-MM-DD] [--lang en|zh-HK]`: opens the workbook in the simulated Excel of that platform and
// clicks the ribbon's Generate return — the add-in's own code — then writes what the add-in left:
// workbook.xlsx (the workbook afterwards), return.json and return.txt (what the pane exports) and
// host.json (syncs, bytes each way, cells read, requirement sets used, notices shown).
// Exit 0: return written; 1: errors found; 2: usage, unreadable workbook, or the host refused.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadSimWorkbook, saveSimWorkbook } from "../adapters/exceljs/simulated-workbook";
import { generateReturnFromRibbon, type RibbonOutcome } from "../commands/commands";
import { officeHostFrom } from "../excel/host";
import { hongKongToday } from "../common/hk-clock";
import { parseIsoDate, type IsoDate } from "../domain/dates";
import { LANGUAGES, parseLanguage, type Language } from "../labels";
import { createSimulatedHost, hostReport, type SimulatedHost } from "../simulated-excel/host";
import { PLATFORMS, platformNamed, type PlatformProfile } from "../simulated-excel/platforms";

const USAGE = `Usage: npm run simulate -- <workbook.xlsx> --out <dir> [--platform ${Object.keys(PLATFORMS).join("|")}] [--today YYYY-MM-DD] [--lang en|zh-HK]
  Runs the add-in's Generate return (the ribbon button's code) on the workbook in a simulated Excel with
  that platform's limits, and writes workbook.xlsx, return.json, return.txt and host.json to <dir>.
  Exit 0: return written; 1: errors found (see return.json); 2: usage, unreadable workbook, or Excel refused.`;

export interface SimulationOptions {
  readonly platform: PlatformProfile;
  readonly today: IsoDate;
  readonly language?: Language;
}

export type Simulation =
  | { readonly readable: false; readonly reason: string }
  | { readonly readable: true; readonly host: SimulatedHost; readonly outcome: RibbonOutcome; readonly exitCode: 0 | 1 | 2 };

/** Opens the bytes in a simulated Excel and clicks Generate return. */
export async function simulateGenerate(bytes: Uint8Array, options: SimulationOptions): Promise<Simulation> {
  const loaded = await loadSimWorkbook(bytes);
  if (!loaded.ok) return { readable: false, reason: loaded.reason };
  const host = createSimulatedHost(loaded.workbook, options.platform);
  const addin = officeHostFrom(host.office, host.excel, "https://localhost:3000/commands.html");
  // 09:00 in Hong Kong on `today`: the clock the add-in reads.
  const now = new Date(`${options.today}T01:00:00Z`);
  const event = { completed: () => undefined } as unknown as Office.AddinCommands.Event;
  const outcome = await generateReturnFromRibbon(event, addin, () => now, { language: options.language ?? "en" });
  const exitCode = outcome.generation ? (outcome.generation.returnSheet ? 0 : 1) : 2;
  return { readable: true, host, outcome, exitCode };
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

export async function simulateMain(argv: readonly string[], io: SimulateIo = processIo): Promise<number> {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (!["out", "platform", "today", "lang"].includes(name) || !value) {
      io.err(`${value ? `Unknown option --${name}.` : `Option --${name} needs a value.`}\n${USAGE}`);
      return 2;
    }
    flags.set(name, value);
  }
  if (positional.length !== 1 || !flags.has("out")) {
    io.err(USAGE);
    return 2;
  }
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
  const path = positional[0]!;
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new Error("it is a folder, not a workbook file");
    bytes = readFileSync(path);
  } catch (e) {
    io.err(`simulate: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}.`);
    return 2;
  }
  const sim = await simulateGenerate(bytes, { platform, today, language });
  if (!sim.readable) {
    io.err(`simulate: cannot open ${path} in the simulated Excel: ${sim.reason}.`);
    return 2;
  }
  const outDir = resolve(flags.get("out")!);
  mkdirSync(outDir, { recursive: true });
  const prepared = sim.outcome.generation?.prepared;
  writeFileSync(join(outDir, "workbook.xlsx"), await saveSimWorkbook(sim.host.workbook));
  writeFileSync(join(outDir, "host.json"), `${JSON.stringify(hostReport(sim.host), null, 2)}\n`);
  if (prepared) writeFileSync(join(outDir, "return.json"), prepared.json);
  else rmSync(join(outDir, "return.json"), { force: true });
  if (prepared?.text && sim.exitCode === 0) writeFileSync(join(outDir, "return.txt"), prepared.text);
  else rmSync(join(outDir, "return.txt"), { force: true });
  for (const f of prepared?.generation.findings ?? []) io.err(`${f.severity.padEnd(7)} ${f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}` : "workbook"}  ${f.code}: ${f.message}`);
  const stats = sim.host.stats;
  io.out(`${platform.label}: ${sim.outcome.notice.message}`);
  io.out(`${stats.syncs} syncs; largest request ${stats.maxRequestBytes.toLocaleString("en")} bytes, largest response ${stats.maxResponseBytes.toLocaleString("en")} bytes; written to ${outDir}.`);
  return sim.exitCode;
}
