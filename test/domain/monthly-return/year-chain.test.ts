// Property: a year of synthetic months. Random share movements, repurchases (held as treasury, or for
// cancellation and cancelled later) and sales of treasury shares over 2025; NDDRs filed on random event
// dates, each opening where the last return closed; twelve Monthly Returns, each logged when filed.
// Then every Monthly Return opens on the one before (no gap), closes on the ledger's balance at its
// month-end (worked out here independently), ties in the NDDRs of its month, and Part III's A to E
// total Part II's change; and every NDDR after a Monthly Return opens on its closing without a finding.
import fc from "fast-check";
import type { IsoDate } from "../../../src/domain/dates";
import { generateReturn } from "../../../src/domain/generate-return";
import { generateMonthlyReturn, type MonthlyReturn } from "../../../src/domain/monthly-return";
import type { ReturnKind } from "../../../src/domain/ledger";
import { NO_MONTHLY_INPUT } from "../../../src/domain/monthly-return/input";
import { buildLedger, type LedgerSpec, type LogSpec, type MovementSpec, type RepurchaseSpec, type TreasurySaleSpec } from "../ledger-builder";

const NUM_RUNS = 40;
const KEYS = ["A", "B"] as const;
const OPENING = { issued: 1_000_000_000, treasury: 10_000_000 };
const START = "2024-12-31";

/** Each type's effect on issued and treasury shares, from the contract's table (not from src/). */
const TYPES: Readonly<Record<string, [number, number]>> = {
  "Placing/subscription - new shares involved": [1, 0],
  "Placing/subscription - treasury shares involved": [1, -1],
  "Share scheme - new shares to other participants": [1, 0],
  "Redemption of shares": [-1, 0],
  "Cancellation of treasury shares": [0, -1],
};

const plusDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const monthEnd = (month: number) => plusDays(new Date(Date.UTC(2025, month, 1)).toISOString().slice(0, 10), -1);
const MONTH_ENDS = Array.from({ length: 12 }, (_, i) => monthEnd(i + 1));

interface Year {
  readonly movements: MovementSpec[];
  readonly repurchases: RepurchaseSpec[];
  readonly sales: TreasurySaleSpec[];
  /** Dates an NDDR closes on. */
  readonly nddrs: string[];
  /** Where NDDR_Classes' balances are given for the Monthly Returns: the start, the latest return, or the year's end. */
  readonly anchor: "start" | "latest" | "end";
}

const day = fc.integer({ min: 1, max: 365 }).map((n) => plusDays(START, n));
const year: fc.Arbitrary<Year> = fc.record({
  movements: fc.array(fc.record({ classKey: fc.constantFrom(...KEYS), date: day, type: fc.constantFrom(...Object.keys(TYPES)), shares: fc.integer({ min: 1, max: 10_000 }) }), { maxLength: 40 }),
  repurchases: fc.array(fc.record({
    classKey: fc.constantFrom(...KEYS), date: day, shares: fc.integer({ min: 1, max: 10_000 }), heldAs: fc.constantFrom("Cancellation" as const, "Treasury" as const),
    lag: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  }), { maxLength: 15 }),
  sales: fc.array(fc.record({ classKey: fc.constantFrom(...KEYS), date: day, shares: fc.integer({ min: 1, max: 10_000 }) }), { maxLength: 10 }),
  nddrShare: fc.double({ min: 0, max: 1, noNaN: true }),
  anchor: fc.constantFrom("start" as const, "latest" as const, "end" as const),
}).map(({ movements, repurchases, sales, nddrShare, anchor }) => {
  const reps: RepurchaseSpec[] = repurchases.map((r) => ({
    classKey: r.classKey, date: r.date, shares: r.shares, highest: "10", aggregate: String(r.shares * 10), heldAs: r.heldAs,
    ...(r.heldAs === "Cancellation" && r.lag !== undefined && plusDays(r.date, r.lag) <= "2025-12-31" ? { cancelledOn: plusDays(r.date, r.lag) } : {}),
  }));
  const eventDates = [...new Set([...movements.map((m) => m.date), ...reps.map((r) => r.date), ...reps.flatMap((r) => (r.cancelledOn ? [r.cancelledOn] : [])), ...sales.map((s) => s.date)])].sort();
  // Every k-th event date gets an NDDR, so some months have none and some several.
  const every = Math.max(1, Math.round(1 / Math.max(nddrShare, 0.05)));
  return {
    // Redeemed shares leave the issued count when they are cancelled (rule 7): here, the same day.
    movements: movements.map((m) => (m.type === "Redemption of shares" ? { ...m, cancelledOn: m.date } : { ...m })),
    repurchases: reps,
    sales: sales.map((s) => ({ classKey: s.classKey, date: s.date, shares: s.shares, highest: "12", aggregate: String(s.shares * 12) })),
    nddrs: eventDates.filter((_, i) => i % every === 0),
    anchor,
  };
});

/** The balance of a class at the close of a date, from the rows alone. */
function ledgerBalance(y: Year, key: string, date: string) {
  let issued = OPENING.issued;
  let treasury = OPENING.treasury;
  const add = (when: string | undefined, di: number, dt: number) => {
    if (when !== undefined && when <= date) {
      issued += di;
      treasury += dt;
    }
  };
  for (const m of y.movements.filter((x) => x.classKey === key)) add(m.date, TYPES[m.type][0] * m.shares!, TYPES[m.type][1] * m.shares!);
  for (const r of y.repurchases.filter((x) => x.classKey === key)) {
    if (r.heldAs === "Treasury") add(r.date, -r.shares, r.shares);
    else add(r.cancelledOn, -r.shares, 0);
  }
  for (const s of y.sales.filter((x) => x.classKey === key)) add(s.date, s.shares, -s.shares);
  return { issued, treasury };
}

describe("a year of Monthly Returns and the NDDRs between them", () => {
  test("chains without a gap, and every NDDR ties into its month", () => {
    fc.assert(fc.property(year, (y) => {
      const log: (LogSpec & { kind: ReturnKind })[] = [];
      let last = { date: START, balances: new Map<string, { issued: number; treasury: number }>(KEYS.map((k) => [k, { ...OPENING }])) };
      const rows: Pick<LedgerSpec, "movements" | "repurchases" | "treasurySales"> = { movements: y.movements, repurchases: y.repurchases, treasurySales: y.sales };
      const logSpecs = () => log.map(({ kind: _, ...e }) => e);
      const kinds = () => new Map(log.map((e, i) => [i + 2, e.kind] as const));
      const record = (date: string, kind: ReturnKind, balances: Map<string, { issued: number; treasury: number }>) => {
        for (const k of KEYS) log.push({ classKey: k, closingDate: date, closingIssued: balances.get(k)!.issued, closingTreasury: balances.get(k)!.treasury, kind });
        last = { date, balances };
      };
      const returns: MonthlyReturn[] = [];
      // Returns in date order; an NDDR closing on a month-end is filed before that month's Monthly Return.
      const closings = [...y.nddrs.map((d) => ({ date: d, mr: false })), ...MONTH_ENDS.map((d) => ({ date: d, mr: true }))]
        .sort((a, b) => a.date.localeCompare(b.date) || Number(a.mr) - Number(b.mr));
      for (const c of closings) {
        if (!c.mr) {
          if (c.date <= last.date) continue;
          const ledger = buildLedger({
            ...rows, log: logSpecs(),
            issuer: { openingDate: last.date, closingDate: c.date, dateSubmitted: plusDays(c.date, 1) },
            classes: KEYS.map((k) => ({ key: k, openingIssued: last.balances.get(k)!.issued, openingTreasury: last.balances.get(k)!.treasury })),
          });
          const nddr = generateReturn(ledger, { today: plusDays(c.date, 1) as IsoDate });
          expect(nddr.findings.filter((f) => f.severity === "error")).toEqual([]);
          const closing = new Map(nddr.nddr!.sectionI.map((s) => [s.classKey, { issued: s.closing.issued, treasury: s.closing.treasury }]));
          for (const k of KEYS) expect(closing.get(k)).toEqual(ledgerBalance(y, k, c.date));
          record(c.date, "Next Day Disclosure Return", closing);
          continue;
        }
        const anchorDate = y.anchor === "start" ? START : y.anchor === "end" ? "2025-12-31" : last.date;
        const ledger = {
          ...buildLedger({
            ...rows, log: logSpecs(),
            issuer: { openingDate: anchorDate },
            classes: KEYS.map((k) => ({ key: k, openingIssued: ledgerBalance(y, k, anchorDate).issued, openingTreasury: ledgerBalance(y, k, anchorDate).treasury })),
          }),
          monthly: { ...NO_MONTHLY_INPUT, logReturns: kinds() },
        };
        const g = generateMonthlyReturn(ledger, { month: c.date.slice(0, 7), today: plusDays(c.date, 3) as IsoDate });
        expect(g.findings.filter((f) => f.severity === "error")).toEqual([]);
        const mr = g.monthly!;
        const previous = returns[returns.length - 1];
        for (const cls of mr.partII) {
          if (previous) expect(cls.opening).toEqual(previous.partII.find((p) => p.classKey === cls.classKey)!.closing);
          expect({ issued: cls.closing.issued, treasury: cls.closing.treasury }).toEqual(ledgerBalance(y, cls.classKey, c.date));
          expect(mr.partIII.totals.find((t) => t.classKey === cls.classKey)).toEqual({ classKey: cls.classKey, ...cls.change });
        }
        returns.push(mr);
        record(c.date, "Monthly Return", new Map(mr.partII.map((p) => [p.classKey, { issued: p.closing.issued, treasury: p.closing.treasury }])));
      }
      expect(returns.map((r) => r.monthEnded)).toEqual(MONTH_ENDS);
    }), { numRuns: NUM_RUNS });
  });

  test("a logged NDDR that no longer ties is found, at its log row", () => {
    fc.assert(fc.property(year.filter((y) => y.movements.length > 0), fc.integer({ min: 1, max: 1_000 }), (y, drift) => {
      const m = y.movements[0] as MovementSpec & { classKey: string };
      const balance = ledgerBalance(y, m.classKey, m.date);
      const ledger = {
        ...buildLedger({
          movements: y.movements, repurchases: y.repurchases, treasurySales: y.sales,
          issuer: { openingDate: START },
          classes: KEYS.map((k) => ({ key: k, openingIssued: OPENING.issued, openingTreasury: OPENING.treasury })),
          log: [{ classKey: m.classKey, closingDate: m.date, closingIssued: balance.issued + drift, closingTreasury: balance.treasury }],
        }),
        monthly: NO_MONTHLY_INPUT,
      };
      const g = generateMonthlyReturn(ledger, { month: m.date.slice(0, 7), today: plusDays(MONTH_ENDS[Number(m.date.slice(5, 7)) - 1], 3) as IsoDate });
      expect(g.findings.filter((f) => f.code === "NDDR_NOT_TIED").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Log!D2"]);
    }), { numRuns: NUM_RUNS });
  });
});
