// The findings list as a sheet: one row per finding, its place as a link to the cell, so the list
// stays useful after the task pane is closed (and is all the ribbon command can show).
import { severityLabel, type Finding } from "../domain/finding";
import { DUE_UNKNOWN } from "../render/due-text";
import { widthInPoints } from "./write-layout";

export const FINDINGS_SHEET = "NDDR Findings";
const HEADERS = ["Severity", "Where", "What to do", "Rule", "Code"];
const WIDTHS = [10, 20, 100, 16, 28];

/** 'Sheet name'!A1, quoted as Excel wants it in a reference. */
export const sheetReference = (sheet: string, cell: string): string => `'${sheet.replace(/'/g, "''")}'!${cell}`;

export const findingPlace = (f: Finding): string => (f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "");

export function queueFindings(ws: Excel.Worksheet, findings: readonly Finding[], existingSheets: ReadonlySet<string>): void {
  const rows = findings.length === 0 ? [["", "", "No problems found.", "", ""]] : findings.map((f) => [severityLabel(f), findingPlace(f), f.message, f.rule ?? "", f.code]);
  // The ribbon has no pane: the sheet says what the pane says when errors stand (rules.md 21).
  if (findings.some((f) => f.severity === "error")) rows.push(["", "", DUE_UNKNOWN, "", ""]);
  const all = [HEADERS, ...rows];
  const range = ws.getRangeByIndexes(0, 0, all.length, HEADERS.length);
  // Messages quote the user's cells: as text they can never become formulas.
  range.numberFormat = all.map((r) => r.map(() => "@"));
  range.values = all;
  range.format.font.name = "Calibri";
  range.format.verticalAlignment = "Top";
  range.format.wrapText = true;
  ws.getRangeByIndexes(0, 0, 1, HEADERS.length).format.font.bold = true;
  WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
  findings.forEach((f, i) => {
    if (!f.sheet || !f.cell || !existingSheets.has(f.sheet.toLowerCase())) return;
    ws.getRangeByIndexes(i + 1, 1, 1, 1).hyperlink = { documentReference: sheetReference(f.sheet, f.cell), textToDisplay: findingPlace(f) };
  });
  ws.freezePanes.freezeRows(1);
}

/** The first error with a cell on a sheet that exists: where the user is taken. */
export function firstErrorCell(findings: readonly Finding[], existingSheets: ReadonlySet<string>): { sheet: string; cell: string } | undefined {
  const f = findings.find((x) => x.severity === "error" && x.sheet && x.cell && existingSheets.has(x.sheet.toLowerCase()));
  return f ? { sheet: f.sheet!, cell: f.cell! } : undefined;
}
