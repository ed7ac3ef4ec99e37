// The return as the domain computes it. return.json, return.txt and the return sheet are views of it.
// What it states besides figures and dates is data too (an event's details, a method, Part B's line):
// each language's label table words it (src/labels/), and text the user typed travels as typed.
import type { IsoDate } from "./dates";
import type { Category, EventTypeName } from "./event-types";
import type { Finding } from "./finding";
import type { Board, PercentageBase, ReturnKind, Status } from "./ledger";

export interface Money {
  readonly currency: string;
  /** Printed decimal string, no grouping, no trailing zeros ("1.5", "500382813.6"). */
  readonly amount: string;
}

export interface BalanceLine {
  readonly date: IsoDate;
  readonly issued: number;
  readonly treasury: number;
  readonly total: number;
}

/** The details of an event line: the user's own, or the ones the return words for generated lines. */
export type EventDetails =
  | { readonly kind: "typed"; readonly text: string }
  /** A day's cancelled repurchases, traded on one day… */
  | { readonly kind: "repurchasedOn"; readonly date: IsoDate }
  /** …or over several days. */
  | { readonly kind: "repurchasedBetween"; readonly from: IsoDate; readonly to: IsoDate }
  /** A day's sales of treasury shares, some on other stock exchanges (their names as typed), some perhaps on the Exchange. */
  | { readonly kind: "soldOn"; readonly exchanges: readonly string[]; readonly alsoOnTheExchange: boolean }
  /** The filler line of an empty Part A. */
  | { readonly kind: "notApplicable" };

/** How shares were repurchased or sold (Note 1 to Sections II and III); another exchange's name as typed. */
export type TradeMethod =
  | { readonly kind: "onTheExchange" }
  | { readonly kind: "onAnotherExchange"; readonly exchange: string | null }
  | { readonly kind: "byPrivateArrangement" }
  | { readonly kind: "byGeneralOffer" };

export interface EventLine {
  readonly no: number;
  readonly eventType: EventTypeName;
  /** Null: the line has none. */
  readonly details: EventDetails | null;
  readonly date: IsoDate;
  readonly issuedChange: number;
  /** Printed magnitude, e.g. "5.4"; null where the form leaves it blank. */
  readonly percent: string | null;
  readonly treasuryChange: number;
  readonly price: Money | null;
  readonly category: Category;
  /** The "Other (please specify) / Not applicable" line printed when Part A has no event. */
  readonly filler: boolean;
}

export interface PartBLine {
  readonly no: number;
  /** Shares repurchased, or redeemed, for cancellation and not yet cancelled (Note 6). */
  readonly held: "repurchased" | "redeemed";
  readonly shares: number;
  readonly percent: string | null;
  readonly price: Money | null;
  readonly date: IsoDate;
}

export interface FivePercentTest {
  /** Shares of this class's "5%" events in the period: |ΔI|, or the shares cancelled for treasury cancellations. */
  readonly aggregate: number;
  readonly percent: string | null;
  /** Shares of further "5%" events before they reach 5% of the opening issued shares. */
  readonly headroom: number;
  /** The day of the event that reached 5%, when one did: the deadline may run from it (rule 17). Not in return.json. */
  readonly reachedOn?: IsoDate;
}

/** What every part prints of a class: the class block of the form. */
export interface ClassIdentity {
  readonly classKey: string;
  readonly classOfShares: string;
  /** Null when not given: the form prints "Not applicable". */
  readonly typeOfShares: string | null;
  readonly listed: boolean;
  readonly stockCode: string | null;
  readonly description: string;
  readonly multiCounter: readonly { readonly stockCode: string; readonly description: string }[];
}

export interface ClassReturn extends ClassIdentity {
  readonly opening: BalanceLine;
  readonly events: readonly EventLine[];
  readonly closing: BalanceLine;
  readonly fivePercent: FivePercentTest;
  readonly partB: readonly PartBLine[];
  /** Issued shares the % figures and the 5% test of this class are measured against (rule 4). */
  readonly percentBase: number;
}

/** A row of Section II or III Part A: one trading date, method and currency. */
export interface TradeReportRow {
  readonly tradingDate: IsoDate;
  readonly shares: number;
  readonly method: TradeMethod;
  readonly highest: string;
  /** Blank on the form when there was one price. */
  readonly lowest: string | null;
  readonly aggregate: string;
  readonly currency: string;
}

export interface MandateReport {
  readonly resolutionDate: IsoDate;
  readonly authorised: number;
  /** (a): shares repurchased on the Exchange or another stock exchange under the mandate to date. */
  readonly repurchasedUnderMandate: number;
  /** (a) × 100 ÷ issued shares (excluding treasury) at the resolution date. */
  readonly percent: string | null;
  /** Last day of the 30-day moratorium after the period's last repurchase (MB 10.06(3)(a)). */
  readonly moratoriumEnd: IsoDate;
}

/** Section II for one class (MB 10.06(4)(a)). */
export interface RepurchaseReport {
  readonly classKey: string;
  readonly rows: readonly TradeReportRow[];
  readonly totalShares: number;
  /** One amount per currency (normally one). */
  readonly aggregatePaid: readonly Money[];
  readonly forCancellation: number;
  readonly forTreasury: number;
  /** Part B, printed for a primary listing only. */
  readonly mandate: MandateReport | null;
}

export interface GeneralMandateReport {
  readonly resolutionDate: IsoDate;
  /** Shares (or treasury shares) the issuer may issue or sell under the mandate. */
  readonly authorised: number;
  /** (a): treasury shares sold on an exchange under the mandate to date, plus what was used before the ledger. */
  readonly soldUnderMandate: number;
  /** (a) × 100 ÷ issued shares (excluding treasury) at the resolution date. */
  readonly percent: string | null;
  /** Last day of the 30-day moratorium on repurchases after the period's last sale. */
  readonly moratoriumEnd: IsoDate;
}

/** Section III for one class (MB 10.06B): on-market sales of treasury shares. */
export interface TreasurySaleReport {
  readonly classKey: string;
  readonly rows: readonly TradeReportRow[];
  readonly totalShares: number;
  /** One amount per currency (normally one). */
  readonly aggregateReceived: readonly Money[];
  /** Part B, printed for a primary listing only. */
  readonly mandate: GeneralMandateReport | null;
}

export interface NddrReturn {
  readonly form: "FF305";
  readonly issuer: string;
  readonly status: Status;
  readonly dateSubmitted: IsoDate;
  readonly board: Board;
  readonly primaryListing: boolean;
  readonly openingDate: IsoDate;
  readonly closingDate: IsoDate;
  /** The last return logged before this one, whose closing this one opens on (Note 1); null with no log. */
  readonly openingFollows: { readonly returnKind: ReturnKind; readonly closingDate: IsoDate; readonly sheet: string; readonly cell: string } | null;
  /** The setting the % figures follow: each class's own opening, or all classes' together (rule 4). */
  readonly percentageBase: PercentageBase;
  readonly sectionI: readonly ClassReturn[];
  readonly sectionII: readonly RepurchaseReport[];
  readonly sectionIII: readonly TreasurySaleReport[];
  readonly confirmations: readonly number[];
  readonly explanatoryStatementDate: IsoDate | null;
  readonly submittedBy: string;
  readonly title: string;
  /** Null while an error stands: whether a return is due cannot be told from rows in error (docs/rules.md 21). */
  readonly returnDue: boolean | null;
  /** 08:30 Hong Kong time on the business day after the earliest event that makes the return due; null when none, or unknown. */
  readonly deadline: string | null;
  readonly findings: readonly Finding[];
}
