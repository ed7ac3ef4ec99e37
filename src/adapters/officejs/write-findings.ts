// The findings list as a sheet: one row per finding, its place as a link to the cell, so the list
// stays useful after the task pane is closed (and is all the ribbon command can show). A broken ledger
// can have tens of thousands of findings: the rows go in chunks, each well under a sync's budget.
import { severityLabel, type Finding } from "../../domain/finding";
import { DUE_UNKNOWN } from "../../render/due-text";
import { SYNC_BUDGET } from "./limits";
import { widthInPoints } from "./write-layout";

export const FINDINGS_SHEET = "NDDR Findings";
const HEADERS = ["Severity", "Where", "What to do", "Rule", "Code"];
const WIDTHS = [10, 20, 100, 16, 28];

/** 'Sheet name'!A1, quoted as Excel wants it in a reference. */
export const sheetReference = (sheet: string, cell: string): string => `'${sheet.replace(/'/g, "''")}'!${cell}`;

export const findingPlace = (f: Finding): string => (f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "");

/** The header row, column widths and frozen header of a new findings sheet. */
export function queueFindingsHeader(ws: Excel.Worksheet, findings: readonly Finding[]): void {
  const rows = findings.length === 0 ? [HEADERS, ["", "", "No problems found.", "", ""]] : [HEADERS];
  const range = ws.getRangeByIndexes(0, 0, rows.length, HEADERS.length);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
  range.format.font.name = "Calibri";
  ws.getRangeByIndexes(0, 0, 1, HEADERS.length).format.font.bold = true;
  WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
  ws.freezePanes.freezeRows(1);
}

/**
 * Queues the rows of findings[from…] that fit in `bytes` of request (at least one), and returns where
 * the next chunk starts (findings.length when all are queued). Each row's request is estimated from its
 * text: the values and "@" formats, and the link's command.
 */
export function queueFindingsRows(
  ws: Excel.Worksheet, findings: readonly Finding[], from: number, existingSheets: ReadonlySet<string>, bytes = SYNC_BUDGET.bytes,
  errorsLine: string | null = DUE_UNKNOWN,
): number {
  let to = from;
  let used = 0;
  while (to < findings.length) {
    const cost = rowBytes(findings[to]!);
    if (to > from && used + cost > bytes) break;
    used += cost;
    to++;
  }
  if (to === from) return from;
  const rows = findings.slice(from, to).map((f) => [severityLabel(f), findingPlace(f), f.message, f.rule ?? "", f.code]);
  // The ribbon has no pane: after the last finding, the sheet says what the pane says when errors stand: whether a return is due is unknown, never "not due".
  if (errorsLine !== null && to === findings.length && findings.some((f) => f.severity === "error")) rows.push(["", "", errorsLine, "", ""]);
  const range = ws.getRangeByIndexes(from + 1, 0, rows.length, HEADERS.length);
  // Messages quote the user's cells: as text they can never become formulas.
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
  range.format.font.name = "Calibri";
  range.format.verticalAlignment = "Top";
  range.format.wrapText = true;
  for (let i = from; i < to; i++) {
    const f = findings[i]!;
    if (!f.sheet || !f.cell || !existingSheets.has(f.sheet.toLowerCase())) continue;
    ws.getRangeByIndexes(i + 1, 1, 1, 1).hyperlink = { documentReference: sheetReference(f.sheet, f.cell), textToDisplay: findingPlace(f) };
  }
  return to;
}

/** A generous estimate of one finding's share of a request, in JSON bytes. */
function rowBytes(f: Finding): number {
  const text = severityLabel(f).length + f.message.length + (f.rule?.length ?? 0) + f.code.length + 2 * findingPlace(f).length;
  // Quotes, commas and escapes of two 5-cell rows (values, formats), and a hyperlink command with its range.
  return Math.ceil(text * 1.1) + 60 + (f.sheet && f.cell ? 300 : 0);
}

/** The first error with a cell on a sheet that exists: where the user is taken. */
export function firstErrorCell(findings: readonly Finding[], existingSheets: ReadonlySet<string>): { sheet: string; cell: string } | undefined {
  const f = findings.find((x) => x.severity === "error" && x.sheet && x.cell && existingSheets.has(x.sheet.toLowerCase()));
  return f ? { sheet: f.sheet!, cell: f.cell! } : undefined;
}
