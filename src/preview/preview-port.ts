// The task pane's workbook in a plain browser: an .xlsx the user picks, read with exceljs (loaded on
// demand). Nothing leaves the page; results are shown and offered as downloads.
import { hongKongToday } from "../common/hk-clock";
import { formatDateEn } from "../domain/printing";
import { inputFingerprint } from "../contract/fingerprint";
import { labelsFor } from "../labels";
import { layoutReturn } from "../layout/return-layout";
import { provenance } from "../render/provenance";
import { download, XLSX_TYPE } from "../taskpane/downloads";
import { loadEngine } from "../taskpane/load-engine";
import type { GenerateOutcome, WorkbookPort } from "../taskpane/port";

export interface PickedFile {
  readonly name: string;
  readonly bytes: Promise<ArrayBuffer>;
}

export function previewPort(picked: () => PickedFile | undefined): WorkbookPort {
  return {
    canSelectCells: false,
    canOpenInExcel: false,
    canDownload: true,
    showsReturn: true,
    setUpLabel: "Set up input tables",
    async setUp() {
      download("nddr-input.xlsx", await (await loadEngine()).inputTemplateBytes(), XLSX_TYPE);
      return "Downloaded nddr-input.xlsx: the input tables with their dropdowns. Fill it in, then choose it above.";
    },
    async generate(now, language): Promise<GenerateOutcome> {
      const file = picked();
      if (!file) return { problem: "Choose a workbook (.xlsx) first." };
      const engine = await loadEngine();
      const result = await engine.generateFromXlsx(await file.bytes, hongKongToday(now), { lang: language });
      if (!result.readable) return { problem: `${file.name} cannot be read: ${result.reason}.` };
      const g = result.generation;
      const stamp = provenance(inputFingerprint(result.tables), language);
      const errors = g.findings.filter((f) => f.severity === "error").length;
      if (!g.ok || !g.nddr) return { generation: g, provenance: stamp, summary: `${errors} error${errors === 1 ? "" : "s"} in ${file.name} to fix; listed below.` };
      return { generation: g, provenance: stamp, summary: `Return for ${formatDateEn(g.nddr.closingDate)} from ${file.name}, shown below.`, layout: layoutReturn(g.nddr, labelsFor(language)) };
    },
    async selectCell() {
      // There is no open workbook to move around in.
    },
    async openInExcel() {
      // Not offered (canOpenInExcel is false).
    },
  };
}
