// Draws a SheetLayout as an HTML table: the return as the sheet shows it, for the preview page, each
// cell's display text as the layout carries it (the text return.txt prints; figures included).
// Every value goes in with textContent: text from the user's cells is never parsed as HTML.
import type { SheetLayout } from "../layout/sheet-layout";

export function renderReturn(layout: SheetLayout): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "return-sheet";
  const caption = document.createElement("caption");
  caption.textContent = layout.name;
  table.append(caption);
  const colgroup = document.createElement("colgroup");
  for (const w of layout.columnWidths) {
    const c = document.createElement("col");
    c.style.width = `${w}ch`;
    colgroup.append(c);
  }
  table.append(colgroup);

  const rows = Math.max(0, ...layout.cells.map((c) => c.row));
  const cols = layout.columnWidths.length;
  const byPos = new Map(layout.cells.map((c) => [`${c.row},${c.col}`, c]));
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of layout.merges) {
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const body = document.createElement("tbody");
  for (let r = 1; r <= rows; r++) {
    const tr = document.createElement("tr");
    for (let c = 1; c <= cols; c++) {
      const k = `${r},${c}`;
      if (covered.has(k)) continue;
      const td = document.createElement("td");
      const span = spans.get(k);
      if (span) {
        td.rowSpan = span.rows;
        td.colSpan = span.cols;
      }
      const cell = byPos.get(k);
      if (cell) {
        td.className = `s-${cell.style}`;
        td.textContent = cell.text;
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}
