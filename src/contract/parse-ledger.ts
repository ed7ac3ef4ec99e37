// Turns the contract's tables (as 2-D grids) into the typed ledger the domain works on, with a
// finding at each cell that cannot be read. Rows with an error are left out of the ledger: the
// errors block the return anyway, and the remaining rows still get their cross-row checks.
import { CURRENCY_CODES } from "../domain/currencies";
import { finding, type Finding } from "../domain/finding";
import { findEventType, OTHER_LABEL, TYPEABLE_EVENT_LABELS, type EventType } from "../domain/event-types";
import type { Ledger } from "../domain/ledger";
import { parseIssuer } from "./parse-issuer";
import { CellReader, clip, type CellAt } from "./cell-reader";
import { RowSet } from "./row-set";
import { contractTableName, nearContractName } from "./table-names";
import { columnLetters, dataCellAddress, headerCellAddress, headerKey, isErrorValue, serialOffset, type CellValue, type TableGrid } from "./grid";
import { CLASSES_TABLE, HELD_AS, ISSUER_TABLE, LOG_TABLE, MANDATE_KINDS, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE, type TableSpec } from "./tables";
import {
  MONTHLY_RETURN_KIND, NDDR_KIND, ON_THE_EXCHANGE, REPURCHASE_METHODS, RETURN_KINDS, type ReturnKind,
  type ClassField, type LogEntry, type LogField, type Mandate, type MandateField, type Movement, type MovementField, type Repurchase, type RepurchaseField,
  type RowOrigin, type ShareClass, type TreasurySale, type TreasurySaleField,
} from "../domain/ledger";

export interface ParsedLedger {
  readonly ledger: Ledger;
  readonly findings: readonly Finding[];
}

export function parseLedger(tables: readonly TableGrid[]): ParsedLedger {
  const { byName, misnamed, findings } = contractTables(tables);
  // Each table's rows, with their findings added to the ledger's in table order.
  const rowsOf = <F extends string, T>(grid: TableGrid, spec: TableSpec<F>, read: RowParser<F, T>, options?: { keepRowsWithErrors?: boolean }): T[] => {
    const parsed = parseRows(grid, spec, read, options);
    findings.push(...parsed.findings);
    return parsed.rows;
  };
  const table = (name: string, required: boolean): TableGrid | undefined => {
    const grid = byName.get(name.toLowerCase());
    if (!grid && required && !misnamed.has(name)) {
      findings.push(finding("MISSING_TABLE", "error",
        `The workbook has no table named ${name}. Create it with "nddr template" (or Set up input tables in the add-in) and copy your data into it.`));
    }
    return grid;
  };

  const issuerGrid = table(ISSUER_TABLE.name, ISSUER_TABLE.required);
  const settings = issuerGrid ? parseIssuer(issuerGrid) : undefined;
  if (settings) findings.push(...settings.findings);
  const issuer = settings?.issuer;
  const classesGrid = table(CLASSES_TABLE.name, CLASSES_TABLE.required);
  // Keys of class rows left out for an error in their key or opening balances: their movements are not
  // "unknown class keys" (the class's own error already blocks the return), so they are left out too
  // rather than reported again. A class whose error leaves its arithmetic whole (a stock code, a name) is
  // kept, so that its rows still get every check (rule 22); its error blocks the return anyway.
  const rejectedKeys = new Map<string, string>();
  const classes = classesGrid ? rowsOf(classesGrid, CLASSES_TABLE, (get, r, place) => {
    const cls = readClass(get, r, place);
    const key = get("key");
    if (cls === undefined && !CellReader.isEmpty(key ?? null) && !isErrorValue(key!)) rejectedKeys.set(String(key).trim().toLowerCase(), String(key).trim());
    return cls;
  }, { keepRowsWithErrors: true }) : [];
  for (const cls of classes) rejectedKeys.delete(cls.key.toLowerCase());
  const movementsGrid = table(MOVEMENTS_TABLE.name, MOVEMENTS_TABLE.required);
  const keep = <R extends { classKey: string }>(rows: R[]) =>
    rejectedKeys.size === 0 ? rows : rows.filter((r) => !rejectedKeys.has(r.classKey.toLowerCase()));
  const movements = keep(movementsGrid ? rowsOf(movementsGrid, MOVEMENTS_TABLE, movementReader()) : []);
  const repurchasesGrid = table(REPURCHASES_TABLE.name, REPURCHASES_TABLE.required);
  const repurchases = keep(repurchasesGrid ? rowsOf(repurchasesGrid, REPURCHASES_TABLE, readRepurchase) : []);
  const salesGrid = table(TREASURY_SALES_TABLE.name, TREASURY_SALES_TABLE.required);
  const treasurySales = keep(salesGrid ? rowsOf(salesGrid, TREASURY_SALES_TABLE, readTreasurySale) : []);
  const mandatesGrid = table(MANDATES_TABLE.name, MANDATES_TABLE.required);
  const mandates = keep(mandatesGrid ? rowsOf(mandatesGrid, MANDATES_TABLE, readMandate) : []);
  if (issuerGrid && !movementsGrid && !repurchasesGrid && !salesGrid && ![MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE].some((t) => misnamed.has(t.name))) {
    findings.push(finding("NO_LEDGER_TABLE", "error",
      `The workbook has issuer settings but no ${MOVEMENTS_TABLE.name}, ${REPURCHASES_TABLE.name} or ${TREASURY_SALES_TABLE.name} table, so no change can be counted. ` +
      `Add ${MOVEMENTS_TABLE.name} (nddr template, or Set up input tables in the add-in) and record the changes there.`));
  }
  const logGrid = table(LOG_TABLE.name, LOG_TABLE.required);
  const log = logGrid ? rowsOf(logGrid, LOG_TABLE, readLogEntry) : [];
  const rejectedClassKeys = [...rejectedKeys.values()];
  const classesUnread = classesGrid ? {} : { classesUnread: true };
  return { ledger: { issuer, classes, movements, repurchases, treasurySales, mandates, log, rejectedClassKeys, ...classesUnread }, findings };
}

/**
 * The contract's tables by lower-case name (Excel's names ignore case), and the contract names of the
 * tables found only under a near name. A near name is an error when the contract table is missing (its
 * rows would silently be left out), a warning beside it; a second table of one name is an error.
 */
function contractTables(tables: readonly TableGrid[]): { byName: Map<string, TableGrid>; misnamed: Set<string>; findings: Finding[] } {
  const findings: Finding[] = [];
  const byName = new Map<string, TableGrid>();
  for (const t of tables) {
    const key = t.name.toLowerCase();
    const first = byName.get(key);
    if (!first) byName.set(key, t);
    else if (contractTableName(t.name)) {
      findings.push(finding("DUPLICATE_TABLE", "error",
        `A second table is named ${t.name} (the first is on sheet ${first.sheet}); Excel table names are unique whatever their case, and only the first is read. Rename this one or move its rows into the first.`,
        { sheet: t.sheet, cell: headerCellAddress(t, 0) }));
    }
  }
  const misnamed = new Set<string>();
  for (const t of tables) {
    const intended = nearContractName(t.name);
    if (!intended) continue;
    const at = { sheet: t.sheet, cell: headerCellAddress(t, 0) };
    if (byName.has(intended.toLowerCase())) {
      findings.push(finding("MISNAMED_TABLE", "warning",
        `The table "${clip(t.name)}" is not read: only ${intended} is. If its rows belong in the return, move them into ${intended}; otherwise rename it so that it does not look like ${intended}.`, at));
    } else {
      misnamed.add(intended);
      findings.push(finding("MISNAMED_TABLE", "error",
        `The table "${clip(t.name)}" is not read, because its name is not ${intended}. Rename it to ${intended} (Table Design → Table Name).`, at));
    }
  }
  return { byName, misnamed, findings };
}

export type RowParser<F extends string, T> = (get: (field: F) => CellValue | undefined, r: CellReader<F>, place: RowPlace<F>) => T | undefined;

/** The row being read: its number, and its RowOrigin for the row the parser keeps. */
export interface RowPlace<F extends string> {
  readonly row: number;
  origin(): RowOrigin<F>;
}

/**
 * Maps headers to fields, then reads each non-empty row; reports missing columns and repeated rows. A row
 * with an error is left out, unless `keepRowsWithErrors`: then the row parser decides (it returns undefined
 * for a row it cannot use).
 */
export function parseRows<F extends string, T>(
  grid: TableGrid, spec: TableSpec<F>, read: RowParser<F, T>, options: { keepRowsWithErrors?: boolean } = {},
): { rows: T[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const columnOf = new Map<F, number>();
  grid.headers.forEach((header, index) => {
    const col = spec.columns.find((c) => headerKey(c.header) === headerKey(header));
    if (!col) return;
    if (columnOf.has(col.field)) {
      findings.push(finding("DUPLICATE_COLUMN", "warning",
        `${spec.name} has the column "${col.header}" twice; the first one is read. Rename or delete the other.`,
        { sheet: grid.sheet, cell: headerCellAddress(grid, index) }));
    } else {
      columnOf.set(col.field, index);
    }
  });
  const missing = spec.columns.filter((c) => c.required && !columnOf.has(c.field));
  for (const col of missing) {
    findings.push(finding("MISSING_COLUMN", "error",
      `${spec.name} has no column "${col.header}". Add it to the table's header row.`,
      { sheet: grid.sheet, cell: headerCellAddress(grid, 0) }));
  }
  if (missing.length > 0) return { rows: [], findings };

  const columns = spec.columns.map((c) => columnOf.get(c.field) ?? -1);
  const indexOf = Object.fromEntries(spec.columns.map((c, i) => [c.field, columns[i]])) as Record<F, number>;
  // The column letters of the table's fields, one object that every row's origin shares.
  const columnLetterOf: Partial<Record<F, string>> = {};
  for (const [field, index] of columnOf) columnLetterOf[field] = columnLetters(grid.firstColumn + index);
  const sheet = grid.sheet;
  const out: T[] = [];
  // One reader state per table rather than closures and origins per row: a 100,000-row ledger made
  // millions of them. `get` and `place` refer to the row being read; a cell's reference is made only
  // for a finding.
  const place = { row: 0, origin: (): RowOrigin<F> => ({ sheet, row: place.row, columns: columnLetterOf }) };
  const reader = new CellReader<F>(serialOffset(grid),
    (field) => ({ sheet, cell: dataCellAddress(grid, place.row - grid.headerRow - 1, columnOf.get(field) ?? 0) }));
  const seenRows = new RowSet<number>(columns);
  let values: readonly CellValue[] = [];
  const get = (field: F) => {
    const index = indexOf[field];
    return index < 0 ? undefined : values[index];
  };
  for (let i = 0; i < grid.rows.length; i++) {
    values = grid.rows[i] ?? [];
    if (isBlankRow(values, columns)) continue;
    place.row = grid.headerRow + 1 + i;
    const first = seenRows.seenBefore(values, place.row);
    if (first !== undefined) {
      reader.warning("DUPLICATE_ROW",
        `This row repeats row ${first} of ${spec.name} exactly. If it is a second, separate event keep it; otherwise delete it.`,
        spec.columns[0].field);
    }
    reader.restart();
    const parsed = read(get, reader, place);
    if (parsed !== undefined && (reader.ok || options.keepRowsWithErrors)) out.push(parsed);
  }
  return { rows: out, findings: [...findings, ...reader.findings] };
}

function isBlankRow(values: readonly CellValue[], columns: readonly number[]): boolean {
  for (const c of columns) if (c >= 0 && !CellReader.isEmpty(values[c])) return false;
  return true;
}

// Options of the share counts read in every row, made once: a new object per cell was a third of what
// parsing a large ledger allocated.
const REQUIRED_POSITIVE = { required: true, positive: true } as const;
const POSITIVE = { positive: true } as const;
const SIGNED = { signed: true } as const;

const STOCK_CODE = /^\d{5}$/;
/** Class keys are short ids, repeated in every row and in messages about the class. */
const MAX_CLASS_KEY = 20;

const readClass: RowParser<ClassField, ShareClass> = (get, r, place) => {
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
const movementReader = (): RowParser<MovementField, Movement> => {
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

const readRepurchase: RowParser<RepurchaseField, Repurchase> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const tradingDate = r.date(get("tradingDate"), "tradingDate", "Trading date", true);
  const shares = r.shareCount(get("shares"), "shares", "Shares", REQUIRED_POSITIVE);
  const method = r.oneOf(get("method"), "method", "Method", REPURCHASE_METHODS, "UNKNOWN_METHOD", true);
  const exchange = r.text(get("exchange"), "exchange", "Exchange", method === "On another stock exchange");
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

const readTreasurySale: RowParser<TreasurySaleField, TreasurySale> = (get, r, place) => {
  const classKey = r.text(get("classKey"), "classKey", "Class key", true);
  const tradingDate = r.date(get("tradingDate"), "tradingDate", "Trading date", true);
  const shares = r.shareCount(get("shares"), "shares", "Shares", REQUIRED_POSITIVE);
  const venue = r.text(get("exchange"), "exchange", "Exchange", true);
  // "on the exchange" in any case is the Exchange; "Hong Kong Stock Exchange" would be too, but a
  // user who types it means the same, so say so rather than print a second exchange.
  const exchange = venue !== undefined && venue.toLowerCase() === ON_THE_EXCHANGE.toLowerCase() ? ON_THE_EXCHANGE : venue;
  if (exchange !== undefined && exchange !== ON_THE_EXCHANGE && /hong kong|hkex|sehk/i.test(exchange)) {
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

const readMandate: RowParser<MandateField, Mandate> = (get, r, place) => {
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

const readLogEntry: RowParser<LogField, LogEntry> = (get, r, place) => {
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
