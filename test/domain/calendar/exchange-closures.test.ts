// Severe Weather Trading (from 23 September 2024): a listed weekday counts as a closure only if confirmed.
import { exchangeClosures } from "../../../src/domain/calendar/exchange-closures";
import type { IsoDate } from "../../../src/domain/dates";

const d = (...s: string[]) => s as IsoDate[];

describe("exchangeClosures", () => {
  test("a weekday listed before 23 September 2024 counts, with no warning", () => {
    const c = exchangeClosures(d("2024-09-06", "2024-09-20"));
    expect([...c.closed]).toEqual(["2024-09-06", "2024-09-20"]);
    expect(c.unconfirmed).toEqual([]);
  });

  test("a weekday listed on or after 23 September 2024 does not count and is to be confirmed", () => {
    const c = exchangeClosures(d("2024-09-23", "2025-09-24"));
    expect([...c.closed]).toEqual([]);
    expect(c.unconfirmed).toEqual(["2024-09-23", "2025-09-24"]);
  });

  test("a confirmed day counts, whether or not it is also listed, and needs no warning", () => {
    const c = exchangeClosures(d("2025-09-24"), d("2025-09-24", "2025-10-15"));
    expect(new Set(c.closed)).toEqual(new Set(["2025-09-24", "2025-10-15"]));
    expect(c.unconfirmed).toEqual([]);
  });

  test("a weekend or a holiday listed after 23 September 2024 changes nothing and needs no warning", () => {
    // Sun 20 Jul 2025; Wed 1 Oct 2025 is National Day
    const c = exchangeClosures(d("2025-07-20", "2025-10-01"));
    expect(c.unconfirmed).toEqual([]);
  });

  test("a date listed twice is to be confirmed once", () => {
    expect(exchangeClosures(d("2025-09-24", "2025-09-24")).unconfirmed).toEqual(["2025-09-24"]);
  });
});
