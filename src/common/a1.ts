// A1 cell addresses, shared by the table readers (findings name real cells) and the sheet writers.

/** "A", "B", … "Z", "AA" … for a 1-based column number. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column number of letters ("AA" → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The A1 address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A worksheet's last row (Excel 2007 and later): 1,048,576. */
export const EXCEL_LAST_ROW = 1_048_576;
