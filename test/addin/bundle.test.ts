// What `npm run build` emits: the pages, office.js taken from Microsoft's CDN (no copy of it here), and
// a task pane small enough to open fast because exceljs is only fetched when needed.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { ensureBuilt, ROOT } from "../support/browser";

const DIST = join(ROOT, "dist");
jest.setTimeout(120_000);
beforeAll(() => ensureBuilt());

describe("the build", () => {
  test("emits taskpane.html, commands.html, notice.html and preview.html, and no copy of office.js", () => {
    const files = readdirSync(DIST);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "notice.html", "preview.html", "manifest.xml"]));
    expect(files.filter((f) => /office|o15apptofilemappingtable|excel-.*16\.0/i.test(f))).toEqual([]);
  });

  test("taskpane.js is under 150 KiB gzipped and does not contain exceljs", () => {
    const js = readFileSync(join(DIST, "taskpane.js"));
    expect(gzipSync(js, { level: 9 }).length).toBeLessThan(150 * 1024);
    // Only the chunk's file name may appear (in the loader), not the library.
    expect(js.toString()).not.toMatch(/ExcelJS|xl\/worksheets/);
    expect(readdirSync(DIST).some((f) => /^exceljs\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  });

  test("preview.html loads no script from another origin; the add-in's pages only office.js, from Microsoft's CDN", () => {
    const scripts = (page: string) => [...readFileSync(join(DIST, page), "utf8").matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    expect(scripts("preview.html")).toEqual(["preview.js"]);
    expect(scripts("taskpane.html")).toEqual([cdn, "taskpane.js"]);
    expect(scripts("commands.html")).toEqual([cdn, "commands.js"]);
    expect(scripts("notice.html")).toEqual([cdn, "notice.js"]);
  });
});
