// One workbook file through both hosts: `nddr generate` (the command line, our reader) and `npm run simulate`
// (the add-in's ribbon code on the simulated Excel), each in-process and each writing its files, so a
// test can hold their return.json side by side — or, with a month, `nddr monthly` and the Monthly
// return button, and their monthly-return.json.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { simulateMain } from "../../src/cli/simulate";
import { isErrorValue, isUncalculated, type CellValue, type TableGrid } from "../../src/contract/grid";
import type { IsoDate } from "../../src/domain/dates";
import type { Language } from "../../src/labels";
import type { PlatformName } from "../../src/simulated-excel/platforms";

export interface HostRun {
  readonly code: number;
  /** return.json, parsed; undefined when none was written. */
  readonly json?: Record<string, unknown>;
  readonly text?: string;
  readonly stderr: string;
}

/** The add-in's run: also the simulated host's record (host.json) and the workbook as it saved it. */
export type AddinRun = HostRun & { readonly host?: Record<string, unknown>; readonly workbook?: string };

export interface BothRuns {
  readonly cli: HostRun;
  readonly addin: AddinRun;
  /** Folder holding both runs' files; removed by done(). */
  readonly dir: string;
  done(): void;
}

export interface ParityOptions {
  readonly today: IsoDate | string;
  readonly lang?: Language;
  readonly platform?: PlatformName;
  /** The Monthly Return for this month: `nddr monthly` and the simulated Monthly return button. */
  readonly month?: string;
}

const baseName = (options: ParityOptions) => (options.month !== undefined ? "monthly-return" : "return");

function read(dir: string, base: string): Omit<HostRun, "code" | "stderr"> {
  const json = join(dir, `${base}.json`);
  const text = join(dir, `${base}.txt`);
  return { json: existsSync(json) ? JSON.parse(readFileSync(json, "utf8")) : undefined, text: existsSync(text) ? readFileSync(text, "utf8") : undefined };
}

/** `nddr generate` (or `nddr monthly`) on `file`, in process, writing its files to `out`. */
export async function cliRun(file: string, out: string, options: ParityOptions): Promise<HostRun> {
  const today = options.today as IsoDate;
  const err: string[] = [];
  const command = options.month !== undefined ? ["monthly", file, "--month", options.month] : ["generate", file];
  const code = await main([...command, "--out", out, "--today", today, "--lang", options.lang ?? "en"], { out: () => {}, err: (t) => err.push(t), today: () => today });
  return { code, ...read(out, baseName(options)), stderr: err.join("\n") };
}

/** `npm run simulate` on `file`, in process: the add-in's Generate return (or Monthly return) on the simulated Excel of `options.platform` (web unless said). */
export async function addinRun(file: string, out: string, options: ParityOptions): Promise<AddinRun> {
  const today = options.today as IsoDate;
  const err: string[] = [];
  const args = [file, "--out", out, "--platform", options.platform ?? "web", "--today", today, "--lang", options.lang ?? "en", ...(options.month !== undefined ? ["--monthly", options.month] : [])];
  const code = await simulateMain(args, { out: () => {}, err: (t) => err.push(t), today: () => today });
  const hostFile = join(out, "host.json");
  return {
    code, ...read(out, baseName(options)), stderr: err.join("\n"),
    ...(existsSync(hostFile) ? { host: JSON.parse(readFileSync(hostFile, "utf8")), workbook: join(out, "workbook.xlsx") } : {}),
  };
}

export async function bothHosts(bytes: Uint8Array, options: ParityOptions): Promise<BothRuns> {
  const dir = mkdtempSync(join(tmpdir(), "nddr-parity-"));
  const file = join(dir, "workbook.xlsx");
  writeFileSync(file, bytes);
  return {
    dir,
    cli: await cliRun(file, join(dir, "cli"), options),
    addin: await addinRun(file, join(dir, "addin"), options),
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** return.json without `generator` (the one field that names the host). */
export function withoutGenerator(json: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!json) return undefined;
  const { generator: _generator, ...rest } = json;
  return rest;
}

/** Contract tables as a workbook file (exceljs, one table per grid where the grid says it is). */
export async function workbookFromGrids(grids: readonly TableGrid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // A formula without a result stays one (exceljs writes <f> with no <v>), as another program would save it.
  const cell = (v: CellValue): ExcelJS.CellValue =>
    v === null ? null : isUncalculated(v) ? ({ formula: v.formula } as ExcelJS.CellFormulaValue) : isErrorValue(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
  for (const g of grids) {
    const ws = wb.getWorksheet(g.sheet) ?? wb.addWorksheet(g.sheet);
    const width = Math.max(1, g.headers.length, ...g.rows.map((r) => r.length));
    const headers = Array.from({ length: width }, (_, i) => {
      const h = g.headers[i];
      return typeof h === "string" && h.trim() !== "" ? h : `Column${i + 1}`;
    });
    ws.addTable({
      name: g.name,
      ref: `${ws.getColumn(g.firstColumn).letter}${Math.max(1, g.headerRow)}`,
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: g.rows.length > 0 ? g.rows.map((r) => Array.from({ length: width }, (_, i) => cell(r[i] ?? null))) : [Array.from({ length: width }, () => null)],
    });
    // A row under the table, outside it, as a script writes it (exceljs does not widen the table).
    g.rowBelow?.values.forEach((v, i) => {
      if (v !== null) ws.getCell(g.rowBelow!.row, g.firstColumn + i).value = cell(v);
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
