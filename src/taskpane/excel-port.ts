// The task pane's workbook inside Excel, through the Office.js adapter: the same generation the ribbon
// button runs (src/excel/run-generate.ts).
import type { AddinHost } from "../excel/host";
import { generateWith, outcomeNotice } from "../excel/run-generate";
import { setUpInputTables } from "../excel/setup-tables";
import { toBase64 } from "./downloads";
import type { GenerateOutcome, WorkbookPort } from "./port";

export function excelPort(host: AddinHost): WorkbookPort {
  return {
    canSelectCells: true,
    canOpenInExcel: true,
    canDownload: host.canDownload,
    showsReturn: false,
    setUpLabel: "Set up input tables",
    async setUp() {
      const result = await host.run((context) => setUpInputTables(context));
      if (result.added.length === 0) return "Every input table is already there; nothing was changed.";
      return `Added ${result.added.map((a) => `${a.table} (sheet ${a.sheet})`).join(", ")}. Existing tables and sheets were left as they were.`;
    },
    async generate(now, language, onProgress): Promise<GenerateOutcome> {
      const r = await generateWith(host, { now, language, onProgress });
      return { prepared: r.prepared, summary: outcomeNotice(r).message };
    },
    async selectCell(sheet, cell) {
      await host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },
    async openInExcel(xlsx) {
      await host.createWorkbook(toBase64(xlsx));
    },
  };
}
