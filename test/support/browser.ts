// Browser tests: Debian's Chromium driven by playwright-core, on the built dist/ served from
// 127.0.0.1 (both from scripts/simulated-pages.ts, which the screenshot scripts share). Microsoft's
// office.js CDN is answered from node_modules/@microsoft/office-js/dist (the same files, offline); every
// other request that would leave 127.0.0.1 is aborted and recorded, and every request left unanswered (a
// 404, an abort, a script the page's CSP refused) is recorded too, so a test can assert that none happened.
import { existsSync, readFileSync, statSync } from "fs";
import { extname, join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildOnce, CHROMIUM, CONTENT_TYPES, DIST, launchChromium, newest, OFFICE_CDN, officeJsFile, ROOT, runWebpack, serveDist } from "../../scripts/simulated-pages";

export { CHROMIUM, OFFICE_CDN, ROOT };

/** Skip locally without Chromium, with a message; never in CI, where its absence is a failure. */
export function chromiumMissing(): boolean {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install chromium (see .ci/run).`);
  console.warn(`Skipping browser tests: ${CHROMIUM} is not installed (apt-get install chromium).`);
  return true;
}

function upToDate(): boolean {
  const pages = ["taskpane.html", "commands.html", "notice.html", "preview.html"].map((p) => join(DIST, p));
  const built = pages.every(existsSync) ? Math.min(...pages.map((p) => statSync(p).mtimeMs)) : 0;
  return built > Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.config.js")).mtimeMs);
}

/** Builds dist/ when it is missing or older than the sources (a fresh clone running `npm test`), once across Jest's workers. */
export function ensureBuilt(): void {
  buildOnce("nddr-build.lock", upToDate, () => runWebpack("--mode", "production"));
}

export interface Served {
  readonly origin: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Requests that tried to leave 127.0.0.1 (other than to office.js's CDN). */
  readonly outside: string[];
  /** Requests that got no answer: a 404, a failed load, a script refused by the page's CSP. */
  readonly unanswered: string[];
  /** Every office.js CDN file the pages asked for. */
  readonly fromCdn: string[];
  close(): Promise<void>;
}

export async function serveAndLaunch(): Promise<Served> {
  const server = await serveDist();
  const { origin } = server;
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true });
  const outside: string[] = [];
  const unanswered: string[] = [];
  const fromCdn: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  // Registered last, so it is tried first: office.js and the files it loads from beside itself.
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const url = route.request().url();
    fromCdn.push(url);
    const file = officeJsFile(url);
    if (!file) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
  });
  context.on("response", (response) => {
    if (response.status() >= 400) unanswered.push(`${response.status()} ${response.url()}`);
  });
  context.on("requestfailed", (request) => {
    if (!outside.includes(request.url())) unanswered.push(`failed ${request.url()}: ${request.failure()?.errorText ?? ""}`);
  });
  context.on("page", (page) => page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|connect)/i.test(m.text())) unanswered.push(`CSP: ${m.text()}`);
  }));
  return {
    origin, browser, context, outside, unanswered, fromCdn,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Clicks preview.html's Generate return and waits until the page has its answer in #messages: a return,
 * its errors, or why the file cannot be read. One wait for the tests and `npm run bench:preview`, so the
 * benchmark follows the page as it changes.
 */
export async function generateInPreview(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole("button", { name: /Generate return/ }).click();
  await page.waitForFunction(() => {
    // Run in the page; the benchmark compiles this file without the DOM's types.
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { hasAttribute(a: string): boolean; textContent: string | null } | null } }).document;
    return !doc.querySelector("#app")?.hasAttribute("aria-busy") && /Return for|error|cannot/.test(doc.querySelector("#messages")?.textContent ?? "");
  }, undefined, { timeout });
}

