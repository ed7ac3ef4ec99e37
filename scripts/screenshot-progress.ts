// `npm run screenshot` (second part): docs/taskpane-progress.png, the task pane reading the benchmark's
// ledger (100,000 movement rows, 20,000 repurchases) in the simulated Excel on the web, its progress bar
// part-way. The pane is the built taskpane.html with office.js from its CDN (answered from the npm
// package); each sync takes 400 ms, about a round trip to Excel on the web for 4 MB.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { loadSimWorkbook } from "../src/adapters/exceljs/simulated-workbook";
import { buildInputWorkbook } from "../src/adapters/exceljs/write-input-workbook";
import { BENCH_SIZE, syntheticLedger } from "./synthetic-ledger";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OFFICE = join(ROOT, "node_modules/@microsoft/office-js/dist");
/** The page's status line (run in the page, where `document` exists). */
declare const document: { getElementById(id: string): { textContent: string | null } | null };
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("run npm run build first");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--config", "webpack.simulated.config.js"], { cwd: ROOT, stdio: "ignore" });
  const bundle = readFileSync(join(ROOT, "node_modules/.cache/nddr-simulated/simulated-excel.js"), "utf8");
  const bytes = new Uint8Array(await buildInputWorkbook(syntheticLedger(BENCH_SIZE)).xlsx.writeBuffer());
  const loaded = await loadSimWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.reason);
  // The file's own styles are only for saving it again; the page does not need them.
  const model = JSON.stringify(loaded.workbook, (key, value) => (key === "fileStyle" ? undefined : value));

  const server = createServer((req, res) => {
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
  try {
    const page = await browser.newPage({ viewport: { width: 380, height: 520 }, deviceScaleFactor: 1 });
    await page.clock.setFixedTime(new Date("2024-12-18T07:05:00+08:00"));
    await page.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
    await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (r) => {
      const file = join(OFFICE, new URL(r.request().url()).pathname.replace("/lib/1/hosted/", ""));
      return existsSync(file) ? r.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) }) : r.fulfill({ status: 404, body: "" });
    });
    await page.route(`${origin}/__simulated/workbook.json`, (r) => r.fulfill({ status: 200, contentType: "application/json", body: model }));
    await page.addInitScript({ content: `window.__simulatedExcelConfig = ${JSON.stringify({ workbookUrl: `${origin}/__simulated/workbook.json`, platform: "web", syncDelayMs: 400 })};\n${bundle}` });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: /Generate return/ }).click();
    // Part-way through the reading: more than a third of the rows, not yet all.
    await page.waitForFunction(() => {
      const m = /Reading the tables: ([\d,]+) of ([\d,]+) rows/.exec(document.getElementById("status")?.textContent ?? "");
      if (!m) return false;
      const [done, total] = [Number(m[1]!.replace(/,/g, "")), Number(m[2]!.replace(/,/g, ""))];
      return done > total / 3 && done < total;
    }, undefined, { timeout: 180_000, polling: 50 });
    const out = join(ROOT, "docs", "taskpane-progress.png");
    await page.screenshot({ path: out });
    process.stdout.write(`wrote docs/taskpane-progress.png (${await page.locator("#status").innerText()})\n`);
    await page.waitForFunction(() => /written to sheet|to fix/.test(document.getElementById("messages")?.textContent ?? ""), undefined, { timeout: 300_000 });
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshot-progress failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
