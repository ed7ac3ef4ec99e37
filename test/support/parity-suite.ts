// The parity suite every host-parity test runs on its cases: the command line and the simulated add-in
// exit alike and write the same .json (generator aside) and .txt, no sync carries over 5 MB, and —
// where asked — the sheet the add-in wrote, read back by LibreOffice from the saved workbook, shows
// every figure row of the .txt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hasLibreOffice, sheetAsCsv } from "../../scripts/libreoffice";
import type { Language } from "../../src/labels";
import { bothHosts, withoutGenerator, type BothRuns } from "./parity";
import { openXlsx } from "./simulated";

export interface ParityCase {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array | undefined>;
  readonly today: string;
  readonly lang?: Language;
  /** The Monthly Return for this month, instead of the NDDR. */
  readonly month?: string;
  /** Read the add-in's return sheet back through LibreOffice. */
  readonly readBack?: boolean;
}

const trimEnd = (cells: readonly string[]): string => {
  const out = [...cells];
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out.join("\t");
};
/** The .txt's tab-separated lines with a figure, trailing blank cells dropped (as the LibreOffice check of the .xlsx). */
const figureRows = (text: string): string[] => text.split("\n").filter((l) => l.includes("\t") && /\d/.test(l)).map((l) => trimEnd(l.split("\t")));

export function describeParity(cases: readonly ParityCase[], returnSheet: (c: ParityCase) => RegExp): void {
  const libreOffice = hasLibreOffice();
  const files = (c: ParityCase) => (c.month ? "monthly-return.json" : "return.json");
  describe.each(cases)("$name", (c) => {
    let runs: BothRuns | undefined;
    beforeAll(async () => {
      const bytes = await c.bytes();
      if (bytes) runs = await bothHosts(bytes, { today: c.today, lang: c.lang, month: c.month });
    });
    afterAll(() => runs?.done());

    test(`the command line and the add-in exit alike and write the same ${files(c)}, generator aside`, () => {
      if (!runs) return void console.warn(`${c.name}: skipped, soffice is not installed`);
      expect(runs.addin.code).toBe(runs.cli.code);
      expect(runs.cli.json).toBeDefined();
      expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
      expect(runs.addin.json?.generator).toEqual({ ...(runs.cli.json!.generator as object), host: "Excel on the web" });
    });

    test("and the same text file", () => {
      if (!runs) return;
      expect(runs.addin.text).toBe(runs.cli.text);
    });

    test("no sync of the add-in carried more than 5 MB", () => {
      if (!runs) return;
      const host = runs.addin.host as { maxRequestBytes: number; maxResponseBytes: number };
      expect(Math.max(host.maxRequestBytes, host.maxResponseBytes)).toBeLessThanOrEqual(5_000_000);
    });

    if (!c.readBack) return;
    (libreOffice ? test : test.skip)("the return sheet the add-in wrote, read back by LibreOffice, shows every figure row of the text file", async () => {
      if (!runs?.addin.text) throw new Error("expected a return");
      const wb = await openXlsx(readFileSync(runs.addin.workbook!));
      const index = wb.sheets.findIndex((s) => returnSheet(c).test(s.name));
      expect(index).toBeGreaterThanOrEqual(0);
      const csv = sheetAsCsv(runs.addin.workbook!, index + 1, wb.sheets[index]!.name, join(runs.dir, "read-back"));
      const shown = new Set(csv.map((r) => trimEnd(r.map((cell) => cell.replace(/\n/g, " ")))));
      const rows = figureRows(runs.addin.text);
      expect(rows.length).toBeGreaterThanOrEqual(6);
      expect(rows.filter((row) => !shown.has(row))).toEqual([]);
    });
  });
}
