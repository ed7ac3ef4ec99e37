// preview.html in Chromium: a workbook whose cells hold HTML and script goes in through the file
// input; Generate return shows the published figures, runs none of the cells' script, and nothing
// leaves 127.0.0.1.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { generateInPreview, ROOT } from "../support/browser";
import { browserSuite } from "../support/browser-suite";

jest.setTimeout(120_000);
const suite = browserSuite();
const { maybe } = suite;

const HOSTILE = `<img src="x" onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;

/** The SenseTime example with HTML and script typed into cells that reach the page. */
async function hostileWorkbook(dir: string, mutate: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(ROOT, "examples", "sensetime-2024-12-18.xlsx")) as unknown as ArrayBuffer);
  mutate(wb);
  const file = join(dir, `hostile-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nddr-e2e-"));
});

async function generateFrom(file: string, language?: string): Promise<Page> {
  const page = await suite.served.context.newPage();
  await page.goto(`${suite.served.origin}/preview.html`);
  await page.setInputFiles("input[type=file]", file);
  if (language) await page.getByLabel("Language of the return").selectOption({ label: language });
  await generateInPreview(page);
  return page;
}

describe("preview.html", () => {
  maybe("shows the published SenseTime figures, runs no script from the cells, and stays on 127.0.0.1", async () => {
    const file = await hostileWorkbook(dir, (wb) => {
      const issuer = wb.getWorksheet("Issuer")!;
      issuer.getCell("B2").value = `SenseTime ${HOSTILE}`;
      wb.getWorksheet("Movements")!.getCell("D2").value = `Placing ${HOSTILE}`;
    });
    const page = await generateFrom(file);
    const text = await page.locator("#return").innerText();
    for (const figure of ["34,528,336,530", "36,393,336,530", "1,865,000,000", "HKD 1.5", "5.4 %"]) expect(text).toContain(figure);
    expect(text).toContain(HOSTILE); // shown as the text it is
    expect(await page.locator("#return img, #return script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });

  maybe("prints the return in Chinese when 繁體中文 is chosen, with the same figures", async () => {
    const page = await generateFrom(join(ROOT, "examples", "sensetime-2024-12-18.xlsx"), "繁體中文");
    const text = await page.locator("#return").innerText();
    expect(text).toContain("翌日披露報表");
    expect(text).toContain("2024年12月17日");
    for (const figure of ["34,528,336,530", "36,393,336,530", "1,865,000,000"]) expect(text).toContain(figure);
    await page.close();
  });

  maybe("lists the findings, with HTML in them as text", async () => {
    const file = await hostileWorkbook(dir, (wb) => {
      wb.getWorksheet("Movements")!.getCell("A2").value = HOSTILE;
    });
    const page = await generateFrom(file);
    const findings = page.locator("#findings li");
    expect(await findings.count()).toBeGreaterThan(0);
    expect(await findings.first().innerText()).toContain("Movements!A2");
    expect(await page.locator("#findings").innerText()).toContain(HOSTILE);
    expect(await page.locator("#findings img, #findings script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator("#return-card").isHidden()).toBe(true);
    await page.close();
  });

  maybe("with an error, says it can't tell whether a return is due, never that none is", async () => {
    const file = await hostileWorkbook(dir, (wb) => {
      wb.getWorksheet("Movements")!.getCell("E2").value = "many";
    });
    const page = await generateFrom(file);
    const summary = await page.locator("#summary").innerText();
    expect(summary).toContain("Can't tell whether a return is due until the error is fixed");
    expect(summary).not.toMatch(/no return is due/i);
    await page.close();
  });

  maybe("shows a breach with its own badge, and still the return", async () => {
    const file = await hostileWorkbook(dir, (wb) => {
      wb.getWorksheet("Issuer")!.getCell("B5").value = new Date("2024-12-20T00:00:00Z"); // Date submitted: late
    });
    const page = await generateFrom(file);
    const badge = page.locator("#findings li .badge-breach");
    expect(await badge.count()).toBe(1);
    expect(await page.locator("#findings .group-breach li").first().innerText()).toContain("was due by 08:30");
    expect(await page.locator("#return").isVisible()).toBe(true);
    await page.close();
  });

  maybe("exports return.xlsx, .json and .txt as downloads", async () => {
    const page = await generateFrom(join(ROOT, "examples", "sensetime-2024-12-18.xlsx"));
    await page.getByRole("button", { name: "Export" }).click();
    const names: string[] = [];
    for (const label of ["Download .xlsx", "Download .json", "Download .txt"]) {
      const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
      names.push(dl.suggestedFilename());
      const path = join(dir, dl.suggestedFilename());
      await dl.saveAs(path);
      if (label.endsWith(".txt")) expect(readFileSync(path, "utf8")).toContain("34,528,336,530");
      if (label.endsWith(".xlsx")) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
        expect(wb.worksheets.map((w) => w.name)).toEqual(["NDDR 2024-12-17"]);
      }
    }
    expect(names).toEqual(["return-2024-12-17.xlsx", "return-2024-12-17.json", "return-2024-12-17.txt"]);
    expect(suite.served.outside).toEqual([]);
    await page.close();
  });

  maybe("every button and the file input have an accessible name, and work from the keyboard", async () => {
    const page = await suite.served.context.newPage();
    await page.goto(`${suite.served.origin}/preview.html`);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input")].filter((e) => {
        const labelled = e.id && document.querySelector(`label[for="${e.id}"]`);
        return !(e.getAttribute("aria-label") || e.textContent?.trim() || labelled);
      }).length);
    expect(unnamed).toBe(0);
    await page.setInputFiles("input[type=file]", join(ROOT, "examples", "sensetime-2024-12-18.xlsx"));
    await page.getByRole("button", { name: /Generate return/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("34,528,336,530").first().waitFor();
    await page.close();
  });
});
