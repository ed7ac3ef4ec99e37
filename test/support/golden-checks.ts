// The checks of a golden case's expected.json (and case.json's hand-worked part) on one generated return,
// shared by the golden runner (one test a line, from generateFromXlsx) and the hosts' parity over the
// golden cases (every check, on each host's files).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExpectedLine, GoldenCase } from "./golden-cases";
import { partRows } from "./monthly-grids";
import { comparableLines } from "./published-text";

/** A generated return as a host wrote it: its .txt (absent with errors) and its .json, parsed. */
export interface GoldenOutput {
  readonly text?: string;
  readonly json?: unknown;
}

/** The tab-separated cells of the first line of `text` starting with `start`. */
export function cells(text: string, start: string): string[] {
  const line = text.split("\n").find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`return.txt has no line starting "${start}"`);
  return line.split("\t");
}

/** The rows of `wanted` found in `rows` in order (each after the one before): all of them when it holds. */
export function inOrder(rows: readonly (readonly string[])[], wanted: readonly (readonly string[])[]): (readonly string[])[] {
  const found: (readonly string[])[] = [];
  let from = 0;
  for (const w of wanted) {
    const at = rows.findIndex((r, i) => i >= from && JSON.stringify(r) === JSON.stringify(w));
    if (at < 0) break;
    found.push(w);
    from = at + 1;
  }
  return found;
}

export function expectLine(text: string, l: ExpectedLine): void {
  const got = cells(text, l.line);
  if (l.label !== undefined) expect(got[0]).toBe(l.label);
  if (l.labelContains !== undefined) expect(got[0]).toContain(l.labelContains);
  if (l.cells) expect(got.slice(1, 1 + l.cells.length)).toEqual(l.cells);
  if (l.figures) expect(got.slice(1).filter(Boolean).slice(0, l.figures.length)).toEqual(l.figures);
}

/** The published text file of the case (expected.json's `text`), as comparable lines. */
export const publishedLines = (c: GoldenCase): string[] => comparableLines(readFileSync(join(c.dir, c.expected.text!), "utf8"));

/** Every figure of expected.json and every hand-worked part of case.json, on one output. */
export function expectPublished(c: GoldenCase, out: GoldenOutput): void {
  const { expected, spec } = c;
  const text = out.text ?? "";
  expect(out.json).toMatchObject(expected.json ?? {});
  expect(out.json).toMatchObject(spec.worked ?? {});
  if (expected.text) expect(comparableLines(text)).toEqual(publishedLines(c));
  if (expected.firstLine) expect(text.split("\n")[0]).toBe(expected.firstLine);
  for (const l of expected.lines ?? []) expectLine(text, l);
  for (const t of expected.contains ?? []) expect(text).toContain(t);
  for (const p of expected.parts ?? []) expect(inOrder(partRows(text, p.part), p.rows)).toEqual(p.rows);
}
