// The pane's workflow in Chromium, on the pane harness (test/support/pane-harness.ts): the real pipeline
// behind Generate return, test doubles behind the filing members of the wave-2 port contract. Findings
// grouped and worked through with "Next error"; a long list drawn a page at a time; Mark as filed only
// after a confirmation; the question before replacing an edited sheet; the Monthly Return's problem.
import type { Page } from "playwright-core";
import type { TableGrid } from "../../src/contract/grid";
import { browserSuite } from "../support/browser-suite";
import { exampleTables, withCell, withSetting } from "../support/simulated";
import { harnessPage } from "../support/simulated-page";

jest.setTimeout(180_000);
const suite = browserSuite();
const { maybe } = suite;

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

/** The example with `n` movement rows whose Shares are text (one error each, no two rows alike). */
function withBadShares(tables: readonly TableGrid[], n: number): TableGrid[] {
  return tables.map((t) => {
    if (t.name !== "NDDR_Movements") return t;
    const col = t.headers.indexOf("Shares");
    return { ...t, rows: Array.from({ length: n }, (_, i) => t.rows[0]!.map((v, j) => (j === col ? `x${i}` : v))) };
  });
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __harness: { calls: unknown[][] } }).__harness.calls);

async function generate(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Generate return" }).click();
  await page.waitForFunction(() => !document.querySelector("#app")?.hasAttribute("aria-busy") && /written|to fix/.test(document.getElementById("messages")?.textContent ?? ""));
}

describe("working through the findings", () => {
  maybe("grouped by kind with counts, errors first, each group drawn a page at a time", async () => {
    const tables = withCell(withBadShares(sensetime, 300), "NDDR_Classes", 0, "Stock code", 20);
    const page = await harnessPage(suite.served.context, suite.served.origin, tables);
    await generate(page);
    expect(await page.locator("#findings-counts").innerText()).toMatch(/^301 errors/);
    const groups = page.locator("#findings .finding-group");
    expect(await groups.first().locator("summary").innerText()).toMatch(/error\s+Shares not integer|error\s+\S.*\s300$/i);
    expect(await groups.first().locator("summary").innerText()).toContain("300");
    expect(await groups.first().locator("li").count()).toBe(25);
    await groups.first().getByRole("button", { name: /Show 100 more \(275 not shown\)/ }).click();
    expect(await groups.first().locator("li").count()).toBe(125);
    await page.close();
  });

  maybe("Next error takes the user to each error in turn, in the list and in the workbook", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, withBadShares(sensetime, 40));
    await generate(page);
    const next = page.getByRole("button", { name: /^Next error/ });
    await next.click();
    await next.click();
    expect(await next.innerText()).toBe("Next error (2 of 40)");
    const selected = (await calls(page)).filter((c) => c[0] === "selectCell");
    expect(selected).toEqual([["selectCell", "Movements", "E2"], ["selectCell", "Movements", "E3"]]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("finding-0-1");
    // Past the first page: the list draws the page that holds it.
    for (let i = 2; i < 30; i++) await next.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("finding-0-29");
    await page.close();
  });

  maybe("100,000 findings: the list holds one page per group, not 100,000 elements", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, withBadShares(sensetime, 100_000));
    await page.getByRole("button", { name: "Generate return" }).click();
    await page.waitForFunction(() => /100,000 errors/.test(document.getElementById("findings-counts")?.textContent ?? ""), undefined, { timeout: 120_000 });
    const shown = await page.locator("#findings li").count();
    const groups = await page.locator("#findings .finding-group").count();
    expect(shown).toBeLessThanOrEqual(25 * groups);
    expect(await page.getByRole("button", { name: /Show 100 more \(99,975 not shown\)/ }).count()).toBe(1);
    await page.close();
  });

  maybe("while errors stand, the summary says how many must be fixed before it can tell", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, withBadShares(sensetime, 3));
    await generate(page);
    expect(await page.locator("#summary").innerText()).toContain("Can't tell whether a return is due until the 3 errors are fixed");
    await page.close();
  });
});

describe("the summary", () => {
  maybe("says why the return is due, with its rule, and how many hours are left", async () => {
    // The example as a New Submission: the example itself is a Resubmission, which has no hours left.
    const page = await harnessPage(suite.served.context, suite.served.origin, withSetting(sensetime, "Status", "New Submission"));
    await generate(page);
    const summary = await page.locator("#summary").innerText();
    expect(summary).toContain("Placing/subscription - new shares involved: 1,865,000,000 class B shares on 17 December 2024");
    expect(summary).toContain("MB 13.25A(2)(a)(i)");
    // The harness's clock: 07:05 on 18 December, 1 h 25 min before 08:30.
    expect(summary).toContain("1 h 25 min left.");
    expect(await page.locator("#deadline").getAttribute("class")).toContain("deadline-hours");
    await page.close();
  });
});

describe("the deadline line follows the command line's rule (QA round 8, P1)", () => {
  maybe("a Resubmission shows its deadline without hours left or overdue: it corrects a return filed on time", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, sensetime);
    await generate(page);
    expect(await page.locator("#deadline").innerText()).toBe("Deadline: 08:30 Hong Kong time on 18 December 2024.");
    expect(await page.locator("#deadline").getAttribute("class")).toBe("deadline");
    await page.close();
  });

  maybe("a return submitted on another day than today shows no hours left or overdue", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin,
      withSetting(withSetting(sensetime, "Status", "New Submission"), "Date submitted", 45643));
    await generate(page);
    expect(await page.locator("#deadline").innerText()).not.toMatch(/left|Overdue/);
    await page.close();
  });
});

describe("filing", () => {
  maybe("Mark as filed asks first; Cancel logs nothing; confirming logs once, and again says it already is", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, sensetime);
    const mark = page.getByRole("button", { name: "Mark as filed…" });
    expect(await mark.isDisabled()).toBe(true);
    await generate(page);
    await mark.click();
    const dialog = page.getByRole("dialog", { name: "Mark as filed?" });
    expect(await dialog.innerText()).toContain("submitted the Next Day Disclosure Return closing 17 December 2024 on HKEXnews");
    // The safe choice has the focus; Escape is Cancel.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await page.keyboard.press("Escape");
    expect((await calls(page)).some((c) => c[0] === "markAsFiled")).toBe(false);
    await mark.click();
    await dialog.getByRole("button", { name: "Mark as filed" }).click();
    await page.locator("#messages").getByText("Marked as filed").waitFor();
    expect((await calls(page)).filter((c) => c[0] === "markAsFiled")).toEqual([["markAsFiled", "nddr", "2024-12-17", "2024-12-17T23:05:00.000Z"]]);
    await mark.click();
    await dialog.getByRole("button", { name: "Mark as filed" }).click();
    await page.locator("#messages").getByText("Already marked as filed").waitFor();
    await page.close();
  });

  maybe("Generate return does not file", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, sensetime);
    await generate(page);
    await generate(page);
    expect((await calls(page)).map((c) => c[0])).toEqual(["generate", "generate"]);
    await page.close();
  });

  maybe("replacing a return sheet edited by hand asks; keeping it writes nothing, replacing goes on", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, sensetime, { askReplace: true });
    await page.getByRole("button", { name: "Generate return" }).click();
    const dialog = page.getByRole("dialog", { name: 'Replace sheet "NDDR 2024-12-17"?' });
    await dialog.getByRole("button", { name: "Keep my sheet" }).click();
    await page.locator("#messages").getByText("Nothing written").waitFor();
    expect((await calls(page)).some((c) => c[0] === "proceed")).toBe(false);
    expect(await page.locator("#summary").isHidden()).toBe(true);
    await page.close();

    const again = await harnessPage(suite.served.context, suite.served.origin, sensetime, { askReplace: true });
    await again.getByRole("button", { name: "Generate return" }).click();
    await again.getByRole("dialog").getByRole("button", { name: "Replace the sheet" }).click();
    await again.locator("#messages").getByText("Return written").waitFor();
    expect((await calls(again)).map((c) => c[0])).toEqual(["generate", "proceed"]);
    await again.close();
  });

  maybe("Monthly return calls the port with the month and the language, and shows its problem", async () => {
    const page = await harnessPage(suite.served.context, suite.served.origin, sensetime, { monthlyProblem: "NDDR_Log has no return for November 2024." });
    await page.getByLabel("Language of the return").selectOption({ label: "繁體中文" });
    await page.getByLabel("Month", { exact: true }).fill("2024-11");
    await page.getByRole("button", { name: "Monthly return" }).click();
    await page.locator("#messages").getByText("NDDR_Log has no return for November 2024.").waitFor();
    expect((await calls(page)).find((c) => c[0] === "generateMonthly")).toEqual(["generateMonthly", "2024-11", "zh-HK"]);
    expect(await page.locator("#messages [role=alert]").count()).toBe(1);
    await page.close();
  });
});
