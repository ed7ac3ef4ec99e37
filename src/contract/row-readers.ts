// One row parser per table of the NDDR: NDDR_Classes, NDDR_Movements, NDDR_Repurchases,
// NDDR_TreasurySales, NDDR_Mandates and NDDR_Log, and the cell readers the Monthly Return's tables share
// (stock codes, currencies).
import { CURRENCY_CODES } from "../domain/currencies";
import { findEventType, OTHER_LABEL, TYPEABLE_EVENT_LABELS, type EventType } from "../domain/event-types";
import { normalizeKey } from "../domain/text-key";
import { CellReader, clip, type CellAt } from "./cell-reader";
import type { RowParser, RowPlace } from "./parse-rows";
import type { CellValue } from "./grid";
import { HELD_AS, MANDATE_KINDS } from "./tables";
import { MONTHLY_RETURN_KIND, NDDR_KIND, ON_THE_EXCHANGE, REPURCHASE_METHODS, RETURN_KINDS, type ReturnKind, type ClassField, type LogEntry, type LogField, type Mandate, type MandateField, type Movement, type MovementField, type Repurchase, type RepurchaseField, type ShareClass, type TreasurySale, type TreasurySaleField } from "../domain/ledger";

const REQUIRED_POSITIVE = { required: true, positive: true } as const;
const POSITIVE = { positive: true } as const;
const SIGNED = { signed: true } as const;

const STOCK_CODE = /^\d{5}$/;
/** Class keys are short ids, repeated in every row and in messages about the class. */
const MAX_CLASS_KEY = 20;

export const readClass: RowParser<ClassField, ShareClass> = (get, r, place) => {
  let key = r.text(get("key"), "key", "Class key", true);
  if (key !== undefined && key.length > MAX_CLASS_KEY) {
    r.error("CLASS_KEY_TOO_LONG", `Class key "${clip(key, 30)}" has ${key.length} characters. Use a short id (at most ${MAX_CLASS_KEY}), e.g. B or H.`, "key");
    key = undefined;
  }
  const classOfShares = r.text(get("classOfShares"), "classOfShares", "Class of shares", true);
  // Blank, or the form's own "Not applicable": none, which each language's return words itself.
  const typed = r.text(get("typeOfShares"), "typeOfShares", "Type of shares");
  const typeOfShares = typed === "Not applicable" ? undefined : typed;
  const listed = r.yesNo(get("listed"), "listed", "Listed", true);
  const stockCode = readStockCode(r, get("stockCode"), "stockCode", "Stock code", listed === true);
  const description = r.text(get("description"), "description", "Description") ?? "";
  const mcCode = readStockCode(r, get("multiCounterStockCode"), "multiCounterStockCode", "Multi-counter stock code", false);
  const mcDescription = r.text(get("multiCounterDescription"), "multiCounterDescription", "Multi-counter description") ?? "";
  const openingIssued = r.shareCount(get("openingIssued"), "openingIssued", "Opening issued", { required: true });
  const openingTreasury = r.shareCount(get("openingTreasury"), "openingTreasury", "Opening treasury");
  // Without its key or its opening balances the class's arithmetic cannot be done; without the rest it can
  // (the return is blocked by their errors anyway, so the placeholders below never print).
  const treasuryUnreadable = openingTreasury === undefined && !CellReader.isEmpty(get("openingTreasury") ?? null);
  if (key === undefined || openingIssued === undefined || treasuryUnreadable) return undefined;
  return {
    key, classOfShares: classOfShares ?? "", typeOfShares, listed: listed ?? false, stockCode, description,
    multiCounter: mcCode ? { stockCode: mcCode, description: mcDescription } : undefined,
    openingIssued, openingTreasury: openingTreasury ?? 0, origin: place.origin(),
  };
};

export function readStockCode<F extends string>(r: CellReader<F>, value: CellValue | undefined, at: CellAt<F>, what: string, required: boolean): string | undefined {
  // A number of five digits (80020) lost no leading zero: it is the code.
  if (typeof value === "number" && Number.isInteger(value) && value >= 10_000 && value <= 99_999) return String(value);
  if (typeof value === "number" && Number.isFinite(value)) {
    r.error("STOCK_CODE_NOT_FIVE_DIGITS",
      `${what} ${value} is a number, so Excel dropped its leading zeros. Type it as text with five digits (e.g. '${String(value).padStart(5, "0")}).`, at);
    return undefined;
  }
  const code = r.text(value, at, what, required);
  if (code !== undefined && !STOCK_CODE.test(code)) {
    r.error("STOCK_CODE_NOT_FIVE_DIGITS", `${what} "${clip(code)}" is not five digits. HKEX stock codes have five digits, e.g. 00020.`, at);
    return undefined;
  }
  return code;
}

/** A reader of NDDR_Movements rows; it remembers each event type typed, as a ledger repeats a few labels over many rows. */
export const movementReader = (): RowParser<MovementField, Movement> => {
  const typeOfText = new Map<string, EventType | undefined>();
  const eventTypeOf = (text: string): EventType | undefined => {
    if (typeOfText.has(text)) return typeOfText.get(text);
    const type = findEventType(text);
    typeOfText.set(text, type);
    return type;
  };
  return (get, r, place) => readMovement(get, r, place, eventTypeOf);
};

function readMovement(
  get: (field: MovementField) => CellValue | undefined, r: CellReader<MovementField>, place: RowPlace<MovementField>,
  eventTypeOf: (text: string) => EventType | undefined,
): Movement | undefined {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const date = r.date(get("date"), "date", "Date", true);
  const typeText = r.text(get("eventType"), "eventType", "Event type", true);
  const type = typeText === undefined ? undefined : eventTypeOf(typeText);
  if (typeText !== undefined && (!type || type.generated)) {
    r.error(type ? "GENERATED_EVENT_TYPE" : "UNKNOWN_EVENT_TYPE", type
      ? `"${type.label}" lines are generated from ${type.label.startsWith("Sale") ? "NDDR_TreasurySales" : "NDDR_Repurchases"}; record the trade there instead.`
      : `Event type "${clip(typeText)}" is not one of the form's event types. Pick one from the dropdown (e.g. ${TYPEABLE_EVENT_LABELS[0]}).`,
      "eventType");
  }
  const details = r.text(get("details"), "details", "Details") ?? "";
  const given = type?.issued === "given";
  const shares = r.shareCount(get("shares"), "shares", "Shares", type !== undefined && !given ? REQUIRED_POSITIVE : POSITIVE);
  const issuedChange = r.shareCount(get("issuedChange"), "issuedChange", "Issued change", SIGNED);
  const treasuryChange = r.shareCount(get("treasuryChange"), "treasuryChange", "Treasury change", SIGNED);
  // "Other (please specify)" with details and no change is an information line, as issuers file
  // "See Part B" when only Part B moved; any other such row is missing its changes.
  const informational = type?.label === OTHER_LABEL && details.trim() !== "";
  if (given && r.ok && !issuedChange && !treasuryChange && !informational) {
    r.error("MISSING_VALUE", `"${type!.label}" rows state their own changes: fill Issued change and/or Treasury change (signed)` +
      (type?.label === OTHER_LABEL ? `, or Details for a line that only informs (e.g. "See Part B").` : "."), "issuedChange");
  }
  const price = r.amount(get("price"), "price", "Price");
  const currency = readCurrency(r, get("currency"), "currency", false);
  if (price !== undefined && CellReader.isEmpty(get("currency") ?? null)) {
    r.error("PRICE_WITHOUT_CURRENCY", `A price needs its currency. Fill Currency (e.g. HKD).`, "currency");
  }
  const mandate = r.date(get("mandate"), "mandate", "Mandate");
  const cancelledOn = r.date(get("cancelledOn"), "cancelledOn", "Cancelled on");
  const grantedOn = r.date(get("grantedOn"), "grantedOn", "Granted on");
  if (classKey === undefined || date === undefined || !type || type.generated) return undefined;
  return { classKey, date, type, details, shares, issuedChange, treasuryChange, price, currency, mandate, cancelledOn, grantedOn, origin: place.origin() };
}

/**
 * A name of the Exchange itself, in English or Chinese: "Hong Kong Stock Exchange", "HKEX", "SEHK",
 * "HKSE", "(the) Exchange", 香港聯合交易所, 聯交所, 港交所, 香港交易所, 本交易所.
 */
export function namesTheExchange(name: string): boolean {
  const n = normalizeKey(name);
  return /hong kong|hkex|sehk|hkse/.test(n) || /^(the )?exchange$/.test(n) || /聯交所|港交所|香港交易所|香港聯合交易所|本交易所/.test(n);
}

export const readRepurchase: RowParser<RepurchaseField, Repurchase> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const tradingDate = r.date(get("tradingDate"), "tradingDate", "Trading date", true);
  const shares = r.shareCount(get("shares"), "shares", "Shares", REQUIRED_POSITIVE);
  const method = r.oneOf(get("method"), "method", "Method", REPURCHASE_METHODS, "UNKNOWN_METHOD", true);
  const exchange = r.text(get("exchange"), "exchange", "Exchange", method === "On another stock exchange");
  if (method === "On another stock exchange" && exchange !== undefined && namesTheExchange(exchange)) {
    r.error("EXCHANGE_IS_HKEX", `"${clip(exchange)}" is the Exchange itself: set Method to On the Exchange. Name another exchange only for repurchases made there.`, "exchange");
  }
  const highest = r.amount(get("highest"), "highest", "Highest price", true);
  const lowest = r.amount(get("lowest"), "lowest", "Lowest price");
  const aggregate = r.amount(get("aggregate"), "aggregate", "Aggregate price", true);
  const currency = readCurrency(r, get("currency"), "currency", true);
  const heldAs = r.oneOf(get("heldAs"), "heldAs", "Held as", HELD_AS, "UNKNOWN_HELD_AS", true);
  const cancelledOn = r.date(get("cancelledOn"), "cancelledOn", "Cancelled on");
  const mandate = r.date(get("mandate"), "mandate", "Mandate");
  if (!classKey || !tradingDate || shares === undefined || !method || highest === undefined || aggregate === undefined || !currency || !heldAs) return undefined;
  return { classKey, tradingDate, shares, method, exchange, highest, lowest, aggregate, currency, heldAs, cancelledOn, mandate, origin: place.origin() };
};

export const readTreasurySale: RowParser<TreasurySaleField, TreasurySale> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const tradingDate = r.date(get("tradingDate"), "tradingDate", "Trading date", true);
  const shares = r.shareCount(get("shares"), "shares", "Shares", REQUIRED_POSITIVE);
  const venue = r.text(get("exchange"), "exchange", "Exchange", true);
  // "on the exchange" in any case is the Exchange; another name of it is refused rather than printed as a second exchange.
  const exchange = venue !== undefined && venue.toLowerCase() === ON_THE_EXCHANGE.toLowerCase() ? ON_THE_EXCHANGE : venue;
  if (exchange !== undefined && exchange !== ON_THE_EXCHANGE && namesTheExchange(exchange)) {
    r.error("EXCHANGE_IS_HKEX", `"${clip(exchange)}" is the Exchange itself: write On the Exchange. Name another exchange only for sales made there.`, "exchange");
  }
  const highest = r.amount(get("highest"), "highest", "Highest price", true);
  const lowest = r.amount(get("lowest"), "lowest", "Lowest price");
  const aggregate = r.amount(get("aggregate"), "aggregate", "Aggregate price", true);
  const currency = readCurrency(r, get("currency"), "currency", true);
  const mandate = r.date(get("mandate"), "mandate", "Mandate");
  if (!classKey || !tradingDate || shares === undefined || !exchange || highest === undefined || aggregate === undefined || !currency) return undefined;
  return { classKey, tradingDate, shares, exchange, highest, lowest, aggregate, currency, mandate, origin: place.origin() };
};

export const readMandate: RowParser<MandateField, Mandate> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const kind = r.oneOf(get("kind"), "kind", "Kind", MANDATE_KINDS, "UNKNOWN_MANDATE_KIND", true);
  const resolutionDate = r.date(get("resolutionDate"), "resolutionDate", "Resolution date", true);
  const authorised = r.shareCount(get("authorised"), "authorised", "Shares authorised", { required: true });
  const issuedAtResolution = r.shareCount(get("issuedAtResolution"), "issuedAtResolution", "Issued shares at resolution", { required: true });
  const usedBeforeLedger = r.shareCount(get("usedBeforeLedger"), "usedBeforeLedger", "Used before ledger") ?? 0;
  if (!classKey || !kind || !resolutionDate || authorised === undefined || issuedAtResolution === undefined) return undefined;
  return { classKey, kind, resolutionDate, authorised, issuedAtResolution, usedBeforeLedger, origin: place.origin() };
};

export function readCurrency<F extends string>(r: CellReader<F>, value: CellValue | undefined, at: CellAt<F>, required: boolean): string | undefined {
  const text = r.text(value, at, "Currency", required);
  const currency = text === undefined || CURRENCY_CODES.has(text) ? text : text.toUpperCase();
  if (currency !== undefined && !CURRENCY_CODES.has(currency)) {
    r.error("UNKNOWN_CURRENCY", `Currency "${clip(currency)}" is not an ISO currency code (e.g. HKD, USD, RMB).`, at);
    return undefined;
  }
  return currency;
}

/** The forms' codes and the usual short names, as secretaries write them. */
const RETURN_KIND_ALIASES: ReadonlyMap<string, ReturnKind> = new Map([
  ["nddr", NDDR_KIND], ["ff305", NDDR_KIND], ["mr", MONTHLY_RETURN_KIND], ["ff301", MONTHLY_RETURN_KIND],
]);

export const readLogEntry: RowParser<LogField, LogEntry> = (get, r, place) => {
  const closingDate = r.date(get("closingDate"), "closingDate", "Closing date", true);
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const closingIssued = r.shareCount(get("closingIssued"), "closingIssued", "Closing issued", { required: true });
  const closingTreasury = r.shareCount(get("closingTreasury"), "closingTreasury", "Closing treasury", { required: true });
  const kindCell = get("returnKind");
  const alias = typeof kindCell === "string" ? RETURN_KIND_ALIASES.get(kindCell.trim().toLowerCase()) : undefined;
  const returnKind = alias ?? r.oneOf(kindCell, "returnKind", "Return", RETURN_KINDS, "UNKNOWN_RETURN_KIND", false) ?? NDDR_KIND;
  if (!closingDate || !classKey || closingIssued === undefined || closingTreasury === undefined) return undefined;
  return { closingDate, classKey, closingIssued, closingTreasury, returnKind, origin: place.origin() };
};
