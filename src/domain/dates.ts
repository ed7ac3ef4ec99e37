// Calendar dates as ISO strings ("2024-12-17"). The domain never reads the clock: "today" is passed in.
// Strings sort like dates, need no time zone, and print straight into return.json.
import { groupBy } from "./collections";

export type IsoDate = string & { readonly __brand: "IsoDate" };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Excel's day 0 for serials after 28 Feb 1900 (the 1900 system, with its phantom 29 Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`programmer error: not a calendar date: ${text}`);
  return date;
}

/** The date, or undefined when the text is not a real calendar date in YYYY-MM-DD form. */
export function parseIsoDate(text: string): IsoDate | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return fromUtcMs(t);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(dates: Iterable<IsoDate>): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (best === undefined || d > best) best = d;
  return best;
}

/** Excel serial number (1900 date system; the time of day is dropped) to a date. */
export function excelSerialToIsoDate(serial: number): IsoDate | undefined {
  // Before 1 March 1900 Excel's leap-year bug shifts days; after 31 Dec 9999 Excel has no dates.
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  return fromUtcMs(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

export function isoDateToExcelSerial(date: IsoDate): number {
  return Math.round((toUtcMs(date) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Serial number of a JS Date read from a file (its UTC calendar day and time), or NaN for an invalid one. */
export function utcDateToExcelSerial(value: Date): number {
  return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

export function toUtcMs(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Days from 1970-01-01 to 0000-01-01 and to 9999-12-31: the years toISOString writes with four digits. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/**
 * The UTC date of a time, worked out by arithmetic (H. Hinnant's days-to-civil, on the proleptic
 * Gregorian calendar, as Date's): a Date and its toISOString cost about a microsecond, paid for each
 * distinct date of every table of a 100,000-row ledger. Other years, and NaN, are left to Date.
 */
function fromUtcMs(t: number): IsoDate {
  // Date drops a fraction of a millisecond towards zero (TimeClip); so does this, before the floor.
  const days = Math.floor(Math.trunc(t) / DAY_MS);
  if (!(days >= FIRST_DAY && days <= LAST_DAY)) return new Date(t).toISOString().slice(0, 10) as IsoDate;
  const z = days + 719_468; // days since 0000-03-01: years start in March, so 29 February ends one
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}` as IsoDate;
}

/** A return's period: after its opening date, up to and including its closing date. */
export interface Period {
  readonly openingDate: IsoDate;
  readonly closingDate: IsoDate;
}

export const inPeriod = (date: IsoDate | undefined, p: Period): date is IsoDate =>
  date !== undefined && date > p.openingDate && date <= p.closingDate;

/** Rows by date, in date order (rows of one date in their order). */
export function byDate<T>(rows: readonly T[], dateOf: (r: T) => IsoDate): [IsoDate, T[]][] {
  return [...groupBy(rows, dateOf)].sort(([a], [b]) => compareDates(a, b));
}

/**
 * Rows by date and, within a date, by currency (in order of first appearance): the lines made from the
 * repurchase, sale and redemption ledgers, where a day's trades in two currencies (a sale in London in GBP
 * and one in Singapore in SGD) are two lines, each with its own price, since one line has one currency
 * (docs/rules.md 5). A row whose `currencyOf` is undefined (no price) goes with the day's first currency.
 */
export function byDateAndCurrency<T>(rows: readonly T[], dateOf: (r: T) => IsoDate, currencyOf: (r: T) => string | undefined): [IsoDate, T[]][] {
  return byDate(rows, dateOf).flatMap(([date, day]) => {
    const currencies = [...new Set(day.map(currencyOf).filter((c) => c !== undefined))];
    if (currencies.length <= 1) return [[date, day] as [IsoDate, T[]]];
    const any = day.filter((r) => currencyOf(r) === undefined);
    return currencies.map((c, i) => [date, [...day.filter((r) => currencyOf(r) === c), ...(i === 0 ? any : [])]] as [IsoDate, T[]]);
  });
}

