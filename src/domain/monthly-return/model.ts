// The Monthly Return (FF301) as the domain computes it. monthly-return.json, monthly-return.txt and the
// return sheet are views of it. Share counts are numbers; amounts are Money (printed decimal strings).
import type { IsoDate } from "../dates";
import type { Finding } from "../finding";
import type { Board, Status } from "../ledger";
import type { EventTypeName } from "../event-types";
import type { ClassIdentity, EventDetails, Money } from "../return-model";
import type { InstrumentSection } from "./input";

export interface AuthorisedBalance {
  readonly authorised: number;
  readonly parValue: Money;
  /** authorised × par value. */
  readonly capital: Money;
}

/** Part I for one class: authorised/registered shares, par value and capital. */
export interface PartIClass extends ClassIdentity {
  /** Null when the class had no authorised capital at the close of the preceding month (a new class). */
  readonly opening: AuthorisedBalance | null;
  /** Capital is null when the currency changed during the month. */
  readonly change: { readonly authorised: number; readonly capital: Money | null };
  readonly closing: AuthorisedBalance;
}

export interface PartI {
  /** False: "Not applicable" ticked (no authorised capital, e.g. a Hong Kong company). */
  readonly applicable: boolean;
  readonly classes: readonly PartIClass[];
  /** "Total authorised/registered share capital at the end of the month", one amount per currency. */
  readonly totals: readonly Money[];
}

export interface Balance {
  readonly issued: number;
  readonly treasury: number;
  readonly total: number;
}

export interface PublicFloatConfirmation {
  readonly complied: boolean;
  readonly requirement: string;
}

/** Part II for one class. */
export interface PartIIClass extends ClassIdentity {
  readonly opening: Balance;
  /** The form prints two figures here: no total. */
  readonly change: { readonly issued: number; readonly treasury: number };
  readonly closing: Balance;
  /** v1.2.0, months from January 2026, listed classes; null otherwise. */
  readonly publicFloat: PublicFloatConfirmation | null;
}

/** A section's change of one class's issued (excluding treasury) and treasury shares. */
export interface SectionTotal {
  readonly issued: number;
  readonly treasury: number;
}

/** Part III(A): one share option scheme in the month. */
export interface SchemeLine {
  readonly schemeKey: string;
  readonly particulars: string;
  readonly approvalDate: IsoDate | null;
  readonly outstandingOpening: number;
  readonly granted: number;
  /** Negative, as printed: options that left the outstanding count. */
  readonly exercised: number;
  readonly cancelled: number;
  readonly lapsed: number;
  /**
   * Signed change a capital reorganisation made (MR_OptionMovements' Adjusted rows); present only in a
   * month that has one, as the form has no such entry and prints it only then.
   */
  readonly adjusted?: number;
  readonly outstandingClosing: number;
  /** New shares issued under the scheme in the month (NDDR_Movements). */
  readonly newShares: number;
  /** Treasury shares transferred under the scheme in the month (NDDR_Movements). */
  readonly treasuryShares: number;
  /** Shares which may be issued or transferred on exercise of the options outstanding at the close. */
  readonly issuableAtClose: number;
}

export interface SchemeBlock {
  readonly classKey: string;
  readonly schemes: readonly SchemeLine[];
  readonly total: SectionTotal;
  /** Σ options exercised × exercise price, one amount per currency. */
  readonly fundsRaised: readonly Money[];
}

/** Part III(B), (C) or (D): one instrument in the month. */
export interface InstrumentLine {
  readonly instrumentKey: string;
  readonly description: string;
  readonly type: string | null;
  readonly stockCode: string | null;
  readonly currency: string | null;
  /** Amounts as printed decimals ("500000000"); for (D), numbers of shares. */
  readonly amountOpening: string;
  readonly movement: string;
  readonly amountClosing: string;
  readonly conversionPrice: Money | null;
  readonly approvalDate: IsoDate | null;
  readonly newShares: number;
  /** Shares issuable at the close: amount ÷ price (whole shares), or the amount for (D); null without a price. */
  readonly issuableAtClose: number | null;
}

export interface InstrumentBlock {
  readonly classKey: string;
  readonly section: InstrumentSection;
  readonly instruments: readonly InstrumentLine[];
  readonly total: SectionTotal;
}

/** Part III(E): one other movement (a type, its details and date). */
export interface OtherMovementLine {
  readonly no: number;
  readonly eventType: EventTypeName;
  /** Null: the line has none. */
  readonly details: EventDetails | null;
  readonly price: Money | null;
  readonly date: IsoDate;
  /** Resolution date of the mandate used: a repurchase's or sale's, or the general mandate an issue's rows name; null otherwise. */
  readonly approvalDate: IsoDate | null;
  readonly issuedChange: number;
  readonly treasuryChange: number;
}

export interface OtherMovementBlock {
  readonly classKey: string;
  readonly lines: readonly OtherMovementLine[];
  readonly total: SectionTotal;
}

export interface PartIII {
  readonly A: readonly SchemeBlock[];
  readonly B: readonly InstrumentBlock[];
  readonly C: readonly InstrumentBlock[];
  readonly D: readonly InstrumentBlock[];
  readonly E: readonly OtherMovementBlock[];
  /** "Total increase / decrease (-) … (i.e. Total of A to E)", per class: equals Part II's change. */
  readonly totals: readonly (SectionTotal & { readonly classKey: string })[];
}

export interface PartV {
  /** False: no issue of shares, or sale or transfer of treasury shares, in the month ("Not applicable"). */
  readonly applicable: boolean;
  /** Items (i)–(viii) printed, from NDDR_Issuer's Confirmations. */
  readonly confirmations: readonly number[];
}

export interface MonthlyReturn {
  readonly form: "FF301";
  readonly issuer: string;
  readonly status: Status;
  readonly board: Board;
  /** "2024-09". */
  readonly month: string;
  readonly monthEnded: IsoDate;
  readonly dateSubmitted: IsoDate;
  /** 08:30 Hong Kong time on the fifth business day after the month's end. */
  readonly deadline: string | null;
  readonly partI: PartI;
  readonly partII: readonly PartIIClass[];
  readonly partIII: PartIII;
  readonly partV: PartV;
  readonly submittedBy: string;
  readonly title: string;
  readonly findings: readonly Finding[];
}
