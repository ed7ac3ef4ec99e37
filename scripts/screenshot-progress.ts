// `npm run screenshot` (second part): docs/taskpane-progress.png, the task pane reading the benchmark's
// ledger (100,000 movement rows, 20,000 repurchases) in the simulated Excel on the web, its progress bar
// part-way. The pane is the built taskpane.html with office.js from its CDN (answered from the npm
// package); each sync takes 400 ms, about a round trip to Excel on the web for 4 MB.
import { join } from "node:path";
import { loadSimWorkbook } from "../src/adapters/exceljs/simulated-workbook";
import { buildInputWorkbook } from "../src/adapters/exceljs/write-input-workbook";
import { openPane, ROOT, startPages } from "./simulated-pages";
import { BENCH_SIZE, syntheticLedger } from "./synthetic-ledger";

/** The page's status line (run in the page, where `document` exists). */
declare const document: { getElementById(id: string): { textContent: string | null } | null };

async function main(): Promise<void> {
  const bytes = new Uint8Array(await buildInputWorkbook(syntheticLedger(BENCH_SIZE)).xlsx.writeBuffer());
  const loaded = await loadSimWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.reason);
  // The file's own styles are only for saving it again; the page does not need them.
  const model = JSON.stringify(loaded.workbook, (key, value) => (key === "fileStyle" ? undefined : value));

  const pages = await startPages();
  try {
    const page = await openPane(pages, { workbook: model, width: 380, height: 520, now: new Date("2024-12-18T07:05:00+08:00"), config: { syncDelayMs: 400 } });
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
    await pages.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshot-progress failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
