// Reads one typed value out of one cell, or explains at that cell why it cannot. Every input check of
// docs/rules.md's last section that concerns a single cell lives here.
import Decimal from "decimal.js";
import { hongKongDateOf } from "../domain/calendar/business-days";
import { excelSerialToIsoDate, parseIsoDate, type IsoDate } from "../domain/dates";
import { exactAmount, type Amount } from "../domain/exact";
import { finding, type CellRef, type Finding, type Severity } from "../domain/finding";
import { clip, tidyText } from "../domain/text-key";
import { isErrorValue, isUncalculated, type CellValue } from "./grid";

export { clip };

export const EARLIEST_DATE = "1990-01-01" as IsoDate;
export const LATEST_DATE = "2100-12-31" as IsoDate;

/** A date with a time: local Hong Kong time, or another zone's with its offset ("…T16:00-05:00"). */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i;
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

const EXCEL_CELL_CHARACTERS = 32_767;
/** Date slots per reader: consecutive serials, 11 years of days, never share one. */
const DATE_SLOTS = 4_096;
/** Texts remembered per reader: a column of unique texts (details) stops adding at this many. */
const MAX_TEXTS = 10_000;

/** A price or amount as read (domain/exact.ts's Amount): rows keep it, the domain makes its Decimal. */
export type AmountValue = Amount;
export { exactAmount };

const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const BRACKETED_NEGATIVE = /^\(((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)$/;

/** Where a cell is: its reference, or the field of the table row being read (see CellReader's `locate`). */
export type CellAt<F extends string = never> = CellRef | F;

/**
 * Keeps the findings of the cells it reads in its own `findings`, for its caller to return; `ok` turns
 * false at the first error since it was made or last `restart`ed. One reader serves all the rows of a
 * table, so rows cost no reader of their own, and a row's cells are named by field: `locate` makes the
 * reference only for a finding.
 */
export class CellReader<F extends string = never> {
  private errors = 0;
  /** String cells read as text without a finding, and their tidied text. */
  private readonly texts = new Map<string, string>();
  /**
   * Number cells read as dates without a finding, in a slot of their own by serial (slots hold the last
   * one): a table repeats a few thousand dates over many rows, and a Map lookup per date cell cost more.
   */
  private readonly dateSerials = new Float64Array(DATE_SLOTS).fill(NaN);
  private readonly dateTexts: IsoDate[] = new Array<IsoDate>(DATE_SLOTS).fill(EARLIEST_DATE);

  /** `serialOffset` turns the workbook's date serials into 1900-system ones (grid.ts, serialOffset). */
  readonly findings: Finding[] = [];

  constructor(
    private readonly serialOffset = 0,
    /** A reader of no table row is given only references (F is never), so this default is not called. */
    private readonly locate: (field: F) => CellRef = (field) => ({ sheet: "", cell: field }),
    /**
     * Takes a finding about a field the table has no column for (true), so that it is said once, at the
     * header, rather than at another column's cell of every row (parse-rows.ts).
     */
    private readonly noColumn: (field: F, severity: Severity, message: string) => boolean = () => false,
  ) {}

  get ok(): boolean {
    return this.errors === 0;
  }

  /** Starts a new row: `ok` is true again. */
  restart(): void {
    this.errors = 0;
  }

  /** Whether the cell holds nothing (empty, or only spaces). Error values are not empty. */
  static isEmpty(value: CellValue | undefined): boolean {
    return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  }

  private present(value: CellValue | undefined, at: CellAt<F>, what: string, required: boolean): value is CellValue {
    if (value !== undefined && isErrorValue(value)) {
      this.error("EXCEL_ERROR_VALUE", `${what} shows the Excel error ${value.error}. Fix the formula or type the value.`, at);
      return false;
    }
    if (value !== undefined && isUncalculated(value)) {
      this.error("FORMULA_NOT_CALCULATED", `${what} holds a formula${formulaText(value.formula)} with no saved result: the program that wrote the file did not calculate it, so its value is unknown. Open the file in Excel (it calculates) and save it, or type the value.`, at);
      return false;
    }
    if (CellReader.isEmpty(value)) {
      if (required) this.error("MISSING_VALUE", `${what} is required here. Fill it in.`, at);
      return false;
    }
    return true;
  }

  text(value: CellValue | undefined, at: CellAt<F>, what: string, required = false): string | undefined {
    // A table repeats a few texts (class keys, event types, currencies) over many rows: each string
    // read well once is not checked or tidied again.
    const known = typeof value === "string" ? this.texts.get(value) : undefined;
    if (known !== undefined) return known;
    if (!this.present(value, at, what, required)) return undefined;
    const text = tidyText(String(value));
    // Excel itself stops at this length; only a file made by another program goes beyond, and the
    // return (a sheet, in Excel or from return.xlsx) could not hold it.
    if (text.length > EXCEL_CELL_CHARACTERS) {
      this.error("TEXT_TOO_LONG", `${what} has ${text.length.toLocaleString("en")} characters; an Excel cell holds at most 32,767. Shorten it.`, at);
      return undefined;
    }
    if (typeof value === "string" && this.texts.size < MAX_TEXTS) this.texts.set(value, text);
    return text;
  }

  /** A whole number of shares: not negative unless `signed`, above 0 if `positive`, at most 2^53 − 1. */
  shareCount(value: CellValue | undefined, at: CellAt<F>, what: string, options: { required?: boolean; signed?: boolean; positive?: boolean } = {}): number | undefined {
    if (typeof value === "number" && Number.isSafeInteger(value)) return this.wholeShareCount(value, at, what, options);
    const read = this.number(value, at, what, options.required ?? false);
    if (read === undefined) return undefined;
    // Too large is judged on the stored double; whole or not on what Excel shows (15 digits: a formula's
    // 999.9999999999999 shares is the 1,000 on the screen).
    if ((typeof read === "number" ? Math.abs(read) : read.abs().toNumber()) > Number.MAX_SAFE_INTEGER) {
      this.error("NUMBER_TOO_LARGE", `${what} is beyond 2^53 − 1 and cannot be counted exactly. Check the figure.`, at);
      return undefined;
    }
    const n = exactAmount(read);
    if (!n.isInteger()) {
      this.error("FRACTIONAL_SHARES", `${what} is ${n.toFixed()}, but share counts are whole numbers. Correct the count.`, at);
      return undefined;
    }
    return this.wholeShareCount(n.toNumber(), at, what, options);
  }

  /** The sign checks of a share count that is a whole number within 2^53 − 1. */
  private wholeShareCount(n: number, at: CellAt<F>, what: string, options: { signed?: boolean; positive?: boolean }): number | undefined {
    if (!options.signed && n < 0) {
      this.error("NEGATIVE_SHARES", `${what} is negative. Type the number of shares without a sign: the event type decides the direction.`, at);
      return undefined;
    }
    if (options.positive && n === 0) {
      this.error("ZERO_SHARES", `${what} is 0. Type the number of shares concerned, or delete the row.`, at);
      return undefined;
    }
    return n + 0;
  }

  /** A price or amount, not negative; `exactAmount` gives its Decimal. */
  amount(value: CellValue | undefined, at: CellAt<F>, what: string, required = false): AmountValue | undefined {
    const n = this.number(value, at, what, required);
    if (n === undefined) return undefined;
    if (typeof n === "number" ? n < 0 : n.isNegative()) {
      this.error("NEGATIVE_AMOUNT", `${what} is negative. Prices and amounts are positive.`, at);
      return undefined;
    }
    return n;
  }

  /** An amount that may be negative (a signed change, such as an adjustment). */
  signedAmount(value: CellValue | undefined, at: CellAt<F>, what: string, required = false): AmountValue | undefined {
    return this.number(value, at, what, required);
  }

  /** A small whole number within bounds (settings such as decimals). */
  wholeInRange(value: CellValue | undefined, at: CellAt<F>, what: string, min: number, max: number): number | undefined {
    const read = this.number(value, at, what, false);
    if (read === undefined) return undefined;
    const n = exactAmount(read);
    if (!n.isInteger() || n.lessThan(min) || n.greaterThan(max)) {
      this.error("OUT_OF_RANGE", `${what} must be a whole number from ${min} to ${max}; it is ${n.toFixed()}.`, at);
      return undefined;
    }
    return n.toNumber();
  }

  private number(value: CellValue | undefined, at: CellAt<F>, what: string, required: boolean): AmountValue | undefined {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (!this.present(value, at, what, required)) return undefined;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        this.error("NOT_A_NUMBER", `${what} is not a finite number.`, at);
        return undefined;
      }
      return value;
    }
    const text = String(value).trim();
    // "(400,400,000)" is how accountants write a negative, and what Excel reads as -400400000 when typed.
    const bracketed = typeof value === "string" ? BRACKETED_NEGATIVE.exec(text) : null;
    if (typeof value === "string" && (NUMERIC_TEXT.test(text) || bracketed)) {
      this.warning("NUMBER_STORED_AS_TEXT", `${what} is a number stored as text ("${text}"); it was read as a number. Convert the cell to a number.`, at);
      const n = new Decimal((bracketed ? bracketed[1] : text).replace(/,/g, ""));
      return bracketed && !n.isZero() ? n.negated() : n;
    }
    // The way to type a negative only for a text that tried to be one.
    const negative = /[()\-\u2212]/.test(text) ? " (a negative as -400400000 or (400,400,000))" : "";
    this.error("TEXT_IN_NUMBER_COLUMN", `${what} must be a number, but the cell holds "${clip(text)}". Type the figure alone, without words or units${negative}.`, at);
    return undefined;
  }

  date(value: CellValue | undefined, at: CellAt<F>, what: string, required = false): IsoDate | undefined {
    // NaN, in empty slots, is equal to no value; `& mask` keeps any number's slot in range.
    if (typeof value === "number" && this.dateSerials[value & (DATE_SLOTS - 1)] === value) return this.dateTexts[value & (DATE_SLOTS - 1)];
    if (!this.present(value, at, what, required)) return undefined;
    let date: IsoDate | undefined;
    if (typeof value === "number") date = excelSerialToIsoDate(Math.floor(value + this.serialOffset));
    else if (typeof value === "string") date = textDate(value.trim());
    if (date === undefined) {
      this.error("BAD_DATE", `${what} must be a date (an Excel date, or text like 2024-12-17); the cell holds "${clip(String(value))}".`, at);
      return undefined;
    }
    if (date < EARLIEST_DATE || date > LATEST_DATE) {
      this.error("DATE_OUT_OF_RANGE", `${what} is ${date}, outside 1990–2100. Check the year.`, at);
      return undefined;
    }
    if (typeof value === "number") {
      this.dateSerials[value & (DATE_SLOTS - 1)] = value;
      this.dateTexts[value & (DATE_SLOTS - 1)] = date;
    }
    return date;
  }

  yesNo(value: CellValue | undefined, at: CellAt<F>, what: string, required: boolean, fallback?: boolean): boolean | undefined {
    if (typeof value === "boolean") return value;
    const text = this.text(value, at, what, required);
    if (text === undefined) return fallback;
    const t = text.toLowerCase();
    if (t === "yes" || t === "y" || t === "true") return true;
    if (t === "no" || t === "n" || t === "false") return false;
    this.error("NOT_YES_NO", `${what} must be Yes or No; the cell holds "${clip(text)}".`, at);
    return undefined;
  }

  /** One of a fixed list, matched case-insensitively; returns the list's spelling. */
  oneOf<T extends string>(value: CellValue | undefined, at: CellAt<F>, what: string, list: readonly T[], code: string, required: boolean): T | undefined {
    const text = this.text(value, at, what, required);
    if (text === undefined) return undefined;
    // The exact spelling first: the usual cell, and no lower-cased copies to make.
    const lower = list.includes(text as T) ? undefined : text.toLowerCase();
    const match = lower === undefined ? (text as T) : list.find((item) => item.toLowerCase() === lower);
    if (!match) this.error(code, `${what} "${clip(text)}" is not one of: ${list.join("; ")}. Pick a value from the dropdown.`, at);
    return match;
  }

  error(code: string, message: string, at: CellAt<F>): void {
    this.errors++;
    this.add(code, "error", message, at);
  }

  warning(code: string, message: string, at: CellAt<F>): void {
    this.add(code, "warning", message, at);
  }

  private add(code: string, severity: Severity, message: string, at: CellAt<F>): void {
    if (typeof at !== "string") this.findings.push(finding(code, severity, message, at));
    else if (!this.noColumn(at, severity, message)) this.findings.push(finding(code, severity, message, this.locate(at)));
  }
}

/** " (=SUM(A1:A3))", clipped; nothing for a shared formula's follower cells, whose text is not stored. */
function formulaText(formula: string): string {
  return formula === "" ? "" : ` (=${clip(formula, 60)})`;
}

/** Rule 18 (R-T2): an event time in another zone counts on its Hong Kong date. */
function textDate(text: string): IsoDate | undefined {
  if (ZONED_DATE_TIME.test(text)) return hongKongDateOf(text.toUpperCase().replace(" ", "T"));
  const local = LOCAL_DATE_TIME.exec(text);
  return parseIsoDate(local ? local[1] : text);
}

