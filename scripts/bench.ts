// `npm run bench`: times one generation on a synthetic ledger of 100,000 movement rows and 20,000
// repurchase rows over three classes, and prints `name: value unit` lines.
//   domain-100k-ms      parseLedger + generateReturn on the tables as read (grids → return model)
//   read-tables-ms      the reader: file bytes → the contract's tables as grids
//   unzip-floor-ms      reading the file and inflating every part (node's zlib), nothing else
//   cli-ms              the command line in-process: workbook file → return.json, return.txt, return.xlsx on disk
//   cli-vs-unzip-ratio  cli-ms ÷ unzip-floor-ms
//   return-xlsx-ms      exceljs writing return.xlsx alone, from its layout (the issue keeps exceljs for it)
//   least-cli-ms, least-cli-vs-unzip-ratio   unzip-floor-ms + domain-100k-ms + return-xlsx-ms: the command
//                       line with a reader that cost nothing beyond inflating, and no return.json/.txt; the
//                       ratio no reader can bring cli-vs-unzip-ratio under (docs/decisions.md, issue 12)
//   io-floor-ms         exceljs alone: reading the workbook file and writing the same return.xlsx
//   cli-process-ms, cli-peak-rss-mb   `nddr generate` as a process of its own: wall time and peak memory
//   unzip-process-ms    a node process that reads the file and inflates every part, nothing else
//   process-vs-unzip-ratio   cli-process-ms ÷ unzip-process-ms (issue 12: "as a whole process")
//   large-workbook-*    the same for a 42 MB workbook with an unrelated sheet of a million rows
//   office-syncs-1k-web, office-syncs-100k-web   context.sync() calls of the add-in's Generate on the
//                       simulated Excel on the web, for a 1,000-row ledger and for the benchmark's
//   office-max-sync-bytes   the largest request or response of those syncs (Excel on the web: 5 MB)
// Each figure is the median of several runs after a warm-up; runs of figures that are compared
// alternate, so that load from other processes on the machine affects both alike.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../src/adapters/exceljs/write-input-workbook";
import { returnWorkbookBytes } from "../src/adapters/exceljs/write-layout";
import { entryData, zipDirectory } from "../src/adapters/xlsx-read/zip-directory";
import { main, type Io } from "../src/cli/main";
import type { TableGrid } from "../src/contract/grid";
import { parseLedger } from "../src/contract/parse-ledger";
import type { IsoDate } from "../src/domain/dates";
import { readContractTables } from "../src/files/return-files";
import { generateReturn } from "../src/domain/generate-return";
import { layoutReturn } from "../src/layout/return-layout";
import { largeWorkbook } from "./large-workbook";
import { loadSimWorkbook } from "../src/adapters/exceljs/simulated-workbook";
import { officeHostFrom } from "../src/adapters/officejs/host";
import { generateWith } from "../src/adapters/officejs/run-generate";
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
    const domainMs = median(domainTimes.slice(2));
    line("domain-100k-ms", ms(domainMs), "ms");
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
    const unzip = () => unzipAll(file);
    const returnXlsx = async () => writeFileSync(join(dir, "return-only.xlsx"), await returnWorkbookBytes(layout, props));
    await returnXlsx();
    await cli();
    await ioFloor();
    await unzip();
    const cliTimes: number[] = [];
    const floorTimes: number[] = [];
    const unzipTimes: number[] = [];
    const returnXlsxTimes: number[] = [];
    for (let i = 0; i < Math.max(3, RUNS - 2); i++) {
      cliTimes.push(await time(cli));
      unzipTimes.push(await time(unzip));
      floorTimes.push(await time(ioFloor));
      returnXlsxTimes.push(await time(returnXlsx));
    }
    const cliMs = median(cliTimes);
    const floorMs = median(floorTimes);
    const unzipMs = median(unzipTimes);
    line("unzip-floor-ms", ms(unzipMs), "ms");
    line("cli-ms", ms(cliMs), "ms");
    line("cli-vs-unzip-ratio", (cliMs / unzipMs).toFixed(2));
    const returnXlsxMs = median(returnXlsxTimes);
    const leastMs = unzipMs + domainMs + returnXlsxMs;
    line("return-xlsx-ms", ms(returnXlsxMs), "ms");
    line("least-cli-ms", ms(leastMs), "ms");
    line("least-cli-vs-unzip-ratio", (leastMs / unzipMs).toFixed(2));
    line("io-floor-ms", ms(floorMs), "ms");
    const small = await officeOnWeb(await smallWorkbook(dir));
    const office = await officeOnWeb(file);
    line("office-syncs-1k-web", small.syncs);
    line("office-syncs-100k-web", office.syncs);
    line("office-max-sync-bytes", Math.max(small.maxBytes, office.maxBytes), "bytes");
    line("overhead-ratio", (cliMs / floorMs).toFixed(2));
    const processes = alternate(Math.max(3, RUNS - 2), () => cliProcess(file, join(dir, "out-process")), () => unzipProcess(file));
    const cliProcessMs = median(processes.a.map((r) => r.ms));
    const unzipProcessMs = median(processes.b);
    line("cli-process-ms", ms(cliProcessMs), "ms");
    line("cli-peak-rss-mb", Math.max(...processes.a.map((r) => r.peakMb)), "MB");
    line("unzip-process-ms", ms(unzipProcessMs), "ms");
    line("process-vs-unzip-ratio", (cliProcessMs / unzipProcessMs).toFixed(2));

    const large = join(dir, "large.xlsx");
    writeFileSync(large, await largeWorkbook());
    line("large-workbook-mb", (statSync(large).size / 1024 / 1024).toFixed(1), "MB");
    const run = cliProcess(large, join(dir, "out-large"));
    line("large-workbook-exit", run.code);
    line("large-workbook-ms", ms(run.ms), "ms");
    line("large-workbook-peak-rss-mb", run.peakMb, "MB");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The contract tables of the file, and the reader's time from the file's bytes (median after a warm-up). */
async function readTimedTables(file: string): Promise<{ grids: TableGrid[]; readTablesMs: number }> {
  const read = async () => {
    const r = await readContractTables(readFileSync(file));
    if (!r.ok) throw new Error(r.reason);
    return r.tables;
  };
  const grids = await read(); // a warm-up, as for the other figures
  const readTablesMs = median(await repeat(RUNS, read));
  return { grids, readTablesMs };
}

/** The physical floor of any reader: the file read and every part inflated, with node's zlib. */
function unzipAll(file: string): number {
  const bytes = new Uint8Array(readFileSync(file));
  let total = 0;
  for (const entry of zipDirectory(bytes, 100_000).values()) {
    const data = entryData(bytes, entry);
    total += entry.method === 8 ? inflateRawSync(data).length : data.length;
  }
  return total;
}

/** `a` and `b` run `n` times each, alternately, so that other load on the machine weighs on both. */
function alternate<A, B>(n: number, a: () => A, b: () => B): { a: A[]; b: B[] } {
  const out = { a: [] as A[], b: [] as B[] };
  for (let i = 0; i < n; i++) {
    out.a.push(a());
    out.b.push(b());
  }
  return out;
}

/** The floor of any process reading the file: node started, the file read and every part inflated (wall ms). */
function unzipProcess(file: string): number {
  const directory = join(__dirname, "..", "src", "adapters", "xlsx-read", "zip-directory.js");
  const script = `const { zipDirectory, entryData } = require(${JSON.stringify(directory)}); const { inflateRawSync } = require("node:zlib");` +
    `const bytes = new Uint8Array(require("node:fs").readFileSync(process.argv[1]));` +
    `for (const e of zipDirectory(bytes, 100000).values()) { const d = entryData(bytes, e); if (e.method === 8) inflateRawSync(d); }`;
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-e", script, file], { encoding: "utf8", timeout: 60_000 });
  if (run.status !== 0) throw new Error(`the unzip process failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** `nddr generate` in a process of its own (as a user runs it): exit code, wall time and peak RSS. */
function cliProcess(file: string, out: string): { code: number; ms: number; peakMb: number } {
  const cliMain = join(__dirname, "..", "src", "cli", "main.js");
  const script = `require(${JSON.stringify(cliMain)}).main(process.argv.slice(1), { out() {}, err() {}, today: () => ${JSON.stringify(today)} })` +
    `.then((code) => { process.stdout.write(JSON.stringify({ code, rss: process.resourceUsage().maxRSS })); })`;
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-e", script, "generate", file, "--out", out, "--today", today], { encoding: "utf8", timeout: 300_000 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  const result = /\{.*\}$/.exec(run.stdout ?? "");
  if (!result) return { code: run.status ?? -1, ms: elapsed, peakMb: NaN };
  const { code, rss } = JSON.parse(result[0]) as { code: number; rss: number };
  return { code, ms: elapsed, peakMb: Math.round(rss / 1024) };
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

/** The file loaded whole with exceljs (the reader before xlsx-read): the io floor's reading half. */
async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer as ArrayBuffer);
  return workbook;
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
