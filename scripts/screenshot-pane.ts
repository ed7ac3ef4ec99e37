// `npm run screenshot` (first part, after `npm run build`): pictures of the built pages in Debian's
// Chromium, at 07:05 Hong Kong time on 18 December 2024, nothing leaving 127.0.0.1:
//   docs/images/pane-{white,black}-{320,450}.png  the task pane on the simulated Excel (Office's White and
//                                                  Black themes) after generating the SenseTime example;
//   docs/images/pane-findings.png                  the findings of a workbook with errors and a breach;
//   docs/images/pane-eform.png, pane-eform-zh.png  the e-form view, in English and in Chinese;
//   docs/images/preview-{light,dark}.png           preview.html with the return drawn, light and dark.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { loadSimWorkbook } from "../src/adapters/exceljs/simulated-workbook";
import { sheetNamed, type SimWorkbook } from "../src/simulated-excel/model";
import type { OfficeThemeName } from "../src/simulated-excel/office-theme";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "docs", "images");
const OFFICE = join(ROOT, "node_modules/@microsoft/office-js/dist");
const EXAMPLE = join(ROOT, "examples", "sensetime-2024-12-18.xlsx");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };
const NOW = new Date("2024-12-18T07:05:00+08:00");

async function example(mutate?: (wb: SimWorkbook) => void): Promise<string> {
  const loaded = await loadSimWorkbook(readFileSync(EXAMPLE));
  if (!loaded.ok) throw new Error(loaded.reason);
  mutate?.(loaded.workbook);
  return JSON.stringify(loaded.workbook, (key, value) => (key === "fileStyle" ? undefined : value));
}

/** Typing mistakes of three kinds: Shares "many", a stock code typed as a number, a price as text. */
function withMistakes(wb: SimWorkbook): void {
  sheetNamed(wb, "Movements")!.rows[2]![5] = { v: "many" };
  sheetNamed(wb, "Classes")!.rows[2]![5] = { v: 20 };
  sheetNamed(wb, "Movements")!.rows[2]![8] = { v: "one fifty" };
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("run npm run build first");
  mkdirSync(OUT, { recursive: true });
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--config", "webpack.simulated.config.js"], { cwd: ROOT, stdio: "ignore" });
  const bundle = readFileSync(join(ROOT, "node_modules/.cache/nddr-simulated/simulated-excel.js"), "utf8");
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
  const shot = async (page: Page, name: string, selector?: string) => {
    const path = join(OUT, name);
    if (selector) await page.locator(selector).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    console.log(`wrote docs/images/${name}`);
  };
  try {
    const sensetime = await example();
    const mistaken = await example(withMistakes);
    for (const [theme, width] of [["White", 320], ["Black", 320], ["White", 450], ["Black", 450]] as const) {
      const page = await pane(browser, origin, bundle, sensetime, theme, width);
      await generate(page);
      await shot(page, `pane-${theme.toLowerCase()}-${width}.png`);
      if (theme === "Black" && width === 450) {
        await page.locator("#eform-box summary").nth(1).click();
        await shot(page, "pane-eform.png", "#return-card");
      }
      await page.close();
    }
    // The e-form in Chinese: wording not confirmed on a filed form is flagged [U].
    const zh = await pane(browser, origin, bundle, sensetime, "White", 450);
    await zh.getByLabel("Language of the return").selectOption("zh-HK");
    await generate(zh);
    await zh.locator("#eform-box summary").nth(1).click();
    await shot(zh, "pane-eform-zh.png", "#return-card");
    await zh.close();
    const page = await pane(browser, origin, bundle, mistaken, "White", 450);
    await generate(page);
    await shot(page, "pane-findings.png", "#findings-card");
    await page.close();
    for (const scheme of ["light", "dark"] as const) {
      const preview = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
      await preview.clock.setFixedTime(NOW);
      await preview.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
      await preview.goto(`${origin}/preview.html`);
      await preview.setInputFiles("input[type=file]", EXAMPLE);
      await preview.getByRole("button", { name: /Generate return/ }).click();
      await preview.locator("#return table").waitFor();
      await shot(preview, `preview-${scheme}.png`);
      await preview.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function pane(browser: Browser, origin: string, bundle: string, workbook: string, theme: OfficeThemeName, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  await page.clock.setFixedTime(NOW);
  await page.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (r) => {
    const file = join(OFFICE, new URL(r.request().url()).pathname.replace("/lib/1/hosted/", ""));
    return existsSync(file) ? r.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) }) : r.fulfill({ status: 404, body: "" });
  });
  await page.route(`${origin}/__simulated/workbook.json`, (r) => r.fulfill({ status: 200, contentType: "application/json", body: workbook }));
  const config = { workbookUrl: `${origin}/__simulated/workbook.json`, platform: "web", officeTheme: theme };
  await page.addInitScript({ content: `window.__simulatedExcelConfig = ${JSON.stringify(config)};\n${bundle}` });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("button", { name: /Generate return/ }).waitFor();
  return page;
}

async function generate(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Generate return/ }).click();
  await page.locator("#summary").waitFor();
  await page.waitForFunction(() => !(globalThis as unknown as { document: { querySelector(s: string): { hasAttribute(a: string): boolean } | null } }).document.querySelector("#app")?.hasAttribute("aria-busy"));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
