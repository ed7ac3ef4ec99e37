// Random contract tables for the fuzz tests: valid ledgers (three classes at most, movements,
// repurchases, a mandate) as the 2-D grids a workbook reader hands over, and mutations that break them
// the way people do: wrong kinds of values, Excel errors, emoji, 3,000-character pastes, formulas,
// missing tables and columns, repeated keys and rows.
import fc from "fast-check";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { CLASSES_TABLE, ISSUER_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, type TableSpec } from "../../src/contract/tables";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";

export type Row = CellValue[];

/** Independent date arithmetic (UTC days), so that the tests do not lean on src/domain/dates. */
export function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Event types whose effect never takes a balance of 10^12 below zero within 40 rows of ≤ 10^6 shares. */
const SAFE_TYPES = [
  "Placing/subscription - new shares involved",
  "Share scheme - new shares to other participants",
  "Exercise of warrants",
  "Scrip dividend",
  "Redemption of shares",
  "Cancellation of treasury shares",
  "Other sale or transfer of treasury shares",
  "Share scheme - treasury shares to directors",
];

export interface RepurchaseSpec {
  readonly classKey: string;
  readonly tradingDate: string;
  readonly shares: number;
  readonly heldAs: "Cancellation" | "Treasury";
  readonly cancelledOn: string | null;
}

export interface ValidLedger {
  readonly grids: TableGrid[];
  readonly openingDate: string;
  readonly closingDate: string;
  readonly today: IsoDate;
  readonly repurchases: readonly RepurchaseSpec[];
}

function table(spec: Pick<TableSpec, "name" | "sheet" | "columns">, rows: Row[], at = { headerRow: 1, firstColumn: 1 }): TableGrid {
  return { name: spec.name, sheet: spec.sheet, ...at, headers: spec.columns.map((c) => c.header), rows };
}

const KEYS = ["A", "B", "H"];

/** A valid ledger: every check passes, so every invariant of the return must hold. */
export function validLedger(): fc.Arbitrary<ValidLedger> {
  return fc.record({
    openingOffset: fc.integer({ min: 0, max: 700 }),
    classCount: fc.integer({ min: 1, max: 3 }),
    // Dates typed as Excel serials or as ISO text; the tables placed anywhere on their sheets.
    isoText: fc.boolean(),
    headerRow: fc.integer({ min: 1, max: 40 }),
    firstColumn: fc.integer({ min: 1, max: 30 }),
    movements: fc.array(fc.record({
      key: fc.integer({ min: 0, max: 2 }), offset: fc.integer({ min: -20, max: 25 }), type: fc.constantFrom(...SAFE_TYPES),
      details: fc.constantFrom("", "Scheme 2019", "Scheme 2023", "Placing (announced 1 December)"),
      shares: fc.integer({ min: 1, max: 1_000_000 }), price: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
    }), { maxLength: 40 }),
    repurchases: fc.array(fc.record({
      key: fc.integer({ min: 0, max: 2 }), offset: fc.integer({ min: -40, max: 25 }), shares: fc.integer({ min: 1, max: 1_000_000 }),
      lowCents: fc.integer({ min: 1, max: 100_000 }), spreadCents: fc.integer({ min: 0, max: 500 }),
      treasury: fc.boolean(), cancelAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    }), { maxLength: 20 }),
    mandate: fc.boolean(),
  }).map((r) => {
    const openingDate = plusDays("2023-06-01", r.openingOffset);
    const closingDate = plusDays(openingDate, 25);
    const today = plusDays(closingDate, 1) as IsoDate;
    const d = (iso: string): CellValue => (r.isoText ? iso : isoDateToExcelSerial(iso as IsoDate));
    const keys = KEYS.slice(0, r.classCount);
    const keyOf = (i: number) => keys[i % keys.length];
    const at = { headerRow: r.headerRow, firstColumn: r.firstColumn };
    const settings: [string, CellValue][] = [
      ["Issuer name", "Example Holdings Limited"], ["Opening date", d(openingDate)], ["Closing date", d(closingDate)],
      ["Date submitted", d(today)], ["Submitted by", "Chan Tai Man"], ["Title", "Company Secretary"],
    ];
    const classes: Row[] = keys.map((k, i) => [k, "Ordinary shares", null, "Yes", `0${1000 + i}0`.slice(-5), null, null, null, 1_000_000_000_000, 1_000_000_000_000]);
    const movements: Row[] = r.movements.map((m) => [
      keyOf(m.key), d(plusDays(openingDate, m.offset)), m.type, m.details, m.shares, null, null,
      m.price === null ? null : m.price / 100, m.price === null ? null : "HKD",
      // Mandate; Cancelled on: redemptions cancelled at once, so that Part B holds repurchases only.
      null, m.type === "Redemption of shares" ? d(plusDays(openingDate, m.offset)) : null,
    ]);
    const repurchases: RepurchaseSpec[] = r.repurchases.map((p) => {
      const tradingDate = plusDays(openingDate, p.offset);
      return {
        classKey: keyOf(p.key), tradingDate, shares: p.shares, heldAs: p.treasury ? "Treasury" : "Cancellation",
        cancelledOn: !p.treasury && p.cancelAfter !== null ? plusDays(tradingDate, p.cancelAfter) : null,
      };
    });
    const repurchaseRows: Row[] = repurchases.map((p, i) => {
      const { lowCents, spreadCents } = r.repurchases[i];
      const highCents = lowCents + spreadCents;
      // shares × lowest in whole cents, divided once: the double nearest the exact decimal amount.
      const aggregate = (p.shares * lowCents) / 100;
      return [p.classKey, d(p.tradingDate), p.shares, "On the Exchange", null, highCents / 100, spreadCents ? lowCents / 100 : null, aggregate,
        "HKD", p.heldAs, p.cancelledOn === null ? null : d(p.cancelledOn), null];
    });
    const mandates: Row[] = r.mandate ? keys.map((k) => [k, "Repurchase", d(plusDays(openingDate, -300)), 100_000_000_000, 1_000_000_000_000, 0]) : [];
    const grids = [
      { name: ISSUER_TABLE.name, sheet: ISSUER_TABLE.sheet, ...at, headers: ["Field", "Value"], rows: settings },
      table(CLASSES_TABLE, classes, at),
      table(MOVEMENTS_TABLE, movements, at),
      table(REPURCHASES_TABLE, repurchaseRows, at),
      table(MANDATES_TABLE, mandates, at),
    ];
    return { grids, openingDate, closingDate, today, repurchases };
  });
}

/** Cell values people get wrong: each is a plausible thing to find in a cell of any column. */
export const JUNK: readonly CellValue[] = [
  "", "   ", "n/a", "TBC", "12 345 shares", "1,000", "1.000,50", "-1,000", "(1,000)", "HK$1.50", "5%", "1e6",
  -1, -0.5, 0, 0.5, 10.25, 1e300, 2 ** 53 + 2, -(2 ** 60), Number.MAX_VALUE, 1e-300, Infinity, -Infinity, NaN,
  0.1 + 0.2, 60, 61, 2_958_465, 2_958_466, 1e7, 45_000.75,
  true, false,
  { error: "#REF!" }, { error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }, { error: "#NAME?" }, { error: "#NUM!" },
  { error: "#NULL!" }, { error: "#SPILL!" }, { error: "#CALC!" }, { error: "#GETTING_DATA" },
  "📈🚀", "👨‍👩‍👧‍👦 family", "股份", "מניות", "e\u0301", "\u0000", "\t", "line 1\nline 2", "\u202Eevil",
  "x".repeat(3_000), "股".repeat(3_000), "=SUM(A1:A3)", "=HYPERLINK(\"http://example.com\")", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1",
  "2024-02-30", "2024-13-01", "12/17/2024", "17.12.2024", "1899-12-31", "2101-01-01", "2024-12-17T25:00", "2024-12-17T10:00+25:00",
  "0020", "00020 ", "Yes ", "no", "maybe", "Cancellation ", "treasury", "usd", "XXX", "HKD ", "On the exchange",
  "__proto__", "constructor", "toString", "hasOwnProperty",
];

/** A way to break a set of tables. */
export type Mutation = (grids: TableGrid[]) => TableGrid[];

const replaceAt = <T>(xs: readonly T[], i: number, x: T): T[] => xs.map((y, j) => (j === i ? x : y));

function withTable(grids: TableGrid[], pick: number, f: (t: TableGrid) => TableGrid | null): TableGrid[] {
  if (grids.length === 0) return grids;
  const i = pick % grids.length;
  const changed = f(grids[i]);
  return changed === null ? grids.filter((_, j) => j !== i) : replaceAt(grids, i, changed);
}

export function mutation(): fc.Arbitrary<Mutation> {
  const pick = fc.nat({ max: 1_000 });
  const junk = fc.constantFrom(...JUNK);
  return fc.oneof(
    { weight: 10, arbitrary: fc.tuple(pick, pick, pick, junk).map(([t, r, c, v]): Mutation => (g) => withTable(g, t, (tb) => {
      if (tb.rows.length === 0) return tb;
      const row = r % tb.rows.length;
      return { ...tb, rows: replaceAt(tb.rows, row, replaceAt(tb.rows[row], c % Math.max(1, tb.rows[row].length), v)) };
    })) },
    // A table deleted, renamed, or given twice
    { weight: 1, arbitrary: pick.map((t): Mutation => (g) => withTable(g, t, () => null)) },
    { weight: 1, arbitrary: fc.tuple(pick, fc.constantFrom("NDDR_Movement", "nddr_movements", "NDDR Classes", "Table1", "")).map(([t, name]): Mutation => (g) => withTable(g, t, (tb) => ({ ...tb, name }))) },
    { weight: 1, arbitrary: pick.map((t): Mutation => (g) => (g.length ? [...g, { ...g[t % g.length], sheet: "Copy" }] : g)) },
    // A header changed, a column deleted, rows of the wrong length
    { weight: 2, arbitrary: fc.tuple(pick, pick, junk).map(([t, c, v]): Mutation => (g) => withTable(g, t, (tb) => ({ ...tb, headers: replaceAt(tb.headers, c % Math.max(1, tb.headers.length), v) }))) },
    { weight: 2, arbitrary: fc.tuple(pick, pick).map(([t, c]): Mutation => (g) => withTable(g, t, (tb) => {
      const col = c % Math.max(1, tb.headers.length);
      return { ...tb, headers: tb.headers.filter((_, j) => j !== col), rows: tb.rows.map((row) => row.filter((_, j) => j !== col)) };
    })) },
    { weight: 1, arbitrary: fc.tuple(pick, pick, fc.nat({ max: 15 })).map(([t, r, len]): Mutation => (g) => withTable(g, t, (tb) => {
      if (tb.rows.length === 0) return tb;
      const row = r % tb.rows.length;
      const cells = tb.rows[row];
      return { ...tb, rows: replaceAt(tb.rows, row, len < cells.length ? cells.slice(0, len) : [...cells, ...Array<CellValue>(len - cells.length).fill("extra")]) };
    })) },
    // A row (a class key, a setting) given twice; all rows gone
    { weight: 2, arbitrary: fc.tuple(pick, pick).map(([t, r]): Mutation => (g) => withTable(g, t, (tb) =>
      tb.rows.length === 0 ? tb : { ...tb, rows: [...tb.rows, tb.rows[r % tb.rows.length]] })) },
    { weight: 1, arbitrary: pick.map((t): Mutation => (g) => withTable(g, t, (tb) => ({ ...tb, rows: [] }))) },
    // The table moved to the sheet's far edge (columns beyond Z, AZ, ZZ)
    { weight: 1, arbitrary: fc.tuple(pick, fc.integer({ min: 1, max: 16_000 }), fc.integer({ min: 1, max: 1_000_000 })).map(([t, col, row]): Mutation => (g) =>
      withTable(g, t, (tb) => ({ ...tb, firstColumn: col, headerRow: row }))) },
  );
}

/** A valid ledger broken by one to five mutations. */
export function brokenLedger(): fc.Arbitrary<{ grids: TableGrid[]; today: IsoDate }> {
  return fc.tuple(validLedger(), fc.array(mutation(), { minLength: 1, maxLength: 5 })).map(([ledger, mutations]) => ({
    grids: mutations.reduce((g, m) => m(g), ledger.grids),
    today: ledger.today,
  }));
}
