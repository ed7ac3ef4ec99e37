// Writes values into a worksheet's XML in place, leaving every other cell, row, style, formula and
// part of the package as it was. exceljs rewrites a whole workbook when it saves, and what it does not
// model (charts, pivot tables, macros, slicers) would be lost; the user's workbook must lose nothing.
import { columnNumber } from "../../common/a1";

export type PatchValue = string | number | null;

export interface CellPatch {
  /** "B7". */
  readonly address: string;
  readonly value: PatchValue;
}

export interface PatchResult {
  readonly xml: string;
  /** Cells left alone because they hold a formula the user wrote. */
  readonly skippedFormulas: readonly string[];
}

const ROW = /<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

export function setCells(sheetXml: string, patches: readonly CellPatch[]): PatchResult {
  const byRow = new Map<number, CellPatch[]>();
  for (const p of patches) {
    const m = /^([A-Z]+)(\d+)$/.exec(p.address);
    if (!m) throw new Error(`programmer error: bad cell address ${p.address}`);
    const row = Number(m[2]);
    byRow.set(row, [...(byRow.get(row) ?? []), p]);
  }
  const skipped: string[] = [];
  let xml = sheetXml.replace(/<sheetData\s*\/>/, "<sheetData></sheetData>");
  const start = xml.indexOf("<sheetData");
  const open = xml.indexOf(">", start) + 1;
  const close = xml.indexOf("</sheetData>", open);
  if (start < 0 || close < 0) throw new Error("programmer error: worksheet without sheetData");
  const rows = [...xml.slice(open, close).matchAll(ROW)].map((m) => ({ r: Number(m[1]), xml: m[0] }));
  const rowNumbers = new Set(rows.map((r) => r.r));
  for (const r of byRow.keys()) {
    if (!rowNumbers.has(r)) rows.push({ r, xml: `<row r="${r}"></row>` });
  }
  rows.sort((a, b) => a.r - b.r);
  const body = rows
    .map((row) => {
      const cells = byRow.get(row.r);
      return cells ? patchRow(row.xml, cells, skipped) : row.xml;
    })
    .join("");
  xml = xml.slice(0, open) + body + xml.slice(close);
  return { xml, skippedFormulas: skipped };
}

function patchRow(rowXml: string, patches: readonly CellPatch[], skipped: string[]): string {
  const selfClosing = /\/>$/.test(rowXml);
  // spans is only a loading hint; a stale one is worse than none.
  const openTag = rowXml.slice(0, rowXml.indexOf(">") + 1).replace(/\s+spans="[^"]*"/, "").replace(/\/>$/, ">");
  const inner = selfClosing ? "" : rowXml.slice(rowXml.indexOf(">") + 1, rowXml.lastIndexOf("</row>"));
  const cells = [...inner.matchAll(CELL)].map((m) => ({ col: columnNumber(m[1]), xml: m[0] }));
  for (const p of patches) {
    const col = columnNumber(p.address.replace(/\d+$/, ""));
    const existing = cells.find((c) => c.col === col);
    if (existing && /<f[\s>]/.test(existing.xml)) {
      skipped.push(p.address);
      continue;
    }
    const style = existing ? /\bs="(\d+)"/.exec(existing.xml.slice(0, existing.xml.indexOf(">")))?.[1] : undefined;
    const xml = cellXml(p.address, p.value, style);
    if (existing) existing.xml = xml;
    else cells.push({ col, xml });
  }
  cells.sort((a, b) => a.col - b.col);
  return `${openTag}${cells.map((c) => c.xml).join("")}</row>`;
}

function cellXml(address: string, value: PatchValue, style: string | undefined): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null) return `<c r="${address}"${s}/>`;
  if (typeof value === "number") return `<c r="${address}"${s}><v>${value}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}
