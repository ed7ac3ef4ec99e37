// The preview's file picker offers what the preview reads: a macro-enabled register (.xlsm) as well as
// .xlsx (QA round 8, P6: the picker hid .xlsm files, though the preview and the command line read them).
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateInPreview, ROOT } from "../support/browser";
import { browserSuite } from "../support/browser-suite";

jest.setTimeout(120_000);
const suite = browserSuite();
const { maybe } = suite;

maybe("the file picker lists .xlsm registers beside .xlsx, and one chosen gives the return", async () => {
  const page = await suite.served.context.newPage();
  await page.goto(`${suite.served.origin}/preview.html`);
  const accept = (await page.locator("input[type=file]").getAttribute("accept"))!.split(",");
  expect(accept).toEqual(expect.arrayContaining([".xlsx", ".xlsm"]));
  const file = join(mkdtempSync(join(tmpdir(), "nddr-xlsm-")), "register.xlsm");
  copyFileSync(join(ROOT, "examples", "sensetime-2024-12-18.xlsx"), file);
  await page.setInputFiles("input[type=file]", file);
  await generateInPreview(page);
  expect(await page.locator("#return").innerText()).toContain("36,393,336,530");
  await page.close();
});
