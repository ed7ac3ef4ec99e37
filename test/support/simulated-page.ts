// The simulated Excel for browser pages: a page set up to run the task pane on a given workbook (the
// simulated Excel's page script is built when missing or stale by scripts/simulated-pages.ts), and the
// pane harness's page.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { SimWorkbook } from "../../src/simulated-excel/model";
import type { PlatformName } from "../../src/simulated-excel/platforms";
import type { OfficeThemeName } from "../../src/simulated-excel/office-theme";
import type { TableGrid } from "../../src/contract/grid";
import type { HarnessConfig } from "./pane-harness";
import { HARNESS_DIR, simulatedExcelScript } from "../../scripts/simulated-pages";

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
