// Which user-listed closure days move a deadline. Since Severe Weather Trading began on 23 September
// 2024 the Exchange stays open under typhoon signal 8 or above, a black rainstorm warning or
// "extreme conditions", and such a day is a business day under the Listing Rules. A weekday listed
// in `Closure days` from that date on therefore counts only when the user confirms, in `Confirmed
// closure days`, that the Exchange really closed. Earlier listed days count as they always did.

import { weekday, type IsoDate } from "../dates";
import { nthBusinessDayAfter } from "./business-days";
import { isHoliday } from "./holiday-calendar";

const SEVERE_WEATHER_TRADING_FROM = "2024-09-23" as IsoDate;

export interface ExchangeClosures {
  /** The days that are not business days besides weekends and holidays. */
  readonly closed: ReadonlySet<IsoDate>;
  /** Weekdays (not holidays) listed on or after 23 Sep 2024 and not confirmed: they move nothing. */
  readonly unconfirmed: readonly IsoDate[];
}

export function exchangeClosures(listed: readonly IsoDate[], confirmed: readonly IsoDate[] = []): ExchangeClosures {
  const closed = new Set<IsoDate>(confirmed);
  const unconfirmed = new Set<IsoDate>();
  for (const day of listed) {
    if (closed.has(day)) continue;
    if (day < SEVERE_WEATHER_TRADING_FROM) closed.add(day);
    // A weekend or a holiday is no business day anyway: listing it changes nothing and needs no warning.
    else if (weekday(day) !== 0 && weekday(day) !== 6 && isHoliday(day) !== true) unconfirmed.add(day);
  }
  return { closed, unconfirmed: [...unconfirmed] };
}

/**
 * The unconfirmed days that would have moved a deadline `n` business days after `from` had they counted:
 * the ones worth a warning. A list kept for years names many days; the others have nothing to do with it.
 */
export function unconfirmedInCount(closures: ExchangeClosures, from: IsoDate, n: number): IsoDate[] {
  if (closures.unconfirmed.length === 0) return [];
  const asIfClosed = nthBusinessDayAfter(from, n, new Set([...closures.closed, ...closures.unconfirmed]));
  return closures.unconfirmed.filter((day) => day > from && (!asIfClosed.known || day <= asIfClosed.date));
}
