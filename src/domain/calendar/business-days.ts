// Business days and the NDDR deadline (MB 13.25A(1) [GEM 17.27A(1)]; research §7.1 R-T1, R-T2).
// Pure: dates come in as arguments, nothing reads the clock or the host time zone.

import { addDays, parseIsoDate, weekday, yearOf, type IsoDate } from "../dates";
import { HK_GENERAL_HOLIDAYS, HOLIDAY_TABLE_YEARS } from "./hk-holidays";

/** Typhoon signal 8 / black rainstorm days (or any other closure) supplied by the user. */
export type ExtraClosures = ReadonlySet<IsoDate> | readonly IsoDate[];

export interface DisclosureDeadline {
  readonly date: IsoDate;
  /** ISO 8601 instant in Hong Kong time, e.g. "2024-12-18T08:30:00+08:00". */
  readonly instant: string;
}

const HOLIDAYS: ReadonlySet<string> = new Set(HK_GENERAL_HOLIDAYS.map((x) => x.date));
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

/** Whether the holiday table knows the year; outside it only weekends and extra closures count. */
export function calendarCovers(date: IsoDate): boolean {
  const y = yearOf(date);
  return y >= HOLIDAY_TABLE_YEARS.first && y <= HOLIDAY_TABLE_YEARS.last;
}

export function isBusinessDay(date: IsoDate, extraClosures?: ExtraClosures): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  if (HOLIDAYS.has(date)) return false;
  return !isClosed(date, extraClosures);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate, extraClosures?: ExtraClosures): IsoDate {
  let d = addDays(date, 1);
  while (!isBusinessDay(d, extraClosures)) d = addDays(d, 1);
  return d;
}

/** `eventDate` must already be the Hong Kong date of the event (see hongKongDateOf). */
export function disclosureDeadline(eventDate: IsoDate, extraClosures?: ExtraClosures): DisclosureDeadline {
  const date = nextBusinessDay(eventDate, extraClosures);
  return { date, instant: `${date}T${DEADLINE_TIME_HKT}` };
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
