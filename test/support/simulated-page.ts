// The simulated Excel for browser pages: its bundle (webpack.simulated.config.js, built when missing or
// stale) and a page set up to run the task pane on a given workbook.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "fs";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { SimWorkbook } from "../../src/simulated-excel/model";
import type { PlatformName } from "../../src/simulated-excel/platforms";
import type { OfficeThemeName } from "../../src/simulated-excel/office-theme";
import type { TableGrid } from "../../src/contract/grid";
import type { HarnessConfig } from "./pane-harness";
import { ROOT } from "./browser";

const BUNDLE = join(ROOT, "node_modules", ".cache", "nddr-simulated", "simulated-excel.js");
/** The pane harness (test/support/pane-harness.ts) and its chunks, built by the same config. */
export const HARNESS_DIR = join(ROOT, "node_modules", ".cache", "nddr-harness");

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The bundle's source, built first if any source is newer. Jest's workers may ask at once: a lock
 * directory makes them build one at a time (as ensureBuilt does for dist/).
 */
export function simulatedExcelScript(): string {
  const harness = join(HARNESS_DIR, "pane-harness.js");
  const stale = () => {
    const sources = Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.simulated.config.js")).mtimeMs, statSync(join(ROOT, "test", "support", "pane-harness.ts")).mtimeMs);
    return [BUNDLE, harness].some((f) => !existsSync(f) || statSync(f).mtimeMs < sources);
  };
  const lock = join(ROOT, "node_modules", ".cache", "nddr-simulated.lock");
  mkdirSync(join(lock, ".."), { recursive: true });
  while (stale()) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 180_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
      continue;
    }
    try {
      if (!stale()) break;
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--config", "webpack.simulated.config.js"], { cwd: ROOT, stdio: "ignore" });
      // webpack leaves a file whose content did not change as it was: mark both as built now.
      const now = new Date();
      for (const f of [BUNDLE, harness]) utimesSync(f, now, now);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return readFileSync(BUNDLE, "utf8");
}

/** A new page whose `Excel` is the simulated host over `workbook` (served to the page as JSON). */
export async function simulatedPage(
  context: BrowserContext, origin: string, workbook: SimWorkbook, platform: PlatformName = "web", syncDelayMs = 0,
  options: { readonly officeTheme?: OfficeThemeName } = {},
): Promise<Page> {
  const page = await context.newPage();
  const url = `${origin}/__simulated/workbook.json`;
  const body = JSON.stringify(workbook);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.addInitScript({ content: `window.__simulatedExcelConfig = ${JSON.stringify({ workbookUrl: url, platform, syncDelayMs, ...options })};\n${simulatedExcelScript()}` });
  return page;
}

/** The pane harness at `${origin}/__harness/pane.html`, generating from `tables` (see pane-harness.ts). */
export async function harnessPage(context: BrowserContext, origin: string, tables: readonly TableGrid[], config: Omit<HarnessConfig, "tablesUrl"> = {}): Promise<Page> {
  simulatedExcelScript();
  const page = await context.newPage();
  const tablesUrl = `${origin}/__harness/tables.json`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pane harness</title><link rel="stylesheet" href="/taskpane.css">` +
    `<script src="/__harness/pane-harness.js" defer></script></head><body><main><h1 class="visually-hidden">Pane harness</h1><div id="app" class="pane"></div></main></body></html>`;
  await page.route(`${origin}/__harness/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice("/__harness/".length);
    if (name === "pane.html") return route.fulfill({ status: 200, contentType: "text/html", body: html });
    if (name === "tables.json") return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(tables) });
    const file = join(HARNESS_DIR, name);
    return existsSync(file) ? route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) }) : route.fulfill({ status: 404, body: "" });
  });
  await page.addInitScript({ content: `window.__harnessConfig = ${JSON.stringify({ ...config, tablesUrl })};` });
  await page.goto(`${origin}/__harness/pane.html`);
  return page;
}
