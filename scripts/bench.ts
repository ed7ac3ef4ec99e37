// `npm run bench`: times one generation on a synthetic ledger of 100,000 movement rows and 20,000
// repurchase rows over three classes, and prints `name: value unit` lines, `overhead-ratio` last.
//   domain-100k-ms  parseLedger + generateReturn on the tables as read (grids → return model)
//   cli-ms          the command line in-process: workbook file → return.json, return.txt, return.xlsx on disk
//   io-floor-ms     exceljs alone: reading the workbook file and writing the same return.xlsx
//   office-syncs-1k-web, office-syncs-100k-web   context.sync() calls of the add-in's Generate on the
//                   simulated Excel on the web, for a 1,000-row ledger and for the benchmark's
//   office-max-sync-bytes   the largest request or response of those syncs (Excel on the web: 5 MB)
// Each figure is the median of several runs after a warm-up; cli and io-floor runs alternate so that
// load from other processes on the machine affects both alike.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadWorkbook } from "../src/adapters/exceljs/load-workbook";
import { readTables } from "../src/adapters/exceljs/read-tables";
import { buildInputWorkbook } from "../src/adapters/exceljs/write-input-workbook";
import { returnWorkbookBytes } from "../src/adapters/exceljs/write-layout";
import { main, type Io } from "../src/cli/main";
import type { TableGrid } from "../src/contract/grid";
import { parseLedger } from "../src/contract/parse-ledger";
import type { IsoDate } from "../src/domain/dates";
import { generateReturn } from "../src/domain/generate-return";
import { layoutReturn } from "../src/layout/return-layout";
import { loadSimWorkbook } from "../src/adapters/exceljs/simulated-workbook";
import { officeHostFrom } from "../src/excel/host";
import { generateWith } from "../src/excel/run-generate";
import { createSimulatedHost } from "../src/simulated-excel/host";
import { PLATFORMS } from "../src/simulated-excel/platforms";
import { BENCH_SIZE, SYNTHETIC_TODAY, syntheticLedger } from "./synthetic-ledger";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const today = SYNTHETIC_TODAY as IsoDate;
const silent: Io = { out: () => {}, err: () => {}, today: () => today };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function time(f: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const line = (name: string, value: number | string, unit = "") => process.stdout.write(`${name}: ${value}${unit ? " " + unit : ""}\n`);
const ms = (x: number) => Math.round(x);

async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "nddr-bench-"));
  try {
    const file = join(dir, "ledger.xlsx");
    await buildInputWorkbook(syntheticLedger(BENCH_SIZE)).xlsx.writeFile(file);
    line("workbook-rows", BENCH_SIZE.movements + BENCH_SIZE.repurchases, "rows");
    line("workbook-kb", Math.round(statSync(file).size / 1024), "kB");

    const { grids, readTablesMs } = await readTimedTables(file);
    // The exceljs workbook (most of a gigabyte) is garbage now, as in the command line once the tables
    // are read: collect it before the domain's runs rather than during them.
    collectGarbage();
    const domain = () => {
      const parsed = parseLedger(grids);
      return generateReturn(parsed.ledger, { today }, parsed.findings);
    };
    const generation = domain();
    if (!generation.ok || !generation.nddr) throw new Error(`the synthetic ledger has errors: ${generation.findings.find((f) => f.severity === "error")?.message}`);
    const layout = layoutReturn(generation.nddr);
    const props = { title: "FF305", subject: generation.nddr.issuer, keywords: "", description: "", created: new Date(`${generation.nddr.dateSubmitted}T00:00:00Z`) };

    const domainTimes: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) domainTimes.push(await time(domain));
    line("domain-100k-ms", ms(median(domainTimes.slice(2))), "ms");
    line("read-tables-ms", ms(readTablesMs), "ms");

    const out = join(dir, "out");
    const cli = async () => {
      const code = await main(["generate", file, "--out", out, "--today", today], silent);
      if (code !== 0) throw new Error(`nddr generate exited with ${code}`);
    };
    const ioFloor = async () => {
      await workbookOf(file);
      writeFileSync(join(dir, "floor.xlsx"), await returnWorkbookBytes(layout, props));
    };
    await cli();
    await ioFloor();
    const cliTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < Math.max(3, RUNS - 2); i++) {
      cliTimes.push(await time(cli));
      floorTimes.push(await time(ioFloor));
    }
    const cliMs = median(cliTimes);
    const floorMs = median(floorTimes);
    line("cli-ms", ms(cliMs), "ms");
    line("io-floor-ms", ms(floorMs), "ms");
    const small = await officeOnWeb(await smallWorkbook(dir));
    const large = await officeOnWeb(file);
    line("office-syncs-1k-web", small.syncs);
    line("office-syncs-100k-web", large.syncs);
    line("office-max-sync-bytes", Math.max(small.maxBytes, large.maxBytes), "bytes");
    line("overhead-ratio", (cliMs / floorMs).toFixed(2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The contract tables of the file, and readTables' time on the loaded workbook (median of three). */
async function readTimedTables(file: string): Promise<{ grids: TableGrid[]; readTablesMs: number }> {
  const workbook = await workbookOf(file);
  const readTablesMs = median(await repeat(3, () => readTables(workbook)));
  return { grids: readTables(workbook), readTablesMs };
}

/** A full collection: node's gc() with --expose-gc (npm run bench), or one exposed here when run without it. */
function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

async function smallWorkbook(dir: string): Promise<string> {
  const file = join(dir, "small.xlsx");
  await buildInputWorkbook(syntheticLedger({ movements: 1_000, repurchases: 200 })).xlsx.writeFile(file);
  return file;
}

/** The file loaded with exceljs, as the command line loads it; the bench's own files always load. */
async function workbookOf(file: string) {
  const loaded = await loadWorkbook(readFileSync(file));
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.workbook;
}

async function repeat(n: number, f: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(f));
  return out;
}

/**
 * One Generate return of the add-in (the ribbon's code) on the simulated Excel on the web, which refuses
 * any sync over 5 MB: its syncs, and the largest request or response among them.
 */
async function officeOnWeb(file: string): Promise<{ syncs: number; maxBytes: number }> {
  const loaded = await loadSimWorkbook(readFileSync(file));
  if (!loaded.ok) throw new Error(loaded.reason);
  const host = createSimulatedHost(loaded.workbook, PLATFORMS.web, { pause: () => new Promise((r) => setImmediate(r)) });
  const result = await generateWith(officeHostFrom(host.office, host.excel, "https://localhost:3000/taskpane.html"), { now: new Date(`${SYNTHETIC_TODAY}T00:30:00Z`) });
  if (!result.generation.ok) throw new Error("the Office.js generation found errors");
  return { syncs: host.stats.syncs, maxBytes: Math.max(host.stats.maxRequestBytes, host.stats.maxResponseBytes) };
}

bench().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
