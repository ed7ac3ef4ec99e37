// taskpane.html in Chromium with the real office.js (from @microsoft/office-js, served locally) and
// a fake `Excel` injected before the page loads: Generate return writes the return sheet; with
// errors, clicking a finding selects its cell; nothing leaves 127.0.0.1.
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import type { Page } from "playwright-core";
import { a1 } from "../../src/common/a1";
import type { TableGrid } from "../../src/contract/grid";
import { chromiumMissing, ensureBuilt, serveAndLaunch, type Served } from "../support/browser";
import { exampleTables, withCell } from "../support/fake-workbooks";

jest.setTimeout(120_000);
const skip = chromiumMissing();
const maybe = skip ? test.skip : test;

/** The fake Excel of the adapter tests, as a script that defines window.Excel over these tables. */
function fakeExcelScript(tables: readonly TableGrid[]): string {
  const source = readFileSync(join(__dirname, "..", "support", "fake-excel.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const seed = tables.map((t) => ({
    name: t.name, sheet: t.sheet, topLeft: a1(t.headerRow, t.firstColumn),
    address: `${a1(t.headerRow, t.firstColumn)}:${a1(t.headerRow + t.rows.length, t.firstColumn + t.headers.length - 1)}`,
    rows: [t.headers, ...t.rows].map((r) => r.map((v) => (v === null ? "" : v))),
  }));
  return `(function () {
    var exports = {}, module = { exports: exports };
    ${js}
    var state = exports.newState();
    ${JSON.stringify(seed)}.forEach(function (t) {
      var sheet = state.sheets.find(function (s) { return s.name === t.sheet; });
      if (!sheet) { sheet = exports.newSheet(t.sheet); state.sheets.push(sheet); }
      exports.putValues(sheet, t.topLeft, t.rows);
      exports.addTable(state, sheet, t.name, t.address);
    });
    window.__fakeState = state;
    window.Excel = exports.fakeExcel(state);
  })();`;
}

let served: Served;
let sensetime: TableGrid[];
beforeAll(async () => {
  if (skip) return;
  ensureBuilt();
  served = await serveAndLaunch();
  sensetime = await exampleTables();
});
afterAll(async () => {
  if (!skip) await served.close();
});

async function openPane(tables: readonly TableGrid[]): Promise<Page> {
  const page = await served.context.newPage();
  await page.addInitScript({ content: fakeExcelScript(tables) });
  await page.goto(`${served.origin}/taskpane.html`);
  await page.getByRole("button", { name: /Generate return/ }).waitFor();
  return page;
}

async function generate(page: Page): Promise<string> {
  await page.getByRole("button", { name: /Generate return/ }).click();
  await page.waitForFunction(() => /written to sheet|to fix/.test(document.getElementById("status")?.textContent ?? ""));
  return page.locator("#status").innerText();
}

describe("taskpane.html with a fake Excel", () => {
  maybe("Generate return writes the return sheet and shows whether it is due, the deadline and the headroom", async () => {
    const page = await openPane(sensetime);
    expect(await generate(page)).toContain('written to sheet "NDDR 2024-12-17"');
    const sheets = await page.evaluate(() => (window as any).__fakeState.sheets.map((s: { name: string }) => s.name));
    expect(sheets).toContain("NDDR 2024-12-17");
    const summary = await page.locator("#summary").innerText();
    expect(summary).toContain("A return is due.");
    expect(summary).toContain("08:30 Hong Kong time on 18 December 2024");
    // The placing makes the return due by itself (13.25A(2)(a)); it is not a "5%" event.
    expect(summary).toContain("Class B: 5% events 0 shares (0 %); headroom 1,726,416,827 shares before 5%.");
    expect(served.outside).toEqual([]);
    await page.close();
  });

  maybe("with errors, clicking a finding selects its cell in Excel", async () => {
    const page = await openPane(withCell(sensetime, "NDDR_Movements", 0, "Shares", "<b>many</b>"));
    expect(await generate(page)).toContain("to fix");
    // The first error was selected by the generation itself; move away, then come back by clicking.
    await page.evaluate(() => ((window as any).__fakeState.selected = undefined));
    await page.locator("#findings button.finding").first().click();
    await page.waitForFunction(() => (window as any).__fakeState.selected !== undefined);
    expect(await page.evaluate(() => (window as any).__fakeState.selected)).toEqual({ sheet: "Movements", address: "E2" });
    expect(await page.locator("#findings b").count()).toBe(0);
    expect(served.outside).toEqual([]);
    await page.close();
  });

  maybe("Export opens return.xlsx in Excel through Excel.createWorkbook", async () => {
    const page = await openPane(sensetime);
    await generate(page);
    await page.getByRole("button", { name: "Export" }).click();
    await page.getByRole("button", { name: "Open return.xlsx in Excel" }).click();
    await page.waitForFunction(() => (window as any).__fakeState.createdWorkbooks.length === 1);
    const base64: string = await page.evaluate(() => (window as any).__fakeState.createdWorkbooks[0]);
    expect(Buffer.from(base64, "base64").subarray(0, 2).toString()).toBe("PK"); // a zip: the .xlsx
    await page.close();
  });

  maybe("Set up input tables adds the missing tables and leaves the rest", async () => {
    const page = await openPane(sensetime.filter((t) => t.name !== "NDDR_Mandates"));
    await page.getByRole("button", { name: "Set up input tables" }).click();
    await page.waitForFunction(() => /Added/.test(document.getElementById("status")?.textContent ?? ""));
    expect(await page.locator("#status").innerText()).toContain("Added NDDR_Mandates (sheet Mandates).");
    await page.close();
  });
});
