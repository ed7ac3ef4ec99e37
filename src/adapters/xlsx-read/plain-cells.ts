// The cell shapes Excel, LibreOffice and exceljs write for nearly every cell, read straight from the
// text instead of as five tokenizer events each: <c r="B2" s="4" t="s"><v>12</v></c>, <c r="B2" s="4"/>,
// a formula before the value (<f>…</f>, <f t="shared" si="0"/>), and the step from one row to the next
// (</row><row r="3" …>). Anything else — a prefix, an entity, a CR, white space inside a cell, an
// attribute it does not know how to read, inline text, the chunk's end — is "not plain" and left to the
// tokenizer, which reads it as before; so this reader only has to be right about what it accepts
// (test/adapters/xlsx-read/plain-cells.test.ts compares both ways on random sheets cut at random).

/** Where the parts of the plain cell just read are in the text: starts and ends, -1 when absent. */
export class PlainCell {
  r = -1;
  s = -1;
  sEnd = -1;
  t = -1;
  tEnd = -1;
  v = -1;
  vEnd = -1;
  f = -1;
  fEnd = -1;
  /** The row number read by nextRow. */
  row = 0;
}

/**
 * Reads the cell whose "<" is at `at` into `cell` and returns the index after it, or -1 when it is not
 * a plain cell (nothing is then taken from it). Built on searches and startsWith where it can: measured
 * on the benchmark's sheet, they beat testing the same characters one by one.
 */
export function plainCell(s: string, at: number, cell: PlainCell): number {
  if (s.charCodeAt(at + 1) !== 99) return -1; // c
  cell.r = cell.s = cell.t = cell.v = cell.f = -1;
  let k = attributes(s, at + 2, cell);
  if (k < 0) return -1;
  if (s.charCodeAt(k) === 47) return k + 2; // "/>" (checked by attributes)
  k++;
  // <f …>text</f> or <f …/>
  if (s.charCodeAt(k) === 60 && s.charCodeAt(k + 1) === 102) {
    let e = attributes(s, k + 2, undefined);
    if (e < 0) return -1;
    if (s.charCodeAt(e) === 47) {
      cell.f = cell.fEnd = e;
      e += 2;
    } else {
      cell.f = e + 1;
      e = plainText(s, e + 1);
      if (e < 0 || !s.startsWith("</f>", e)) return -1;
      cell.fEnd = e;
      e += 4;
    }
    k = e;
  }
  if (s.startsWith("<v>", k)) {
    const e = plainText(s, k + 3);
    if (e < 0 || !s.startsWith("</v>", e)) return -1;
    cell.v = k + 3;
    cell.vEnd = e;
    k = e + 4;
  }
  return s.startsWith("</c>", k) ? k + 4 : -1;
}

/**
 * Reads ` name="value"` pairs from `k` (just after the tag's name) up to the tag's ">" or "/>" and
 * returns where that starts; -1 for anything else (a prefix, a space before "/>" …). A cell's r, s and
 * t (the first of each, as the tokenizer finds them) are recorded in `cell`; s and t only when free of
 * "&" and control characters, which the tokenizer would decode or normalize (r it reads in place too,
 * and the others it never reads).
 */
function attributes(s: string, k: number, cell: PlainCell | undefined): number {
  for (;;) {
    let c = s.charCodeAt(k);
    if (c !== 32) return c === 62 || (c === 47 && s.charCodeAt(k + 1) === 62) ? k : -1;
    const name = ++k;
    c = s.charCodeAt(k);
    if (s.charCodeAt(k + 1) === 61) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return -1;
      k++;
    } else {
      // Longer names (cm, vm, ph; a formula's ref, si, ca …).
      while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46) c = s.charCodeAt(++k);
      if (c !== 61 || k === name) return -1;
    }
    const quote = s.charCodeAt(++k);
    if (quote !== 34 && quote !== 39) return -1;
    const value = k + 1;
    k = s.indexOf(quote === 34 ? '"' : "'", value);
    if (k < 0) return -1;
    if (cell !== undefined && value - name === 3) {
      const n = s.charCodeAt(name);
      if (n === 114) {
        if (cell.r < 0) cell.r = value;
      } else if (n === 115) {
        if (cell.s < 0) {
          if (!plainValue(s, value, k)) return -1;
          cell.s = value;
          cell.sEnd = k;
        }
      } else if (n === 116 && cell.t < 0) {
        if (!plainValue(s, value, k)) return -1;
        cell.t = value;
        cell.tEnd = k;
      }
    }
    k++;
  }
}

/** Whether an attribute's value reads as it stands: no "&" or control character. */
function plainValue(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 38) return false;
  }
  return true;
}

/** Where the text from `k` ends (its "<"), or -1 when it holds what the tokenizer would rewrite (an entity, a CR) or runs to the chunk's end. */
function plainText(s: string, k: number): number {
  const lt = s.indexOf("<", k);
  if (lt < 0) return -1;
  for (let i = k; i < lt; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 13) return -1;
  }
  return lt;
}

/**
 * Reads `</row><row r="N" …>` at `at` (a row's end and the next one's start, which leave the elements
 * open as they were) and returns the index after it, with N in `cell.row`; -1 for anything else: r not
 * first or not plain digits, a self-closing row, white space between the tags, the chunk's end. The
 * other attributes are not read, only passed over as the tokenizer does (the first ">" outside quotes).
 */
export function nextRow(s: string, at: number, cell: PlainCell): number {
  if (!s.startsWith('</row><row r="', at)) return -1;
  let k = at + 14;
  let n = 0;
  let c = s.charCodeAt(k);
  for (; c >= 48 && c <= 57 && k < at + 21; c = s.charCodeAt(++k)) n = n * 10 + c - 48;
  if (c !== 34 || k === at + 14) return -1;
  cell.row = n;
  for (c = s.charCodeAt(++k); c !== 62; c = s.charCodeAt(++k)) {
    if (c === 34 || c === 39) {
      k = s.indexOf(c === 34 ? '"' : "'", k + 1);
      if (k < 0) return -1;
    } else if (c !== c) return -1;
  }
  return s.charCodeAt(k - 1) === 47 ? -1 : k + 1;
}
