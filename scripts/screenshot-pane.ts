// `npm run screenshot` (first part, after `npm run build`): pictures of the built pages in Debian's
// Chromium, at 07:05 Hong Kong time on 18 December 2024, nothing leaving 127.0.0.1:
//   docs/images/pane-{white,black}-{320,450}.png  the task pane on the simulated Excel (Office's White and
//                                                  Black themes) after generating the SenseTime example;
//   docs/images/pane-findings.png                  the findings of a workbook with errors and a breach;
//   docs/images/pane-eform.png, pane-eform-zh.png  the e-form view, in English and in Chinese;
//   docs/images/preview-{light,dark}.png           preview.html with the return drawn, light and dark.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { loadSimWorkbook } from "../src/adapters/exceljs/simulated-workbook";
import { sheetNamed, type SimWorkbook } from "../src/simulated-excel/model";
import type { OfficeThemeName } from "../src/simulated-excel/office-theme";
import { localOnly, openPane, ROOT, startPages, type Pages } from "./simulated-pages";

const OUT = join(ROOT, "docs", "images");
const EXAMPLE = join(ROOT, "examples", "sensetime-2024-12-18.xlsx");
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
  mkdirSync(OUT, { recursive: true });
  const pages = await startPages();
  const { origin, browser } = pages;
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
      const page = await pane(pages, sensetime, theme, width);
      await generate(page);
      await shot(page, `pane-${theme.toLowerCase()}-${width}.png`);
      if (theme === "Black" && width === 450) {
        await page.locator("#eform-box summary").nth(1).click();
        await shot(page, "pane-eform.png", "#return-card");
      }
      await page.close();
    }
    // The e-form in Chinese: wording not confirmed on a filed form is flagged [U].
    const zh = await pane(pages, sensetime, "White", 450);
    await zh.getByLabel("Language of the return").selectOption("zh-HK");
    await generate(zh);
    await zh.locator("#eform-box summary").nth(1).click();
    await shot(zh, "pane-eform-zh.png", "#return-card");
    await zh.close();
    const page = await pane(pages, mistaken, "White", 450);
    await generate(page);
    await shot(page, "pane-findings.png", "#findings-card");
    await page.close();
    for (const scheme of ["light", "dark"] as const) {
      const preview = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
      await preview.clock.setFixedTime(NOW);
      await localOnly(preview, origin);
      await preview.goto(`${origin}/preview.html`);
      await preview.setInputFiles("input[type=file]", EXAMPLE);
      await preview.getByRole("button", { name: /Generate return/ }).click();
      await preview.locator("#return table").waitFor();
      await shot(preview, `preview-${scheme}.png`);
      await preview.close();
    }
  } finally {
    await pages.close();
  }
}

async function pane(pages: Pages, workbook: string, theme: OfficeThemeName, width: number): Promise<Page> {
  const page = await openPane(pages, { workbook, width, height: 800, now: NOW, config: { officeTheme: theme } });
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
