// The task pane's workbook in a plain browser: an .xlsx the user picks, read with exceljs (loaded on
// demand), prepared by the pipeline every host shares. Nothing leaves the page; results are shown and
// offered as downloads.
import { hongKongToday } from "../common/hk-clock";
import { formatDateEn } from "../domain/printing";
import { monthName, prepareMonthlyReturn } from "../pipeline/prepare-monthly";
import { prepareReturn } from "../pipeline/prepare-return";
import { download, XLSX_TYPE } from "../taskpane/downloads";
import { loadEngine } from "../taskpane/load-engine";
import type { GenerateOutcome, MonthlyOutcome, WorkbookPort } from "../taskpane/port";

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
      if (!file) return { ok: false, reason: "Choose a workbook (.xlsx or .xlsm) first." };
      const read = await (await loadEngine()).readContractTables(await file.bytes);
      if (!read.ok) return { ok: false, reason: `${file.name} cannot be read: ${read.reason}.` };
      const prepared = await prepareReturn(read.tables, { today: hongKongToday(now), language });
      const g = prepared.generation;
      const errors = g.findings.filter((f) => f.severity === "error").length;
      if (!g.ok || !g.nddr) return { ok: true, prepared, summary: `${errors} error${errors === 1 ? "" : "s"} in ${file.name} to fix; listed below.` };
      return { ok: true, prepared, summary: `Return for ${formatDateEn(g.nddr.closingDate)} from ${file.name}, shown below.` };
    },
    canMarkAsFiled: false,
    async markAsFiled() {
      return { ok: false, reason: "The preview cannot change your workbook. Mark the return as filed in Excel (the return pane), or with: nddr file <workbook.xlsx>." };
    },
    async generateMonthly(now, month, language): Promise<MonthlyOutcome> {
      const file = picked();
      if (!file) return { ok: false, reason: "Choose a workbook (.xlsx or .xlsm) first." };
      const read = await (await loadEngine()).readContractTables(await file.bytes);
      if (!read.ok) return { ok: false, reason: `${file.name} cannot be read: ${read.reason}.` };
      const prepared = await prepareMonthlyReturn(read.tables, { month, today: hongKongToday(now), language });
      const g = prepared.generation;
      const errors = g.findings.filter((f) => f.severity === "error").length;
      if (!g.ok || !g.monthly) return { ok: true, prepared, summary: `${errors} error${errors === 1 ? "" : "s"} in ${file.name} to fix; listed below.` };
      return { ok: true, prepared, summary: `Monthly Return for ${monthName(g.monthly.month)} from ${file.name}, shown below.` };
    },
    async selectCell() {
      // There is no open workbook to move around in.
    },
    async openInExcel() {
      // Not offered (canOpenInExcel is false).
    },
  };
}
