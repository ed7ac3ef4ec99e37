// Accessibility in Chromium with axe-core: the task pane (on the simulated Excel, under Office's White
// and Black themes) and the preview (light and dark), before and after generating the SenseTime example,
// at the width of a narrow task pane: no serious or critical violation. And the keyboard: every control
// is reached by Tab, in the order the pane shows them, and works from it.
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import type { TableGrid } from "../../src/contract/grid";
import { ROOT } from "../support/browser";
import { browserSuite } from "../support/browser-suite";
import { exampleTables, workbookOf } from "../support/simulated";
import { harnessPage, simulatedPage } from "../support/simulated-page";
import { join } from "path";

jest.setTimeout(240_000);
const suite = browserSuite({ simulatedExcel: true });
const { maybe } = suite;
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const EXAMPLE = join(ROOT, "examples", "sensetime-2024-12-18.xlsx");

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (evaluated past the page's CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")})`);
}

const idle = (page: Page) => page.waitForFunction(() => !document.querySelector("#app")?.hasAttribute("aria-busy"));

async function pane(theme: "White" | "Black", width = 350): Promise<Page> {
  const page = await simulatedPage(suite.served.context, suite.served.origin, workbookOf(sensetime), "web", 0, { officeTheme: theme });
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${suite.served.origin}/taskpane.html`);
  await page.getByRole("button", { name: "Generate return" }).waitFor();
  await page.waitForFunction((t) => document.documentElement.dataset.officeTheme === t, theme.toLowerCase());
  return page;
}

async function preview(scheme: "light" | "dark"): Promise<Page> {
  const page = await suite.served.context.newPage();
  await page.setViewportSize({ width: 350, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${suite.served.origin}/preview.html`);
  await page.getByRole("button", { name: "Generate return" }).waitFor();
  return page;
}

describe("axe-core finds no serious or critical violation", () => {
  for (const theme of ["White", "Black"] as const) {
    maybe(`in the task pane under Office's ${theme} theme, before and after generating`, async () => {
      const page = await pane(theme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Generate return" }).click();
      await page.locator("#summary").waitFor();
      await idle(page);
      expect(await seriousViolations(page)).toEqual([]);
      // The e-form's blocks open, and the exports offered.
      await page.locator("#eform-box summary").nth(1).click();
      await page.getByRole("button", { name: "Export" }).click();
      await page.getByRole("button", { name: "Open return.xlsx in Excel" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    maybe(`in the preview, ${scheme}, before and after generating`, async () => {
      const page = await preview(scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.setInputFiles("input[type=file]", EXAMPLE);
      await page.getByRole("button", { name: "Generate return" }).click();
      await page.locator("#return table").waitFor();
      await idle(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "E-form fields" }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  maybe("with findings to work through, and with a confirmation open", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const bad = sensetime.map((t) => (t.name === "NDDR_Movements" ? { ...t, rows: [t.rows[0]!.map((v, j) => (t.headers[j] === "Shares" ? "many" : v))] } : t));
      const page = await harnessPage(suite.served.context, suite.served.origin, bad);
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole("button", { name: "Generate return" }).click();
      await page.locator("#findings li").first().waitFor();
      await idle(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
      const good = await harnessPage(suite.served.context, suite.served.origin, sensetime);
      await good.emulateMedia({ colorScheme: scheme });
      await good.getByRole("button", { name: "Generate return" }).click();
      await good.locator("#summary").waitFor();
      await idle(good);
      await good.getByRole("button", { name: "Mark as filed…" }).click();
      await good.getByRole("dialog").waitFor();
      expect(await seriousViolations(good)).toEqual([]);
      await good.close();
    }
  });
});

describe("the keyboard", () => {
  /** Tab from the top of the page until focus comes round again: each stop's id or name. */
  async function tabStops(page: Page): Promise<string[]> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Tab starts from the point last clicked: the top left corner, before everything.
    await page.mouse.click(1, 1);
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const here = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return "";
        return e.id || `${e.tagName.toLowerCase()}:${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 40)}`;
      });
      // A month field is one control with two stops (month, year): focus stays on it for the second.
      if (here && here === stops[stops.length - 1]) continue;
      if (!here || stops.includes(here)) break;
      stops.push(here);
    }
    return stops;
  }

  /** Every control a user can operate, in the order the page shows them. */
  const controls = (page: Page) => page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, select, input, summary, [tabindex='0']")]
      .filter((e) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0)
      // Inside a closed <details>, only its summary can be reached.
      .filter((e) => { const d = e.closest("details"); return !d || d.open || e.parentElement === d; })
      .map((e) => e.id || `${e.tagName.toLowerCase()}:${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 40)}`));

  maybe("reaches every control of the task pane in the order shown, before and after generating", async () => {
    const page = await pane("White", 450);
    const stops = await tabStops(page);
    expect(stops).toEqual(await controls(page));
    // The language comes before the button that uses it, the main action before the others.
    expect(stops.indexOf("language")).toBeLessThan(stops.indexOf("generate"));
    expect(stops.indexOf("generate")).toBeLessThan(stops.indexOf("setup"));
    await page.getByRole("button", { name: "Generate return" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("#summary").waitFor();
    await idle(page);
    expect(await tabStops(page)).toEqual(await controls(page));
    await page.close();
  });

  maybe("reaches every control of the preview in the order shown, and works from it", async () => {
    const page = await preview("light");
    expect(await tabStops(page)).toEqual(await controls(page));
    await page.setInputFiles("input[type=file]", EXAMPLE);
    await page.getByRole("button", { name: "Generate return" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("#return table").waitFor();
    await idle(page);
    expect(await tabStops(page)).toEqual(await controls(page));
    await page.close();
  });
});
