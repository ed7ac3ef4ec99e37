// return.txt is tab-separated, and a spreadsheet that imports it reads a field starting with = + - @
// (or a tab or carriage return) as a formula. Such a field gets an apostrophe in front, as Excel itself
// shows text that looks like a formula; printed negative numbers ("-979,000") are left as they are.
// (return.xlsx writes text cells as strings, and return.json is JSON: neither needs this.)
const FORMULA_START = /^[=+\-@\t\r]/;
const PRINTED_NUMBER = /^-[\d,]+(\.\d+)?( ?%)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PRINTED_NUMBER.test(text) ? `'${text}` : text;
}
