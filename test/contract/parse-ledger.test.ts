// Input checks of docs/rules.md's last section ("Validation of input — every one a finding with its cell"),
// fed as TableGrid objects straight to parseLedger (and generateReturn for the cross-table checks).
// Each test starts from the valid SenseTime tables of 18 December 2024 and breaks one thing.
import Decimal from "decimal.js";
import { columnNumber } from "../../src/common/a1";
import { REPURCHASES_TABLE } from "../../src/contract/tables";
import { parseLedger, type ParsedLedger } from "../../src/contract/parse-ledger";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import { exactAmount } from "../../src/domain/exact";
import type { Finding } from "../../src/domain/finding";
import { generateReturn, type Generation } from "../../src/domain/generate-return";

type Row = readonly CellValue[];

const serial = (iso: string): number => isoDateToExcelSerial(iso as IsoDate);
const TODAY = "2024-12-18" as IsoDate;

/** A table as the readers hand it over: `origin` is the address of its first header cell. */
function grid(name: string, sheet: string, origin: string, headers: Row, rows: readonly Row[]): TableGrid {
  const m = /^([A-Z]+)(\d+)$/.exec(origin);
  if (!m) throw new Error(`bad origin ${origin}`);
  return { name, sheet, headerRow: Number(m[2]), firstColumn: columnNumber(m[1]), headers, rows };
}

// --- the valid SenseTime tables --------------------------------------------------------------------

type Setting = readonly [CellValue, CellValue];

/** Field rows of NDDR_Issuer; Value cells are B2 (Issuer name) … B8 (Title). */
const SETTINGS: readonly Setting[] = [
  ["Issuer name", "SenseTime Group Inc."],
  ["Board", "Main Board"],
  ["Status", "Resubmission"],
  ["Date submitted", serial("2024-12-18")],
  ["Opening date", serial("2024-11-30")],
  ["Submitted by", "Xu Li"],
  ["Title", "Director"],
];

const CLASS_HEADERS: Row = [
  "Class key", "Class of shares", "Type of shares", "Listed", "Stock code", "Description",
  "Multi-counter stock code", "Multi-counter description", "Opening issued", "Opening treasury",
];
// A          B                      C    D      E        F     G        H      I               J
const CLASS_B: Row = ["B", "WVR ordinary shares", "B", "Yes", "00020", null, "80020", "RMB", 34_528_336_530, 0];
const CLASS_A: Row = ["A", "WVR ordinary shares", "A", "No", null, null, null, null, 614_034_470, 0];

const MOVEMENT_HEADERS: Row = [
  "Class key", "Date", "Event type", "Details", "Shares", "Issued change", "Treasury change", "Price", "Currency",
];
// A    B                         C                                             D                   E              F     G     H    I
const PLACING: Row = ["B", serial("2024-12-17"), "Placing/subscription - new shares involved", "Completion of the placing", 1_865_000_000, null, null, 1.5, "HKD"];

interface Tables {
  settings?: readonly Setting[];
  classes?: readonly Row[];
  movements?: readonly Row[];
}

function tables(t: Tables = {}): TableGrid[] {
  return [
    grid("NDDR_Issuer", "Issuer", "A1", ["Field", "Value"], (t.settings ?? SETTINGS).map((s) => [...s])),
    grid("NDDR_Classes", "Classes", "A1", CLASS_HEADERS, t.classes ?? [CLASS_B, CLASS_A]),
    grid("NDDR_Movements", "Movements", "A1", MOVEMENT_HEADERS, t.movements ?? [PLACING]),
  ];
}

/** The settings with one changed (or added at the end when it is not there yet). */
function withSetting(field: string, value: CellValue): Setting[] {
  const out: Setting[] = SETTINGS.map((s) => (s[0] === field ? [field, value] : s));
  if (!SETTINGS.some((s) => s[0] === field)) out.push([field, value]);
  return out;
}

/** `row` with the cell of `header` replaced. */
function set(row: Row, headers: Row, header: string, value: CellValue): Row {
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return row.map((v, j) => (j === i ? value : v));
}
const movement = (header: string, value: CellValue, row: Row = PLACING): Row => set(row, MOVEMENT_HEADERS, header, value);
const shareClass = (header: string, value: CellValue, row: Row = CLASS_B): Row => set(row, CLASS_HEADERS, header, value);

const parse = (grids: readonly TableGrid[]): ParsedLedger => parseLedger(grids);
function generate(grids: readonly TableGrid[]): Generation {
  const parsed = parseLedger(grids);
  return generateReturn(parsed.ledger, { today: TODAY }, parsed.findings);
}

/** Findings as "severity CODE Sheet!A1", to compare a whole list at once. */
const where = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? "-"}!${f.cell ?? "-"}`);

// ---------------------------------------------------------------------------------------------------

describe("the valid SenseTime tables", () => {
  it("give no finding and a return that may be written", () => {
    const g = generate(tables());
    expect(g.findings).toEqual([]);
    expect(g.ok).toBe(true);
  });

  it("parse into two classes and one movement", () => {
    const { ledger } = parse(tables());
    expect(ledger.classes.map((c) => c.key)).toEqual(["B", "A"]);
    expect(ledger.movements).toHaveLength(1);
    expect(ledger.movements[0]).toMatchObject({ classKey: "B", date: "2024-12-17", shares: 1_865_000_000, currency: "HKD" });
    expect(ledger.issuer).toMatchObject({ issuerName: "SenseTime Group Inc.", openingDate: "2024-11-30", dateSubmitted: "2024-12-18" });
  });
});

describe("class keys", () => {
  it("reports a movement whose class key is not in NDDR_Classes at its Class key cell", () => {
    const g = generate(tables({ movements: [PLACING, movement("Class key", "C")] }));
    expect(where(g.findings)).toEqual(["error UNKNOWN_CLASS_KEY Movements!A3"]);
    expect(g.findings[0].message).toContain('"C"');
    expect(g.ok).toBe(false);
  });

  it("matches a movement's class key to its class regardless of case", () => {
    const g = generate(tables({ movements: [movement("Class key", "b")] }));
    expect(g.findings).toEqual([]);
  });

  it("does not report the movements of a class whose own row has an error as unknown class keys", () => {
    const g = generate(tables({ classes: [shareClass("Stock code", "0020"), CLASS_A], movements: [PLACING, PLACING] }));
    expect(where(g.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!E2", "warning DUPLICATE_ROW Movements!A3"]);
    expect(g.ok).toBe(false);
  });

  it("still reports an unknown class key when another class's row has an error", () => {
    const g = generate(tables({ classes: [CLASS_B, shareClass("Opening issued", "n/a", CLASS_A)], movements: [PLACING, movement("Class key", "C")] }));
    expect(where(g.findings)).toEqual(["error TEXT_IN_NUMBER_COLUMN Classes!I3", "error UNKNOWN_CLASS_KEY Movements!A3"]);
  });

  it("reports a class key used twice at the second use, naming the first", () => {
    const g = generate(tables({ classes: [CLASS_B, CLASS_A, shareClass("Class of shares", "Ordinary shares", CLASS_A)] }));
    expect(where(g.findings)).toEqual(["error DUPLICATE_CLASS_KEY Classes!A4"]);
    expect(g.findings[0].message).toContain("A3");
  });

  it("treats class keys that differ only in case as the same key", () => {
    const g = generate(tables({ classes: [CLASS_B, CLASS_A, shareClass("Class key", "b", CLASS_A)] }));
    expect(where(g.findings)).toEqual(["error DUPLICATE_CLASS_KEY Classes!A4"]);
  });
});

describe("missing required values", () => {
  it("reports an empty Date in NDDR_Movements at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", null)] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Movements!B2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports a cell of spaces in a required column as empty", () => {
    const r = parse(tables({ movements: [movement("Event type", "   ")] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Movements!C2"]);
  });

  it("reports an empty Class of shares at its cell", () => {
    const r = parse(tables({ classes: [CLASS_B, shareClass("Class of shares", null, CLASS_A)] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Classes!B3"]);
    // Kept, so that its rows are still checked (rule 22): its name does not affect the arithmetic.
    expect(r.ledger.classes.map((c) => c.key)).toEqual(["B", "A"]);
  });

  it("reports an empty Opening issued at its cell", () => {
    const r = parse(tables({ classes: [shareClass("Opening issued", null), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Classes!I2"]);
  });

  it("reports a listed class without a stock code at its Stock code cell", () => {
    const r = parse(tables({ classes: [shareClass("Stock code", null), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Classes!E2"]);
  });

  it("reports a fixed-effect movement without Shares at its Shares cell", () => {
    const r = parse(tables({ movements: [movement("Shares", null)] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Movements!E2"]);
  });

  it("reports an Other (please specify) row without any stated change at its Issued change cell", () => {
    const other = movement("Event type", "Other (please specify)", movement("Shares", null, movement("Details", null)));
    const r = parse(tables({ movements: [other] }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Movements!F2"]);
  });

  it("accepts an Other (please specify) row with details and no change as a line that only informs", () => {
    const other = movement("Event type", "Other (please specify)", movement("Shares", null, movement("Details", "See Part B")));
    const r = parse(tables({ movements: [other] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements.map((m) => [m.type.label, m.details, m.issuedChange, m.treasuryChange])).toEqual([["Other (please specify)", "See Part B", undefined, undefined]]);
  });

  it("reports a required setting left blank at its Value cell", () => {
    const r = parse(tables({ settings: withSetting("Issuer name", null) }));
    expect(where(r.findings)).toEqual(["error MISSING_VALUE Issuer!B2"]);
    expect(r.ledger.issuer).toBeUndefined();
  });

  it("reports a required setting with no row at the Field header", () => {
    const r = parse(tables({ settings: SETTINGS.filter((s) => s[0] !== "Title") }));
    expect(where(r.findings)).toEqual(["error MISSING_SETTING Issuer!A1"]);
    expect(r.findings[0].message).toContain("Title");
  });
});

describe("numbers", () => {
  it("reports text in the Shares column at its cell", () => {
    const r = parse(tables({ movements: [movement("Shares", "1.8 billion")] }));
    expect(where(r.findings)).toEqual(["error TEXT_IN_NUMBER_COLUMN Movements!E2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports text in Opening issued at its cell", () => {
    const r = parse(tables({ classes: [CLASS_B, shareClass("Opening issued", "n/a", CLASS_A)] }));
    expect(where(r.findings)).toEqual(["error TEXT_IN_NUMBER_COLUMN Classes!I3"]);
  });

  it("reports a price with a unit typed in at the Price cell", () => {
    const r = parse(tables({ movements: [movement("Price", "HK$1.50")] }));
    expect(where(r.findings)).toEqual(["error TEXT_IN_NUMBER_COLUMN Movements!H2"]);
  });

  it("warns about a number stored as text at its cell and still uses the value", () => {
    const r = parse(tables({ movements: [movement("Shares", "1,865,000,000")] }));
    expect(where(r.findings)).toEqual(["warning NUMBER_STORED_AS_TEXT Movements!E2"]);
    expect(r.ledger.movements[0].shares).toBe(1_865_000_000);
  });

  it("reads a signed change typed as text in brackets, \"(400,400,000)\", as the negative Excel would make of it", () => {
    const reorganisation = movement("Issued change", "(400,400,000)", movement("Event type", "Capital reorganisation", movement("Shares", null)));
    const r = parse(tables({ movements: [reorganisation] }));
    expect(where(r.findings)).toEqual(["warning NUMBER_STORED_AS_TEXT Movements!F2"]);
    expect(r.ledger.movements[0].issuedChange).toBe(-400_400_000);
  });

  it("tells how to type a negative when a figure that tried to be one cannot be read", () => {
    const r = parse(tables({ movements: [movement("Shares", "400,400,000 (less)")] }));
    expect(r.findings[0].message).toContain("a negative as -400400000 or (400,400,000)");
    expect(parse(tables({ movements: [movement("Shares", "many")] })).findings[0].message).not.toContain("negative");
  });

  it("reads \"(0)\" as zero, not as a negative", () => {
    const r = parse(tables({ movements: [movement("Price", "(0)")] }));
    expect(where(r.findings)).toEqual(["warning NUMBER_STORED_AS_TEXT Movements!H2"]);
  });

  it("counts a movement left out for an error with its class key, for the checks that compare balances with the log", () => {
    const r = parse(tables({ movements: [movement("Date", "17/12/2024"), movement("Class key", null, movement("Shares", "many"))] }));
    expect(r.ledger.movements).toEqual([]);
    expect(r.ledger.rowsLeftOut).toEqual([{ classKey: "B" }, { classKey: null }]);
  });

  it("reads a price stored as text exactly", () => {
    const r = parse(tables({ movements: [movement("Price", "1.50")] }));
    expect(where(r.findings)).toEqual(["warning NUMBER_STORED_AS_TEXT Movements!H2"]);
    expect(r.ledger.movements[0].price?.toString()).toBe("1.5");
  });

  it("reads a price typed as a number as the decimal typed, not its binary double", () => {
    const r = parse(tables({ movements: [movement("Price", 0.1)] }));
    expect(exactAmount(r.ledger.movements[0].price!).equals(new Decimal("0.1"))).toBe(true);
  });

  it("reads an aggregate price of 0 as 0, not as a missing value", () => {
    const headers = REPURCHASES_TABLE.columns.map((c) => c.header);
    const row = ["B", serial("2024-12-02"), 100, "On the Exchange", null, 1, 0, 0, "HKD", "Treasury", null, null];
    const r = parse([...tables(), grid("NDDR_Repurchases", "Repurchases", "A1", headers, [row])]);
    expect(where(r.findings)).toEqual([]);
    expect((r.ledger.repurchases ?? []).map((p) => [p.highest.toString(), p.lowest?.toString(), p.aggregate.toString()])).toEqual([["1", "0", "0"]]);
  });

  it("reports a fractional share count at its cell", () => {
    const r = parse(tables({ movements: [movement("Shares", 1_865_000_000.5)] }));
    expect(where(r.findings)).toEqual(["error FRACTIONAL_SHARES Movements!E2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports a fractional Opening treasury at its cell", () => {
    const r = parse(tables({ classes: [shareClass("Opening treasury", 0.25), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error FRACTIONAL_SHARES Classes!J2"]);
  });

  it("reports a negative share count at its cell", () => {
    const r = parse(tables({ movements: [movement("Shares", -1_865_000_000)] }));
    expect(where(r.findings)).toEqual(["error NEGATIVE_SHARES Movements!E2"]);
  });

  it("reports a negative Opening issued at its cell", () => {
    const r = parse(tables({ classes: [shareClass("Opening issued", -5), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error NEGATIVE_SHARES Classes!I2"]);
  });

  it("accepts a negative Issued change, which is signed", () => {
    const other = movement("Issued change", -1000, movement("Event type", "Other (please specify)", movement("Shares", null)));
    const r = parse(tables({ movements: [other] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements[0].issuedChange).toBe(-1000);
  });

  it("reports a zero share count at its cell", () => {
    const r = parse(tables({ movements: [movement("Shares", 0)] }));
    expect(where(r.findings)).toEqual(["error ZERO_SHARES Movements!E2"]);
  });

  it("reports a share count of 2^53 at its cell", () => {
    const r = parse(tables({ classes: [shareClass("Opening issued", 2 ** 53), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error NUMBER_TOO_LARGE Classes!I2"]);
  });

  it("reports a share count of 2^53 typed as text at its cell", () => {
    const r = parse(tables({ movements: [movement("Shares", "9007199254740993")] }));
    expect(where(r.findings).sort()).toEqual(["error NUMBER_TOO_LARGE Movements!E2", "warning NUMBER_STORED_AS_TEXT Movements!E2"]);
  });

  it("reports a signed change beyond −2^53 at its cell", () => {
    const other = movement("Treasury change", -(2 ** 60), movement("Event type", "Other (please specify)", movement("Shares", null)));
    const r = parse(tables({ movements: [other] }));
    expect(where(r.findings)).toEqual(["error NUMBER_TOO_LARGE Movements!G2"]);
  });

  it("accepts 2^53 − 1 shares", () => {
    const r = parse(tables({ classes: [shareClass("Opening issued", Number.MAX_SAFE_INTEGER), CLASS_A] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.classes[0].openingIssued).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("reports a negative price at its cell", () => {
    const r = parse(tables({ movements: [movement("Price", -1.5)] }));
    expect(where(r.findings)).toEqual(["error NEGATIVE_AMOUNT Movements!H2"]);
  });
});

describe("dates", () => {
  it("reports text that is not a date at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", "17 Dec 2024")] }));
    expect(where(r.findings)).toEqual(["error BAD_DATE Movements!B2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports an ISO-looking date that is not on the calendar at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", "2024-02-30")] }));
    expect(where(r.findings)).toEqual(["error BAD_DATE Movements!B2"]);
  });

  it("reports a date setting that is not a date at its Value cell", () => {
    const r = parse(tables({ settings: withSetting("Opening date", "end of November") }));
    expect(where(r.findings)).toEqual(["error BAD_DATE Issuer!B6"]);
  });

  it("reads ISO text dates and Excel serial numbers alike", () => {
    const text = parse(tables({ movements: [movement("Date", "2024-12-17")] }));
    const number = parse(tables({ movements: [movement("Date", serial("2024-12-17"))] }));
    expect(text.findings).toEqual([]);
    expect(text.ledger.movements[0].date).toBe("2024-12-17");
    expect(number.ledger.movements[0].date).toBe("2024-12-17");
  });

  it("reports a date before 1990 at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", "1989-12-31")] }));
    expect(where(r.findings)).toEqual(["error DATE_OUT_OF_RANGE Movements!B2"]);
  });

  it("reports an Excel serial before 1990 at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", 100)] }));
    expect(where(r.findings)).toEqual(["error DATE_OUT_OF_RANGE Movements!B2"]);
  });

  it("reports a date after 2100 at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", serial("2101-01-01"))] }));
    expect(where(r.findings)).toEqual(["error DATE_OUT_OF_RANGE Movements!B2"]);
  });

  it("accepts 1 January 1990 and 31 December 2100", () => {
    const r = parse(tables({ movements: [movement("Date", "1990-01-01"), movement("Date", "2100-12-31")] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements.map((m) => m.date)).toEqual(["1990-01-01", "2100-12-31"]);
  });
});

describe("event types", () => {
  it("reports an unknown event type at its cell", () => {
    const r = parse(tables({ movements: [movement("Event type", "Placement")] }));
    expect(where(r.findings)).toEqual(["error UNKNOWN_EVENT_TYPE Movements!C2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it.each([
    "Repurchase of shares (shares held as treasury shares)",
    "Repurchase of shares (shares repurchased and cancelled)",
    "Sale of treasury shares on the Exchange",
  ])("reports the generated event type %s typed by hand at its cell", (label) => {
    const r = parse(tables({ movements: [movement("Event type", label)] }));
    expect(where(r.findings)).toEqual(["error GENERATED_EVENT_TYPE Movements!C2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("matches event types regardless of case and extra spaces", () => {
    const r = parse(tables({ movements: [movement("Event type", "  placing/subscription -  NEW shares involved ")] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements[0].type.label).toBe("Placing/subscription - new shares involved");
  });
});

describe("prices and currencies", () => {
  it("reports a price without currency at the Currency cell", () => {
    const r = parse(tables({ movements: [movement("Currency", null)] }));
    expect(where(r.findings)).toEqual(["error PRICE_WITHOUT_CURRENCY Movements!I2"]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports an unknown currency code at its cell", () => {
    const r = parse(tables({ movements: [movement("Currency", "HK$")] }));
    expect(where(r.findings)).toEqual(["error UNKNOWN_CURRENCY Movements!I2"]);
  });

  it("accepts a currency code in lower case and reads it in upper case", () => {
    const r = parse(tables({ movements: [movement("Currency", "hkd")] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements[0].currency).toBe("HKD");
  });
});

describe("stock codes", () => {
  it('reports the text stock code "0020" at its cell', () => {
    const r = parse(tables({ classes: [shareClass("Stock code", "0020"), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!E2"]);
    expect(r.ledger.classes.map((c) => c.key)).toEqual(["B", "A"]);
  });

  it('reports the text stock code "123456" at its cell', () => {
    const r = parse(tables({ classes: [shareClass("Stock code", "123456"), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!E2"]);
  });

  it("reports a stock code stored as the number 20 at its cell, suggesting 00020", () => {
    const r = parse(tables({ classes: [shareClass("Stock code", 20), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!E2"]);
    expect(r.findings[0].message).toContain("00020");
  });

  it("reports a multi-counter stock code that is not five digits at its cell", () => {
    const r = parse(tables({ classes: [shareClass("Multi-counter stock code", "8002"), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!G2"]);
  });

  it("accepts a five-digit stock code stored as a number", () => {
    const r = parse(tables({ classes: [shareClass("Multi-counter stock code", 80020), CLASS_A] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.classes[0].multiCounter).toEqual({ stockCode: "80020", description: "RMB" });
  });
});

describe("Excel error values", () => {
  it("reports #N/A in the Shares column at its cell", () => {
    const r = parse(tables({ movements: [movement("Shares", { error: "#N/A" })] }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Movements!E2"]);
    expect(r.findings[0].message).toContain("#N/A");
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports #REF! in a Class key at its cell", () => {
    const r = parse(tables({ classes: [CLASS_B, shareClass("Class key", { error: "#REF!" }, CLASS_A)] }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Classes!A3"]);
    expect(r.findings[0].message).toContain("#REF!");
  });

  it("reports an error value in a date cell at its cell", () => {
    const r = parse(tables({ movements: [movement("Date", { error: "#VALUE!" })] }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Movements!B2"]);
  });

  it("reports an error value in an optional column that is read at its cell", () => {
    const r = parse(tables({ movements: [movement("Details", { error: "#NAME?" })] }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Movements!D2"]);
  });

  it("reports an error value in a stock code at its cell", () => {
    const r = parse(tables({ classes: [shareClass("Stock code", { error: "#N/A" }), CLASS_A] }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Classes!E2"]);
  });

  it("reports an error value in a setting at its Value cell", () => {
    const r = parse(tables({ settings: withSetting("Opening date", { error: "#REF!" }) }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Issuer!B6"]);
  });

  it("reports an error value in an optional setting at its Value cell", () => {
    const r = parse(tables({ settings: withSetting("Percentage decimals", { error: "#DIV/0!" }) }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Issuer!B9"]);
  });

  it("reports an error value in a Field cell of NDDR_Issuer at that cell", () => {
    const r = parse(tables({ settings: [...SETTINGS, [{ error: "#REF!" }, serial("2024-12-17")]] }));
    expect(where(r.findings)).toEqual(["error EXCEL_ERROR_VALUE Issuer!A9"]);
  });

  it("ignores an error value in a column the contract does not read", () => {
    const headers = [...MOVEMENT_HEADERS, "Notes"];
    const r = parse([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "A1", headers, [[...PLACING, { error: "#N/A" }]])]);
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements).toHaveLength(1);
  });
});

describe("the same row twice", () => {
  it("warns at the second of two identical movement rows and keeps both", () => {
    const r = parse(tables({ movements: [PLACING, PLACING] }));
    expect(where(r.findings)).toEqual(["warning DUPLICATE_ROW Movements!A3"]);
    expect(r.findings[0].message).toContain("row 2");
    expect(r.ledger.movements).toHaveLength(2);
  });

  it("names the earlier row by its sheet row, blank rows between them counted", () => {
    const r = parse(tables({ movements: [PLACING.map(() => null), PLACING, PLACING.map(() => null), PLACING] }));
    expect(where(r.findings)).toEqual(["warning DUPLICATE_ROW Movements!A5"]);
    expect(r.findings[0].message).toContain("row 3 ");
  });

  it("does not warn about rows that differ in one cell", () => {
    const r = parse(tables({ movements: [PLACING, movement("Details", "Second placing")] }));
    expect(r.findings).toEqual([]);
  });

  it("warns at the third of three identical rows, naming the first", () => {
    const r = parse(tables({ movements: [PLACING, movement("Details", "Other"), PLACING] }));
    expect(where(r.findings)).toEqual(["warning DUPLICATE_ROW Movements!A4"]);
    expect(r.findings[0].message).toContain("row 2");
  });
});

describe("tables", () => {
  it("reports a missing NDDR_Issuer table, without a cell", () => {
    const r = parse(tables().filter((t) => t.name !== "NDDR_Issuer"));
    expect(r.findings).toEqual([expect.objectContaining({ code: "MISSING_TABLE", severity: "error", sheet: null, cell: null })]);
    expect(r.findings[0].message).toContain("NDDR_Issuer");
    expect(r.ledger.issuer).toBeUndefined();
  });

  it("reports a missing NDDR_Classes table, without a cell", () => {
    const r = parse(tables().filter((t) => t.name !== "NDDR_Classes"));
    expect(where(r.findings)).toEqual(["error MISSING_TABLE -!-"]);
    expect(r.findings[0].message).toContain("NDDR_Classes");
  });

  it("does not require an NDDR_Movements table when NDDR_Repurchases is there", () => {
    const repurchases = grid("NDDR_Repurchases", "Repurchases", "A1", REPURCHASES_TABLE.columns.map((c) => c.header), []);
    const r = parse([...tables().filter((t) => t.name !== "NDDR_Movements"), repurchases]);
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements).toEqual([]);
  });

  it("finds tables by name regardless of case", () => {
    const r = parse(tables().map((t) => ({ ...t, name: t.name.toUpperCase() })));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements).toHaveLength(1);
  });
});

describe("columns", () => {
  it("reports a missing required column at the table's first header cell", () => {
    const headers = MOVEMENT_HEADERS.filter((h) => h !== "Event type");
    const rows = [PLACING.filter((_, i) => MOVEMENT_HEADERS[i] !== "Event type")];
    const r = parse([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "A1", headers, rows)]);
    expect(where(r.findings)).toEqual(["error MISSING_COLUMN Movements!A1"]);
    expect(r.findings[0].message).toContain("Event type");
    expect(r.ledger.movements).toEqual([]);
  });

  it("reports a missing required column of NDDR_Classes", () => {
    const headers = CLASS_HEADERS.map((h) => (h === "Opening issued" ? "Issued" : h));
    const r = parse([tables()[0], grid("NDDR_Classes", "Classes", "A1", headers, [CLASS_B]), tables()[2]]);
    // At the header typed over ("Issued" shares a word with "Opening issued"), saying to rename it.
    expect(where(r.findings)).toEqual(["error MISSING_COLUMN Classes!I1"]);
    expect(r.findings[0].message).toContain(`If "Issued" is that column, rename its header to "Opening issued"`);
  });

  it("reports NDDR_Issuer without a Value column at its first header cell", () => {
    const r = parse([grid("NDDR_Issuer", "Issuer", "A1", ["Field", "Setting"], SETTINGS.map((s) => [...s])), ...tables().slice(1)]);
    expect(where(r.findings)).toEqual(["error MISSING_COLUMN Issuer!A1"]);
  });

  it("matches headers regardless of case and surrounding spaces", () => {
    const headers = MOVEMENT_HEADERS.map((h, i) => (i % 2 === 0 ? `  ${String(h).toUpperCase()} ` : ` ${String(h).toLowerCase()}`));
    const classHeaders = CLASS_HEADERS.map((h) => `\t${String(h).toLowerCase()}  `);
    const r = parse([
      grid("NDDR_Issuer", "Issuer", "A1", [" FIELD ", "value  "], SETTINGS.map((s) => [...s])),
      grid("NDDR_Classes", "Classes", "A1", classHeaders, [CLASS_B, CLASS_A]),
      grid("NDDR_Movements", "Movements", "A1", headers, [PLACING]),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements[0]).toMatchObject({ classKey: "B", shares: 1_865_000_000 });
    expect(r.ledger.classes[0]).toMatchObject({ stockCode: "00020", openingIssued: 34_528_336_530 });
    expect(r.ledger.issuer?.issuerName).toBe("SenseTime Group Inc.");
  });

  it("reads columns in any order and ignores unknown columns", () => {
    // Reversed, with two columns of our own in between.
    const order = [...MOVEMENT_HEADERS.keys()].reverse();
    const headers = ["Checked by", ...order.map((i) => MOVEMENT_HEADERS[i]), "Comment"];
    const broken = movement("Shares", "many");
    const rows = [PLACING, broken].map((row) => ["KL", ...order.map((i) => row[i]), 42]);
    const r = parse([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "A1", headers, rows)]);
    // Shares is column 5 of 9 in the contract; reversed, it is the 5th of 9 again, after "Checked by": F.
    expect(where(r.findings)).toEqual(["error TEXT_IN_NUMBER_COLUMN Movements!F3"]);
    expect(r.ledger.movements).toHaveLength(1);
    expect(r.ledger.movements[0]).toMatchObject({ classKey: "B", date: "2024-12-17", details: "Completion of the placing", shares: 1_865_000_000, currency: "HKD" });
    expect(r.ledger.movements[0].price?.toString()).toBe("1.5");
  });

  it("records the real cell of each field when columns are reordered", () => {
    const headers = ["Currency", "Class key", "Shares", "Date", "Event type", "Price"];
    const row = ["HKD", "Z", 1000, serial("2024-12-17"), "Open offer", 1];
    const g = generate([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "A1", headers, [row])]);
    expect(where(g.findings)).toEqual(["error UNKNOWN_CLASS_KEY Movements!B2"]);
  });

  it("warns about a column given twice at the second header, and reads the first", () => {
    const headers = [...MOVEMENT_HEADERS, "shares"];
    const r = parse([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "A1", headers, [[...PLACING, "junk"]])]);
    expect(where(r.findings)).toEqual(["warning DUPLICATE_COLUMN Movements!J1"]);
    expect(r.ledger.movements[0].shares).toBe(1_865_000_000);
  });
});

describe("where the table sits", () => {
  it("gives addresses that follow a table starting at D10", () => {
    const r = parse([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "D10", MOVEMENT_HEADERS, [PLACING, movement("Shares", 1.5)])]);
    // Shares is the fifth column (D + 4 = H); the second data row is row 12.
    expect(where(r.findings)).toEqual(["error FRACTIONAL_SHARES Movements!H12"]);
  });

  it("gives the header address of a missing column of a table starting at C5", () => {
    const headers = CLASS_HEADERS.filter((h) => h !== "Listed");
    const r = parse([tables()[0], grid("NDDR_Classes", "Share register", "C5", headers, []), tables()[2]]);
    expect(where(r.findings)).toEqual(["error MISSING_COLUMN Share register!C5"]);
  });

  it("gives a missing column of a row-1 table with its header row turned off the table's first cell, not row 0", () => {
    const headers = CLASS_HEADERS.filter((h) => h !== "Listed");
    const r = parse([tables()[0], grid("NDDR_Classes", "Classes", "A0", headers, []), tables()[2]]);
    expect(where(r.findings)).toEqual(["error MISSING_COLUMN Classes!A1"]);
  });

  it("gives the Value cell of a setting in a table starting at B3", () => {
    const r = parse([grid("NDDR_Issuer", "Settings", "B3", ["Field", "Value"], withSetting("Opening date", "soon").map((s) => [...s])), ...tables().slice(1)]);
    // Opening date is the fifth setting: row 3 + 5 = 8, Value column C.
    expect(where(r.findings)).toEqual(["error BAD_DATE Settings!C8"]);
  });

  it("gives the cross-table finding the moved table's address", () => {
    const g = generate([...tables().slice(0, 2), grid("NDDR_Movements", "Movements", "AA100", MOVEMENT_HEADERS, [movement("Class key", "Q")])]);
    expect(where(g.findings)).toEqual(["error UNKNOWN_CLASS_KEY Movements!AA101"]);
  });
});

describe("empty rows", () => {
  it("skips empty rows and rows of spaces", () => {
    const blank: Row = MOVEMENT_HEADERS.map(() => null);
    const spaces: Row = MOVEMENT_HEADERS.map(() => "  ");
    const r = parse(tables({ movements: [blank, PLACING, spaces, blank] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements).toHaveLength(1);
    expect(r.ledger.movements[0].origin.row).toBe(3);
  });

  it("counts skipped rows in the addresses of later rows", () => {
    const blank: Row = MOVEMENT_HEADERS.map(() => null);
    const r = parse(tables({ movements: [PLACING, blank, blank, movement("Currency", "XYZ")] }));
    expect(where(r.findings)).toEqual(["error UNKNOWN_CURRENCY Movements!I5"]);
  });

  it("skips a short row that has fewer cells than headers", () => {
    const r = parse(tables({ movements: [[], PLACING] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements).toHaveLength(1);
  });

  it("reads a gap in a reader's list of rows as a blank row", () => {
    const movements: Row[] = [];
    movements[2] = PLACING;
    const r = parse(tables({ movements }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.movements.map((m) => m.origin.row)).toEqual([4]);
  });

  it("skips empty rows of NDDR_Issuer", () => {
    const r = parse(tables({ settings: [...SETTINGS, [null, null], ["", "  "]] }));
    expect(r.findings).toEqual([]);
  });
});

describe("settings", () => {
  it("warns about an unknown setting at its Field cell", () => {
    const r = parse(tables({ settings: [...SETTINGS, ["Colour", "blue"]] }));
    expect(where(r.findings)).toEqual(["warning UNKNOWN_SETTING Issuer!A9"]);
    expect(r.findings[0].message).toContain("Colour");
    expect(r.ledger.issuer).toBeDefined();
  });

  it("matches setting names regardless of case and spaces", () => {
    const r = parse(tables({ settings: SETTINGS.map(([f, v]) => [`  ${String(f).toUpperCase()} `, v] as const) }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.title).toBe("Director");
  });

  it("warns about a setting given twice at the second Field cell, and uses the first", () => {
    const r = parse(tables({ settings: [...SETTINGS, ["Title", "Company Secretary"]] }));
    expect(where(r.findings)).toEqual(["warning DUPLICATE_SETTING Issuer!A9"]);
    expect(r.ledger.issuer?.title).toBe("Director");
  });

  it("reports an unknown Board at its Value cell", () => {
    const r = parse(tables({ settings: withSetting("Board", "Growth Enterprise") }));
    expect(where(r.findings)).toEqual(["error UNKNOWN_BOARD Issuer!B3"]);
  });

  it.each([7, -1, 2.5])("reports Percentage decimals of %p at its Value cell", (value) => {
    const r = parse(tables({ settings: withSetting("Percentage decimals", value) }));
    expect(where(r.findings)).toEqual(["error OUT_OF_RANGE Issuer!B9"]);
  });

  it("reports Percentage decimals typed as words at its Value cell", () => {
    const r = parse(tables({ settings: withSetting("Percentage decimals", "two") }));
    expect(where(r.findings)).toEqual(["error TEXT_IN_NUMBER_COLUMN Issuer!B9"]);
  });

  it.each([0, 6])("accepts Percentage decimals of %p", (value) => {
    const r = parse(tables({ settings: withSetting("Percentage decimals", value) }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.percentDecimals).toBe(value);
  });

  it("defaults Percentage decimals to 2", () => {
    expect(parse(tables()).ledger.issuer?.percentDecimals).toBe(2);
  });

  it("defaults Percentage base to Class", () => {
    expect(parse(tables()).ledger.issuer?.percentageBase).toBe("Class");
  });

  it('reads Percentage base "all classes" in any case as All classes', () => {
    const r = parse(tables({ settings: [...SETTINGS, ["Percentage base", " ALL CLASSES "]] }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.percentageBase).toBe("All classes");
  });

  it("reports a Percentage base that is neither Class nor All classes at its Value cell", () => {
    const r = parse(tables({ settings: [...SETTINGS, ["Percentage base", "H shares"]] }));
    expect(where(r.findings)).toEqual(["error UNKNOWN_PERCENTAGE_BASE Issuer!B9"]);
  });

  it('reads Confirmations "i,ii,iv" as items 1, 2 and 4', () => {
    const r = parse(tables({ settings: withSetting("Confirmations", "i,ii,iv") }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.confirmations).toEqual([1, 2, 4]);
  });

  it('reads Confirmations "(iv), (i) (ii)" in order without repeats', () => {
    const r = parse(tables({ settings: withSetting("Confirmations", "(iv), (i) (ii), i") }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.confirmations).toEqual([1, 2, 4]);
  });

  it("defaults Confirmations to all eight items", () => {
    expect(parse(tables()).ledger.issuer?.confirmations).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reports Confirmations "ix" at its Value cell', () => {
    const r = parse(tables({ settings: withSetting("Confirmations", "i,ix") }));
    expect(where(r.findings)).toEqual(["error UNKNOWN_CONFIRMATION Issuer!B9"]);
    expect(r.findings[0].message).toContain("ix");
  });
});

describe("closure days", () => {
  it("reads Closure days as ISO dates separated by commas, semicolons or spaces", () => {
    const r = parse(tables({ settings: withSetting("Closure days", "2024-09-06; 2024-07-17 2025-09-24") }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.closureDays).toEqual(["2024-09-06", "2024-07-17", "2025-09-24"]);
  });

  it("reads one Excel date in Confirmed closure days", () => {
    const r = parse(tables({ settings: withSetting("Confirmed closure days", serial("2025-09-24")) }));
    expect(r.findings).toEqual([]);
    expect(r.ledger.issuer?.confirmedClosureDays).toEqual(["2025-09-24"]);
  });

  it("reports a day-first date in Confirmed closure days at its Value cell, naming the setting", () => {
    const r = parse(tables({ settings: withSetting("Confirmed closure days", "24/09/2025") }));
    expect(where(r.findings)).toEqual(["error BAD_DATE Issuer!B9"]);
    expect(r.findings[0].message).toContain("Confirmed closure days");
  });

  it("warns at the Closure days cell about a weekday after 23 September 2024 that is not confirmed", () => {
    const g = generate(tables({ settings: withSetting("Closure days", "2024-12-18") }));
    expect(where(g.findings)).toEqual(["warning CLOSURE_DAY_NOT_CONFIRMED Issuer!B9"]);
    expect(generate(tables({ settings: [...withSetting("Closure days", "2024-12-18"), ["Confirmed closure days", "2024-12-18"]] })).findings)
      .toEqual([]);
  });
});

describe("the Return column of NDDR_Log", () => {
  const LOG_HEADERS: Row = ["Generated at", "Closing date", "Class key", "Closing issued", "Closing treasury", "Input fingerprint", "Return"];
  const logOf = (kind: CellValue, headers: Row = LOG_HEADERS) =>
    parse([...tables(), grid("NDDR_Log", "Log", "A1", headers, [[null, "2024-11-30", "B", 34_528_336_530, 0, null, kind].slice(0, headers.length)])]);

  it.each([
    [null, "Next Day Disclosure Return"],
    ["Monthly Return", "Monthly Return"],
    [" monthly return ", "Monthly Return"],
    ["MR", "Monthly Return"],
    ["FF301", "Monthly Return"],
    ["NDDR", "Next Day Disclosure Return"],
  ])("reads %p as %p", (kind, expected) => {
    const r = logOf(kind);
    expect(r.findings).toEqual([]);
    expect(r.ledger.log?.map((e) => e.returnKind)).toEqual([expected]);
  });

  it("reads a log without the column (written before it existed) as Next Day Disclosure Returns", () => {
    const r = logOf(null, LOG_HEADERS.slice(0, 6));
    expect(r.findings).toEqual([]);
    expect(r.ledger.log?.map((e) => e.returnKind)).toEqual(["Next Day Disclosure Return"]);
  });

  it("reports any other value at its cell", () => {
    expect(where(logOf("Annual return").findings)).toEqual(["error UNKNOWN_RETURN_KIND Log!G2"]);
  });
});

describe("rule 22: one run lists every mistake", () => {
  const CANCEL_TOO_MANY: Row = ["B", serial("2024-12-17"), "Cancellation of treasury shares", null, 5, null, null, null, null];

  it("a class rejected for a four-digit stock code keeps its rows checked: a balance below zero is still reported", () => {
    const g = generate(tables({ classes: [shareClass("Stock code", "0020"), CLASS_A], movements: [PLACING, CANCEL_TOO_MANY] }));
    expect(where(g.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!E2", "error TREASURY_BELOW_ZERO Movements!E3"]);
    expect(g.ok).toBe(false);
  });

  it("and an unknown event type of its rows too", () => {
    const g = generate(tables({ classes: [shareClass("Stock code", "0020"), CLASS_A], movements: [movement("Event type", "Placement")] }));
    expect(where(g.findings)).toEqual(["error STOCK_CODE_NOT_FIVE_DIGITS Classes!E2", "error UNKNOWN_EVENT_TYPE Movements!C2"]);
  });

  it("the unknown-class-key message lists the classes as typed, those rejected too", () => {
    const g = generate(tables({
      classes: [shareClass("Opening issued", "lots", shareClass("Class key", "Hk"))],
      movements: [movement("Class key", "X")],
    }));
    const unknown = g.findings.find((f) => f.code === "UNKNOWN_CLASS_KEY")!;
    expect(unknown.message).toContain("Use one of: Hk, or add the class.");
    expect(unknown.message).not.toContain("(no classes yet)");
  });

  it("with no class typed at all it says so", () => {
    const g = generate(tables({ classes: [], movements: [movement("Class key", "X")] }));
    expect(g.findings.find((f) => f.code === "UNKNOWN_CLASS_KEY")!.message).toContain("(no classes yet)");
  });
});
