// How Excel takes a value written through Range.values (as if typed into the cell), and how it shows a
// cell as text (Range.text). Only the cases the simulated host needs are implemented; anything else is
// refused loudly rather than guessed, so a simulation never passes where Excel would differ.
import { MAX_CELL_TEXT, type SimCell } from "./model";

/** Something Excel would do that this host does not imitate: refused, never approximated. */
export class NotSimulated extends Error {
  override readonly name = "NotSimulated";
}

/** 1900 system: serial of 1970-01-01 is 25569; 1904 system: 24107. */
const EPOCH_1900 = 25569;
const DAYS_1900_TO_1904 = 1462;
const DAY_MS = 86_400_000;

/** The serial of an ISO date in the workbook's date system. */
export function isoToSerial(iso: string, date1904: boolean): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return ms / DAY_MS + EPOCH_1900 - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/** A UTC Date for a serial in the workbook's date system (the 1900 system's phantom 29 Feb 1900 aside). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_1900 + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS));
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Puts a written value into a cell the way Excel does: `null` leaves the cell alone, "" clears it, text
 * in a cell formatted "@" stays text, otherwise text that reads as a number, a percentage, a TRUE/FALSE
 * or an ISO date becomes one (a date takes a date format), "'" keeps the rest as text, and "=" starts a
 * formula — which this host cannot calculate, so it refuses it.
 */
export function writeValue(cell: SimCell, value: unknown, date1904: boolean): void {
  if (value === null || value === undefined) return;
  delete cell.e;
  delete cell.f;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("InvalidArgument: a number must be finite");
    cell.v = value;
    return;
  }
  if (typeof value === "boolean") {
    cell.v = value;
    return;
  }
  if (typeof value !== "string") throw new TypeError(`InvalidArgument: a cell cannot hold a ${typeof value}`);
  if (value.length > MAX_CELL_TEXT) throw new TypeError(`InvalidArgument: text of ${value.length} characters; a cell holds ${MAX_CELL_TEXT}`);
  if (value === "") {
    delete cell.v;
    return;
  }
  if (cell.nf === "@") {
    cell.v = value;
    return;
  }
  if (value.startsWith("'")) {
    cell.v = value.slice(1);
    return;
  }
  if (value.startsWith("=")) throw new NotSimulated("the simulated host does not calculate formulas written into cells");
  const t = value.trim();
  if (t !== "" && NUMBER.test(t) && /\d/.test(t)) {
    cell.v = Number(t.replace(/,/g, ""));
    return;
  }
  // Excel reads "(400,400,000)" as -400400000 and gives the cell an accounting format of its own choosing:
  // refused rather than kept as the text Excel would not keep.
  if (/^\((\d{1,3}(,\d{3})+|\d+)(\.\d+)?\)$/.test(t)) throw new NotSimulated(`the simulated host does not take a bracketed negative typed as text ("${t}")`);
  const pct = /^([+-]?\d+(\.\d+)?)%$/.exec(t);
  if (pct) {
    cell.v = Number(pct[1]) / 100;
    if (!cell.nf || cell.nf === "General") cell.nf = pct[2] ? "0.00%" : "0%";
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.v = t.toLowerCase() === "true";
    return;
  }
  const d = ISO_DATE.exec(t);
  if (d && Number(d[2]) >= 1 && Number(d[2]) <= 12 && Number(d[3]) >= 1 && Number(d[3]) <= 31) {
    cell.v = isoToSerial(t, date1904);
    if (!cell.nf || cell.nf === "General") cell.nf = "yyyy-mm-dd";
    return;
  }
  cell.v = value;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Range.text of one cell: its value as its number format shows it (the formats this product uses). */
export function cellText(cell: SimCell | undefined, date1904: boolean): string {
  if (!cell) return "";
  if (cell.e !== undefined) return cell.e;
  const v = cell.v;
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const nf = cell.nf ?? "General";
  if (nf === "General") return generalNumber(v);
  if (nf === "@") return generalNumber(v);
  if (/[ymd]/i.test(nf.replace(/"[^"]*"/g, "")) && !/[#0]/.test(nf.replace(/"[^"]*"/g, ""))) return dateText(v, nf, date1904);
  const m = /^(?:"([^"]*)")?(#,##0|0)(?:\.(0+))?(%)?(?:"([^"]*)")?$/.exec(nf);
  if (!m) throw new NotSimulated(`the simulated host cannot show number format ${nf}`);
  const [, prefix = "", whole, decimals = "", percent, suffix = ""] = m;
  const x = percent ? v * 100 : v;
  const fixed = Math.abs(x).toFixed(decimals.length);
  const [int, frac] = fixed.split(".");
  const grouped = whole === "#,##0" ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int!;
  return `${x < 0 && Number(fixed) !== 0 ? "-" : ""}${prefix}${grouped}${frac ? `.${frac}` : ""}${percent ?? ""}${suffix}`;
}

function generalNumber(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const s = String(Number(v.toPrecision(10)));
  return s;
}

function dateText(serial: number, nf: string, date1904: boolean): string {
  // The 1900 system shows serial 0 as 1900-01-00 and 60 as 1900-02-29, days JavaScript's calendar has not.
  if (!date1904 && serial < 61) {
    const day = Math.floor(serial);
    const [y, mo, d] = day === 0 ? [1900, 1, 0] : day === 60 ? [1900, 2, 29] : day < 60 ? [1900, day <= 31 ? 1 : 2, day <= 31 ? day : day - 31] : [0, 0, 0];
    return render(nf, y, mo, d);
  }
  const date = serialToDate(Math.floor(serial), date1904);
  return render(nf, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function render(nf: string, y: number, mo: number, d: number): string {
  return nf.replace(/"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dd|d|\\(.)/gi, (tok, lit?: string, esc?: string) => {
    if (lit !== undefined) return lit;
    if (esc !== undefined) return esc;
    switch (tok.toLowerCase()) {
      case "yyyy": return pad(y, 4);
      case "yy": return pad(y % 100, 2);
      case "mmmm": return MONTHS[mo - 1]!;
      case "mmm": return MONTHS[mo - 1]!.slice(0, 3);
      case "mm": return pad(mo, 2);
      case "m": return String(mo);
      case "dd": return pad(d, 2);
      default: return String(d);
    }
  });
}
