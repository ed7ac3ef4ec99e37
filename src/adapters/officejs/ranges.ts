// Rectangles of cells that share a style, so that each style is applied with a few whole-range
// calls rather than one per cell: runs of equal style along a row, then equal runs stacked down.
import type { LayoutCell, Merge, StyleName } from "../../layout/sheet-layout";

/** 1-based, inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Style rectangles of a layout. A merged area takes its top-left cell's style, so borders and fills
 * cover the whole merged cell as Excel shows it.
 */
export function styleRects(cells: readonly LayoutCell[], merges: readonly Merge[]): Map<StyleName, Rect[]> {
  const styleAt = new Map<string, StyleName>();
  const key = (r: number, c: number) => `${r},${c}`;
  for (const cell of cells) styleAt.set(key(cell.row, cell.col), cell.style);
  for (const m of merges) {
    const style = styleAt.get(key(m.top, m.left));
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) styleAt.set(key(r, c), style);
  }
  const byRow = new Map<number, { col: number; style: StyleName }[]>();
  for (const [k, style] of styleAt) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (!byRow.has(r)) byRow.set(r, []);
    byRow.get(r)!.push({ col: c, style });
  }
  // Horizontal runs per row.
  const runs: { row: number; left: number; right: number; style: StyleName }[] = [];
  for (const [row, list] of [...byRow].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.col - b.col);
    for (const { col, style } of list) {
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.style === style && last.right === col - 1) last.right = col;
      else runs.push({ row, left: col, right: col, style });
    }
  }
  // Stack a run onto the rectangle directly above it when the columns and style match.
  const open = new Map<string, { top: number; left: number; bottom: number; right: number; style: StyleName }>();
  const out = new Map<StyleName, Rect[]>();
  const close = (r: { top: number; left: number; bottom: number; right: number; style: StyleName }) => {
    if (!out.has(r.style)) out.set(r.style, []);
    out.get(r.style)!.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
  };
  for (const run of runs) {
    const k = `${run.left},${run.right},${run.style}`;
    const above = open.get(k);
    if (above && above.bottom === run.row - 1) above.bottom = run.row;
    else {
      if (above) close(above);
      open.set(k, { top: run.row, left: run.left, bottom: run.row, right: run.right, style: run.style });
    }
  }
  for (const r of open.values()) close(r);
  for (const list of out.values()) list.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/** "A1:C4" (or "A1") from a sheet-relative address such as "Issuer!A1:C4" or "'My sheet'!B2". */
export function parseRangeAddress(address: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
  if (!m) return undefined;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(m[1]!);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}
