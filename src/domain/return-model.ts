// The return as the domain computes it. return.json, return.txt and the return sheet are views of it.
import type { IsoDate } from "./dates";
import type { Category } from "./event-types";
import type { Finding } from "./finding";
import type { Board, Status } from "./ledger";

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

export interface EventLine {
  readonly no: number;
  readonly eventType: string;
  readonly details: string;
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
  readonly label: string;
  readonly shares: number;
  readonly percent: string | null;
  readonly price: Money | null;
  readonly date: IsoDate;
}

export interface FivePercentTest {
  /** Σ|ΔI| of this class's "5%" events in the period. */
  readonly aggregate: number;
  readonly percent: string | null;
  /** Shares of further "5%" events before they reach 5% of the opening issued shares. */
  readonly headroom: number;
}

export interface ClassReturn {
  readonly classKey: string;
  readonly classOfShares: string;
  readonly typeOfShares: string;
  readonly listed: boolean;
  readonly stockCode: string | null;
  readonly description: string;
  readonly multiCounter: readonly { readonly stockCode: string; readonly description: string }[];
  readonly opening: BalanceLine;
  readonly events: readonly EventLine[];
  readonly closing: BalanceLine;
  readonly fivePercent: FivePercentTest;
  readonly partB: readonly PartBLine[];
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
  readonly sectionI: readonly ClassReturn[];
  readonly sectionII: readonly unknown[];
  readonly sectionIII: readonly unknown[];
  readonly confirmations: readonly number[];
  readonly explanatoryStatementDate: IsoDate | null;
  readonly submittedBy: string;
  readonly title: string;
  readonly returnDue: boolean;
  /** 08:30 Hong Kong time on the business day after the earliest event that makes the return due. */
  readonly deadline: string | null;
  readonly findings: readonly Finding[];
}
