// Browser tests: Debian's Chromium driven by playwright-core, on the built dist/ served from
// 127.0.0.1. Microsoft's office.js CDN is answered from node_modules/@microsoft/office-js/dist (the same
// files, offline); every other request that would leave 127.0.0.1 is aborted and recorded, and every
// request left unanswered (a 404, an abort, a script the page's CSP refused) is recorded too, so a test
// can assert that none happened.
import { execFileSync } from "child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import { extname, join, normalize } from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
/** Where the pages load office.js from, and where its files are in the npm package. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Skip locally without Chromium, with a message; never in CI, where its absence is a failure. */
export function chromiumMissing(): boolean {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install chromium (see .ci/run).`);
  console.warn(`Skipping browser tests: ${CHROMIUM} is not installed (apt-get install chromium).`);
  return true;
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function upToDate(): boolean {
  const pages = ["taskpane.html", "commands.html", "notice.html", "preview.html"].map((p) => join(DIST, p));
  const built = pages.every(existsSync) ? Math.min(...pages.map((p) => statSync(p).mtimeMs)) : 0;
  return built > Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.config.js")).mtimeMs);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/ when it is missing or older than the sources (a fresh clone running `npm test`).
 * Jest runs test files in parallel workers: a lock directory makes them build once, one at a time.
 */
export function ensureBuilt(): void {
  const lock = join(ROOT, "node_modules", ".cache", "nddr-build.lock");
  mkdirSync(join(lock, ".."), { recursive: true });
  for (;;) {
    if (upToDate()) return;
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 180_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
      continue;
    }
    try {
      if (!upToDate()) {
        execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
      }
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".xml": "application/xml" };

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
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
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
    const file = normalize(join(OFFICE_DIST, decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length))));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file) || statSync(file).isDirectory()) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
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
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
