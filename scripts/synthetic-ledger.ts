// A large, valid input workbook for the benchmark (and for tests at a small size): three classes, a
// ledger of movements spread over ten years and repurchases over five, most of them history before the
// opening date, a few hundred in the period. Deterministic: a seeded generator, no clock.
import type { InputCell, InputWorkbookData } from "../src/adapters/exceljs/write-input-workbook";

export interface SyntheticSize {
  readonly movements: number;
  readonly repurchases: number;
}

export const BENCH_SIZE: SyntheticSize = { movements: 100_000, repurchases: 20_000 };
export const SYNTHETIC_OPENING = "2024-11-29";
export const SYNTHETIC_CLOSING = "2024-12-17";
export const SYNTHETIC_TODAY = "2024-12-18";

const KEYS = ["A", "H", "P"];
const MOVEMENT_TYPES = [
  "Share scheme - new shares to other participants",
  "Exercise of options outside a share scheme - others",
  "Exercise of warrants",
  "Conversion of convertible securities",
  "Share scheme - new shares to directors",
  "Scrip dividend",
];
const SCHEMES = Array.from({ length: 12 }, (_, i) => `Share option scheme ${2010 + i} (tranche ${i + 1})`);
const DAY_MS = 86_400_000;

/** Mulberry32: a tiny seeded generator, so the same size gives the same workbook. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A weekday between `from` and `to` (inclusive), as a Date at UTC midnight. */
function weekdayBetween(rnd: () => number, from: string, to: string): Date {
  const start = utc(from).getTime();
  const days = Math.round((utc(to).getTime() - start) / DAY_MS);
  for (;;) {
    const d = new Date(start + Math.floor(rnd() * (days + 1)) * DAY_MS);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) return d;
  }
}

export function syntheticLedger(size: SyntheticSize = BENCH_SIZE): InputWorkbookData {
  const rnd = random(20241218);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  // One row in 200 falls in the period; the rest are history, as in a ledger kept for years.
  const movementDate = () => (rnd() < 0.005 ? weekdayBetween(rnd, "2024-12-02", SYNTHETIC_CLOSING) : weekdayBetween(rnd, "2014-12-01", SYNTHETIC_OPENING));
  const movements: InputCell[][] = [];
  for (let i = 0; i < size.movements; i++) {
    const shares = 1 + Math.floor(rnd() * 50_000);
    const price = rnd() < 0.5 ? Math.round(rnd() * 100_000) / 1_000 : null;
    movements.push([pick(KEYS), movementDate(), pick(MOVEMENT_TYPES), pick(SCHEMES), shares, null, null, price, price === null ? null : "HKD"]);
  }
  const repurchases: InputCell[][] = [];
  for (let i = 0; i < size.repurchases; i++) {
    const recent = rnd() < 0.01;
    const traded = recent ? weekdayBetween(rnd, "2024-12-02", SYNTHETIC_CLOSING) : weekdayBetween(rnd, "2019-12-02", SYNTHETIC_OPENING);
    const shares = 1_000 + Math.floor(rnd() * 100_000);
    const low = 10 + Math.floor(rnd() * 9_000) / 100;
    const high = low + Math.floor(rnd() * 200) / 100;
    const aggregate = Math.round(shares * (low + high) * 50) / 100;
    const treasury = rnd() < 0.3;
    // History held for cancellation was cancelled a week later; recent rows are still pending (Part B).
    const cancelledOn = !treasury && !recent ? new Date(traded.getTime() + 7 * DAY_MS) : null;
    repurchases.push([pick(KEYS), traded, shares, "On the Exchange", null, high, low, aggregate, "HKD", treasury ? "Treasury" : "Cancellation", cancelledOn, null]);
  }
  return {
    issuer: {
      "Issuer name": "Synthetic Holdings Limited",
      "Board": "Main Board",
      "Status": "New Submission",
      "Date submitted": utc(SYNTHETIC_TODAY),
      "Opening date": utc(SYNTHETIC_OPENING),
      "Closing date": utc(SYNTHETIC_CLOSING),
      "Submitted by": "Chan Tai Man",
      "Title": "Company Secretary",
    },
    // Balances large enough that ten years of history cannot take them below zero.
    classes: KEYS.map((key, i) => [key, ["Ordinary shares", "H shares", "Preference shares"][i], "Not applicable", "Yes", `0${7001 + i}`, null, null, null, 90_000_000_000, 5_000_000_000]),
    movements,
    repurchases,
    mandates: KEYS.map((key) => [key, "Repurchase", utc("2024-06-01"), 9_000_000_000, 90_000_000_000, 0]),
  };
}
