// Property tests of Section I: for random ledgers the balances roll forward (rules 1–2), the lines
// account for every row of the period (Note 2), are numbered 1..n and dated in (opening, closing]
// (rule 3), and generateReturn never throws, whatever the ledger.
import fc from "fast-check";
import { EVENT_TYPES, TYPEABLE_EVENT_LABELS } from "../../src/domain/event-types";
import { generateReturn } from "../../src/domain/generate-return";
import type { Ledger, Movement } from "../../src/domain/ledger";
import type { ClassReturn } from "../../src/domain/return-model";
import type { ClassSpec, IssuerSpec, LedgerSpec, MovementSpec } from "./ledger-builder";
import { buildLedger, d } from "./ledger-builder";

const NUM_RUNS = 150;

/** Independent date arithmetic (UTC calendar days), so the properties do not lean on src/domain/dates. */
function plusDays(iso: string, days: number): string {
  const [y, m, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, day + days)).toISOString().slice(0, 10);
}

/** ΔI and ΔT of a row, straight from the contract's table: sign × Shares, or the stated changes. */
function rowDelta(row: Movement): { issued: number; treasury: number } {
  const pick = (effect: 1 | -1 | 0 | "given", given: number | undefined) =>
    effect === "given" ? (given ?? 0) : effect === 0 ? 0 : effect * (row.shares ?? 0);
  return { issued: pick(row.type.issued, row.issuedChange), treasury: pick(row.type.treasury, row.treasuryChange) };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const GIVEN_TYPES = new Set(EVENT_TYPES.filter((t) => t.issued === "given").map((t) => t.label));
const KEYS = ["A", "B", "C"] as const;

interface Scenario {
  readonly spec: LedgerSpec;
  readonly today: string;
}

/**
 * A ledger with 1–3 classes and up to 25 movements of any typeable event type, dated from 10 days before
 * to 60 days after the opening date (so some rows are history or on the opening date), an optional user
 * closing date, and random decimals. `safe` keeps balances far from zero, prices in one currency and
 * today after the closing date, so that no error can arise.
 */
function scenario(safe: boolean): fc.Arbitrary<Scenario> {
  // Unsafe balances and share counts mix small and large values so that rows often take a balance below zero.
  const balance = safe
    ? fc.integer({ min: 100_000_000, max: 10_000_000_000 })
    : fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 2_000_000 }));
  const shares = safe ? fc.integer({ min: 1, max: 1_000_000 }) : fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 1_000_000 }));
  const classes = fc.uniqueArray(
    fc.record({ key: fc.constantFrom(...KEYS), openingIssued: balance, openingTreasury: balance }),
    { minLength: 1, maxLength: 3, selector: (c) => c.key },
  );
  const row = fc.record({
    classKey: fc.constantFrom(...KEYS),
    offset: fc.integer({ min: -10, max: 60 }),
    type: fc.constantFrom(...TYPEABLE_EVENT_LABELS),
    details: fc.constantFrom("", "Scheme 1", "Scheme 2"),
    shares,
    issuedChange: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    treasuryChange: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    price: fc.option(fc.constantFrom("0", "1", "1.5", "2.25", "10.1234", "0.001"), { nil: undefined }),
    currency: safe ? fc.constant("HKD") : fc.constantFrom("HKD", "USD"),
  });
  return fc.record({
    openingOffset: fc.integer({ min: 0, max: 1_000 }),
    closingOffset: fc.option(fc.integer({ min: safe ? 1 : -5, max: 70 }), { nil: undefined }),
    todayOffset: safe ? fc.integer({ min: 70, max: 100 }) : fc.integer({ min: -5, max: 100 }),
    percentDecimals: fc.integer({ min: 0, max: 6 }),
    priceDecimals: fc.integer({ min: 0, max: 6 }),
    classes,
    rows: fc.array(row, { maxLength: 25, size: "large" }),
  }).map(({ openingOffset, closingOffset, todayOffset, percentDecimals, priceDecimals, classes, rows }) => {
    const openingDate = plusDays("2024-01-01", openingOffset);
    const keys = classes.map((c) => c.key);
    const issuer: IssuerSpec = {
      openingDate,
      percentDecimals,
      priceDecimals,
      ...(closingOffset !== undefined ? { closingDate: plusDays(openingDate, closingOffset) } : {}),
    };
    const movements: MovementSpec[] = rows.map((r) => {
      const given = GIVEN_TYPES.has(r.type);
      const date = plusDays(openingDate, r.offset);
      return {
        // safe ledgers only use known classes; others may name a class that does not exist
        classKey: safe && !keys.includes(r.classKey) ? keys[0] : r.classKey,
        date,
        // Redeemed shares cancelled at once change the balances on the date, as the other rows do.
        ...(r.type === "Redemption of shares" ? { cancelledOn: date } : {}),
        type: r.type,
        details: r.details,
        ...(given ? { issuedChange: r.issuedChange, treasuryChange: r.treasuryChange } : { shares: r.shares }),
        ...(r.price !== undefined ? { price: r.price, currency: r.currency } : {}),
      };
    });
    return { spec: { issuer, classes: classes as ClassSpec[], movements }, today: plusDays(openingDate, todayOffset) };
  });
}

function run({ spec, today }: Scenario) {
  const ledger = buildLedger(spec);
  return { ledger, generation: generateReturn(ledger, { today: d(today) }) };
}

/** The closing date rule 3 gives, worked out from the ledger. */
function expectedClosingDate(ledger: Ledger): string {
  const issuer = ledger.issuer!;
  if (issuer.closingDate) return issuer.closingDate;
  const keys = new Set(ledger.classes.map((c) => c.key.toLowerCase()));
  const dates = ledger.movements.filter((m) => keys.has(m.classKey.toLowerCase()) && m.date > issuer.openingDate).map((m) => m.date);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : issuer.openingDate;
}

/** The rows of one class in the period (opening, closing]. */
function periodRows(ledger: Ledger, cls: ClassReturn, closingDate: string): Movement[] {
  const opening = ledger.issuer!.openingDate;
  return ledger.movements.filter((m) => m.classKey.toLowerCase() === cls.classKey.toLowerCase() && m.date > opening && m.date <= closingDate);
}

describe("properties of Section I", () => {
  test("safe ledgers give no error finding", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { generation } = run(s);
      expect(generation.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(generation.ok).toBe(true);
    }), { numRuns: NUM_RUNS });
  });

  test("closing = opening + Σ event changes, for issued and for treasury shares", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { generation } = run(s);
      for (const cls of generation.nddr!.sectionI) {
        expect(cls.closing.issued).toBe(cls.opening.issued + sum(cls.events.map((e) => e.issuedChange)));
        expect(cls.closing.treasury).toBe(cls.opening.treasury + sum(cls.events.map((e) => e.treasuryChange)));
      }
    }), { numRuns: NUM_RUNS });
  });

  test("total = issued + treasury on both balances", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { generation } = run(s);
      for (const cls of generation.nddr!.sectionI) {
        expect(cls.opening.total).toBe(cls.opening.issued + cls.opening.treasury);
        expect(cls.closing.total).toBe(cls.closing.issued + cls.closing.treasury);
      }
    }), { numRuns: NUM_RUNS });
  });

  test("the lines account for every row of the period: Σ lines' ΔI = Σ rows' ΔI, and likewise ΔT", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { ledger, generation } = run(s);
      const closingDate = expectedClosingDate(ledger);
      for (const cls of generation.nddr!.sectionI) {
        const rows = periodRows(ledger, cls, closingDate);
        expect(sum(cls.events.map((e) => e.issuedChange))).toBe(sum(rows.map((r) => rowDelta(r).issued)));
        expect(sum(cls.events.map((e) => e.treasuryChange))).toBe(sum(rows.map((r) => rowDelta(r).treasury)));
      }
    }), { numRuns: NUM_RUNS });
  });

  test("the closing date is the user's, else the latest date of a row in the period, else the opening date", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { ledger, generation } = run(s);
      expect(generation.nddr!.closingDate).toBe(expectedClosingDate(ledger));
      for (const cls of generation.nddr!.sectionI) expect(cls.closing.date).toBe(expectedClosingDate(ledger));
    }), { numRuns: NUM_RUNS });
  });

  test("event lines are numbered 1..n in date order", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { generation } = run(s);
      for (const cls of generation.nddr!.sectionI) {
        expect(cls.events.map((e) => e.no)).toEqual(cls.events.map((_, i) => i + 1));
        const dates = cls.events.map((e) => e.date);
        expect(dates).toEqual([...dates].sort());
      }
    }), { numRuns: NUM_RUNS });
  });

  test("every line is dated within (opening, closing]; a filler line is the only line and is dated the closing date", () => {
    fc.assert(fc.property(scenario(true), (s) => {
      const { ledger, generation } = run(s);
      const { openingDate, closingDate } = generation.nddr!;
      for (const cls of generation.nddr!.sectionI) {
        const fillers = cls.events.filter((e) => e.filler);
        if (fillers.length > 0) {
          expect(cls.events).toHaveLength(1);
          expect(fillers[0].date).toBe(closingDate);
          expect(periodRows(ledger, cls, closingDate)).toEqual([]);
        } else {
          for (const e of cls.events) {
            expect(e.date > openingDate).toBe(true);
            expect(e.date <= closingDate).toBe(true);
          }
        }
      }
    }), { numRuns: NUM_RUNS });
  });

  test("a below-zero error is reported exactly when an end-of-day balance of the period goes below zero", () => {
    fc.assert(fc.property(scenario(false), (s) => {
      const { ledger, generation } = run(s);
      if (generation.nddr === null) return;
      const closingDate = expectedClosingDate(ledger);
      const seen = new Set(generation.findings.map((f) => f.code));
      let issuedNegative = false;
      let treasuryNegative = false;
      const firstOfKey = new Map<string, (typeof ledger.classes)[number]>();
      for (const c of ledger.classes) if (!firstOfKey.has(c.key.toLowerCase())) firstOfKey.set(c.key.toLowerCase(), c);
      for (const cls of generation.nddr.sectionI) {
        const source = firstOfKey.get(cls.classKey.toLowerCase())!;
        const rows = periodRows(ledger, cls, closingDate).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        let issued = source.openingIssued;
        let treasury = source.openingTreasury;
        for (let i = 0; i < rows.length; i++) {
          issued += rowDelta(rows[i]).issued;
          treasury += rowDelta(rows[i]).treasury;
          const endOfDay = i + 1 === rows.length || rows[i + 1].date !== rows[i].date;
          if (endOfDay && issued < 0) issuedNegative = true;
          if (endOfDay && treasury < 0) treasuryNegative = true;
        }
      }
      expect(seen.has("ISSUED_BELOW_ZERO")).toBe(issuedNegative);
      expect(seen.has("TREASURY_BELOW_ZERO")).toBe(treasuryNegative);
    }), { numRuns: NUM_RUNS });
  });

  test("generateReturn never throws and always returns a return when the issuer is set", () => {
    fc.assert(fc.property(scenario(false), (s) => {
      const { generation } = run(s);
      expect(generation.nddr).not.toBeNull();
      expect(generation.ok).toBe(!generation.findings.some((f) => f.severity === "error"));
    }), { numRuns: 200 });
  });
});
