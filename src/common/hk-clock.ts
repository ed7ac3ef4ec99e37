// The shells' view of the clock in Hong Kong time (UTC+8 all year; no daylight saving). The domain
// never reads the clock: these turn a Date into what it is handed.
import type { IsoDate } from "../domain/dates";

const HK_OFFSET_MS = 8 * 3_600_000;

/** Today's date in Hong Kong. */
export const hongKongToday = (now: Date): IsoDate => new Date(now.getTime() + HK_OFFSET_MS).toISOString().slice(0, 10) as IsoDate;

/** "2024-11" for any day of December 2024: the month a Monthly Return is usually due for. */
export function monthBefore(today: string): string {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** The month before today's in Hong Kong. */
export const previousMonth = (now: Date): string => monthBefore(hongKongToday(now));

/** "2024-12-18T07:55:12+08:00". */
export const hongKongInstant = (now: Date): string =>
  `${new Date(now.getTime() + HK_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

/** "in 3 h 05 min", "in 12 min", or "passed 2 h 10 min ago", to an ISO instant with offset. */
export function countdown(deadline: string, now: Date): string {
  const ms = Date.parse(deadline) - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const span = days > 0 ? `${days} d ${h} h` : h > 0 ? `${h} h ${String(m).padStart(2, "0")} min` : `${m} min`;
  return ms >= 0 ? `in ${span}` : `passed ${span} ago`;
}
