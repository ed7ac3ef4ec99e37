// What a Monthly Return needs beyond the NDDR ledger, as the parser hands it over: the authorised
// capital (Part I), share option schemes and their option movements (Part III(A)), warrants,
// convertibles and other arrangements with their movements (Part III(B)–(D)), and the public float
// confirmation (Part II, v1.2.0). Issued and treasury shares are never asked for again: they come
// from the NDDR tables (NDDR_Movements, NDDR_Repurchases, NDDR_TreasurySales).
import type Decimal from "decimal.js";
import type { IsoDate } from "../dates";
import type { Ledger, RowOrigin } from "../ledger";

export type AuthorisedCapitalField = "classKey" | "from" | "authorised" | "parValue" | "currency";

/** One row of MR_AuthorisedCapital: a class's authorised (or registered) shares and par value from a date on. */
export interface AuthorisedCapital {
  readonly classKey: string;
  /** In force from this date (included); undefined = since before any month reported. */
  readonly from?: IsoDate;
  readonly authorised: number;
  readonly parValue: Decimal;
  readonly currency: string;
  readonly origin: RowOrigin<AuthorisedCapitalField>;
}

export type SchemeField = "key" | "classKey" | "particulars" | "approvalDate" | "outstandingAt" | "outstanding";

/** One row of MR_Schemes: a share option scheme, with its options outstanding at one date. */
export interface ShareScheme {
  /** Also the Details of the scheme's rows in NDDR_Movements. */
  readonly key: string;
  readonly classKey: string;
  readonly particulars: string;
  readonly approvalDate?: IsoDate;
  /** The date Outstanding is counted at; option movements after it add, those up to it are in it. */
  readonly outstandingAt: IsoDate;
  readonly outstanding: number;
  readonly origin: RowOrigin<SchemeField>;
}

/** Adjusted: the change a capital reorganisation makes to the options outstanding (the only signed one). */
export const OPTION_MOVEMENTS = ["Granted", "Exercised", "Cancelled", "Lapsed", "Adjusted"] as const;
export type OptionMovementKind = (typeof OPTION_MOVEMENTS)[number];

export type OptionMovementField = "schemeKey" | "date" | "movement" | "options" | "exercisePrice" | "currency";

/** One row of MR_OptionMovements: options granted, exercised, cancelled, lapsed or adjusted under a scheme on a date. */
export interface OptionMovement {
  readonly schemeKey: string;
  readonly date: IsoDate;
  readonly movement: OptionMovementKind;
  /** Positive, the movement giving the sign; for Adjusted, the signed change (never 0). */
  readonly options: number;
  readonly exercisePrice?: Decimal;
  readonly currency?: string;
  readonly origin: RowOrigin<OptionMovementField>;
}

/** Part III's sections (B), (C) and (D). */
export const INSTRUMENT_SECTIONS = ["Warrants", "Convertibles", "Other arrangement"] as const;
export type InstrumentSection = (typeof INSTRUMENT_SECTIONS)[number];

export type InstrumentField =
  | "key" | "section" | "classKey" | "description" | "type" | "stockCode" | "currency" | "outstandingAt" | "outstanding"
  | "conversionPrice" | "approvalDate";

/**
 * One row of MR_Instruments. Outstanding is an amount in Currency for warrants and convertibles, and a
 * number of shares still issuable for another arrangement.
 */
export interface Instrument {
  /** Also the Details of the instrument's rows in NDDR_Movements. */
  readonly key: string;
  readonly section: InstrumentSection;
  readonly classKey: string;
  readonly description: string;
  readonly type?: string;
  readonly stockCode?: string;
  readonly currency?: string;
  readonly outstandingAt: IsoDate;
  readonly outstanding: Decimal;
  /** Subscription or conversion price per share, in Currency, until an Adjusted movement gives another. */
  readonly conversionPrice?: Decimal;
  readonly approvalDate?: IsoDate;
  readonly origin: RowOrigin<InstrumentField>;
}

/**
 * Issued adds to the amount outstanding; Adjusted (a capital reorganisation) adds its signed amount and
 * may set a new conversion price; every other movement takes from it.
 */
export const INSTRUMENT_MOVEMENTS = ["Issued", "Exercised", "Converted", "Redeemed", "Cancelled", "Lapsed", "Adjusted"] as const;
export type InstrumentMovementKind = (typeof INSTRUMENT_MOVEMENTS)[number];

export type InstrumentMovementField = "instrumentKey" | "date" | "movement" | "amount" | "conversionPrice";

export interface InstrumentMovement {
  readonly instrumentKey: string;
  readonly date: IsoDate;
  readonly movement: InstrumentMovementKind;
  /** Positive, the movement giving the sign; for Adjusted, signed and 0 when only the price changes. */
  readonly amount: Decimal;
  /** Adjusted only: the subscription or conversion price per share from this date on. */
  readonly conversionPrice?: Decimal;
  readonly origin: RowOrigin<InstrumentMovementField>;
}

export type PublicFloatField = "classKey" | "month" | "complied" | "requirement";

/** One row of MR_PublicFloat: a listed class's public float confirmation for one month (v1.2.0). */
export interface PublicFloat {
  readonly classKey: string;
  /** Any date in the month confirmed; "2026-01". */
  readonly month: string;
  readonly complied: boolean;
  /** The applicable minimum, as printed ("25%"). */
  readonly requirement: string;
  readonly origin: RowOrigin<PublicFloatField>;
}

export interface MonthlyInput {
  readonly authorisedCapital: readonly AuthorisedCapital[];
  readonly schemes: readonly ShareScheme[];
  readonly optionMovements: readonly OptionMovement[];
  readonly instruments: readonly Instrument[];
  readonly instrumentMovements: readonly InstrumentMovement[];
  readonly publicFloat: readonly PublicFloat[];
}

export const NO_MONTHLY_INPUT: MonthlyInput = {
  authorisedCapital: [], schemes: [], optionMovements: [], instruments: [], instrumentMovements: [], publicFloat: [],
};

/** The NDDR ledger with the Monthly Return's tables. */
export interface MonthlyLedger extends Ledger {
  readonly monthly?: MonthlyInput;
}
