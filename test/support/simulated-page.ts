// The simulated Excel for browser pages: its bundle (webpack.simulated.config.js, built when missing or
// stale) and a page set up to run the task pane on a given workbook.
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { SimWorkbook } from "../../src/simulated-excel/model";
import type { PlatformName } from "../../src/simulated-excel/platforms";
import { ROOT } from "./browser";

const BUNDLE = join(ROOT, "node_modules", ".cache", "nddr-simulated", "simulated-excel.js");

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The bundle's source, built first if any source is newer. */
export function simulatedExcelScript(): string {
  const stale = !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.simulated.config.js")).mtimeMs);
  if (stale) {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--config", "webpack.simulated.config.js"], { cwd: ROOT, stdio: "ignore" });
  }
  return readFileSync(BUNDLE, "utf8");
}

/** A new page whose `Excel` is the simulated host over `workbook` (served to the page as JSON). */
export async function simulatedPage(context: BrowserContext, origin: string, workbook: SimWorkbook, platform: PlatformName = "web", syncDelayMs = 0): Promise<Page> {
  const page = await context.newPage();
  const url = `${origin}/__simulated/workbook.json`;
  const body = JSON.stringify(workbook);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.addInitScript({ content: `window.__simulatedExcelConfig = ${JSON.stringify({ workbookUrl: url, platform, syncDelayMs })};\n${simulatedExcelScript()}` });
  return page;
}
