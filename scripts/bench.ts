// `npm run bench`: times one generation on a synthetic ledger of 100,000 movement rows and 20,000
// repurchase rows over three classes, and prints `name: value unit` lines, `overhead-ratio` last.
//   domain-100k-ms  parseLedger + generateReturn on the tables as read (grids → return model)
//   cli-ms          the command line in-process: workbook file → return.json, return.txt, return.xlsx on disk
//   io-floor-ms     exceljs alone: reading the workbook file and writing the same return.xlsx
// Each figure is the median of several runs after a warm-up; cli and io-floor runs alternate so that
// load from other processes on the machine affects both alike.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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
    const small = readTables(await smallWorkbook(dir));
    line("office-syncs", await officeSyncs(small, grids));
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

async function smallWorkbook(dir: string) {
  const file = join(dir, "small.xlsx");
  await buildInputWorkbook(syntheticLedger({ movements: 1_000, repurchases: 200 })).xlsx.writeFile(file);
  return workbookOf(file);
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
 * context.sync() calls of one Office.js generation, counted on the tests' fake Excel (test/support) for
 * a small ledger and for the benchmark's: they must not grow with the rows. The Office.js shell and the
 * fake are TypeScript outside the command line's build, so they are transpiled here as they load.
 */
async function officeSyncs(small: readonly TableGrid[], large: readonly TableGrid[]): Promise<string> {
  const root = resolve(__dirname, "../..");
  const ts = require("typescript") as typeof import("typescript");
  const hooks = require.extensions as unknown as Record<string, (m: { _compile(code: string, file: string): void }, file: string) => void>;
  hooks[".ts"] = (m, file) => {
    const out = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
    m._compile(out.outputText, file);
  };
  const { generateInExcel } = require(join(root, "src/excel/generate-in-excel.ts"));
  const { FakeContext } = require(join(root, "test/support/fake-excel.ts"));
  const { workbookOf } = require(join(root, "test/support/fake-workbooks.ts"));
  const count = async (grids: readonly TableGrid[]) => {
    const state = workbookOf(grids);
    const result = await generateInExcel(new FakeContext(state), { now: new Date(`${SYNTHETIC_TODAY}T00:30:00Z`), features: { api19: true } });
    if (!result.generation.ok) throw new Error("the Office.js generation found errors");
    return state.syncs as number;
  };
  const [few, many] = [await count(small), await count(large)];
  return few === many ? String(many) : `${many} (but ${few} for the small ledger: the syncs grow with the rows)`;
}

bench().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
