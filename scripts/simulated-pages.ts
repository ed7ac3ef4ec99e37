// The browser plumbing the screenshot scripts and the browser tests (test/support/browser.ts) share:
// dist/ served on 127.0.0.1, Debian's Chromium with the project's flags, office.js's CDN answered from
// the npm package (nothing leaves the machine), the simulated Excel's page script built once when stale,
// and the task pane opened on it.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** The project's root, from scripts/ (the tests, ts-jest) or from lib/scripts/ (compiled). */
export const ROOT = existsSync(join(__dirname, "..", "package.json")) ? join(__dirname, "..") : join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
/** Where the pages load office.js from; its files are answered from @microsoft/office-js's dist/. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const CONTENT_TYPES: Readonly<Record<string, string>> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".xml": "application/xml" };

/** The simulated Excel as one page script, and the pane harness beside it (webpack.simulated.config.js). */
const SIMULATED_BUNDLE = join(ROOT, "node_modules", ".cache", "nddr-simulated", "simulated-excel.js");
export const HARNESS_DIR = join(ROOT, "node_modules", ".cache", "nddr-harness");

/** Debian's Chromium, headless, with the flags every browser run here uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** dist/ on 127.0.0.1, on a free port. */
export async function serveDist(): Promise<{ readonly origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The file of @microsoft/office-js that an office.js CDN address names, if the package has it. */
export function officeJsFile(url: string): string | undefined {
  const file = normalize(join(OFFICE_DIST, decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length))));
  return file.startsWith(OFFICE_DIST) && existsSync(file) && !statSync(file).isDirectory() ? file : undefined;
}

/** The newest modification time of any file below `dir`. */
export function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `build` unless `upToDate`. Jest's workers may ask at once: a lock directory (node_modules/.cache/
 * <lock>) makes them build one at a time, and a lock left by a killed run is taken after 3 minutes.
 */
export function buildOnce(lock: string, upToDate: () => boolean, build: () => void): void {
  const dir = join(ROOT, "node_modules", ".cache", lock);
  mkdirSync(join(dir, ".."), { recursive: true });
  while (!upToDate()) {
    try {
      mkdirSync(dir);
    } catch {
      if (Date.now() - (statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 180_000) rmSync(dir, { recursive: true, force: true });
      sleep(500);
      continue;
    }
    try {
      if (!upToDate()) build();
      return;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

export const runWebpack = (...args: string[]): void => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), ...args], { cwd: ROOT, stdio: "ignore" });
};

/** The simulated Excel's page script, built first when it or the pane harness is older than a source. */
export function simulatedExcelScript(): string {
  const harness = join(HARNESS_DIR, "pane-harness.js");
  const upToDate = () => {
    const sources = Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.simulated.config.js")).mtimeMs, statSync(join(ROOT, "test", "support", "pane-harness.ts")).mtimeMs);
    return [SIMULATED_BUNDLE, harness].every((f) => existsSync(f) && statSync(f).mtimeMs >= sources);
  };
  buildOnce("nddr-simulated.lock", upToDate, () => {
    runWebpack("--config", "webpack.simulated.config.js");
    // webpack leaves a file whose content did not change as it was: mark both as built now.
    const now = new Date();
    for (const f of [SIMULATED_BUNDLE, harness]) utimesSync(f, now, now);
  });
  return readFileSync(SIMULATED_BUNDLE, "utf8");
}

export interface Pages {
  readonly origin: string;
  readonly browser: Browser;
  /** The simulated Excel's page script (webpack.simulated.config.js). */
  readonly simulatedExcel: string;
  close(): Promise<void>;
}

/** Builds the simulated Excel, serves dist/ and launches Chromium headless. */
export async function startPages(): Promise<Pages> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("run npm run build first");
  const simulatedExcel = simulatedExcelScript();
  const served = await serveDist();
  const browser = await launchChromium();
  return { origin: served.origin, browser, simulatedExcel, close: async () => { await browser.close(); await served.close(); } };
}

/** Only the local server is reached; office.js's CDN is answered from the npm package. */
export async function localOnly(page: Page, origin: string): Promise<void> {
  await page.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  await page.route(`${OFFICE_CDN}**`, (r) => {
    const file = officeJsFile(r.request().url());
    return file ? r.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) }) : r.fulfill({ status: 404, body: "" });
  });
}

/** taskpane.html in the simulated Excel holding `workbook` (its JSON model), at a fixed time. */
export async function openPane(pages: Pages, options: { workbook: string; width: number; height: number; now: Date; config?: Record<string, unknown> }): Promise<Page> {
  const { origin } = pages;
  const page = await pages.browser.newPage({ viewport: { width: options.width, height: options.height }, deviceScaleFactor: 1 });
  await page.clock.setFixedTime(options.now);
  await localOnly(page, origin);
  await page.route(`${origin}/__simulated/workbook.json`, (r) => r.fulfill({ status: 200, contentType: "application/json", body: options.workbook }));
  const config = { workbookUrl: `${origin}/__simulated/workbook.json`, platform: "web", ...options.config };
  await page.addInitScript({ content: `window.__simulatedExcelConfig = ${JSON.stringify(config)};\n${pages.simulatedExcel}` });
  await page.goto(`${origin}/taskpane.html`);
  return page;
}
