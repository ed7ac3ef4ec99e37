// taskpane.html in Chromium with office.js from its CDN (answered locally) and the simulated Excel as
// `Excel`: Generate return writes the return sheet; with errors, clicking a finding selects its cell;
// a large ledger shows its progress; nothing leaves 127.0.0.1 but office.js's CDN.
import type { Page } from "playwright-core";
import type { TableGrid } from "../../src/contract/grid";
import type { SimWorkbook } from "../../src/simulated-excel/model";
import { browserSuite } from "../support/browser-suite";
import { exampleTables, withCell, withMovementRows, workbookOf } from "../support/simulated";
import { simulatedPage } from "../support/simulated-page";
import type { OfficeThemeName } from "../../src/simulated-excel/office-theme";

jest.setTimeout(180_000);
const suite = browserSuite({ simulatedExcel: true });
const { maybe } = suite;

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

async function openPane(workbook: SimWorkbook, syncDelayMs = 0, officeTheme?: OfficeThemeName): Promise<Page> {
  const page = await simulatedPage(suite.served.context, suite.served.origin, workbook, "web", syncDelayMs, officeTheme ? { officeTheme } : {});
  await page.goto(`${suite.served.origin}/taskpane.html`);
  await page.getByRole("button", { name: /Generate return/ }).waitFor();
  return page;
}

/** Generate return, and what the MessageBar then says. */
async function generate(page: Page): Promise<string> {
  await page.getByRole("button", { name: /Generate return/ }).click();
  await page.waitForFunction(() => /written to sheet|to fix/.test(document.getElementById("messages")?.textContent ?? ""));
  return page.locator("#messages").innerText();
}

const simulated = (page: Page, expression: string) => page.evaluate(`(() => { const host = window.__simulatedExcel; return ${expression}; })()`);

describe("taskpane.html on the simulated Excel", () => {
  maybe("Generate return writes the return sheet and shows whether it is due, the deadline and the headroom", async () => {
    const page = await openPane(workbookOf(sensetime));
    expect(await generate(page)).toContain('written to sheet "NDDR 2024-12-17"');
    expect(await simulated(page, "host.workbook.sheets.map((s) => s.name)")).toContain("NDDR 2024-12-17");
    const summary = await page.locator("#summary").innerText();
    expect(summary).toContain("A return is due.");
    expect(summary).toContain("08:30 Hong Kong time on 18 December 2024");
    // The placing makes the return due by itself (13.25A(2)(a)); it is not a "5%" event.
    expect(summary).toContain("Class B: 5% events so far 0 shares (0 %); 1,726,416,827 more shares of 5% events before a return is due.");
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });

  maybe("with errors, clicking a finding selects its cell in Excel", async () => {
    const page = await openPane(workbookOf(withCell(sensetime, "NDDR_Movements", 0, "Shares", "<b>many</b>")));
    expect(await generate(page)).toContain("to fix");
    // The first error was selected by the generation itself; move away, then come back by clicking.
    await simulated(page, "(host.workbook.selection = undefined, true)");
    await page.locator("#findings button.finding").first().click();
    await page.waitForFunction(() => (window as any).__simulatedExcel.workbook.selection !== undefined);
    expect(await simulated(page, "host.workbook.selection")).toEqual({ sheet: "Movements", address: "E2" });
    expect(await page.locator("#findings b").count()).toBe(0);
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });

  maybe("Export opens return.xlsx in Excel through Excel.createWorkbook", async () => {
    const page = await openPane(workbookOf(sensetime));
    await generate(page);
    await page.getByRole("button", { name: "Export" }).click();
    await page.getByRole("button", { name: "Open return.xlsx in Excel" }).click();
    await page.waitForFunction(() => (window as any).__simulatedExcel.workbook.createdWorkbooks.length === 1);
    const base64 = (await simulated(page, "host.workbook.createdWorkbooks[0]")) as string;
    expect(Buffer.from(base64, "base64").subarray(0, 2).toString()).toBe("PK"); // a zip: the .xlsx
    await page.close();
  });

  maybe("opening the pane says which input tables are missing; Set up input tables adds them and leaves the rest", async () => {
    const page = await openPane(workbookOf(sensetime.filter((t) => t.name !== "NDDR_Mandates")));
    const told = page.locator("#tables-message");
    await told.waitFor();
    expect(await told.innerText()).toContain("NDDR_Mandates");
    expect(await told.innerText()).not.toMatch(/nddr template/i);
    await told.getByRole("button", { name: "Set up input tables" }).click();
    await page.waitForFunction(() => /Added/.test(document.getElementById("messages")?.textContent ?? ""));
    expect(await page.locator("#messages").innerText()).toContain("Added NDDR_Mandates (sheet Mandates).");
    await page.close();
  });

  maybe("a large ledger shows the rows read so far while it reads, and the page answers meanwhile", async () => {
    const page = await openPane(workbookOf(withMovementRows(sensetime, 60_000)), 150);
    await page.getByRole("button", { name: /Generate return/ }).click();
    await page.waitForFunction(() => /Reading the tables: [1-9][\d,]* of [\d,]+ rows/.test(document.getElementById("status")?.textContent ?? ""));
    const seen = await page.locator("#status").innerText();
    // The page is not frozen: a script runs between syncs.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(await page.locator("#progress").isVisible()).toBe(true);
    await page.waitForFunction(() => /written to sheet|to fix/.test(document.getElementById("messages")?.textContent ?? ""), undefined, { timeout: 120_000 });
    expect(seen).toMatch(/of 60,0\d\d rows/);
    expect(await page.locator("#progress").isVisible()).toBe(false);
    await page.close();
  });

  maybe("the language chosen is kept in the workbook's settings and chosen again when the pane opens on it", async () => {
    const page = await openPane(workbookOf(sensetime));
    await page.getByLabel("Language of the return").selectOption({ label: "繁體中文" });
    await page.waitForFunction(() => (window as any).__simulatedExcel.workbook.settings?.["nddr.language"] === '"zh-HK"');
    const saved = (await simulated(page, "host.workbook")) as SimWorkbook;
    await page.close();
    const reopened = await openPane(saved);
    await reopened.waitForFunction(() => (document.getElementById("language") as HTMLSelectElement | null)?.value === "zh-HK");
    expect(await generate(reopened)).toContain("written to sheet");
    expect(JSON.stringify(await simulated(reopened, "host.workbook.sheets.find((s) => s.name === 'NDDR 2024-12-17').rows"))).toContain("翌日披露報表");
    await reopened.close();
  });

  maybe("after generating, the e-form's fields are there to copy, raw", async () => {
    await suite.served.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.served.origin });
    const page = await openPane(workbookOf(sensetime));
    await generate(page);
    const eform = page.locator("#eform-box");
    expect(await eform.isVisible()).toBe(true);
    await eform.getByText(/^Section I — 1\./).click();
    expect(await eform.innerText()).toContain("34528336530");
    await eform.getByRole("button", { name: "Copy Opening balance as at (Note 1): 30/11/2024" }).click();
    await page.waitForFunction(() => /Copied/.test(document.getElementById("status")?.textContent ?? ""));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("30/11/2024");
    await page.close();
  });

  maybe("follows Office's theme: Black is dark, White is light", async () => {
    for (const [theme, dark] of [["Black", "dark"], ["White", "light"]] as const) {
      const page = await openPane(workbookOf(sensetime), 0, theme);
      await page.waitForFunction((t) => document.documentElement.dataset.officeTheme === t, theme.toLowerCase());
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(dark);
      await page.close();
    }
  });

  maybe("changing Office's theme while the pane is open takes effect when the pane comes back into view", async () => {
    const page = await openPane(workbookOf(sensetime), 0, "White");
    await page.waitForFunction(() => document.documentElement.dataset.officeTheme === "white");
    await simulated(page, "(host.setOfficeTheme('Black'), true)");
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForFunction(() => document.documentElement.dataset.officeTheme === "black");
    await page.close();
  });
});
