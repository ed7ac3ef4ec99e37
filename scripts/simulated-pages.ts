// What the screenshot scripts share: dist/ served on 127.0.0.1, Debian's Chromium, and the task pane
// opened on the simulated Excel with office.js answered from the npm package (nothing leaves the machine).
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OFFICE = join(ROOT, "node_modules/@microsoft/office-js/dist");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };

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
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--config", "webpack.simulated.config.js"], { cwd: ROOT, stdio: "ignore" });
  const simulatedExcel = readFileSync(join(ROOT, "node_modules/.cache/nddr-simulated/simulated-excel.js"), "utf8");
  const server: Server = createServer((req, res) => {
    const file = join(DIST, normalize(new URL(req.url ?? "/", "http://x").pathname).replace(/^[/\\]+/, ""));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return { origin, browser, simulatedExcel, close: async () => { await browser.close(); server.close(); } };
}

/** Only the local server is reached; office.js's CDN is answered from the npm package. */
export async function localOnly(page: Page, origin: string): Promise<void> {
  await page.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (r) => {
    const file = join(OFFICE, new URL(r.request().url()).pathname.replace("/lib/1/hosted/", ""));
    return existsSync(file) ? r.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) }) : r.fulfill({ status: 404, body: "" });
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
