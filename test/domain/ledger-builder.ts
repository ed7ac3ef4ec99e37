// Builds parsed ledgers as plain objects, the way src/contract would hand them to the domain, so the
// domain tests need no workbook. Every row remembers its cells like a real NDDR_Movements table:
// header on row 1, data from row 2, columns A–I in the order of the workbook contract.
import Decimal from "decimal.js";
import type { IsoDate } from "../../src/domain/dates";
import { eventType } from "../../src/domain/event-types";
import type { CellRef } from "../../src/domain/finding";
import { generateReturn, type Generation } from "../../src/domain/generate-return";
import type {
  ClassField, IssuerField, IssuerSettings, Ledger, LogEntry, Movement, MovementField, RowOrigin, ShareClass,
  Mandate, MandateField, Repurchase, RepurchaseField, TreasurySale, TreasurySaleField,
} from "../../src/domain/ledger";
import type { ClassReturn, NddrReturn } from "../../src/domain/return-model";

export const d = (s: string): IsoDate => s as IsoDate;

export const ISSUER_SHEET = "Issuer";
export const CLASSES_SHEET = "Classes";
export const MOVEMENTS_SHEET = "Movements";

/** The Value cell of each issuer setting on the Issuer sheet (Field in A, Value in B, from row 2). */
export const ISSUER_CELLS: Readonly<Record<IssuerField, CellRef>> = {
  issuerName: { sheet: ISSUER_SHEET, cell: "B2" },
  board: { sheet: ISSUER_SHEET, cell: "B3" },
  status: { sheet: ISSUER_SHEET, cell: "B4" },
  dateSubmitted: { sheet: ISSUER_SHEET, cell: "B5" },
  openingDate: { sheet: ISSUER_SHEET, cell: "B6" },
  closingDate: { sheet: ISSUER_SHEET, cell: "B7" },
  submittedBy: { sheet: ISSUER_SHEET, cell: "B8" },
  title: { sheet: ISSUER_SHEET, cell: "B9" },
  primaryListing: { sheet: ISSUER_SHEET, cell: "B10" },
  percentDecimals: { sheet: ISSUER_SHEET, cell: "B11" },
  priceDecimals: { sheet: ISSUER_SHEET, cell: "B12" },
  explanatoryStatementDate: { sheet: ISSUER_SHEET, cell: "B13" },
  confirmations: { sheet: ISSUER_SHEET, cell: "B14" },
  closureDays: { sheet: ISSUER_SHEET, cell: "B15" },
  // Settings added since keep the rows above where they were.
  confirmedClosureDays: { sheet: ISSUER_SHEET, cell: "B16" },
  percentageBase: { sheet: ISSUER_SHEET, cell: "B17" },
};

const CLASS_COLUMNS: Readonly<Record<ClassField, string>> = {
  key: "A", classOfShares: "B", typeOfShares: "C", listed: "D", stockCode: "E", description: "F",
  multiCounterStockCode: "G", multiCounterDescription: "H", openingIssued: "I", openingTreasury: "J",
};

export const MOVEMENT_COLUMNS: Readonly<Record<MovementField, string>> = {
  classKey: "A", date: "B", eventType: "C", details: "D", shares: "E", issuedChange: "F", treasuryChange: "G",
  price: "H", currency: "I", mandate: "J", cancelledOn: "K", grantedOn: "L",
};

export interface IssuerSpec {
  /** Default "New Submission". */
  readonly status?: IssuerSettings["status"];
  readonly openingDate?: string;
  readonly closingDate?: string;
  readonly dateSubmitted?: string;
  readonly percentDecimals?: number;
  readonly percentageBase?: IssuerSettings["percentageBase"];
  readonly priceDecimals?: number;
  readonly closureDays?: readonly string[];
  readonly confirmedClosureDays?: readonly string[];
  readonly board?: IssuerSettings["board"];
  readonly primaryListing?: boolean;
}

export interface ClassSpec {
  readonly key: string;
  readonly openingIssued?: number;
  readonly openingTreasury?: number;
  readonly listed?: boolean;
}

export interface MovementSpec {
  /** Default "A". */
  readonly classKey?: string;
  readonly date: string;
  /** A printed label from the event types table. */
  readonly type: string;
  readonly details?: string;
  readonly shares?: number;
  readonly issuedChange?: number;
  readonly treasuryChange?: number;
  /** As typed in the cell, e.g. "1.50". */
  readonly price?: string;
  readonly currency?: string;
  /** Resolution date of the general mandate used. */
  readonly mandate?: string;
  /** For a redemption: when the redeemed shares were cancelled. */
  readonly cancelledOn?: string;
  /** For an award, option, warrant or conversion issue: when it was granted. */
  readonly grantedOn?: string;
  /** Worksheet row; default: the movement's position in the list + 2 (row 1 is the header). */
  readonly row?: number;
}

export interface RepurchaseSpec {
  readonly classKey?: string;
  readonly date: string;
  readonly shares: number;
  readonly method?: Repurchase["method"];
  readonly exchange?: string;
  readonly highest: string;
  readonly lowest?: string;
  readonly aggregate: string;
  readonly currency?: string;
  readonly heldAs?: Repurchase["heldAs"];
  readonly cancelledOn?: string;
  readonly mandate?: string;
}

export interface TreasurySaleSpec {
  readonly classKey?: string;
  readonly date: string;
  readonly shares: number;
  /** Default "On the Exchange". */
  readonly exchange?: string;
  readonly highest: string;
  readonly lowest?: string;
  readonly aggregate: string;
  readonly currency?: string;
  readonly mandate?: string;
}

export interface MandateSpec {
  readonly classKey?: string;
  readonly kind?: Mandate["kind"];
  readonly resolutionDate: string;
  readonly authorised: number;
  readonly issuedAtResolution: number;
  readonly usedBeforeLedger?: number;
}

/** NDDR_Repurchases columns A–L and NDDR_Mandates A–F, in the contract's order. */
const REPURCHASE_COLUMNS: Record<RepurchaseField, string> = {
  classKey: "A", tradingDate: "B", shares: "C", method: "D", exchange: "E", highest: "F", lowest: "G",
  aggregate: "H", currency: "I", heldAs: "J", cancelledOn: "K", mandate: "L",
};
const TREASURY_SALE_COLUMNS: Record<TreasurySaleField, string> = {
  classKey: "A", tradingDate: "B", shares: "C", exchange: "D", highest: "E", lowest: "F", aggregate: "G", currency: "H", mandate: "I",
};
const MANDATE_COLUMNS: Record<MandateField, string> = {
  classKey: "A", kind: "B", resolutionDate: "C", authorised: "D", issuedAtResolution: "E", usedBeforeLedger: "F",
};

export function repurchase(spec: RepurchaseSpec, row: number): Repurchase {
  return {
    classKey: spec.classKey ?? "A",
    tradingDate: d(spec.date),
    shares: spec.shares,
    method: spec.method ?? "On the Exchange",
    ...(spec.exchange !== undefined ? { exchange: spec.exchange } : {}),
    highest: new Decimal(spec.highest),
    ...(spec.lowest !== undefined ? { lowest: new Decimal(spec.lowest) } : {}),
    aggregate: new Decimal(spec.aggregate),
    currency: spec.currency ?? "HKD",
    heldAs: spec.heldAs ?? "Cancellation",
    ...(spec.cancelledOn !== undefined ? { cancelledOn: d(spec.cancelledOn) } : {}),
    ...(spec.mandate !== undefined ? { mandate: d(spec.mandate) } : {}),
    origin: { sheet: "Repurchases", row, columns: REPURCHASE_COLUMNS },
  };
}

export function treasurySale(spec: TreasurySaleSpec, row: number): TreasurySale {
  return {
    classKey: spec.classKey ?? "A",
    tradingDate: d(spec.date),
    shares: spec.shares,
    exchange: spec.exchange ?? "On the Exchange",
    highest: new Decimal(spec.highest),
    ...(spec.lowest !== undefined ? { lowest: new Decimal(spec.lowest) } : {}),
    aggregate: new Decimal(spec.aggregate),
    currency: spec.currency ?? "HKD",
    ...(spec.mandate !== undefined ? { mandate: d(spec.mandate) } : {}),
    origin: { sheet: "TreasurySales", row, columns: TREASURY_SALE_COLUMNS },
  };
}

export function mandate(spec: MandateSpec, row: number): Mandate {
  return {
    classKey: spec.classKey ?? "A",
    kind: spec.kind ?? "Repurchase",
    resolutionDate: d(spec.resolutionDate),
    authorised: spec.authorised,
    issuedAtResolution: spec.issuedAtResolution,
    usedBeforeLedger: spec.usedBeforeLedger ?? 0,
    origin: { sheet: "Mandates", row, columns: MANDATE_COLUMNS },
  };
}

export interface LogSpec {
  readonly classKey?: string;
  readonly closingDate: string;
  readonly closingIssued: number;
  readonly closingTreasury?: number;
  /** Default "Next Day Disclosure Return". */
  readonly returnKind?: LogEntry["returnKind"];
}

export interface LedgerSpec {
  readonly log?: readonly LogSpec[];
  readonly repurchases?: readonly RepurchaseSpec[];
  readonly treasurySales?: readonly TreasurySaleSpec[];
  readonly mandates?: readonly MandateSpec[];
  /** null: the ledger has no readable issuer settings. */
  readonly issuer?: IssuerSpec | null;
  /** Default: one class "A" with 1,000,000 issued and no treasury shares. */
  readonly classes?: readonly ClassSpec[];
  readonly movements?: readonly MovementSpec[];
}

export const DEFAULT_OPENING_DATE = "2024-11-30";
export const DEFAULT_OPENING_ISSUED = 1_000_000;

export function issuerSettings(spec: IssuerSpec = {}): IssuerSettings {
  return {
    issuerName: "Test Issuer Limited",
    board: spec.board ?? "Main Board",
    status: spec.status ?? "New Submission",
    ...(spec.dateSubmitted !== undefined ? { dateSubmitted: d(spec.dateSubmitted) } : {}),
    openingDate: d(spec.openingDate ?? DEFAULT_OPENING_DATE),
    ...(spec.closingDate !== undefined ? { closingDate: d(spec.closingDate) } : {}),
    submittedBy: "Chan Tai Man",
    title: "Company Secretary",
    primaryListing: spec.primaryListing ?? true,
    percentDecimals: spec.percentDecimals ?? 2,
    percentageBase: spec.percentageBase ?? "Class",
    priceDecimals: spec.priceDecimals ?? 4,
    confirmations: [1, 2, 3, 4, 5, 6, 7, 8],
    closureDays: (spec.closureDays ?? []).map(d),
    ...(spec.confirmedClosureDays !== undefined ? { confirmedClosureDays: spec.confirmedClosureDays.map(d) } : {}),
    cells: ISSUER_CELLS,
  };
}

export function shareClass(spec: ClassSpec, row: number): ShareClass {
  const origin: RowOrigin<ClassField> = { sheet: CLASSES_SHEET, row, columns: CLASS_COLUMNS };
  const listed = spec.listed ?? true;
  return {
    key: spec.key,
    classOfShares: "Ordinary shares",
    listed,
    ...(listed ? { stockCode: "00001" } : {}),
    description: "",
    openingIssued: spec.openingIssued ?? DEFAULT_OPENING_ISSUED,
    openingTreasury: spec.openingTreasury ?? 0,
    origin,
  };
}

export function movement(spec: MovementSpec, row: number): Movement {
  const origin: RowOrigin<MovementField> = { sheet: MOVEMENTS_SHEET, row, columns: MOVEMENT_COLUMNS };
  return {
    classKey: spec.classKey ?? "A",
    date: d(spec.date),
    type: eventType(spec.type),
    details: spec.details ?? "",
    ...(spec.shares !== undefined ? { shares: spec.shares } : {}),
    ...(spec.issuedChange !== undefined ? { issuedChange: spec.issuedChange } : {}),
    ...(spec.treasuryChange !== undefined ? { treasuryChange: spec.treasuryChange } : {}),
    ...(spec.price !== undefined ? { price: new Decimal(spec.price) } : {}),
    ...(spec.currency !== undefined ? { currency: spec.currency } : {}),
    ...(spec.mandate !== undefined ? { mandate: d(spec.mandate) } : {}),
    ...(spec.cancelledOn !== undefined ? { cancelledOn: d(spec.cancelledOn) } : {}),
    ...(spec.grantedOn !== undefined ? { grantedOn: d(spec.grantedOn) } : {}),
    origin,
  };
}

export function buildLedger(spec: LedgerSpec = {}): Ledger {
  const classes = spec.classes ?? [{ key: "A" }];
  return {
    issuer: spec.issuer === null ? undefined : issuerSettings(spec.issuer),
    classes: classes.map((c, i) => shareClass(c, i + 2)),
    movements: (spec.movements ?? []).map((m, i) => movement(m, m.row ?? i + 2)),
    repurchases: (spec.repurchases ?? []).map((r, i) => repurchase(r, i + 2)),
    treasurySales: (spec.treasurySales ?? []).map((s, i) => treasurySale(s, i + 2)),
    mandates: (spec.mandates ?? []).map((m, i) => mandate(m, i + 2)),
    log: (spec.log ?? []).map((e, i) => ({
      classKey: e.classKey ?? "A",
      closingDate: d(e.closingDate),
      closingIssued: e.closingIssued,
      closingTreasury: e.closingTreasury ?? 0,
      returnKind: e.returnKind ?? "Next Day Disclosure Return",
      origin: { sheet: "Log", row: i + 2, columns: { generatedAt: "A", closingDate: "B", classKey: "C", closingIssued: "D", closingTreasury: "E", returnKind: "G" } },
    })),
  };
}

/** Today in these tests, unless a test says otherwise: the day after the SenseTime placing. */
export const DEFAULT_TODAY = "2024-12-18";

export function generate(spec: LedgerSpec = {}, today: string = DEFAULT_TODAY): Generation {
  return generateReturn(buildLedger(spec), { today: d(today) });
}

/** The return of a generation that must have one (an issuer was given). */
export function returnOf(generation: Generation): NddrReturn {
  if (generation.nddr === null) throw new Error("expected a return, got none");
  return generation.nddr;
}

/** Section I of one class. */
export function classOf(generation: Generation, key = "A"): ClassReturn {
  const section = returnOf(generation).sectionI.find((c) => c.classKey === key);
  if (!section) throw new Error(`no Section I for class ${key}`);
  return section;
}

/** The findings' codes, in the order given. */
export const codes = (generation: Generation): string[] => generation.findings.map((f) => f.code);

/** Findings of one code, with where they point. */
export const findingsOf = (generation: Generation, code: string) => generation.findings.filter((f) => f.code === code);

// Event type labels used across the tests, spelled once.
export const T = {
  placingNew: "Placing/subscription - new shares involved",
  placingTreasury: "Placing/subscription - treasury shares involved",
  consideration: "Consideration issue",
  rights: "Rights issue",
  schemeNewDirectors: "Share scheme - new shares to directors",
  schemeTreasuryDirectors: "Share scheme - treasury shares to directors",
  schemeNewOthers: "Share scheme - new shares to other participants",
  schemeTreasuryOthers: "Share scheme - treasury shares to other participants",
  optionsOthers: "Exercise of options outside a share scheme - others",
  warrants: "Exercise of warrants",
  conversion: "Conversion of convertible securities",
  redemption: "Redemption of shares",
  cancelTreasury: "Cancellation of treasury shares",
  otherTreasuryTransfer: "Other sale or transfer of treasury shares",
  capitalReorganisation: "Capital reorganisation",
  other: "Other (please specify)",
} as const;
