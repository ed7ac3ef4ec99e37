// What a Monthly Return is worked out from, derived once: the classes, the rows of known classes,
// schemes and instruments, each class's month (opening, closing, Part III, public float), Part I and
// the deadline. generateMonthlyReturn prints the return from it; checks.ts's MONTHLY_CHECKS read
// their findings off it (return-facts.ts is the NDDR's counterpart).
import { exchangeClosures, unconfirmedInCount } from "../calendar/exchange-closures";
import { groupBy } from "../collections";
import type { IsoDate } from "../dates";
import { balancesWhole, effectiveDate, type IssuerSettings, type ShareClass } from "../ledger";
import { balanceRowsByClass, type ClassedRow } from "../return-facts";
import { normalizeKey } from "../text-key";
import { changeBetween, classChanges, holdingAt, type DatedChange, type Holding } from "./balances";
import { monthOpening, type ClassChain } from "./chain";
import { BUSINESS_DAYS_AFTER_MONTH_END, monthlyReturnDeadline, type MonthlyDeadline } from "./deadline";
import { NO_MONTHLY_INPUT, type AuthorisedCapital, type Instrument, type PublicFloat, type InstrumentMovement, type MonthlyLedger, type OptionMovement, type ShareScheme } from "./input";
import type { PartI, PublicFloatConfirmation } from "./model";
import { inMonth, type ReturnMonth } from "./month";
import { buildPartI } from "./part-one";
import { buildClassPartIII, type ClassPartIII } from "./part-three";
import { publicFloatOf } from "./public-float";
import { unadjustedReorganisations } from "./reorganisation";
import type { Finding } from "../finding";

export interface MonthLedgerFacts {
  readonly ledger: MonthlyLedger;
  readonly month: ReturnMonth;
  readonly classes: readonly ShareClass[];
  readonly typedKeys: readonly string[];
  /** Rows whose class is not in NDDR_Classes, table by table: left out of everything else. */
  readonly unknownClassRows: readonly ClassedRow[];
  /** How many movements, repurchases and treasury sales name no class. */
  readonly unknownBalanceRows: number;
  /** Schemes and instruments of known classes, every row (repeated keys too). */
  readonly schemeRows: readonly ShareScheme[];
  readonly instrumentRows: readonly Instrument[];
  /** Option and instrument movements naming no scheme or instrument. */
  readonly unknownSchemeRows: readonly OptionMovement[];
  readonly unknownInstrumentRows: readonly InstrumentMovement[];
}

/** One class's month. */
export interface ClassMonthFacts {
  readonly cls: ShareClass;
  readonly chain: ClassChain;
  /** What the ledger gives at the close of the preceding month. */
  readonly ledgerOpening: Holding;
  readonly opening: Holding;
  readonly moved: Holding;
  readonly closing: Holding;
  readonly changes: readonly DatedChange[];
  readonly partIII: ClassPartIII;
  readonly publicFloat: { readonly confirmation: PublicFloatConfirmation | null; readonly findings: readonly Finding[] };
  /** Capital reorganisations of the month that leave options or instruments unadjusted (reorganisation.ts). */
  readonly unadjusted: readonly Finding[];
  /** No row that may be of the class was left out for an error: its balances can be compared with the log. */
  readonly balancesWhole: boolean;
}

export interface MonthFacts extends MonthLedgerFacts {
  readonly issuer: IssuerSettings;
  readonly perClass: readonly ClassMonthFacts[];
  readonly partI: { readonly part: PartI; readonly findings: readonly Finding[] };
  readonly dateSubmitted: IsoDate;
  readonly deadline: MonthlyDeadline;
  readonly unconfirmedClosures: readonly IsoDate[];
}

export interface MonthTables {
  readonly movements: MonthlyLedger["movements"];
  readonly repurchases: NonNullable<MonthlyLedger["repurchases"]>;
  readonly sales: NonNullable<MonthlyLedger["treasurySales"]>;
  readonly mandates: NonNullable<MonthlyLedger["mandates"]>;
  readonly authorised: readonly AuthorisedCapital[];
  readonly publicFloat: readonly PublicFloat[];
  readonly schemes: readonly ShareScheme[];
  readonly instruments: readonly Instrument[];
  readonly optionMovements: ReadonlyMap<ShareScheme, readonly OptionMovement[]>;
  readonly instrumentMovements: ReadonlyMap<Instrument, readonly InstrumentMovement[]>;
}

/** The classes, and the rows of known classes, schemes and instruments: what the checks need without issuer settings. */
export function monthLedgerFacts(ledger: MonthlyLedger, month: ReturnMonth): MonthLedgerFacts & { tables: MonthTables } {
  const input = ledger.monthly ?? NO_MONTHLY_INPUT;
  // A class row left out for an error: rows naming it, in the MR_ tables too, are not of an unknown class (its own error says so).
  const { classes, ofKnownClass, unknownClassRows, movements, repurchases, treasurySales: sales, unknownBalanceRows } = balanceRowsByClass(ledger);
  const mandates = ofKnownClass(ledger.mandates ?? []);
  const authorised = ofKnownClass(input.authorisedCapital);
  const schemeRows = ofKnownClass(input.schemes);
  const instrumentRows = ofKnownClass(input.instruments);
  const publicFloat = ofKnownClass(input.publicFloat);
  const schemes = uniqueKeys(schemeRows);
  const instruments = uniqueKeys(instrumentRows);
  const options = byOwner(schemes, input.optionMovements, (m) => m.schemeKey);
  const instrumentMoves = byOwner(instruments, input.instrumentMovements, (m) => m.instrumentKey);
  return {
    ledger, month, classes, unknownClassRows, unknownBalanceRows, schemeRows, instrumentRows,
    typedKeys: [...classes.map((c) => c.key), ...(ledger.rejectedClassKeys ?? [])],
    unknownSchemeRows: options.unknown,
    unknownInstrumentRows: instrumentMoves.unknown,
    tables: {
      movements, repurchases, sales, mandates, authorised, schemes, instruments, publicFloat,
      optionMovements: options.owned, instrumentMovements: instrumentMoves.owned,
    },
  };
}

export function monthFacts(known: MonthLedgerFacts & { tables: MonthTables }, issuer: IssuerSettings, today: IsoDate, dateSubmitted?: IsoDate): MonthFacts {
  const { ledger, month, classes, tables } = known;
  const groups = new Map<readonly object[], Map<string, object[]>>();
  const ofClass = <R extends { classKey: string }>(rows: readonly R[], cls: ShareClass): R[] => {
    let g = groups.get(rows);
    if (!g) groups.set(rows, (g = groupBy(rows, (r) => r.classKey.toLowerCase())));
    return (g.get(cls.key.toLowerCase()) ?? []) as R[];
  };
  const log = ledger.log ?? [];
  const perClass = classes.map((cls): ClassMonthFacts => {
    const movements = ofClass(tables.movements, cls);
    const repurchases = ofClass(tables.repurchases, cls);
    const sales = ofClass(tables.sales, cls);
    const changes = classChanges(movements, repurchases, sales);
    const chain: ClassChain = { cls, month, log: log.filter((e) => e.classKey.toLowerCase() === cls.key.toLowerCase()), changes, anchorDate: issuer.openingDate };
    const anchor = { date: issuer.openingDate, issued: cls.openingIssued, treasury: cls.openingTreasury };
    const ledgerOpening = holdingAt(anchor, changes, month.previousMonthEnd);
    const opening = monthOpening(chain, ledgerOpening);
    const moved = changeBetween(changes, month.previousMonthEnd, month.monthEnd);
    const closing = { issued: opening.issued + moved.issued, treasury: opening.treasury + moved.treasury };
    const ofMonth = movements.filter((m) => { const date = effectiveDate(m); return date !== undefined && inMonth(date, month); });
    const held = {
      schemes: ofClass(tables.schemes, cls), optionMovements: tables.optionMovements,
      instruments: ofClass(tables.instruments, cls), instrumentMovements: tables.instrumentMovements,
    };
    const partIII = buildClassPartIII({
      classKey: cls.key, month, priceDecimals: issuer.priceDecimals,
      movements: ofMonth,
      repurchases,
      sales: sales.filter((s) => inMonth(s.tradingDate, month)),
      mandates: ofClass(tables.mandates, cls),
      ...held,
    });
    return {
      cls, chain, ledgerOpening, opening, moved, closing, changes, partIII,
      publicFloat: publicFloatOf(cls, ofClass(tables.publicFloat, cls), month, issuer.board),
      unadjusted: unadjustedReorganisations({ classKey: cls.key, month, movements: ofMonth, opening, changes, ...held }),
      balancesWhole: balancesWhole(ledger, cls, known.unknownBalanceRows),
    };
  });
  const closingTotal = new Map(perClass.map((c) => [c.cls, c.closing.issued + c.closing.treasury]));
  const closures = exchangeClosures(issuer.closureDays, issuer.confirmedClosureDays);
  return {
    ...known,
    issuer,
    perClass,
    partI: buildPartI(classes, tables.authorised, month, (cls) => closingTotal.get(cls) ?? 0),
    dateSubmitted: dateSubmitted ?? today,
    deadline: monthlyReturnDeadline(month.monthEnd, closures.closed),
    unconfirmedClosures: unconfirmedInCount(closures, month.monthEnd, BUSINESS_DAYS_AFTER_MONTH_END),
  };
}

/** Keys (scheme, instrument) compare as Details do; the first row of a repeated key counts (checks.ts reports the others). */
export function uniqueKeys<R extends { key: string }>(rows: readonly R[]): R[] {
  const seen = new Map<string, R>();
  for (const r of rows) if (!seen.has(normalizeKey(r.key))) seen.set(normalizeKey(r.key), r);
  return [...seen.values()];
}

/** Movements by the scheme or instrument their key names, and those naming none. */
function byOwner<O extends { key: string }, M>(owners: readonly O[], rows: readonly M[], keyOf: (m: M) => string): { owned: Map<O, M[]>; unknown: M[] } {
  const byKey = new Map(owners.map((o) => [normalizeKey(o.key), o]));
  const owned = new Map<O, M[]>();
  const unknown: M[] = [];
  for (const m of rows) {
    const owner = byKey.get(normalizeKey(keyOf(m)));
    const list = owner && owned.get(owner);
    if (!owner) unknown.push(m);
    else if (list) list.push(m);
    else owned.set(owner, [m]);
  }
  return { owned, unknown };
}
