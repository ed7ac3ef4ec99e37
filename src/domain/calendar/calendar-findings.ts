// What the calendar has to say about a deadline, the same for every form (the NDDR's next business
// day, the Monthly Return's fifth): closure days that no longer count, and deadlines that rest on a
// computed holiday table or on none.
import { weekday, type IsoDate } from "../dates";
import { finding, type CellRef, type Finding } from "../finding";
import type { DisclosureDeadline } from "./business-days";
import { HOLIDAY_YEARS } from "./holiday-calendar";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** Listed closure days that Severe Weather Trading turned into business days (see exchange-closures.ts). */
export function unconfirmedClosureFindings(days: readonly IsoDate[], at: CellRef | undefined): Finding[] {
  return days.map((day) => finding("CLOSURE_DAY_NOT_CONFIRMED", "warning",
    `Closure days lists ${WEEKDAYS[weekday(day)]} ${day}. Since 23 September 2024 the Exchange trades through typhoon signal 8, black rainstorms and extreme conditions (Severe Weather Trading), so this day counts as a business day and does not move the deadline. If the Exchange really closed that day, put the date in Confirmed closure days; if not, delete it here.`,
    at));
}

/**
 * A deadline the calendar could not work out, or worked out from holidays not yet gazetted. `of` names
 * what is due ("the change on 2028-01-25"), `rule` when ("the next business day after 2028-01-25").
 * Where this says the deadline is unknown, the caller must not check lateness either.
 */
export function deadlineFindings(deadline: DisclosureDeadline, of: string, rule: string, at: CellRef | undefined): Finding[] {
  if (!deadline.known) {
    return [finding("DEADLINE_NOT_COMPUTED", "warning",
      `No Hong Kong holiday table for ${deadline.year} (this version holds ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}): the deadline of ${of} is not worked out and lateness is not checked. It is due by 08:30 on ${rule}; count it from the gazetted holidays, or update the add-in.`,
      at)];
  }
  return deadline.notGazetted.map((year) => finding("HOLIDAYS_NOT_GAZETTED", "warning",
    `The deadline ${deadline.date} counts the Hong Kong holidays of ${year} as worked out from the General Holidays Ordinance's rules (Lunar New Year included); ${year}'s holidays are not gazetted yet. Check the deadline against the gazette.`,
    at));
}
