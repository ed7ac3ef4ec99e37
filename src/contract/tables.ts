// The workbook contract (docs/workbook-contract.md) as data: table names, headers, which are required,
// and the fixed lists behind the template's dropdowns. The parser and the template both read this.
import { TYPEABLE_EVENT_LABELS } from "../domain/event-types";
import { ON_THE_EXCHANGE, PERCENTAGE_BASES, REPURCHASE_METHODS, RETURN_KINDS, type ClassField, type IssuerField, type LogField, type MandateField, type MovementField, type RepurchaseField, type TreasurySaleField } from "../domain/ledger";
import {
  INSTRUMENT_MOVEMENTS, INSTRUMENT_SECTIONS, OPTION_MOVEMENTS,
  type AuthorisedCapitalField, type InstrumentField, type InstrumentMovementField, type OptionMovementField, type PublicFloatField, type SchemeField,
} from "../domain/monthly-return/input";

export const YES_NO = ["Yes", "No"] as const;
export const BOARDS = ["Main Board", "GEM"] as const;
export const STATUSES = ["New Submission", "Resubmission"] as const;
/** The template's currency dropdown; other ISO codes are accepted too. */
const CURRENCY_LIST = ["HKD", "RMB", "USD", "GBP", "EUR", "JPY", "SGD"];

export interface ColumnSpec<F extends string = string> {
  readonly field: F;
  readonly header: string;
  readonly required: boolean;
  /** Fixed values offered as a dropdown in the template. */
  readonly list?: readonly string[];
  /** Kept as text in the template (stock codes keep their leading zeros). */
  readonly text?: boolean;
  readonly date?: boolean;
  readonly width: number;
  readonly help: string;
}

export interface TableSpec<F extends string = string> {
  readonly name: string;
  /** The sheet the template puts the table on. */
  readonly sheet: string;
  readonly required: boolean;
  readonly columns: readonly ColumnSpec<F>[];
}

export interface IssuerFieldSpec {
  readonly field: IssuerField;
  readonly label: string;
  readonly required: boolean;
  readonly list?: readonly string[];
  readonly date?: boolean;
  readonly help: string;
}

export const ISSUER_TABLE = { name: "NDDR_Issuer", sheet: "Issuer", required: true } as const;

export const ISSUER_FIELDS: readonly IssuerFieldSpec[] = [
  { field: "issuerName", label: "Issuer name", required: true, help: "As printed on the return." },
  { field: "board", label: "Board", required: false, list: BOARDS, help: "Main Board (default) or GEM: selects the rule numbers." },
  { field: "status", label: "Status", required: false, list: STATUSES, help: "New Submission (default) or Resubmission." },
  { field: "dateSubmitted", label: "Date submitted", required: false, date: true, help: "Default: today in Hong Kong." },
  { field: "openingDate", label: "Opening date", required: true, date: true, help: "Closing-balance date of the last NDDR or Monthly Return, whichever is later (Note 1)." },
  { field: "closingDate", label: "Closing date", required: false, date: true, help: "Default: the latest date of any row in the period (Note 5)." },
  { field: "submittedBy", label: "Submitted by", required: true, help: "Name of the person submitting." },
  { field: "title", label: "Title", required: true, help: "Director, Company Secretary or other duly authorised officer." },
  { field: "primaryListing", label: "Primary listing", required: false, list: YES_NO, help: "Yes (default) or No: Section II Part B and moratoria apply only with a primary listing." },
  { field: "percentDecimals", label: "Percentage decimals", required: false, help: "0–6, default 2; rounded half-up, trailing zeros dropped." },
  { field: "percentageBase", label: "Percentage base", required: false, list: PERCENTAGE_BASES,
    help: "Class (default): each % is of the class's own opening issued shares; All classes: of all classes' together. Used for the event %, Part B's % and the 5% test alike." },
  { field: "priceDecimals", label: "Price decimals", required: false, help: "0–8, default 4, for volume-weighted average prices." },
  { field: "explanatoryStatementDate", label: "Explanatory statement date", required: false, date: true, help: "Printed in the Section II confirmation." },
  { field: "confirmations", label: "Confirmations", required: false, help: "Items (i)–(viii) to print, e.g. i,ii,iv; default all eight." },
  { field: "closureDays", label: "Closure days", required: false, help: "Days the Exchange was closed, ISO dates separated by commas. Since 23 Sep 2024 it trades through typhoon signal 8 and black rainstorms (Severe Weather Trading): a later weekday here moves no deadline unless also put in Confirmed closure days." },
  { field: "confirmedClosureDays", label: "Confirmed closure days", required: false, help: "Days on or after 23 Sep 2024 on which the Exchange really closed (not a Severe Weather Trading day), ISO dates separated by commas; they move the deadline." },
];

export const CLASSES_TABLE: TableSpec<ClassField> = {
  name: "NDDR_Classes",
  sheet: "Classes",
  required: true,
  columns: [
    { field: "key", header: "Class key", required: true, width: 10, help: "Short unique id used by the other tables, e.g. B." },
    { field: "classOfShares", header: "Class of shares", required: true, width: 24, help: "e.g. Ordinary shares, WVR ordinary shares, H shares." },
    { field: "typeOfShares", header: "Type of shares", required: false, width: 14, help: "e.g. B; default Not applicable." },
    { field: "listed", header: "Listed", required: true, list: YES_NO, width: 9, help: "Listed on the Exchange: Yes or No." },
    { field: "stockCode", header: "Stock code", required: false, text: true, width: 11, help: "Five digits, as text (00020); required for a listed class." },
    { field: "description", header: "Description", required: false, width: 18, help: "Optional." },
    { field: "multiCounterStockCode", header: "Multi-counter stock code", required: false, text: true, width: 13, help: "e.g. 80020." },
    { field: "multiCounterDescription", header: "Multi-counter description", required: false, width: 13, help: "e.g. RMB." },
    { field: "openingIssued", header: "Opening issued", required: true, width: 18, help: "Issued shares excluding treasury shares at the opening date." },
    { field: "openingTreasury", header: "Opening treasury", required: false, width: 16, help: "Treasury shares at the opening date; default 0." },
  ],
};

export const MOVEMENTS_TABLE: TableSpec<MovementField> = {
  name: "NDDR_Movements",
  sheet: "Movements",
  required: false,
  columns: [
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Must exist in NDDR_Classes." },
    { field: "date", header: "Date", required: true, date: true, width: 12, help: "Date of change (allotment, cancellation, transfer), Hong Kong time." },
    { field: "eventType", header: "Event type", required: true, list: TYPEABLE_EVENT_LABELS, width: 44, help: "One of the list." },
    { field: "details", header: "Details", required: false, width: 50, help: "Printed under the event; rows with the same details form one event line (Note 2)." },
    { field: "shares", header: "Shares", required: false, width: 16, help: "Positive whole number; its sign comes from the event type." },
    { field: "issuedChange", header: "Issued change", required: false, width: 15, help: "Signed change in issued shares, for Other and Capital reorganisation." },
    { field: "treasuryChange", header: "Treasury change", required: false, width: 15, help: "Signed change in treasury shares, for Other and Capital reorganisation." },
    { field: "price", header: "Price", required: false, width: 11, help: "Issue or selling price per share." },
    { field: "currency", header: "Currency", required: false, list: CURRENCY_LIST, width: 10, help: "ISO code, required with a price." },
    { field: "mandate", header: "Mandate", required: false, date: true, width: 13,
      help: "Resolution date of the general mandate the issue or treasury transfer uses (counted against it with Used before ledger); blank: none (e.g. a specific mandate)." },
    { field: "cancelledOn", header: "Cancelled on", required: false, date: true, width: 13,
      help: "For Redemption of shares: the date the redeemed shares were cancelled. Until then they stay issued and are listed in Part B; blank while pending." },
    { field: "grantedOn", header: "Granted on", required: false, date: true, width: 13,
      help: "For share scheme, option, warrant and conversion issues: when the award, option or instrument was granted. Only those granted before a repurchase are carved out of its 30-day moratorium." },
  ],
};

export const HELD_AS = ["Cancellation", "Treasury"] as const;
export const MANDATE_KINDS = ["Repurchase", "General mandate"] as const;
export const LOG_TABLE: TableSpec<LogField> = {
  name: "NDDR_Log",
  sheet: "Log",
  required: false,
  columns: [
    { field: "generatedAt", header: "Generated at", required: false, width: 20, help: "When the return was generated." },
    { field: "closingDate", header: "Closing date", required: true, date: true, width: 13, help: "Closing date of that return." },
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Class of the balances." },
    { field: "closingIssued", header: "Closing issued", required: true, width: 18, help: "Issued shares excluding treasury shares at the closing date." },
    { field: "closingTreasury", header: "Closing treasury", required: true, width: 16, help: "Treasury shares at the closing date." },
    { field: "fingerprint", header: "Input fingerprint", required: false, width: 20, help: "Fingerprint of the inputs of that return." },
    { field: "returnKind", header: "Return", required: false, list: RETURN_KINDS, width: 28,
      help: "Next Day Disclosure Return (blank means this) or Monthly Return: log a Monthly Return's closing balances here, and the next return opens at the later of the two (Note 1)." },
  ],
};

export const REPURCHASES_TABLE: TableSpec<RepurchaseField> = {
  name: "NDDR_Repurchases",
  sheet: "Repurchases",
  required: false,
  columns: [
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Must exist in NDDR_Classes." },
    { field: "tradingDate", header: "Trading date", required: true, date: true, width: 13, help: "Day of the repurchase (Hong Kong time)." },
    { field: "shares", header: "Shares", required: true, width: 14, help: "Number of shares repurchased that day by this method." },
    { field: "method", header: "Method", required: true, list: REPURCHASE_METHODS, width: 26, help: "How the shares were repurchased (Note 1 to Section II)." },
    { field: "exchange", header: "Exchange", required: false, width: 24, help: "The other stock exchange's name, for On another stock exchange." },
    { field: "highest", header: "Highest price", required: true, width: 13, help: "Price per share, or the highest price when several." },
    { field: "lowest", header: "Lowest price", required: false, width: 13, help: "Lowest price; blank when there was one price." },
    { field: "aggregate", header: "Aggregate price", required: true, width: 18, help: "Total paid." },
    { field: "currency", header: "Currency", required: true, list: CURRENCY_LIST, width: 10, help: "ISO code of the prices." },
    { field: "heldAs", header: "Held as", required: true, list: HELD_AS, width: 13, help: "Cancellation or Treasury." },
    { field: "cancelledOn", header: "Cancelled on", required: false, date: true, width: 13, help: "Date the shares held for cancellation were cancelled; blank while pending." },
    { field: "mandate", header: "Mandate", required: false, date: true, width: 13, help: "Resolution date of the mandate used; default the latest before the trading date." },
  ],
};

/** Suggestions only: any other stock exchange's name is accepted. */
const SALE_VENUES = [ON_THE_EXCHANGE, "London Stock Exchange", "New York Stock Exchange", "Nasdaq", "Shanghai Stock Exchange", "Shenzhen Stock Exchange", "Singapore Exchange"];

export const TREASURY_SALES_TABLE: TableSpec<TreasurySaleField> = {
  name: "NDDR_TreasurySales",
  sheet: "TreasurySales",
  required: false,
  columns: [
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Must exist in NDDR_Classes." },
    { field: "tradingDate", header: "Trading date", required: true, date: true, width: 13, help: "Day of the sale (Hong Kong time)." },
    { field: "shares", header: "Shares", required: true, width: 14, help: "Number of treasury shares sold that day on that exchange." },
    { field: "exchange", header: "Exchange", required: true, list: SALE_VENUES, width: 24, help: "On the Exchange, or the other stock exchange's name (any name may be typed)." },
    { field: "highest", header: "Highest price", required: true, width: 13, help: "Selling price per share, or the highest when several." },
    { field: "lowest", header: "Lowest price", required: false, width: 13, help: "Lowest selling price; blank when there was one price." },
    { field: "aggregate", header: "Aggregate price", required: true, width: 18, help: "Total received." },
    { field: "currency", header: "Currency", required: true, list: CURRENCY_LIST, width: 10, help: "ISO code of the prices." },
    { field: "mandate", header: "Mandate", required: false, date: true, width: 13, help: "Resolution date of the general mandate used; default the latest before the trading date." },
  ],
};

export const MANDATES_TABLE: TableSpec<MandateField> = {
  name: "NDDR_Mandates",
  sheet: "Mandates",
  required: false,
  columns: [
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Must exist in NDDR_Classes." },
    { field: "kind", header: "Kind", required: true, list: MANDATE_KINDS, width: 17, help: "Repurchase, or General mandate (issue or sale of treasury shares)." },
    { field: "resolutionDate", header: "Resolution date", required: true, date: true, width: 15, help: "Date of the resolution granting the mandate." },
    { field: "authorised", header: "Shares authorised", required: true, width: 18, help: "Number of shares the mandate authorises." },
    { field: "issuedAtResolution", header: "Issued shares at resolution", required: true, width: 20, help: "Issued shares excluding treasury shares at the resolution date." },
    { field: "usedBeforeLedger", header: "Used before ledger", required: false, width: 17, help: "Shares used under this mandate before the first row kept here; default 0." },
  ],
};


// --- The Monthly Return's tables (FF301): only what the NDDR tables do not hold ------------------

export const MR_AUTHORISED_CAPITAL_TABLE: TableSpec<AuthorisedCapitalField> = {
  name: "MR_AuthorisedCapital",
  sheet: "AuthorisedCapital",
  required: false,
  columns: [
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Must exist in NDDR_Classes." },
    { field: "from", header: "From", required: false, date: true, width: 12, help: "Date the figures take effect; blank = from the start. A change of capital is a new row." },
    { field: "authorised", header: "Authorised shares", required: true, width: 18, help: "Number of authorised (or registered) shares of the class." },
    { field: "parValue", header: "Par value", required: true, width: 13, help: "Par value per share, e.g. 0.00001." },
    { field: "currency", header: "Currency", required: true, list: CURRENCY_LIST, width: 10, help: "ISO code of the par value." },
  ],
};

export const MR_SCHEMES_TABLE: TableSpec<SchemeField> = {
  name: "MR_Schemes",
  sheet: "Schemes",
  required: false,
  columns: [
    { field: "key", header: "Scheme key", required: true, width: 18, help: "Short unique id; also the Details of the scheme's rows in NDDR_Movements." },
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Class of the shares the options are over." },
    { field: "particulars", header: "Particulars", required: true, width: 36, help: "As printed, e.g. 2020 Share Option Scheme." },
    { field: "approvalDate", header: "Approval date", required: false, date: true, width: 13, help: "Date the scheme was adopted or approved." },
    { field: "outstandingAt", header: "Outstanding at", required: true, date: true, width: 14, help: "Date Outstanding is counted at (close of that day)." },
    { field: "outstanding", header: "Outstanding", required: true, width: 14, help: "Share options outstanding at that date." },
  ],
};

export const MR_OPTION_MOVEMENTS_TABLE: TableSpec<OptionMovementField> = {
  name: "MR_OptionMovements",
  sheet: "OptionMovements",
  required: false,
  columns: [
    { field: "schemeKey", header: "Scheme key", required: true, width: 18, help: "Must exist in MR_Schemes." },
    { field: "date", header: "Date", required: true, date: true, width: 12, help: "Date of the grant, exercise, cancellation, lapse or adjustment." },
    { field: "movement", header: "Movement", required: true, list: OPTION_MOVEMENTS, width: 12,
      help: "Granted, Exercised, Cancelled or Lapsed; Adjusted for the change a capital reorganisation makes to the options outstanding." },
    { field: "options", header: "Options", required: true, width: 14,
      help: "Number of options, positive; Movement gives the sign. Adjusted: the signed change (e.g. -8350000 when a 2-into-1 consolidation halves 16700000)." },
    { field: "exercisePrice", header: "Exercise price", required: false, width: 13, help: "Per share; required for Exercised (funds raised)." },
    { field: "currency", header: "Currency", required: false, list: CURRENCY_LIST, width: 10, help: "ISO code, required with an exercise price." },
  ],
};

export const MR_INSTRUMENTS_TABLE: TableSpec<InstrumentField> = {
  name: "MR_Instruments",
  sheet: "Instruments",
  required: false,
  columns: [
    { field: "key", header: "Instrument key", required: true, width: 18, help: "Short unique id; also the Details of its rows in NDDR_Movements." },
    { field: "section", header: "Section", required: true, list: INSTRUMENT_SECTIONS, width: 18, help: "Warrants (III B), Convertibles (III C) or Other arrangement (III D)." },
    { field: "classKey", header: "Class key", required: true, width: 10, help: "Class of the shares it may be exercised or converted into." },
    { field: "description", header: "Description", required: true, width: 36, help: "As printed, e.g. USD 500,000,000 2.5% convertible bonds due 2029." },
    { field: "type", header: "Type", required: false, width: 16, help: "Type of convertibles or warrants, as printed." },
    { field: "stockCode", header: "Stock code", required: false, text: true, width: 11, help: "Five digits, as text, if listed on the Exchange." },
    { field: "currency", header: "Currency", required: false, list: CURRENCY_LIST, width: 10, help: "ISO code of the amounts and price; required for warrants and convertibles." },
    { field: "outstandingAt", header: "Outstanding at", required: true, date: true, width: 14, help: "Date Outstanding is counted at (close of that day)." },
    { field: "outstanding", header: "Outstanding", required: true, width: 18, help: "Amount outstanding in Currency; for Other arrangement, the number of shares still issuable." },
    { field: "conversionPrice", header: "Conversion price", required: false, width: 15, help: "Subscription or conversion price per share, in Currency." },
    { field: "approvalDate", header: "Approval date", required: false, date: true, width: 13, help: "General meeting approval date, if any." },
  ],
};

export const MR_INSTRUMENT_MOVEMENTS_TABLE: TableSpec<InstrumentMovementField> = {
  name: "MR_InstrumentMovements",
  sheet: "InstrumentMovements",
  required: false,
  columns: [
    { field: "instrumentKey", header: "Instrument key", required: true, width: 18, help: "Must exist in MR_Instruments." },
    { field: "date", header: "Date", required: true, date: true, width: 12, help: "Date of the movement." },
    { field: "movement", header: "Movement", required: true, list: INSTRUMENT_MOVEMENTS, width: 12,
      help: "Issued adds; Exercised, Converted, Redeemed, Cancelled and Lapsed take away; Adjusted records a capital reorganisation's effect." },
    { field: "amount", header: "Amount", required: true, width: 18,
      help: "Amount in the instrument's currency (shares for Other arrangement), positive. Adjusted: the signed change, blank if only the price changes." },
    { field: "conversionPrice", header: "Conversion price", required: false, width: 15, help: "Adjusted only: the subscription or conversion price per share from this date." },
  ],
};

export const MR_PUBLIC_FLOAT_TABLE: TableSpec<PublicFloatField> = {
  name: "MR_PublicFloat",
  sheet: "PublicFloat",
  required: false,
  columns: [
    { field: "classKey", header: "Class key", required: true, width: 10, help: "A listed class." },
    { field: "month", header: "Month", required: true, date: true, width: 12, help: "Any date in the month confirmed (from January 2026)." },
    { field: "complied", header: "Complied", required: true, list: YES_NO, width: 10, help: "Yes if the minimum public float was met at the close of the month." },
    { field: "requirement", header: "Requirement", required: true, width: 30, help: "The applicable minimum public float, as printed, e.g. 25%." },
  ],
};

/** The Monthly Return's own tables, in the order of the form. */
export const MONTHLY_TABLES: readonly TableSpec[] = [
  MR_AUTHORISED_CAPITAL_TABLE, MR_PUBLIC_FLOAT_TABLE, MR_SCHEMES_TABLE, MR_OPTION_MOVEMENTS_TABLE, MR_INSTRUMENTS_TABLE, MR_INSTRUMENT_MOVEMENTS_TABLE,
];

/** NDDR_Issuer's two columns: one row per setting of ISSUER_FIELDS, its value beside it. */
export const ISSUER_COLUMNS: readonly ColumnSpec<"field" | "value">[] = [
  { field: "field", header: "Field", required: true, width: 28, help: "The setting's name, as listed in the template." },
  { field: "value", header: "Value", required: true, width: 60, help: "The setting's value." },
];

/**
 * Every table of the contract, in the order the template and "Set up input tables" lay them out.
 * Readers, writers, the template, the input fingerprint and every host take their tables from here, so
 * a table or a column added to its spec above reaches the command line, the ribbon, the pane and the
 * preview at once.
 */
export const CONTRACT_TABLES: readonly TableSpec[] = [
  { ...ISSUER_TABLE, columns: ISSUER_COLUMNS },
  CLASSES_TABLE,
  MOVEMENTS_TABLE,
  REPURCHASES_TABLE,
  TREASURY_SALES_TABLE,
  MANDATES_TABLE,
  LOG_TABLE,
  ...MONTHLY_TABLES,
];

/** The contract's spec of a table name (Excel's table names ignore case), or undefined for another table. */
export function contractTable(name: string): TableSpec | undefined {
  const lower = name.toLowerCase();
  return CONTRACT_TABLES.find((t) => t.name.toLowerCase() === lower);
}
