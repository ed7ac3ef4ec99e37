// The golden NDDR cases (test/golden/<case>/, FF305) in preview.html in Chromium, its clock set to the
// case's day: the bundled preview reads input.xlsx as picked and offers the command line's return.json
// (generator aside) and return.txt as downloads. test/parity/golden-hosts.test.ts runs the same port in
// node on every case; this is the bundle as a browser runs it.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { generateInPreview } from "../support/browser";
import { browserSuite } from "../support/browser-suite";
import { goldenCases } from "../support/golden-cases";
import { cliRun, withoutGenerator, type HostRun } from "../support/parity";

jest.setTimeout(120_000);
const suite = browserSuite();
const { maybe } = suite;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nddr-golden-preview-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function downloaded(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path, "utf8");
}

const NDDR_CASES = goldenCases().filter((c) => c.spec.form === "FF305");

describe.each(NDDR_CASES.map((c) => [c.name, c] as const))("golden case %s in preview.html", (_, c) => {
  maybe("downloads the command line's return.json, generator aside, and its return.txt", async () => {
    const input = join(c.dir, "input.xlsx");
    const cli: HostRun = await cliRun(input, join(dir, c.name), { today: c.spec.today });
    const page = await suite.served.context.newPage();
    await page.clock.setFixedTime(new Date(`${c.spec.today}T12:00:00+08:00`));
    await page.goto(`${suite.served.origin}/preview.html`);
    await page.setInputFiles("input[type=file]", input);
    await generateInPreview(page);
    await page.locator("#return table").waitFor();
    await page.getByRole("button", { name: "Export" }).click();
    expect(withoutGenerator(JSON.parse(await downloaded(page, "Download .json")))).toEqual(withoutGenerator(cli.json));
    expect(await downloaded(page, "Download .txt")).toBe(cli.text);
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });
});
