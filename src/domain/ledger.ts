// The user's workbook after parsing: plain, typed rows that remember the cells they came from.
// Produced by src/contract (from exceljs or Office.js values alike), consumed by the return builder.
import type { IsoDate } from "./dates";
import type { Amount } from "./exact";
import { REDEMPTION_LABEL, type EventType } from "./event-types";
import type { CellRef } from "./finding";

export type Board = "Main Board" | "GEM";

/** What the "As a %" figures (Note 3), Part B's % and the 5% test are measured against (docs/rules.md 4). */
export const PERCENTAGE_BASES = ["Class", "All classes"] as const;
export type PercentageBase = (typeof PERCENTAGE_BASES)[number];
export type Status = "New Submission" | "Resubmission";

/**
 * Where a parsed row came from: its sheet, its row number and the column letters of each field the
 * table has (one object shared by the table's rows).
 */
export interface RowOrigin<F extends string = string> {
  readonly sheet: string;
  readonly row: number;
  readonly columns: Readonly<Partial<Record<F, string>>>;
}

/** The cell of one field of a row; falls back to the row's first cell so a finding always has a place. */
export function cellOf<F extends string>(origin: RowOrigin<F>, field: F): CellRef {
  const column = origin.columns[field] ?? firstColumn(origin.columns) ?? "A";
  return { sheet: origin.sheet, cell: `${column}${origin.row}` };
}

function firstColumn(columns: Readonly<Partial<Record<string, string>>>): string | undefined {
  for (const column of Object.values(columns)) if (column) return column;
  return undefined;
}

export interface IssuerSettings {
  readonly issuerName: string;
  readonly board: Board;
  readonly status: Status;
  readonly dateSubmitted?: IsoDate;
  readonly openingDate: IsoDate;
  readonly closingDate?: IsoDate;
  readonly submittedBy: string;
  readonly title: string;
  readonly primaryListing: boolean;
  readonly percentDecimals: number;
  /** "Class": the class's own opening issued shares (default); "All classes": all classes' together. */
  readonly percentageBase: PercentageBase;
  readonly priceDecimals: number;
  readonly explanatoryStatementDate?: IsoDate;
  /** Confirmation items (1–8 for (i)–(viii)) to print, in order. */
  readonly confirmations: readonly number[];
  /** Days listed as Exchange closures; since 23 Sep 2024 a weekday counts only if confirmed (exchange-closures.ts). */
  readonly closureDays: readonly IsoDate[];
  /** Days the user confirms the Exchange really closed: they always move deadlines. */
  readonly confirmedClosureDays?: readonly IsoDate[];
  /** The Value cell of each setting, for findings. */
  readonly cells: Readonly<Partial<Record<IssuerField, CellRef>>>;
}

export type IssuerField =
  | "issuerName" | "board" | "status" | "dateSubmitted" | "openingDate" | "closingDate" | "submittedBy"
  | "title" | "primaryListing" | "percentDecimals" | "priceDecimals" | "explanatoryStatementDate"
  | "confirmations" | "closureDays" | "confirmedClosureDays"
  | "percentageBase";

export type ClassField =
  | "key" | "classOfShares" | "typeOfShares" | "listed" | "stockCode" | "description"
  | "multiCounterStockCode" | "multiCounterDescription" | "openingIssued" | "openingTreasury";

export interface ShareClass {
  readonly key: string;
  readonly classOfShares: string;
  /** Undefined when not given ("Not applicable" on the form). */
  readonly typeOfShares?: string;
  readonly listed: boolean;
  readonly stockCode?: string;
  readonly description: string;
  readonly multiCounter?: { readonly stockCode: string; readonly description: string };
  readonly openingIssued: number;
  readonly openingTreasury: number;
  readonly origin: RowOrigin<ClassField>;
}

export type MovementField =
  | "classKey" | "date" | "eventType" | "details" | "shares" | "issuedChange" | "treasuryChange" | "price" | "currency"
  | "mandate" | "cancelledOn" | "grantedOn";

export interface Movement {
  readonly classKey: string;
  readonly date: IsoDate;
  readonly type: EventType;
  readonly details: string;
  /** Positive whole number for fixed-effect types. */
  readonly shares?: number;
  /** Signed changes, stated for "given" types (Other, Capital reorganisation). */
  readonly issuedChange?: number;
  readonly treasuryChange?: number;
  readonly price?: Amount;
  readonly currency?: string;
  /** Resolution date of the general mandate the issue or transfer uses (rule 19); none when blank. */
  readonly mandate?: IsoDate;
  /** For a redemption: when the redeemed shares were cancelled; until then they stay issued, in Part B (rule 7). */
  readonly cancelledOn?: IsoDate;
  /** For an issue on exercise of an award, option, warrant or convertible: when it was granted (MB 10.06(3)(a) carve-out). */
  readonly grantedOn?: IsoDate;
  readonly origin: RowOrigin<MovementField>;
}

export const REPURCHASE_METHODS = ["On the Exchange", "On another stock exchange", "By private arrangement", "By general offer"] as const;
export type RepurchaseMethod = (typeof REPURCHASE_METHODS)[number];

export type RepurchaseField =
  | "classKey" | "tradingDate" | "shares" | "method" | "exchange" | "highest" | "lowest" | "aggregate"
  | "currency" | "heldAs" | "cancelledOn" | "mandate";

/** One row of NDDR_Repurchases: a class's repurchases of one trading day by one method. */
export interface Repurchase {
  readonly classKey: string;
  readonly tradingDate: IsoDate;
  readonly shares: number;
  readonly method: RepurchaseMethod;
  /** The other stock exchange, for "On another stock exchange". */
  readonly exchange?: string;
  readonly highest: Amount;
  readonly lowest?: Amount;
  readonly aggregate: Amount;
  readonly currency: string;
  readonly heldAs: "Cancellation" | "Treasury";
  readonly cancelledOn?: IsoDate;
  /** Resolution date of the mandate it counts against; default the latest before the trading date. */
  readonly mandate?: IsoDate;
  readonly origin: RowOrigin<RepurchaseField>;
}

export type TreasurySaleField =
  | "classKey" | "tradingDate" | "shares" | "exchange" | "highest" | "lowest" | "aggregate" | "currency" | "mandate";

export const ON_THE_EXCHANGE = "On the Exchange";

/** One row of NDDR_TreasurySales: a class's on-market sales of treasury shares of one trading day on one exchange. */
export interface TreasurySale {
  readonly classKey: string;
  readonly tradingDate: IsoDate;
  readonly shares: number;
  /** "On the Exchange", or the other stock exchange's name. */
  readonly exchange: string;
  readonly highest: Amount;
  readonly lowest?: Amount;
  readonly aggregate: Amount;
  readonly currency: string;
  /** Resolution date of the general mandate used; default the latest before the trading date. */
  readonly mandate?: IsoDate;
  readonly origin: RowOrigin<TreasurySaleField>;
}

export type MandateField = "classKey" | "kind" | "resolutionDate" | "authorised" | "issuedAtResolution" | "usedBeforeLedger";

export interface Mandate {
  readonly classKey: string;
  readonly kind: "Repurchase" | "General mandate";
  readonly resolutionDate: IsoDate;
  readonly authorised: number;
  /** Issued shares excluding treasury shares at the resolution date: the base of the mandate's %. */
  readonly issuedAtResolution: number;
  /** Shares used under the mandate before the first row kept in the workbook. */
  readonly usedBeforeLedger: number;
  readonly origin: RowOrigin<MandateField>;
}

export type LogField = "generatedAt" | "closingDate" | "classKey" | "closingIssued" | "closingTreasury" | "fingerprint" | "returnKind";

/** The returns whose closing a Next Day Disclosure Return opens on: the later of the two (FF305 Note 1). */
export const NDDR_KIND = "Next Day Disclosure Return";
export const MONTHLY_RETURN_KIND = "Monthly Return";
export const RETURN_KINDS = [NDDR_KIND, MONTHLY_RETURN_KIND] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

/** One row of NDDR_Log: a class's closing balance in a return filed earlier (an NDDR, or a Monthly Return logged by hand). */
export interface LogEntry {
  readonly closingDate: IsoDate;
  readonly classKey: string;
  readonly closingIssued: number;
  readonly closingTreasury: number;
  /** Next Day Disclosure Return when the Return cell is blank. */
  readonly returnKind: ReturnKind;
  readonly origin: RowOrigin<LogField>;
}

export interface Ledger {
  readonly issuer?: IssuerSettings;
  readonly classes: readonly ShareClass[];
  readonly movements: readonly Movement[];
  readonly repurchases?: readonly Repurchase[];
  readonly treasurySales?: readonly TreasurySale[];
  readonly mandates?: readonly Mandate[];
  readonly log?: readonly LogEntry[];
  /** NDDR_Classes was not read (missing, under a near name, or lacking a required column): its own finding stands for every row's class. */
  readonly classesUnread?: boolean;
  /** Keys of NDDR_Classes rows left out for an error in their key or balances, as typed (for messages). */
  readonly rejectedClassKeys?: readonly string[];
  /** Rows of the movements, repurchases and treasury sales left out for an error: balances lack them. */
  readonly rowsLeftOut?: readonly LeftOutRow[];
}

/** A row the reader left out for an error: its class key as typed, or null when it could not be read. */
export interface LeftOutRow {
  readonly classKey: string | null;
}

/**
 * Whether the ledger's balances of a class are whole: no row that may be of the class was left out for an
 * error. Until then a comparison of those balances with NDDR_Log would blame the log, or a filed return,
 * for a typo in the ledger (QA round 8, P3). `unknownKeyRows`: rows naming no class (a typo of which class?).
 */
export function balancesWhole(ledger: Ledger, cls: Pick<ShareClass, "key">, unknownKeyRows: number): boolean {
  if (unknownKeyRows > 0) return false;
  const key = cls.key.toLowerCase();
  return !(ledger.rowsLeftOut ?? []).some((r) => r.classKey === null || r.classKey.toLowerCase() === key);
}

/**
 * Shares a movement concerns: its change in issued shares, else in treasury shares. It weighs the
 * average price and counts toward 5% — so a cancellation of treasury shares (ΔI = 0), a 5% event under
 * MB 13.25A(2)(b)(vii), counts the shares cancelled rather than nothing.
 */
export function movementSize(m: Movement): number {
  const effect = movementEffect(m);
  return Math.abs(effect.issued) || Math.abs(effect.treasury);
}

/**
 * When a movement changes the balances: a redemption when its shares are cancelled (until then they stay
 * issued and sit in Part B, rule 7), none while it is pending; any other movement on its date.
 */
export function effectiveDate(m: Movement): IsoDate | undefined {
  return m.type.label === REDEMPTION_LABEL ? m.cancelledOn : m.date;
}

/** ΔI and ΔT of one movement row, from its event type. */
export function movementEffect(m: Movement): { issued: number; treasury: number } {
  const apply = (effect: EventType["issued"], given: number | undefined): number =>
    effect === "given" ? (given ?? 0) : effect * (m.shares ?? 0);
  return { issued: apply(m.type.issued, m.issuedChange) + 0, treasury: apply(m.type.treasury, m.treasuryChange) + 0 };
}
