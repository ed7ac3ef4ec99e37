// Business days and the NDDR deadline (MB 13.25A(1) [GEM 17.27A(1)]; research §7.1 R-T1, R-T2).
// Pure: dates come in as arguments, nothing reads the clock or the host time zone.

import { addDays, parseIsoDate, weekday, yearOf, type IsoDate } from "../dates";
import { holidaySource, isHoliday } from "./holiday-calendar";

/** Days the Exchange was closed besides weekends and holidays (exchangeClosures() says which count). */
export type ExtraClosures = ReadonlySet<IsoDate> | readonly IsoDate[];

/** A day found by counting business days, or the year whose holidays the count would need but no table holds. */
export type BusinessDayCount =
  | {
      readonly known: true;
      readonly date: IsoDate;
      /** Years whose computed (not yet gazetted) holidays the count relied on, in order. */
      readonly notGazetted: readonly number[];
    }
  | { readonly known: false; readonly year: number };

export type DisclosureDeadline =
  | (Extract<BusinessDayCount, { known: true }> & {
      /** ISO 8601 instant in Hong Kong time, e.g. "2024-12-18T08:30:00+08:00". */
      readonly instant: string;
    })
  | Extract<BusinessDayCount, { known: false }>;

const HK_OFFSET_MS = 8 * 3_600_000; // Hong Kong has no daylight saving time
// The earlier of the pre-opening session (09:00) and the morning session, less 30 minutes.
const DEADLINE_TIME_HKT = "08:30:00+08:00";

function isClosed(date: IsoDate, extra: ExtraClosures | undefined): boolean {
  if (extra === undefined) return false;
  return isReadonlyArray(extra) ? extra.includes(date) : extra.has(date);
}

// Array.isArray does not narrow readonly arrays out of a union.
function isReadonlyArray(x: ExtraClosures): x is readonly IsoDate[] {
  return Array.isArray(x);
}

// A weekend or a closure is known whatever the year; a weekday needs the year's holidays.
function isOffDay(date: IsoDate, extra: ExtraClosures | undefined): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6 || isClosed(date, extra);
}

/** Monday–Friday, not a Hong Kong general holiday, not a closure; undefined when the year's holidays are unknown. */
export function isBusinessDay(date: IsoDate, extraClosures?: ExtraClosures): boolean | undefined {
  if (isOffDay(date, extraClosures)) return false;
  const holiday = isHoliday(date);
  return holiday === undefined ? undefined : !holiday;
}

/**
 * The n-th business day strictly after `date` (n ≥ 1): the next one for an NDDR, the fifth after
 * month-end for a Monthly Return. Never a guess: a weekday in a year no holiday table holds stops the count.
 */
export function nthBusinessDayAfter(date: IsoDate, n: number, extraClosures?: ExtraClosures): BusinessDayCount {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`programmer error: n must be a whole number from 1, not ${n}`);
  const notGazetted: number[] = [];
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isOffDay(d, extraClosures)) continue;
    const year = yearOf(d);
    const source = holidaySource(year);
    if (source === undefined) return { known: false, year };
    if (source === "computed" && !notGazetted.includes(year)) notGazetted.push(year);
    if (!isHoliday(d)) left--;
  }
  return { known: true, date: d, notGazetted };
}

/** 08:30 Hong Kong time on the date, as an ISO 8601 instant. */
export function deadlineInstant(date: IsoDate): string {
  return `${date}T${DEADLINE_TIME_HKT}`;
}

/** `eventDate` must already be the Hong Kong date of the event (see hongKongDateOf). */
export function disclosureDeadline(eventDate: IsoDate, extraClosures?: ExtraClosures): DisclosureDeadline {
  const day = nthBusinessDayAfter(eventDate, 1, extraClosures);
  return day.known ? { ...day, instant: deadlineInstant(day.date) } : day;
}

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

// An instant needs a zone: a bare local time is ambiguous, so it is rejected rather than guessed.
/** The Hong Kong calendar date of an ISO 8601 date-time with an offset or Z, or undefined. */
export function hongKongDateOf(instant: string): IsoDate | undefined {
  const m = INSTANT.exec(instant.trim());
  if (!m) return undefined;
  const day = parseIsoDate(m[1]!);
  if (day === undefined) return undefined;
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hh > 23 || mm > 59 || ss > 60) return undefined; // 60: leap second
  let offsetMin = 0;
  if (m[6] === undefined) {
    const [oh, om] = [Number(m[8]), Number(m[9])];
    if (oh > 23 || om > 59) return undefined;
    offsetMin = (m[7] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  // Whole minutes decide the date; seconds and fractions never cross midnight on their own.
  const minutesFromDay = hh * 60 + mm - offsetMin + HK_OFFSET_MS / 60_000;
  return addDays(day, Math.floor(minutesFromDay / 1440));
}
