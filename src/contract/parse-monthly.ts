// The Monthly Return's tables (MR_*) as typed rows, with a finding at each cell that cannot be read, by
// the same row reader as the NDDR tables. parseMonthlyLedger is parseLedger plus these (NDDR_Log, with
// its Return column, is the NDDR parser's).
import Decimal from "decimal.js";
import type { IsoDate } from "../domain/dates";
import type { Finding } from "../domain/finding";
import {
  INSTRUMENT_MOVEMENTS, INSTRUMENT_SECTIONS, OPTION_MOVEMENTS,
  type AuthorisedCapital, type AuthorisedCapitalField, type Instrument, type InstrumentField, type InstrumentMovement,
  type InstrumentMovementField, type MonthlyInput, type MonthlyLedger, type OptionMovement, type OptionMovementField,
  type PublicFloat, type PublicFloatField, type SchemeField, type ShareScheme,
} from "../domain/monthly-return/input";
import { CellReader, exactAmount, type AmountValue } from "./cell-reader";
import type { CellValue, TableGrid } from "./grid";
import { parseLedger } from "./parse-ledger";
import { parseRows, type RowParser, type RowPlace } from "./parse-rows";
import { readCurrency, readStockCode } from "./row-readers";
import {
  MR_AUTHORISED_CAPITAL_TABLE, MR_INSTRUMENT_MOVEMENTS_TABLE, MR_INSTRUMENTS_TABLE,
  MR_OPTION_MOVEMENTS_TABLE, MR_PUBLIC_FLOAT_TABLE, MR_SCHEMES_TABLE, type TableSpec,
} from "./tables";

export interface ParsedMonthlyLedger {
  readonly ledger: MonthlyLedger;
  readonly findings: readonly Finding[];
}

/** The NDDR ledger and the Monthly Return's tables, with the findings of both. */
export function parseMonthlyLedger(tables: readonly TableGrid[]): ParsedMonthlyLedger {
  const nddr = parseLedger(tables);
  const { monthly, findings } = parseMonthlyInput(tables);
  return { ledger: { ...nddr.ledger, monthly }, findings: [...nddr.findings, ...findings] };
}

/** The MR_* tables (each optional), and the findings of reading them. */
export function parseMonthlyInput(tables: readonly TableGrid[]): { monthly: MonthlyInput; findings: Finding[] } {
  const findings: Finding[] = [];
  const byName = new Map<string, TableGrid>();
  for (const t of tables) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t);
  const rows = <F extends string, T>(spec: TableSpec<F>, read: RowParser<F, T>): T[] => {
    const grid = byName.get(spec.name.toLowerCase());
    if (!grid) return [];
    const parsed = parseRows(grid, spec, read);
    findings.push(...parsed.findings);
    return parsed.rows;
  };
  const monthly = {
    authorisedCapital: rows(MR_AUTHORISED_CAPITAL_TABLE, readAuthorisedCapital),
    schemes: rows(MR_SCHEMES_TABLE, readScheme),
    optionMovements: rows(MR_OPTION_MOVEMENTS_TABLE, readOptionMovement),
    instruments: rows(MR_INSTRUMENTS_TABLE, readInstrument),
    instrumentMovements: rows(MR_INSTRUMENT_MOVEMENTS_TABLE, readInstrumentMovement),
    publicFloat: rows(MR_PUBLIC_FLOAT_TABLE, readPublicFloat),
  };
  return { monthly, findings };
}

const decimal = (value: AmountValue | undefined): Decimal | undefined => (value === undefined ? undefined : exactAmount(value));
const POSITIVE = { required: true, positive: true } as const;

const readAuthorisedCapital: RowParser<AuthorisedCapitalField, AuthorisedCapital> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const from = r.date(get("from"), "from", "From");
  const authorised = r.shareCount(get("authorised"), "authorised", "Authorised shares", { required: true });
  const parValue = decimal(r.amount(get("parValue"), "parValue", "Par value", true));
  if (parValue?.isZero()) r.error("PAR_VALUE_ZERO", `Par value is 0. Type the par value per share (e.g. 0.00001); a class without par value has no authorised capital: leave it out of this table.`, "parValue");
  const currency = readCurrency(r, get("currency"), "currency", true);
  if (!classKey || authorised === undefined || !parValue || !currency) return undefined;
  return { classKey, from, authorised, parValue, currency, origin: place.origin() };
};

const readScheme: RowParser<SchemeField, ShareScheme> = (get, r, place) => {
  const key = r.text(get("key"), "key", "Scheme key", true);
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const particulars = r.text(get("particulars"), "particulars", "Particulars", true);
  const approvalDate = r.date(get("approvalDate"), "approvalDate", "Approval date");
  const outstandingAt = r.date(get("outstandingAt"), "outstandingAt", "Outstanding at", true);
  const outstanding = r.shareCount(get("outstanding"), "outstanding", "Outstanding", { required: true });
  if (!key || !classKey || !particulars || !outstandingAt || outstanding === undefined) return undefined;
  return { key, classKey, particulars, approvalDate, outstandingAt, outstanding, origin: place.origin() };
};

const readOptionMovement: RowParser<OptionMovementField, OptionMovement> = (get, r, place) => {
  const schemeKey = r.text(get("schemeKey"), "schemeKey", "Scheme key", true);
  const date = r.date(get("date"), "date", "Date", true);
  const movement = r.oneOf(get("movement"), "movement", "Movement", OPTION_MOVEMENTS, "UNKNOWN_MOVEMENT", true);
  // Only an adjustment is signed: a reorganisation can take options away (consolidation) or add them (subdivision).
  const adjusted = movement === "Adjusted";
  const options = r.shareCount(get("options"), "options", "Options", adjusted ? { required: true, signed: true } : POSITIVE);
  if (adjusted && options === 0) {
    r.error("ADJUSTMENT_ZERO", `Options is 0 on an Adjusted row. Type the change the capital reorganisation made to the options outstanding, ` +
      `signed (-8350000 when a 2-into-1 consolidation halves 16,700,000 options; positive for a subdivision), or delete the row.`, "options");
  }
  const exercisePrice = decimal(r.amount(get("exercisePrice"), "exercisePrice", "Exercise price", movement === "Exercised"));
  const currency = readCurrency(r, get("currency"), "currency", false);
  if (exercisePrice !== undefined && CellReader.isEmpty(get("currency"))) {
    r.error("PRICE_WITHOUT_CURRENCY", `A price needs its currency. Fill Currency (e.g. HKD).`, "currency");
  }
  if (!schemeKey || !date || !movement || options === undefined || (adjusted && options === 0)) return undefined;
  return { schemeKey, date, movement, options, exercisePrice, currency, origin: place.origin() };
};

const readInstrument: RowParser<InstrumentField, Instrument> = (get, r, place) => {
  const key = r.text(get("key"), "key", "Instrument key", true);
  const section = r.oneOf(get("section"), "section", "Section", INSTRUMENT_SECTIONS, "UNKNOWN_SECTION", true);
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const description = r.text(get("description"), "description", "Description", true);
  const type = r.text(get("type"), "type", "Type");
  const stockCode = readStockCode(r, get("stockCode"), "stockCode", "Stock code", false);
  const shares = section === "Other arrangement";
  // Warrants and convertibles are amounts of money; another arrangement counts the shares still issuable.
  const currency = readCurrency(r, get("currency"), "currency", section !== undefined && !shares);
  const outstandingAt = r.date(get("outstandingAt"), "outstandingAt", "Outstanding at", true);
  const outstanding = shares
    ? r.shareCount(get("outstanding"), "outstanding", "Outstanding", { required: true })
    : decimal(r.amount(get("outstanding"), "outstanding", "Outstanding", true));
  const conversionPrice = decimal(r.amount(get("conversionPrice"), "conversionPrice", "Conversion price"));
  const approvalDate = r.date(get("approvalDate"), "approvalDate", "Approval date");
  if (!key || !section || !classKey || !description || !outstandingAt || outstanding === undefined) return undefined;
  return {
    key, section, classKey, description, type, stockCode, currency, outstandingAt, outstanding: new Decimal(outstanding),
    conversionPrice, approvalDate, origin: place.origin(),
  };
};

const readInstrumentMovement: RowParser<InstrumentMovementField, InstrumentMovement> = (get, r, place) => {
  const instrumentKey = r.text(get("instrumentKey"), "instrumentKey", "Instrument key", true);
  const date = r.date(get("date"), "date", "Date", true);
  const movement = r.oneOf(get("movement"), "movement", "Movement", INSTRUMENT_MOVEMENTS, "UNKNOWN_MOVEMENT", true);
  if (movement === "Adjusted") return readInstrumentAdjustment(get, r, place, instrumentKey, date);
  const amount = decimal(r.amount(get("amount"), "amount", "Amount", true));
  if (amount?.isZero()) r.error("ZERO_SHARES", `Amount is 0. Type the amount concerned, or delete the row.`, "amount");
  if (!CellReader.isEmpty(get("conversionPrice"))) {
    r.warning("CONVERSION_PRICE_NOT_ADJUSTED", `Conversion price is read only on an Adjusted row (the price after a capital reorganisation); ` +
      `on this ${movement ?? "movement"} row it is not used. Clear it, or record the new price on an Adjusted row.`, "conversionPrice");
  }
  if (!instrumentKey || !date || !movement || !amount) return undefined;
  return { instrumentKey, date, movement, amount, origin: place.origin() };
};

/**
 * An Adjusted row: a capital reorganisation's signed change in the amount outstanding (in shares for
 * another arrangement) and, for warrants and convertibles, whose amount a reorganisation leaves alone,
 * the price per share from its date. One of the two must be there.
 */
function readInstrumentAdjustment(
  get: (field: InstrumentMovementField) => CellValue | undefined, r: CellReader<InstrumentMovementField>, place: RowPlace<InstrumentMovementField>,
  instrumentKey: string | undefined, date: IsoDate | undefined,
): InstrumentMovement | undefined {
  const amount = decimal(r.signedAmount(get("amount"), "amount", "Amount")) ?? new Decimal(0);
  const price = decimal(r.amount(get("conversionPrice"), "conversionPrice", "Conversion price"));
  const conversionPrice = price && !price.isZero() ? price : undefined;
  if (amount.isZero() && !conversionPrice) {
    r.error("ADJUSTMENT_ZERO", `An Adjusted row needs what the capital reorganisation changed: the Conversion price from this date (warrants, convertibles), ` +
      `or, for Other arrangement, the signed change in shares in Amount (e.g. -500000 when a 2-into-1 consolidation halves 1,000,000). Fill one, or delete the row.`, "amount");
    return undefined;
  }
  if (!instrumentKey || !date) return undefined;
  return { instrumentKey, date, movement: "Adjusted", amount, conversionPrice, origin: place.origin() };
}

const readPublicFloat: RowParser<PublicFloatField, PublicFloat> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const date = r.date(get("month"), "month", "Month", true);
  const complied = r.yesNo(get("complied"), "complied", "Complied", true);
  const requirement = r.text(get("requirement"), "requirement", "Requirement", true);
  if (!classKey || !date || complied === undefined || !requirement) return undefined;
  return { classKey, month: date.slice(0, 7), complied, requirement, origin: place.origin() };
};
