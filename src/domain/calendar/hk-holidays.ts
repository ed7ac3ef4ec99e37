// Hong Kong general holidays (General Holidays Ordinance, Cap. 149) as gazetted: the calendar's
// authority. A jest test checks the dates against `date-holidays`. When a year is gazetted (usually
// in the spring or summer before it), add it here and run `npm run holidays` to move the computed
// table (hk-holidays-computed.ts) on by a year.
// Holidays on a Saturday are listed as gazetted even though they do not change business-day logic.

import type { IsoDate } from "../dates";

export interface HkHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

export const HOLIDAY_TABLE_YEARS = { first: 2022, last: 2027 } as const;

const h = (date: string, name: string): HkHoliday => ({ date: date as IsoDate, name });

export const HK_GENERAL_HOLIDAYS: readonly HkHoliday[] = [
  // 2022
  h("2022-01-01", "The first day of January"),
  h("2022-02-01", "Lunar New Year's Day"),
  h("2022-02-02", "The second day of Lunar New Year"),
  h("2022-02-03", "The third day of Lunar New Year"),
  h("2022-04-05", "Ching Ming Festival"),
  h("2022-04-15", "Good Friday"),
  h("2022-04-16", "The day following Good Friday"),
  h("2022-04-18", "Easter Monday"),
  h("2022-05-02", "The day following Labour Day"),
  h("2022-05-09", "The day following Birthday of the Buddha"),
  h("2022-06-03", "Tuen Ng Festival"),
  h("2022-07-01", "Hong Kong Special Administrative Region Establishment Day"),
  h("2022-09-12", "The second day following the Chinese Mid-Autumn Festival"),
  h("2022-10-01", "National Day"),
  h("2022-10-04", "Chung Yeung Festival"),
  h("2022-12-26", "The first weekday after Christmas Day"),
  h("2022-12-27", "The second weekday after Christmas Day"),
  // 2023
  h("2023-01-02", "The day following the first day of January"),
  h("2023-01-23", "The second day of Lunar New Year"),
  h("2023-01-24", "The third day of Lunar New Year"),
  h("2023-01-25", "The fourth day of Lunar New Year"),
  h("2023-04-05", "Ching Ming Festival"),
  h("2023-04-07", "Good Friday"),
  h("2023-04-08", "The day following Good Friday"),
  h("2023-04-10", "Easter Monday"),
  h("2023-05-01", "Labour Day"),
  h("2023-05-26", "Birthday of the Buddha"),
  h("2023-06-22", "Tuen Ng Festival"),
  h("2023-07-01", "Hong Kong Special Administrative Region Establishment Day"),
  h("2023-09-30", "The day following the Chinese Mid-Autumn Festival"),
  h("2023-10-02", "The day following National Day"),
  h("2023-10-23", "Chung Yeung Festival"),
  h("2023-12-25", "Christmas Day"),
  h("2023-12-26", "The first weekday after Christmas Day"),
  // 2024
  h("2024-01-01", "The first day of January"),
  h("2024-02-10", "Lunar New Year's Day"),
  h("2024-02-12", "The third day of Lunar New Year"), // second day fell on a Sunday
  h("2024-02-13", "The fourth day of Lunar New Year"),
  h("2024-03-29", "Good Friday"),
  h("2024-03-30", "The day following Good Friday"),
  h("2024-04-01", "Easter Monday"),
  h("2024-04-04", "Ching Ming Festival"),
  h("2024-05-01", "Labour Day"),
  h("2024-05-15", "The Birthday of the Buddha"),
  h("2024-06-10", "Tuen Ng Festival"),
  h("2024-07-01", "Hong Kong Special Administrative Region Establishment Day"),
  h("2024-09-18", "The day following the Chinese Mid-Autumn Festival"),
  h("2024-10-01", "National Day"),
  h("2024-10-11", "Chung Yeung Festival"),
  h("2024-12-25", "Christmas Day"),
  h("2024-12-26", "The first weekday after Christmas Day"),
  // 2025
  h("2025-01-01", "The first day of January"),
  h("2025-01-29", "Lunar New Year's Day"),
  h("2025-01-30", "The second day of Lunar New Year"),
  h("2025-01-31", "The third day of Lunar New Year"),
  h("2025-04-04", "Ching Ming Festival"),
  h("2025-04-18", "Good Friday"),
  h("2025-04-19", "The day following Good Friday"),
  h("2025-04-21", "Easter Monday"),
  h("2025-05-01", "Labour Day"),
  h("2025-05-05", "The Birthday of the Buddha"),
  h("2025-05-31", "Tuen Ng Festival"),
  h("2025-07-01", "Hong Kong Special Administrative Region Establishment Day"),
  h("2025-10-01", "National Day"),
  h("2025-10-07", "The day following the Chinese Mid-Autumn Festival"),
  h("2025-10-29", "Chung Yeung Festival"),
  h("2025-12-25", "Christmas Day"),
  h("2025-12-26", "The first weekday after Christmas Day"),
  // 2026
  h("2026-01-01", "The first day of January"),
  h("2026-02-17", "Lunar New Year's Day"),
  h("2026-02-18", "The second day of Lunar New Year"),
  h("2026-02-19", "The third day of Lunar New Year"),
  h("2026-04-03", "Good Friday"),
  h("2026-04-04", "The day following Good Friday"),
  h("2026-04-06", "The day following Ching Ming Festival"), // Ching Ming on Sunday 5 April
  h("2026-04-07", "The day following Easter Monday"), // Easter Monday displaced by the Ching Ming shift
  h("2026-05-01", "Labour Day"),
  h("2026-05-25", "The day following the Birthday of the Buddha"),
  h("2026-06-19", "Tuen Ng Festival"),
  h("2026-07-01", "Hong Kong Special Administrative Region Establishment Day"),
  h("2026-09-26", "The day following the Chinese Mid-Autumn Festival"),
  h("2026-10-01", "National Day"),
  h("2026-10-19", "The day following Chung Yeung Festival"),
  h("2026-12-25", "Christmas Day"),
  h("2026-12-26", "The first weekday after Christmas Day"),
  // 2027
  h("2027-01-01", "The first day of January"),
  h("2027-02-06", "Lunar New Year's Day"),
  h("2027-02-08", "The third day of Lunar New Year"), // second day fell on a Sunday
  h("2027-02-09", "The fourth day of Lunar New Year"),
  h("2027-03-26", "Good Friday"),
  h("2027-03-27", "The day following Good Friday"),
  h("2027-03-29", "Easter Monday"),
  h("2027-04-05", "Ching Ming Festival"),
  h("2027-05-01", "Labour Day"),
  h("2027-05-13", "The Birthday of the Buddha"),
  h("2027-06-09", "Tuen Ng Festival"),
  h("2027-07-01", "Hong Kong Special Administrative Region Establishment Day"),
  h("2027-09-16", "The day following the Chinese Mid-Autumn Festival"),
  h("2027-10-01", "National Day"),
  h("2027-10-08", "Chung Yeung Festival"),
  h("2027-12-25", "Christmas Day"),
  h("2027-12-27", "The first weekday after Christmas Day"), // 26 December is a Sunday
];
