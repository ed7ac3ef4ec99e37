// Export after a Monthly Return, in Chromium: in preview.html and in the task pane on the simulated
// Excel, the NDDR's files exported first are no longer offered once the Monthly Return replaces it, and
// Export then offers the Monthly Return's own files, as the host offers the NDDR's: the command line's
// monthly-return.json (generator aside), monthly-return.txt (footer aside) and monthly-return.xlsx.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import type { PlatformName } from "../../src/simulated-excel/platforms";
import { generateInPreview, ROOT } from "../support/browser";
import { browserSuite } from "../support/browser-suite";
import { cliRun, withoutGenerator, type HostRun } from "../support/parity";
import { openXlsx } from "../support/simulated";
import { simulatedPage } from "../support/simulated-page";

jest.setTimeout(180_000);
const suite = browserSuite({ simulatedExcel: true });
const { maybe } = suite;

const EXAMPLE = join(ROOT, "examples", "sensetime-2024-12-18.xlsx");
const TODAY = "2024-12-18";
const MONTH = "2024-11";

let dir: string;
let cli: HostRun;
let cliXlsx: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nddr-monthly-export-"));
  cli = await cliRun(EXAMPLE, join(dir, "cli"), { today: TODAY, month: MONTH });
  cliXlsx = readFileSync(join(dir, "cli", "monthly-return.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The labels of the export offers on the page (none while the box is hidden). */
const offers = (page: Page) => page.evaluate(() => {
  const box = document.getElementById("export-actions");
  return !box || box.hidden ? [] : [...box.querySelectorAll("button")].map((b) => b.textContent?.trim() ?? "");
});

async function waitIdle(page: Page, message: RegExp): Promise<void> {
  await page.waitForFunction((source) => !document.querySelector("[aria-busy]") && new RegExp(source).test(document.getElementById("messages")?.textContent ?? ""), message.source);
}

async function exportFiles(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page.locator("#export-actions button").first().waitFor();
  return offers(page);
}

async function monthlyReturn(page: Page): Promise<void> {
  await page.fill("#month", MONTH);
  await page.getByRole("button", { name: "Monthly return" }).click();
  await waitIdle(page, /Monthly Return (written|for)/);
}

async function downloaded(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Every sheet's name and cell values (the document properties may name the host). */
async function sheetValues(bytes: Uint8Array): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return Object.fromEntries(wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
    return [ws.name, rows];
  }));
}

/** monthly-return.txt without its last line, which names the host that wrote it. */
const withoutFooter = (text: string) => text.trimEnd().split("\n").slice(0, -1).join("\n");

/** preview.html with the example picked and its NDDR generated, its clock on TODAY. */
async function previewWithNddr(): Promise<Page> {
  const page = await suite.served.context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00+08:00`));
  await page.goto(`${suite.served.origin}/preview.html`);
  await page.setInputFiles("input[type=file]", EXAMPLE);
  await generateInPreview(page);
  return page;
}

describe("preview.html", () => {
  maybe("after an NDDR was exported, Monthly return takes its offers away and Export offers the command line's monthly-return files", async () => {
    const page = await previewWithNddr();
    expect(await exportFiles(page)).toEqual(["Download .xlsx", "Download .json", "Download .txt"]);

    await monthlyReturn(page);
    expect(await page.locator("#return").innerText()).toContain("Monthly Return");
    expect(await offers(page)).toEqual([]);

    expect(await exportFiles(page)).toEqual(["Download .xlsx", "Download .json", "Download .txt"]);
    const xlsx = await downloaded(page, "Download .xlsx");
    const json = await downloaded(page, "Download .json");
    const text = await downloaded(page, "Download .txt");
    expect([xlsx.name, json.name, text.name]).toEqual(["monthly-return-2024-11.xlsx", "monthly-return-2024-11.json", "monthly-return-2024-11.txt"]);
    expect(withoutGenerator(JSON.parse(json.bytes.toString("utf8")))).toEqual(withoutGenerator(cli.json));
    // The preview names no host, so its files are the command line's, byte for byte.
    expect(text.bytes.toString("utf8")).toBe(cli.text);
    expect(xlsx.bytes.equals(cliXlsx)).toBe(true);

    // And the other way round: Generate return takes the Monthly Return's offers away.
    await generateInPreview(page);
    expect(await offers(page)).toEqual([]);
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });

  maybe("a Monthly Return with errors takes the NDDR's offers away and offers nothing to export", async () => {
    const page = await previewWithNddr();
    await exportFiles(page);
    // A month after Date submitted: its Monthly Return cannot be prepared yet.
    await page.fill("#month", "2025-01");
    await page.getByRole("button", { name: "Monthly return" }).click();
    await waitIdle(page, /Errors to fix in the Monthly Return/);
    expect(await offers(page)).toEqual([]);
    expect(await page.getByRole("button", { name: "Export", exact: true }).isDisabled()).toBe(true);
    await page.close();
  });
});

/** The task pane on the simulated Excel of `platform`, on the example as Excel opens it, its clock on TODAY. */
async function openPane(platform: PlatformName): Promise<Page> {
  const page = await simulatedPage(suite.served.context, suite.served.origin, await openXlsx(readFileSync(EXAMPLE)), platform);
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00+08:00`));
  await page.goto(`${suite.served.origin}/taskpane.html`);
  await page.getByRole("button", { name: /Generate return/ }).waitFor();
  return page;
}

const created = (page: Page) => page.evaluate(() => (window as unknown as { __simulatedExcel: { workbook: { createdWorkbooks: string[] } } }).__simulatedExcel.workbook.createdWorkbooks);

describe("taskpane.html on the simulated Excel", () => {
  maybe("on the web: the Monthly Return's Export opens monthly-return.xlsx in Excel and downloads the command line's files, as the NDDR's does", async () => {
    const page = await openPane("web");
    await page.getByRole("button", { name: /Generate return/ }).click();
    await waitIdle(page, /written to sheet/);
    expect(await exportFiles(page)).toEqual(["Open return.xlsx in Excel", "Download .xlsx", "Download .json", "Download .txt"]);

    await monthlyReturn(page);
    expect(await offers(page)).toEqual([]);

    expect(await exportFiles(page)).toEqual(["Open monthly-return.xlsx in Excel", "Download .xlsx", "Download .json", "Download .txt"]);
    await page.getByRole("button", { name: "Open monthly-return.xlsx in Excel" }).click();
    await page.waitForFunction(() => (window as any).__simulatedExcel.workbook.createdWorkbooks.length === 1);
    const opened = Buffer.from((await created(page))[0]!, "base64");
    expect(Object.keys(await sheetValues(opened))).toEqual([`Monthly Return ${MONTH}`]);
    expect(await sheetValues(opened)).toEqual(await sheetValues(cliXlsx));

    const xlsx = await downloaded(page, "Download .xlsx");
    const json = await downloaded(page, "Download .json");
    const text = await downloaded(page, "Download .txt");
    expect([xlsx.name, json.name, text.name]).toEqual(["monthly-return-2024-11.xlsx", "monthly-return-2024-11.json", "monthly-return-2024-11.txt"]);
    expect(await sheetValues(xlsx.bytes)).toEqual(await sheetValues(cliXlsx));
    expect(withoutGenerator(JSON.parse(json.bytes.toString("utf8")))).toEqual(withoutGenerator(cli.json));
    expect(withoutFooter(text.bytes.toString("utf8"))).toBe(withoutFooter(cli.text!));
    await page.close();
  });

  maybe("on the Mac, where nothing downloads: the Monthly Return's Export opens monthly-return.xlsx, as the NDDR's opens return.xlsx", async () => {
    const page = await openPane("mac");
    await page.getByRole("button", { name: /Generate return/ }).click();
    await waitIdle(page, /written to sheet/);
    expect(await exportFiles(page)).toEqual(["Open return.xlsx in Excel"]);
    await monthlyReturn(page);
    expect(await offers(page)).toEqual([]);
    expect(await exportFiles(page)).toEqual(["Open monthly-return.xlsx in Excel"]);
    await page.close();
  });
});
