// The task pane's workbook inside Excel, through the Office.js adapter.
import { generateInExcel } from "../excel/generate-in-excel";
import { provenance } from "../render/provenance";
import { setUpInputTables } from "../excel/setup-tables";
import { formatDateEn } from "../domain/printing";
import { toBase64 } from "./downloads";
import type { GenerateOutcome, WorkbookPort } from "./port";

export function excelFeatures(): { api19: boolean } {
  try {
    return { api19: Office.context.requirements.isSetSupported("ExcelApi", "1.9") };
  } catch {
    return { api19: false };
  }
}

/** Blob downloads are blocked in Excel on the Mac and the iPad (WKWebView). */
function downloadsWork(): boolean {
  try {
    const p = Office.context.platform;
    return p !== Office.PlatformType.Mac && p !== Office.PlatformType.iOS;
  } catch {
    return true;
  }
}

export function excelPort(): WorkbookPort {
  return {
    canSelectCells: true,
    canOpenInExcel: true,
    canDownload: downloadsWork(),
    showsReturn: false,
    setUpLabel: "Set up input tables",
    async setUp() {
      const result = await Excel.run((context) => setUpInputTables(context));
      if (result.added.length === 0) return "Every input table is already there; nothing was changed.";
      return `Added ${result.added.map((a) => `${a.table} (sheet ${a.sheet})`).join(", ")}. Existing tables and sheets were left as they were.`;
    },
    async generate(now, language): Promise<GenerateOutcome> {
      const r = await Excel.run((context) => generateInExcel(context, { now, features: excelFeatures(), language }));
      const stamp = provenance(r.fingerprint, language);
      const errors = r.generation.findings.filter((f) => f.severity === "error").length;
      const nddr = r.generation.nddr;
      if (r.returnSheet && nddr) {
        const log = r.logged > 0 ? ` ${r.logged} row${r.logged === 1 ? "" : "s"} added to NDDR_Log.` : "";
        return { generation: r.generation, provenance: stamp, summary: `Return for ${formatDateEn(nddr.closingDate)} written to sheet "${r.returnSheet}".${log}` };
      }
      const where = r.selected ? ` The first is selected: ${r.selected.sheet}!${r.selected.cell}.` : "";
      return { generation: r.generation, provenance: stamp, summary: `${errors} error${errors === 1 ? "" : "s"} to fix; listed below and on sheet "${r.findingsSheet}".${where}` };
    },
    async selectCell(sheet, cell) {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },
    async openInExcel(xlsx) {
      await Excel.createWorkbook(toBase64(xlsx));
    },
  };
}
