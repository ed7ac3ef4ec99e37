// The task pane's workbook in a plain browser: an .xlsx the user picks, read with exceljs (loaded on
// demand), prepared by the pipeline every host shares. Nothing leaves the page; results are shown and
// offered as downloads.
import { hongKongToday } from "../common/hk-clock";
import type { TableGrid } from "../contract/grid";
import type { Finding } from "../domain/finding";
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
    generate: (now, language): Promise<GenerateOutcome> => fromPicked(picked(),
      (tables) => prepareReturn(tables, { today: hongKongToday(now), language }),
      ({ generation: g }) => (g.ok && g.nddr ? `Return for ${formatDateEn(g.nddr.closingDate)}` : undefined)),
    canMarkAsFiled: false,
    async markAsFiled() {
      return { ok: false, reason: "The preview cannot change your workbook. Mark the return as filed in Excel (the return pane), or with: nddr file <workbook.xlsx>." };
    },
    generateMonthly: (now, month, language): Promise<MonthlyOutcome> => fromPicked(picked(),
      (tables) => prepareMonthlyReturn(tables, { month, today: hongKongToday(now), language }),
      ({ generation: g }) => (g.ok && g.monthly ? `Monthly Return for ${monthName(g.monthly.month)}` : undefined)),
    async selectCell() {
      // There is no open workbook to move around in.
    },
    async openInExcel() {
      // Not offered (canOpenInExcel is false).
    },
  };
}

/**
 * The picked workbook's tables prepared by `prepare` (an NDDR or a Monthly Return alike), or why not;
 * `returned` names the return made, undefined when errors stand.
 */
async function fromPicked<P extends { readonly generation: { readonly findings: readonly Finding[] } }>(
  file: PickedFile | undefined, prepare: (tables: readonly TableGrid[]) => Promise<P>, returned: (prepared: P) => string | undefined,
): Promise<{ readonly ok: false; readonly reason: string } | { readonly ok: true; readonly prepared: P; readonly summary: string }> {
  if (!file) return { ok: false, reason: "Choose a workbook (.xlsx or .xlsm) first." };
  const read = await (await loadEngine()).readContractTables(await file.bytes);
  if (!read.ok) return { ok: false, reason: `${file.name} cannot be read: ${read.reason}.` };
  const prepared = await prepare(read.tables);
  const made = returned(prepared);
  if (made) return { ok: true, prepared, summary: `${made} from ${file.name}, shown below.` };
  const errors = prepared.generation.findings.filter((f) => f.severity === "error").length;
  return { ok: true, prepared, summary: `${errors} error${errors === 1 ? "" : "s"} in ${file.name} to fix; listed below.` };
}
