// The Monthly Return in preview.html after QA round 8's share consolidation (P4): the warning the domain
// raises reaches the page's findings with its cell, and an Adjusted row prints in Part III (A), as on
// the command line (test/cli/reorganisation-template.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { browserSuite } from "../support/browser-suite";
import { pearlDeltaWorkbook } from "../support/reorganisation-workbook";

jest.setTimeout(120_000);
const suite = browserSuite();
const { maybe } = suite;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nddr-e2e-reorganisation-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function monthlyInPreview(adjusted: boolean): Promise<Page> {
  const file = join(dir, `pearl-delta-${adjusted ? "adjusted" : "unadjusted"}.xlsx`);
  writeFileSync(file, await pearlDeltaWorkbook(adjusted));
  const page = await suite.served.context.newPage();
  await page.clock.setFixedTime(new Date("2025-11-05T10:00:00+08:00"));
  await page.goto(`${suite.served.origin}/preview.html`);
  await page.setInputFiles("input[type=file]", file);
  await page.fill("#month", "2025-10");
  await page.getByRole("button", { name: /Monthly return/ }).click();
  await page.locator("#return table").first().waitFor();
  return page;
}

describe("preview.html's Monthly return after a share consolidation", () => {
  maybe("lists the unadjusted options as a warning at the reorganisation's cell, and still shows the return", async () => {
    const page = await monthlyInPreview(false);
    await page.locator("#findings summary", { hasText: "Reorganisation not adjusted" }).click();
    const findings = await page.locator("#findings").innerText();
    expect(findings).toContain("Movements!C2");
    expect(findings).toContain('leaves 16,700,000 options under scheme "2020 Share Option Scheme" outstanding with no Adjusted row');
    expect(await page.locator("#findings .badge-breach").count()).toBe(0);
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });

  maybe("prints the Adjusted row in Part III (A) and closes at 8,250,000, with no finding", async () => {
    const page = await monthlyInPreview(true);
    const row = await page.locator("#return tr", { hasText: "1). 2020 Share Option Scheme" }).innerText();
    expect(row).toMatch(/Adjusted -8,350,000/);
    expect(row).toContain("8,250,000");
    expect(await page.locator("#findings li").count()).toBe(0);
    await page.close();
  });
});
