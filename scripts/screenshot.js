#!/usr/bin/env node
// `npm run screenshot` (after `npm run build`): docs/taskpane.png, the pane at task-pane width, and
// docs/preview.png, the whole preview page, after generating the SenseTime example in preview.html
// at 07:05 Hong Kong time on 18 December 2024, in Debian's Chromium. Nothing leaves 127.0.0.1.
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };

async function main() {
  const server = http.createServer((req, res) => {
    const file = path.join(dist, path.normalize(new URL(req.url, "http://x").pathname).replace(/^[/\\]+/, ""));
    if (!file.startsWith(dist) || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    for (const [name, width, paneOnly] of [["taskpane.png", 380, true], ["preview.png", 1000, false]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await page.clock.setFixedTime(new Date("2024-12-18T07:05:00+08:00"));
      await page.route("**/*", (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
      await page.goto(`${origin}/preview.html`);
      await page.setInputFiles("input[type=file]", path.join(root, "examples", "sensetime-2024-12-18.xlsx"));
      await page.getByRole("button", { name: /Generate return/ }).click();
      await page.locator("#summary").waitFor();
      if (paneOnly) await page.locator("#return").evaluate((e) => (e.hidden = true));
      const out = path.join(root, "docs", name);
      await page.screenshot({ path: out, fullPage: true });
      await page.close();
      console.log(`wrote ${path.relative(root, out)}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
