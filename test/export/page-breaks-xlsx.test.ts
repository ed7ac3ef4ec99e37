// return.xlsx carries the layout's page breaks as Excel writes manual row breaks (that LibreOffice
// prints by them is test/libreoffice/page-breaks.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/files/return-files";
import { readZip } from "../support/zip";

test("return.xlsx has a manual row break, across every column, after each page's last row", async () => {
  const result = await generateFromXlsx(readFileSync(join(__dirname, "../../examples/tencent-2025-06-13.xlsx")), "2025-06-13" as IsoDate);
  if (!result.ok || !result.files.xlsx || !result.prepared.layout) throw new Error("expected a return");
  const breaks = result.prepared.layout.page.rowBreaks;
  expect(breaks.length).toBeGreaterThan(0);
  const xml = readZip(result.files.xlsx).find((e) => e.name === "xl/worksheets/sheet1.xml")!.content;
  const written = /<rowBreaks count="(\d+)" manualBreakCount="(\d+)">(.*?)<\/rowBreaks>/.exec(xml);
  expect(written?.slice(1, 3)).toEqual([String(breaks.length), String(breaks.length)]);
  expect(written?.[3]).toBe(breaks.map((id) => `<brk id="${id}" max="16383" man="1"/>`).join(""));
});
