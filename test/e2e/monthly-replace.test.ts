// The Monthly Return's sheet edited by hand, in the task pane on the simulated Excel: generating the same
// month again asks before replacing it, as for the NDDR's sheet (the pane used to say "Monthly Return
// written" while nothing had been written, with no way to replace the sheet).
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { ROOT } from "../support/browser";
import { browserSuite } from "../support/browser-suite";
import { openXlsx } from "../support/simulated";
import { simulatedPage } from "../support/simulated-page";

jest.setTimeout(180_000);
const suite = browserSuite({ simulatedExcel: true });
const { maybe } = suite;

const SHEET = "Monthly Return 2024-11";

async function monthlyReturn(page: Page): Promise<void> {
  await page.fill("#month", "2024-11");
  await page.getByRole("button", { name: "Monthly return" }).click();
}

const idle = (page: Page) => page.waitForFunction(() => !document.querySelector("[aria-busy]"));

async function paneWithEditedMonthlySheet(): Promise<Page> {
  const page = await simulatedPage(suite.served.context, suite.served.origin, await openXlsx(readFileSync(join(ROOT, "examples", "sensetime-2024-12-18.xlsx"))), "web");
  await page.clock.setFixedTime(new Date("2024-12-18T12:00:00+08:00"));
  await page.goto(`${suite.served.origin}/taskpane.html`);
  await monthlyReturn(page);
  await page.locator("#messages").getByText("Monthly Return written").waitFor();
  await idle(page);
  // The user types a note on the return sheet.
  await page.evaluate((sheet) => {
    const wb = (window as any).__simulatedExcel.workbook;
    const rows = wb.sheets.find((s: { name: string }) => s.name === sheet).rows;
    ((rows[3] ??= [])[8] ??= {}).v = "checked by CFO"; // H3
  }, SHEET);
  await monthlyReturn(page);
  return page;
}

const noteOf = (page: Page) => page.evaluate((sheet) => (window as any).__simulatedExcel.workbook.sheets.find((s: { name: string }) => s.name === sheet).rows[3]?.[8]?.v, SHEET);

maybe("keeping the edited Monthly Return sheet writes nothing and says so", async () => {
  const page = await paneWithEditedMonthlySheet();
  await page.getByRole("dialog", { name: `Replace sheet "${SHEET}"?` }).getByRole("button", { name: "Keep my sheet" }).click();
  await page.locator("#messages").getByText("Nothing written").waitFor();
  expect(await noteOf(page)).toBe("checked by CFO");
  // Nothing was prepared: Export and Mark as filed do not offer the return generated before (QA round 9, F5).
  await idle(page);
  expect(await page.getByRole("button", { name: "Export", exact: true }).isDisabled()).toBe(true);
  expect(await page.getByRole("button", { name: "Mark as filed…" }).isDisabled()).toBe(true);
  await page.close();
});

maybe("replacing the edited Monthly Return sheet writes the return over it", async () => {
  const page = await paneWithEditedMonthlySheet();
  await page.getByRole("dialog", { name: `Replace sheet "${SHEET}"?` }).getByRole("button", { name: "Replace the sheet" }).click();
  await page.locator("#messages").getByText("Monthly Return written").waitFor();
  expect(await noteOf(page)).not.toBe("checked by CFO");
  await page.close();
});
