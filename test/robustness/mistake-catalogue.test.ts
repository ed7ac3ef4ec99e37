// The catalogue of input mistakes (docs/input-mistakes.md): each case breaks one thing in a valid set of
// tables and must give its finding at its cell. The document is checked against these cases, and every
// finding code in src/ must appear in it, so it cannot go stale. After adding a case or changing a
// message, rewrite the document with: UPDATE_DOCS=1 npx jest test/robustness/mistake-catalogue
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { readContractTables } from "../../src/files/return-files";
import { excelStyleFromGrids } from "../support/excel-style-xlsx";
import { columnLetters } from "../../src/common/a1";
import { parseLedger } from "../../src/contract/parse-ledger";
import { CLASSES_TABLE, ISSUER_FIELDS, LOG_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE, type TableSpec } from "../../src/contract/tables";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import { severityLabel, type Finding } from "../../src/domain/finding";
import { generateReturn } from "../../src/domain/generate-return";
import { bothHosts, withoutGenerator, workbookFromGrids } from "../support/parity";

const ROOT = resolve(__dirname, "../..");
const DOC = join(ROOT, "docs/input-mistakes.md");
const s = (iso: string) => isoDateToExcelSerial(iso as IsoDate);
type Row = CellValue[];

// --- a valid ledger: SenseTime's placing, a repurchase of October (cancelled), its mandate ----------

const SETTINGS: Record<string, CellValue> = {
  "Issuer name": "SenseTime Group Inc.", "Board": "Main Board", "Status": "Resubmission", "Date submitted": s("2024-12-18"),
  "Opening date": s("2024-11-30"), "Submitted by": "Xu Li", "Title": "Director", "Primary listing": "Yes",
  "Percentage decimals": 2, "Price decimals": 4,
};

interface Tables {
  issuer: Row[];
  classes: Row[];
  movements: Row[];
  repurchases: Row[];
  mandates: Row[];
  log: Row[];
  sales: Row[];
  headers: Partial<Record<keyof Omit<Tables, "headers" | "dropped" | "names" | "copies">, CellValue[]>>;
  dropped: string[];
  /** Names the tables go by instead of the contract's (NDDR_Movements → NDDR_Movements3). */
  names: Record<string, string>;
  /** Copies of a table under another name, on a sheet of their own. */
  copies: { of: string; name: string; sheet: string }[];
  /** A row typed just under a table, outside it (by table name). */
  below: Record<string, Row>;
}

function base(): Tables {
  return {
    // Issuer: one row per setting in the template's order, so setting i has its Value at B(i + 2).
    issuer: ISSUER_FIELDS.map((f) => [f.label, SETTINGS[f.label] ?? null]),
    classes: [
      ["B", "WVR ordinary shares", "B", "Yes", "00020", null, "80020", "RMB", 34_528_336_530, 1_000_000],
      ["A", "WVR ordinary shares", "A", "No", null, null, null, null, 614_034_470, 0],
    ],
    movements: [["B", s("2024-12-17"), "Placing/subscription - new shares involved", "Placing of 17 December 2024", 1_865_000_000, null, null, 1.5, "HKD"]],
    repurchases: [["B", s("2024-10-15"), 100_000, "On the Exchange", null, 1.6, 1.5, 155_000, "HKD", "Cancellation", s("2024-10-20"), null]],
    mandates: [["B", "Repurchase", s("2024-06-01"), 3_000_000_000, 34_000_000_000, 0]],
    log: [],
    sales: [],
    headers: {},
    dropped: [],
    names: {},
    copies: [],
    below: {},
  };
}

function grids(t: Tables): TableGrid[] {
  const grid = (spec: Pick<TableSpec, "name" | "sheet" | "columns">, key: keyof Tables["headers"], rows: Row[]): TableGrid =>
    ({ name: spec.name, sheet: spec.sheet, headerRow: 1, firstColumn: 1, headers: t.headers[key] ?? spec.columns.map((c) => c.header), rows });
  const all = [
    grid({ name: "NDDR_Issuer", sheet: "Issuer", columns: [{ header: "Field" }, { header: "Value" }] as unknown as TableSpec["columns"] }, "issuer", t.issuer),
    grid(CLASSES_TABLE, "classes", t.classes),
    grid(MOVEMENTS_TABLE, "movements", t.movements),
    grid(REPURCHASES_TABLE, "repurchases", t.repurchases),
    grid(MANDATES_TABLE, "mandates", t.mandates),
    ...(t.log.length ? [grid(LOG_TABLE, "log", t.log)] : []),
    ...(t.sales.length ? [grid(TREASURY_SALES_TABLE, "sales", t.sales)] : []),
  ];
  const kept = all.filter((g) => !t.dropped.includes(g.name))
    .map((g) => (t.below[g.name] ? { ...g, rowBelow: { row: g.headerRow + g.rows.length + 1, values: t.below[g.name] } } : g));
  const copies = t.copies.map((c) => ({ ...kept.find((g) => g.name === c.of)!, name: c.name, sheet: c.sheet }));
  return [...kept.map((g) => ({ ...g, name: t.names[g.name] ?? g.name })), ...copies];
}

function run(t: Tables): Finding[] {
  const parsed = parseLedger(grids(t));
  return [...generateReturn(parsed.ledger, { today: "2024-12-18" as IsoDate }, parsed.findings).findings];
}

// --- the cases --------------------------------------------------------------------------------------

const setting = (label: string) => ISSUER_FIELDS.findIndex((f) => f.label === label);
const col = (spec: TableSpec, header: string) => spec.columns.findIndex((c) => c.header === header);
const setIssuer = (label: string, v: CellValue) => (t: Tables) => { t.issuer[setting(label)][1] = v; };
const setCell = (key: "classes" | "movements" | "repurchases" | "mandates", spec: TableSpec, row: number, header: string, v: CellValue) =>
  (t: Tables) => { t[key][row][col(spec, header)] = v; };
const cls = (row: number, header: string, v: CellValue) => setCell("classes", CLASSES_TABLE, row, header, v);
const mov = (header: string, v: CellValue) => setCell("movements", MOVEMENTS_TABLE, 0, header, v);
const rep = (header: string, v: CellValue) => setCell("repurchases", REPURCHASES_TABLE, 0, header, v);
const addMovement = (...row: Row) => (t: Tables) => { t.movements.push(row); };
/** The October repurchase moved into the period (2 December 2024), still pending cancellation. */
const repurchaseInPeriod = (t: Tables) => {
  rep("Trading date", s("2024-12-02"))(t);
  rep("Cancelled on", null)(t);
};

/** One on-market sale of 1,000 treasury shares of class B at HKD 1.55. */
const sale = (exchange: string, date = "2024-12-16"): Row => ["B", s(date), 1_000, exchange, 1.55, null, 1_550, "HKD", null];

interface Case {
  readonly mistake: string;
  readonly code: string;
  readonly at: string | null;
  readonly change: (t: Tables) => void;
}

const CASES: Case[] = [
  // Tables and columns
  { mistake: "A required table is missing (deleted, or renamed)", code: "MISSING_TABLE", at: null, change: (t) => { t.dropped.push("NDDR_Classes"); } },
  { mistake: "A required column is deleted from a table", code: "MISSING_COLUMN", at: "Classes!A1", change: (t) => { t.headers.classes = CLASSES_TABLE.columns.filter((c) => c.header !== "Opening issued").map((c) => c.header); t.classes = t.classes.map((r) => r.filter((_, i) => i !== col(CLASSES_TABLE, "Opening issued"))); } },
  { mistake: "A required column's header is typed over", code: "MISSING_COLUMN", at: `Classes!${columnLetters(col(CLASSES_TABLE, "Opening issued") + 1)}1`, change: (t) => { t.headers.classes = CLASSES_TABLE.columns.map((c) => (c.header === "Opening issued" ? "Opening" : c.header)); } },
  { mistake: "NDDR_Issuer lacks its Field or Value column", code: "MISSING_COLUMN", at: "Issuer!A1", change: (t) => { t.headers.issuer = ["Field", "Setting value"]; } },
  { mistake: "An optional column's header is typed over, and a row needs that column", code: "MISSING_COLUMN", at: `Movements!${columnLetters(col(MOVEMENTS_TABLE, "Currency") + 1)}1`, change: (t) => { t.headers.movements = MOVEMENTS_TABLE.columns.map((c) => (c.header === "Currency" ? "Price currency" : c.header)); } },
  { mistake: "An optional column's header is typed over (its values would be left out)", code: "UNREAD_COLUMN", at: `Movements!${columnLetters(col(MOVEMENTS_TABLE, "Price") + 1)}1`, change: (t) => { t.headers.movements = MOVEMENTS_TABLE.columns.map((c) => (c.header === "Price" ? "Issue price" : c.header)); } },
  { mistake: "An optional column's header is cleared (Excel names it Column1)", code: "UNREAD_COLUMN", at: `Movements!${columnLetters(col(MOVEMENTS_TABLE, "Price") + 1)}1`, change: (t) => { t.headers.movements = MOVEMENTS_TABLE.columns.map((c) => (c.header === "Price" ? "Column1" : c.header)); } },
  { mistake: "A column appears twice in a table", code: "DUPLICATE_COLUMN", at: `Movements!${columnLetters(MOVEMENTS_TABLE.columns.length + 1)}1`, change: (t) => { t.headers.movements = [...MOVEMENTS_TABLE.columns.map((c) => c.header), "shares "]; } },
  // Issuer settings
  { mistake: "A required setting is left blank", code: "MISSING_VALUE", at: "Issuer!B2", change: setIssuer("Issuer name", null) },
  { mistake: "A required setting's row is deleted", code: "MISSING_SETTING", at: "Issuer!A1", change: (t) => { t.issuer.splice(setting("Title"), 1); } },
  { mistake: "A setting is given twice", code: "DUPLICATE_SETTING", at: `Issuer!A${ISSUER_FIELDS.length + 2}`, change: (t) => { t.issuer.push(["Board", "GEM"]); } },
  { mistake: "A row of NDDR_Issuer names no known setting", code: "UNKNOWN_SETTING", at: `Issuer!A${ISSUER_FIELDS.length + 2}`, change: (t) => { t.issuer.push(["Fax number", "2522 1122"]); } },
  { mistake: "A text longer than an Excel cell holds (a file written by another program)", code: "TEXT_TOO_LONG", at: "Issuer!B2", change: setIssuer("Issuer name", "S".repeat(40_000)) },
  { mistake: "Board is neither Main Board nor GEM", code: "UNKNOWN_BOARD", at: "Issuer!B3", change: setIssuer("Board", "Growth board") },
  { mistake: "Status is neither New Submission nor Resubmission", code: "UNKNOWN_STATUS", at: "Issuer!B4", change: setIssuer("Status", "Final") },
  { mistake: "A date typed day-first as text (30/11/2024)", code: "BAD_DATE", at: "Issuer!B6", change: setIssuer("Opening date", "30/11/2024") },
  { mistake: "A date with an impossible year (1989)", code: "DATE_OUT_OF_RANGE", at: "Issuer!B6", change: setIssuer("Opening date", "1989-11-30") },
  { mistake: "An Excel error value (#N/A) in a cell read", code: "EXCEL_ERROR_VALUE", at: "Issuer!B6", change: setIssuer("Opening date", { error: "#N/A" }) },
  { mistake: "The closing date is not after the opening date", code: "CLOSING_NOT_AFTER_OPENING", at: "Issuer!B7", change: setIssuer("Closing date", s("2024-11-29")) },
  { mistake: "Date submitted is before the closing date", code: "SUBMITTED_BEFORE_CLOSING", at: "Issuer!B5", change: setIssuer("Date submitted", s("2024-12-16")) },
  { mistake: "A row's date typed in a future year sets the closing date (Closing date and Date submitted blank)", code: "SUBMITTED_BEFORE_CLOSING", at: "Movements!B2", change: (t) => {
    setIssuer("Date submitted", null)(t); mov("Date", s("2052-12-17"))(t);
  } },
  { mistake: "Date submitted is after the deadline", code: "RETURN_LATE", at: "Issuer!B5", change: setIssuer("Date submitted", s("2024-12-20")) },
  { mistake: "A deadline in a year whose holidays are not gazetted yet (Lunar New Year 2028)", code: "HOLIDAYS_NOT_GAZETTED", at: "Issuer!B5", change: (t) => {
    setIssuer("Opening date", s("2027-12-31"))(t); setIssuer("Date submitted", s("2028-01-31"))(t); mov("Date", s("2028-01-25"))(t); t.mandates = []; t.repurchases = [];
  } },
  { mistake: "Primary listing is not Yes or No", code: "NOT_YES_NO", at: "Issuer!B10", change: setIssuer("Primary listing", "Maybe") },
  { mistake: "Percentage decimals outside 0–6", code: "OUT_OF_RANGE", at: "Issuer!B11", change: setIssuer("Percentage decimals", 9) },
  { mistake: "Percentage base is neither Class nor All classes", code: "UNKNOWN_PERCENTAGE_BASE", at: `Issuer!B${setting("Percentage base") + 2}`, change: setIssuer("Percentage base", "H class") },
  { mistake: "Confirmations names an item that does not exist", code: "UNKNOWN_CONFIRMATION", at: `Issuer!B${setting("Confirmations") + 2}`, change: setIssuer("Confirmations", "i,ix") },
  // Classes
  { mistake: "The same class key on two rows", code: "DUPLICATE_CLASS_KEY", at: "Classes!A4", change: (t) => { t.classes.push([...t.classes[1]]); } },
  { mistake: "One class typed twice under two keys (the return would print two blocks alike)", code: "CLASSES_PRINT_ALIKE", at: "Classes!A4", change: (t) => { t.classes.push(["B2", ...t.classes[0].slice(1)]); } },
  { mistake: "A class key pasted with a long text", code: "CLASS_KEY_TOO_LONG", at: "Classes!A2", change: cls(0, "Class key", "WVR ordinary shares of class B (listed)") },
  { mistake: "A stock code typed with four digits", code: "STOCK_CODE_NOT_FIVE_DIGITS", at: "Classes!E2", change: cls(0, "Stock code", "0020") },
  { mistake: "A stock code typed as a number, losing its leading zeros", code: "STOCK_CODE_NOT_FIVE_DIGITS", at: "Classes!E2", change: cls(0, "Stock code", 20) },
  { mistake: "Listed left blank", code: "MISSING_VALUE", at: "Classes!D2", change: cls(0, "Listed", null) },
  { mistake: "Words in a number column (\"34,528 million\")", code: "TEXT_IN_NUMBER_COLUMN", at: "Classes!I2", change: cls(0, "Opening issued", "34,528 million") },
  { mistake: "A number stored as text", code: "NUMBER_STORED_AS_TEXT", at: "Classes!I2", change: cls(0, "Opening issued", "34,528,336,530") },
  { mistake: "A fractional share count", code: "FRACTIONAL_SHARES", at: "Classes!I2", change: cls(0, "Opening issued", 34_528_336_530.5) },
  { mistake: "A negative share count", code: "NEGATIVE_SHARES", at: "Classes!J2", change: cls(0, "Opening treasury", -1_000) },
  { mistake: "A share count beyond 2^53", code: "NUMBER_TOO_LARGE", at: "Classes!I2", change: cls(0, "Opening issued", 1e16) },
  { mistake: "A number that is not finite", code: "NOT_A_NUMBER", at: "Classes!I2", change: cls(0, "Opening issued", Infinity) },
  { mistake: "Balances whose total cannot be counted exactly", code: "TOTAL_TOO_LARGE", at: "Classes!I2", change: (t) => { cls(0, "Opening issued", 9_000_000_000_000_000)(t); cls(0, "Opening treasury", 9_000_000_000_000_000)(t); } },
  { mistake: "Opening issued 0 for a class with issues", code: "PERCENT_WITHOUT_BASE", at: "Classes!I2", change: cls(0, "Opening issued", 0) },
  // Movements
  { mistake: "A class key not in NDDR_Classes", code: "UNKNOWN_CLASS_KEY", at: "Movements!A2", change: mov("Class key", "C") },
  { mistake: "An event type not on the form", code: "UNKNOWN_EVENT_TYPE", at: "Movements!C2", change: mov("Event type", "Placement") },
  { mistake: "A repurchase typed in NDDR_Movements", code: "GENERATED_EVENT_TYPE", at: "Movements!C2", change: mov("Event type", "Repurchase of shares (shares held as treasury shares)") },
  { mistake: "Shares 0", code: "ZERO_SHARES", at: "Movements!E2", change: mov("Shares", 0) },
  { mistake: "Shares left blank", code: "MISSING_VALUE", at: "Movements!E2", change: mov("Shares", null) },
  { mistake: "A capital reorganisation without the changes it makes", code: "MISSING_VALUE", at: "Movements!F3", change: addMovement("B", s("2024-12-17"), "Capital reorganisation", "Consolidation", null, null, null, null, null) },
  { mistake: "A price without its currency", code: "PRICE_WITHOUT_CURRENCY", at: "Movements!I2", change: mov("Currency", null) },
  { mistake: "A currency that is not an ISO code (HK$)", code: "UNKNOWN_CURRENCY", at: "Movements!I2", change: mov("Currency", "HK$") },
  { mistake: "A negative price", code: "NEGATIVE_AMOUNT", at: "Movements!H2", change: mov("Price", -1.5) },
  { mistake: "Prices in two currencies in one event line", code: "MIXED_CURRENCIES", at: "Movements!I3", change: addMovement("B", s("2024-12-17"), "Placing/subscription - new shares involved", "Placing of 17 December 2024", 1_000, null, null, 0.2, "USD") },
  { mistake: "Renminbi written RMB in one row and CNY in another (two currencies on the return)", code: "RENMINBI_TWO_CODES", at: "Repurchases!I2", change: (t) => { mov("Currency", "RMB")(t); repurchaseInPeriod(t); rep("Currency", "CNY")(t); } },
  { mistake: "A movement typed just under NDDR_Movements, outside the table (LibreOffice and scripts do not widen a table)", code: "ROW_BELOW_TABLE", at: "Movements!A3", change: (t) => { t.below.NDDR_Movements = ["B", s("2024-12-17"), "Share option scheme - exercise of options", null, 400_000, null, null, 1.8, "HKD"]; } },
  { mistake: "A lone total typed just under NDDR_Movements", code: "ROW_BELOW_TABLE", at: "Movements!E3", change: (t) => { t.below.NDDR_Movements = [null, null, null, null, 1_865_000_000, null, null, null, null]; } },
  { mistake: "The same row typed twice", code: "DUPLICATE_ROW", at: "Movements!A3", change: (t) => { t.movements.push([...t.movements[0]]); } },
  { mistake: "A cancellation of more treasury shares than are held", code: "TREASURY_BELOW_ZERO", at: "Movements!E3", change: addMovement("B", s("2024-12-17"), "Cancellation of treasury shares", null, 5_000_000, null, null, null, null) },
  { mistake: "A redemption of more shares than are issued", code: "ISSUED_BELOW_ZERO", at: "Movements!E3", change: addMovement("A", s("2024-12-17"), "Redemption of shares", null, 700_000_000, null, null, null, null, null, s("2024-12-17")) },
  { mistake: "A redemption cancelled before it was redeemed", code: "CANCELLED_BEFORE_REDEEMED", at: "Movements!K3", change: addMovement("A", s("2024-12-17"), "Redemption of shares", null, 1_000, null, null, null, null, null, s("2024-12-16")) },
  { mistake: "A cancellation date on a movement other than a redemption", code: "CANCELLED_ON_NOT_REDEMPTION", at: "Movements!K2", change: mov("Cancelled on", s("2024-12-17")) },
  { mistake: "A redemption without its cancellation date (its shares wait in Part B)", code: "REDEMPTION_NOT_CANCELLED", at: "Movements!K3", change: addMovement("A", s("2024-12-17"), "Redemption of shares", null, 1_000, null, null, null, null) },
  { mistake: "A placing within 30 days after a repurchase", code: "MORATORIUM_AFTER_REPURCHASE", at: "Movements!B2", change: repurchaseInPeriod },
  { mistake: "An issue under a share scheme within 30 days after a repurchase", code: "MORATORIUM_CARVE_OUT", at: "Movements!L2", change: (t) => { repurchaseInPeriod(t); mov("Event type", "Share scheme - new shares to other participants")(t); } },
  { mistake: "A Mandate on a row that issues no shares", code: "MANDATE_ON_NON_ISSUE", at: "Movements!J3", change: addMovement("A", s("2024-12-17"), "Redemption of shares", null, 1_000, null, null, null, null, s("2024-06-01")) },
  { mistake: "A placing naming a general mandate resolved after it", code: "MANDATE_NOT_YET_GRANTED", at: "Movements!J2", change: (t) => {
    mov("Mandate", s("2024-12-20"))(t); t.mandates.push(["B", "General mandate", s("2024-12-20"), 5_000_000_000, 34_000_000_000, 0]);
  } },
  { mistake: "A placing that takes the general mandate's use (with a treasury sale) beyond what it authorises", code: "MANDATE_EXCEEDED", at: "Movements!E2", change: (t) => {
    mov("Mandate", s("2024-06-01"))(t); t.sales = [sale("On the Exchange")];
    t.mandates.push(["B", "General mandate", s("2024-06-01"), 1_865_000_500, 34_000_000_000, 0]);
  } },
  { mistake: "A director's award granted after a repurchase and issued within its moratorium", code: "MORATORIUM_GRANT_AFTER_REPURCHASE", at: "Movements!L2", change: (t) => {
    repurchaseInPeriod(t); mov("Event type", "Share scheme - new shares to directors")(t); mov("Granted on", s("2024-12-05"))(t);
  } },
  { mistake: "A grant date on an issue that has no grant (a placing)", code: "GRANTED_ON_IGNORED", at: "Movements!L2", change: mov("Granted on", s("2024-12-01")) },
  { mistake: "An award granted after the shares were issued under it", code: "GRANTED_AFTER_ISSUE", at: "Movements!L2", change: (t) => {
    mov("Event type", "Share scheme - new shares to other participants")(t); mov("Granted on", s("2024-12-18"))(t);
  } },
  // Repurchases
  { mistake: "A repurchase method not on the form", code: "UNKNOWN_METHOD", at: "Repurchases!D2", change: rep("Method", "On market") },
  { mistake: "Held as neither Cancellation nor Treasury", code: "UNKNOWN_HELD_AS", at: "Repurchases!J2", change: rep("Held as", "Hold") },
  { mistake: "Another stock exchange without its name", code: "MISSING_VALUE", at: "Repurchases!E2", change: rep("Method", "On another stock exchange") },
  { mistake: "Lowest price above the highest", code: "LOWEST_ABOVE_HIGHEST", at: "Repurchases!G2", change: (t) => { repurchaseInPeriod(t); rep("Lowest price", 1.7)(t); } },
  { mistake: "An aggregate price that shares × prices cannot give", code: "AGGREGATE_OUT_OF_RANGE", at: "Repurchases!H2", change: (t) => { repurchaseInPeriod(t); rep("Aggregate price", 1_550)(t); } },
  { mistake: "Cancelled before it was bought back", code: "CANCELLED_BEFORE_TRADED", at: "Repurchases!K2", change: rep("Cancelled on", s("2024-10-01")) },
  { mistake: "A cancellation date on shares held as treasury", code: "TREASURY_ROW_CANCELLED", at: "Repurchases!K2", change: rep("Held as", "Treasury") },
  { mistake: "A mandate date with no such mandate", code: "UNKNOWN_MANDATE", at: "Repurchases!L2", change: (t) => { repurchaseInPeriod(t); rep("Mandate", s("2024-05-01"))(t); } },
  { mistake: "A repurchase in the period without a mandate", code: "NO_REPURCHASE_MANDATE", at: "Repurchases!L2", change: (t) => { repurchaseInPeriod(t); t.mandates = []; } },
  // Mandates
  { mistake: "A mandate kind that is neither Repurchase nor General mandate", code: "UNKNOWN_MANDATE_KIND", at: "Mandates!B2", change: setCell("mandates", MANDATES_TABLE, 0, "Kind", "Buyback") },
  { mistake: "More shares repurchased than the mandate authorises", code: "MANDATE_EXCEEDED", at: "Repurchases!C2", change: (t) => { repurchaseInPeriod(t); setCell("mandates", MANDATES_TABLE, 0, "Shares authorised", 50_000)(t); } },
  { mistake: "A mandate above 10% of the issued shares", code: "MANDATE_ABOVE_TEN_PERCENT", at: "Mandates!D2", change: (t) => { repurchaseInPeriod(t); setCell("mandates", MANDATES_TABLE, 0, "Shares authorised", 4_000_000_000)(t); } },
  // Treasury sales (Section III): B holds 1,000,000 treasury shares
  { mistake: "The Exchange named as another exchange", code: "EXCHANGE_IS_HKEX", at: "TreasurySales!D2", change: (t) => { t.sales = [sale("Hong Kong Stock Exchange")]; } },
  { mistake: "The Exchange named in Chinese as another exchange", code: "EXCHANGE_IS_HKEX", at: "TreasurySales!D2", change: (t) => { t.sales = [sale("香港聯合交易所")]; } },
  { mistake: "A repurchase on another exchange that names the Exchange", code: "EXCHANGE_IS_HKEX", at: "Repurchases!E2", change: (t) => {
    repurchaseInPeriod(t); rep("Method", "On another stock exchange")(t); rep("Exchange", "聯交所")(t);
  } },
  { mistake: "A sale of treasury shares in the period without a general mandate", code: "NO_GENERAL_MANDATE", at: "TreasurySales!I2", change: (t) => { t.sales = [sale("On the Exchange")]; } },
  { mistake: "A general mandate above 20% of the issued shares", code: "GENERAL_MANDATE_ABOVE_TWENTY_PERCENT", at: "Mandates!D3", change: (t) => {
    t.sales = [sale("On the Exchange")]; t.mandates.push(["B", "General mandate", s("2024-06-01"), 8_000_000_000, 34_000_000_000, 0]);
  } },
  { mistake: "A repurchase within 30 days after an on-market sale of treasury shares", code: "REPURCHASE_AFTER_TREASURY_SALE", at: "Repurchases!B2", change: (t) => {
    t.sales = [sale("On the Exchange", "2024-12-02")]; rep("Trading date", s("2024-12-10"))(t); rep("Cancelled on", null)(t);
    t.mandates.push(["B", "General mandate", s("2024-06-01"), 100_000_000, 34_000_000_000, 0]);
  } },
  // Log (roll-forward)
  { mistake: "Opening balances differ from the last logged return", code: "OPENING_MISMATCHES_LOG", at: "Classes!I2", change: (t) => { t.log = [[null, s("2024-11-30"), "B", 34_000_000_000, 1_000_000, null], [null, s("2024-11-30"), "A", 614_034_470, 0, null]]; } },
  { mistake: "A return generated again after a row changed since it was filed (New Submission)", code: "RETURN_DIFFERS_FROM_LOGGED", at: "Log!D4", change: (t) => {
    setIssuer("Status", "New Submission")(t);
    t.log = [[null, s("2024-11-30"), "B", 34_528_336_530, 1_000_000, null], [null, s("2024-11-30"), "A", 614_034_470, 0, null], [null, s("2024-12-17"), "B", 36_393_336_000, 1_000_000, null]];
  } },
  { mistake: "Opening date before the last logged closing date", code: "OPENING_BEFORE_LOGGED_CLOSING", at: "Issuer!B6", change: (t) => { t.log = [[null, s("2024-12-05"), "B", 34_528_336_530, 1_000_000, null]]; } },
  { mistake: "A new return closing before a return already logged (an earlier return generated again without Status Resubmission)", code: "OPENING_BEFORE_LOGGED_CLOSING", at: "Issuer!B6", change: (t) => {
    setIssuer("Status", "New Submission")(t); t.log = [[null, s("2024-11-30"), "B", 34_528_336_530, 1_000_000, null], [null, s("2024-12-20"), "B", 36_393_336_530, 1_000_000, null]];
  } },
  { mistake: "Opening on the last NDDR's closing while a later Monthly Return is logged", code: "OPENING_BEFORE_MONTHLY_RETURN", at: "Issuer!B6", change: (t) => {
    t.log = [[null, s("2024-11-20"), "B", 34_528_336_530, 1_000_000, null, null], [null, s("2024-11-30"), "B", 34_528_336_530, 1_000_000, null, "Monthly Return"]];
    setIssuer("Opening date", s("2024-11-20"))(t);
  } },
  { mistake: "A log row's Return is neither Next Day Disclosure Return nor Monthly Return", code: "UNKNOWN_RETURN_KIND", at: "Log!G2", change: (t) => {
    t.log = [[null, s("2024-11-30"), "B", 34_528_336_530, 1_000_000, null, "Annual report"]];
  } },
  { mistake: "Opening date after the last logged closing date", code: "OPENING_AFTER_LOGGED_CLOSING", at: "Issuer!B6", change: (t) => { t.log = [[null, s("2024-11-15"), "B", 34_528_336_530, 1_000_000, null]]; } },
  // Calendar (Severe Weather Trading, holidays beyond the tables)
  { mistake: "A typhoon or black-rainstorm day since Severe Weather Trading (23 Sep 2024) listed as a closure", code: "CLOSURE_DAY_NOT_CONFIRMED", at: `Issuer!B${setting("Closure days") + 2}`, change: setIssuer("Closure days", "2024-12-18") },
  { mistake: "A deadline in a year no holiday table holds", code: "DEADLINE_NOT_COMPUTED", at: "Issuer!B5", change: (t) => {
    setIssuer("Opening date", s("2035-11-30"))(t); setIssuer("Date submitted", s("2036-01-02"))(t); mov("Date", s("2035-12-31"))(t); t.mandates = []; t.repurchases = [];
  } },
  // Tables as found in the file
  { mistake: "A table renamed by Excel when its sheet was copied (NDDR_Movements3)", code: "MISNAMED_TABLE", at: "Movements!A1", change: (t) => { t.names.NDDR_Movements = "NDDR_Movements3"; } },
  { mistake: "Two tables of one contract name (written by another program)", code: "DUPLICATE_TABLE", at: "Old movements!A1", change: (t) => { t.copies.push({ of: "NDDR_Movements", name: "nddr_movements", sheet: "Old movements" }); } },
  { mistake: "Issuer settings but no movements, repurchases or treasury sales table", code: "NO_LEDGER_TABLE", at: null, change: (t) => { t.dropped.push("NDDR_Movements", "NDDR_Repurchases"); } },
  { mistake: "A formula saved without its result (by a program that does not calculate)", code: "FORMULA_NOT_CALCULATED", at: "Movements!E2", change: mov("Shares", { formula: "1865*1000000" }) },
];

const matches = (c: Case) => (f: Finding) => f.code === c.code && (c.at === null ? f.cell === null : `${f.sheet}!${f.cell}` === c.at);

function outcome(c: Case): Finding | undefined {
  const t = base();
  c.change(t);
  return run(t).find(matches(c));
}

/** The case's findings with its tables written to an .xlsx the way Excel writes it, and read back. */
async function outcomeFromFile(c: Case, date1904: boolean): Promise<Finding | undefined> {
  const t = base();
  c.change(t);
  const read = await readContractTables(excelStyleFromGrids(grids(t), { date1904 }));
  if (!read.ok) throw new Error(read.reason);
  const parsed = parseLedger(read.tables);
  return generateReturn(parsed.ledger, { today: "2024-12-18" as IsoDate }, parsed.findings).findings.find(matches(c));
}

const escape = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderDoc(): string {
  const rows = CASES.map((c, i) => {
    const f = outcome(c)!;
    return `| ${i + 1} | ${escape(c.mistake)} | \`${c.code}\` | ${severityLabel(f)} | ${c.at ?? "(workbook)"} | ${escape(f.message)} |`;
  });
  return [
    "# Input mistakes and their findings",
    "",
    "Every mistake below gives a finding — never a crash — naming the sheet and cell (A1) to fix. An",
    "**error** blocks the return (`nddr generate` exits 1 and writes only `return.json`); a **warning** or",
    "**info** does not. A **breach** of the Listing Rules (mandate exceeded, moratorium, late return) is a",
    "warning that stands out (`\"breach\": true` in `return.json`, `BREACH` on the console): the return must",
    "still be filed. Cells refer to tables placed at A1 on the template's sheets; a finding follows the",
    "table wherever it is. Messages are as printed, for the example values of each case.",
    "",
    "This file is checked by `test/robustness/mistake-catalogue.test.ts`: each row is a test, and every",
    "finding code in `src/` must appear here. Rewrite it after changing a case or a message with",
    "`UPDATE_DOCS=1 npx jest test/robustness/mistake-catalogue`.",
    "",
    "| # | Mistake | Code | Severity | Cell | Message |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

/** Every finding code written in src/: string literals in SCREAMING_SNAKE_CASE. */
function codesInSource(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) files.push(path);
    }
  };
  walk(join(ROOT, "src"));
  const codes = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, "utf8").matchAll(/"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"/g)) {
    // Node's own error codes (ERR_…), which the command line reads from node:util, are not findings.
    if (!m[1].startsWith("ERR_")) codes.add(m[1]);
  }
  return [...codes].sort();
}

describe("the catalogue of input mistakes", () => {
  test("the valid ledger the cases start from has no finding", () => {
    expect(run(base())).toEqual([]);
  });

  test("has at least 40 distinct mistakes", () => {
    expect(new Set(CASES.map((c) => c.mistake)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.mistake)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.mistake, c] as const))("%s gives its finding at its cell", (_, c) => {
    expect(outcome(c)).toEqual(expect.objectContaining({ code: c.code }));
  });

  describe.each([["the way Excel saves it", false], ["the way Excel saves it, in the 1904 date system", true]])("in a workbook saved %s", (_, date1904) => {
    it.each(CASES.map((c) => [c.mistake, c] as const))("%s gives the same finding at its cell", async (_, c) => {
      expect(await outcomeFromFile(c, date1904)).toEqual(outcome(c));
    });
  });

  test("docs/input-mistakes.md lists every case with its code, cell and message", () => {
    const doc = renderDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc);
    expect(readFileSync(DOC, "utf8")).toBe(doc);
  });

  test("docs/input-mistakes.md (or, for the Monthly Return, docs/monthly-return-mistakes.md) names every finding code used in src/", () => {
    const doc = readFileSync(DOC, "utf8") + readFileSync(join(ROOT, "docs/monthly-return-mistakes.md"), "utf8");
    expect(codesInSource().filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});

// Each case as a workbook file, through `nddr generate` and through the add-in's Generate on the simulated
// Excel on the web: the same return.json (generator aside), the same exit code. Three files only another
// program writes cannot reach the add-in as they are: a text longer than a cell holds and two tables of one
// name (Excel repairs such a file on opening; the simulated Excel refuses it), and a formula saved without
// its result (Excel calculates it on opening; the simulated Excel cannot calculate, so it refuses to
// guess Excel's value and names the cell the command line reports: docs/decisions.md).
describe("every catalogue workbook in the command line and in the add-in", () => {
  it.each(CASES.map((c) => [c.mistake, c] as const))("%s", async (_, c) => {
    const t = base();
    c.change(t);
    const runs = await bothHosts(await workbookFromGrids(grids(t)), { today: "2024-12-18" });
    try {
      if (c.code === "TEXT_TOO_LONG" || c.code === "DUPLICATE_TABLE") {
        expect(runs.addin.code).toBe(2);
        if (c.code === "TEXT_TOO_LONG") expect(runs.addin.stderr).toContain("32,767");
        expect(JSON.stringify(runs.cli.json)).toContain(c.code);
        return;
      }
      if (c.code === "FORMULA_NOT_CALCULATED") {
        expect([runs.cli.code, runs.addin.code]).toEqual([1, 2]);
        const at = (json: typeof runs.cli.json) => (json?.findings as { severity: string; sheet: string; cell: string }[] | undefined)?.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`);
        expect(at(runs.cli.json)).toEqual([c.at]);
        expect(runs.addin.json).toBeUndefined();
        expect(runs.addin.stderr).toContain(`${c.at} holds a formula`);
        return;
      }
      expect(runs.addin.code).toBe(runs.cli.code);
      expect(runs.cli.json?.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: c.code })]));
      expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    } finally {
      runs.done();
    }
  });
});
