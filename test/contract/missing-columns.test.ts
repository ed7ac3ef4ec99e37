// A contract column whose header was typed over (Excel renames the table's column with it): said at the
// header, once, never read silently as blank nor blamed on another column's cells (QA round 10b, F1/F2).
import { columnNumber } from "../../src/common/a1";
import { parseLedger } from "../../src/contract/parse-ledger";
import { generateReturn } from "../../src/domain/generate-return";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import type { Finding } from "../../src/domain/finding";
import { MOVEMENTS_TABLE } from "../../src/contract/tables";

type Row = readonly CellValue[];
const serial = (iso: string): number => isoDateToExcelSerial(iso as IsoDate);

function grid(name: string, sheet: string, headers: Row, rows: readonly Row[]): TableGrid {
  return { name, sheet, headerRow: 1, firstColumn: columnNumber("A"), headers, rows };
}

const ISSUER = grid("NDDR_Issuer", "Issuer", ["Field", "Value"], [["Issuer name", "Kowloon Ltd"], ["Opening date", serial("2025-09-30")]]);
const CLASSES = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Opening issued", "Opening treasury"],
  [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, 2_000_000]]);

const HEADERS = ["Class key", "Date", "Event type", "Details", "Shares", "Issued change", "Treasury change", "Price", "Currency", "Mandate"];
//                A            B       C             D          E         F                G                  H        I           J
const PLACING: Row = ["ORD", serial("2025-10-06"), "Placing/subscription - new shares involved", "Placing", 1_000_000, null, null, 2.8, "HKD", null];
const CONSOLIDATION: Row = ["ORD", serial("2025-10-08"), "Capital reorganisation", "2 into 1", null, -400_250_000, -1_000_000, null, null, null];

/** The movements table with one header typed over. */
function movements(rename: Record<string, string>, rows: readonly Row[]): TableGrid {
  return grid("NDDR_Movements", "Movements", HEADERS.map((h) => rename[h] ?? h), rows);
}
const MOVEMENTS_HEADERS = MOVEMENTS_TABLE.columns.map((c) => c.header);
const parse = (table: TableGrid) => parseLedger([ISSUER, CLASSES, table]);
const where = (findings: readonly Finding[], code: string): string[] =>
  findings.filter((f) => f.code === code).map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

describe("a contract column whose header was typed over", () => {
  test("a column rows need is one error at the renamed header, not one per row at the Class key", () => {
    const r = parse(movements({ Shares: "Number of shares" }, [PLACING, PLACING, PLACING]));
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Movements!E1"]);
    expect(where(r.findings, "MISSING_VALUE")).toEqual([]);
    const message = r.findings.find((f) => f.code === "MISSING_COLUMN")!.message;
    expect(message).toContain(`no column "Shares", and 3 rows need it (the first is row 2)`);
    expect(message).toContain(`If "Number of shares" is that column, rename its header to "Shares"`);
  });

  test("rows that need a column with no header like it point at the table's first header cell and say to add it", () => {
    const withoutCurrency = (row: Row): Row => row.filter((_, i) => i !== HEADERS.indexOf("Currency"));
    const r = parse(grid("NDDR_Movements", "Movements", withoutCurrency(HEADERS), [withoutCurrency(PLACING)]));
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Movements!A1"]);
    expect(r.findings.find((f) => f.code === "MISSING_COLUMN")!.message).toMatch(/no column "Currency", and row 2 needs it: A price needs its currency\..*Add the column/);
    expect(where(r.findings, "PRICE_WITHOUT_CURRENCY")).toEqual([]);
  });

  test("rows left out for a missing column are not read", () => {
    const r = parse(movements({ Currency: "Ccy" }, [PLACING]));
    expect(r.ledger.movements).toEqual([]);
  });

  test("a renamed column of the balances no row needs is an error at its header: the closing balance would be wrong", () => {
    const r = parse(movements({ "Issued change": "Issued shares change" }, [PLACING, CONSOLIDATION]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!F1"]);
    const message = r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message;
    expect(message).toContain(`is not one of NDDR_Movements's columns, and the table has no column "Issued change"`);
    expect(message).toContain("its filled cell is left out");
    expect(message).toContain(`rename its header to "Issued change": the balances would be wrong without it`);
  });

  test("a renamed column that does not change the balances is a warning, with how many filled cells are left out", () => {
    const r = parse(movements({ Price: "Issue price" }, [PLACING, PLACING]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Movements!H1"]);
    expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toContain("its 2 filled cells are left out");
  });

  test("a user's column sharing only a generic word (stock, code, date) with a missing one says nothing", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Opening issued", "Opening treasury", "Stock short name"],
      [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, 2_000_000, "KOWLOON"]]);
    expect(parseLedger([ISSUER, classes, movements({}, [PLACING])]).findings.filter((f) => f.code === "UNREAD_COLUMN")).toEqual([]);
  });

  test("a repeated log row of a log without its first contract column (Generated at) is still DUPLICATE_ROW, at the row", () => {
    const row = [serial("2025-09-30"), "ORD", 800_500_000, 2_000_000];
    const log = grid("NDDR_Log", "Log", ["Closing date", "Class key", "Closing issued", "Closing treasury"], [row, row]);
    const r = parseLedger([ISSUER, CLASSES, movements({}, [PLACING]), log]);
    expect(where(r.findings, "DUPLICATE_ROW")).toEqual(["warning Log!A3"]);
    expect(where(r.findings, "MISSING_COLUMN")).toEqual([]);
  });

  test("an unprinted price under an edited header is said", () => {
    const r = parse(movements({ Price: "Issue price" }, [PLACING]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Movements!H1"]);
  });

  test("a renamed mandate column is said, so a mandate's use is not silently unchecked", () => {
    const withMandate = PLACING.map((v, i) => (i === 9 ? serial("2025-06-01") : v));
    const r = parse(movements({ Mandate: "General mandate used" }, [withMandate]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Movements!J1"]);
  });

  test("an empty renamed column says nothing: nothing is left out", () => {
    const r = parse(movements({ Mandate: "Mandate date" }, [PLACING]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual([]);
  });

  test("a column of the user's own sharing no word with a missing column says nothing", () => {
    const r = parse(movements({ Mandate: "Checked by" }, [PLACING.map((v, i) => (i === 9 ? "KL" : v))]));
    expect(r.findings.filter((f) => f.code === "UNREAD_COLUMN" || f.code === "MISSING_COLUMN")).toEqual([]);
  });

  test("a column of the user's own beside every contract column says nothing, whatever its words", () => {
    const table = grid("NDDR_Movements", "Movements", [...HEADERS, "Issue price (USD)"], [[...PLACING, 0.36]]);
    expect(parse(table).findings.filter((f) => f.code === "UNREAD_COLUMN")).toEqual([]);
  });

  test("a header like two missing columns names both", () => {
    const r = parse(movements({ "Issued change": "Change", "Treasury change": "Treasury movement" }, [PLACING.map((v, i) => (i === 5 ? 5 : v))]));
    const message = r.findings.find((f) => f.code === "UNREAD_COLUMN" && f.cell === "F1")!.message;
    expect(message).toContain(`no column "Issued change" or "Treasury change"`);
  });
});

describe("a header cleared or typed over in another language, standing where a contract column belongs", () => {
  // The template's order: Issued change sits between Shares and Treasury change.
  test("Excel's Column1 (a cleared header) in the place of a balance column is an error at that header", () => {
    const r = parse(movements({ "Issued change": "Column1" }, [PLACING, CONSOLIDATION]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!F1"]);
    const message = r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message;
    expect(message).toContain(`stands where NDDR_Movements's column "Issued change" belongs`);
    expect(message).toContain("Excel names a column Column1 when its header is cleared");
  });

  test("a header typed over in Chinese in the place of a balance column is an error at that header", () => {
    const r = parse(movements({ "Treasury change": "庫存股份變動" }, [PLACING, CONSOLIDATION]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!G1"]);
    expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toContain(`rename its header to "Treasury change"`);
  });

  test("a cleared header of a column rows need points MISSING_COLUMN at that header", () => {
    const r = parse(movements({ Currency: "Column2" }, [PLACING]));
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Movements!I1"]);
    expect(r.findings.find((f) => f.code === "MISSING_COLUMN")!.message).toContain(`If "Column2" is that column, rename its header to "Currency"`);
  });

  test("two headers typed over in one gap are paired with the missing columns in their order", () => {
    const r = parse(movements({ Price: "價格", Currency: "貨幣" }, [PLACING]));
    const at = (cell: string) => r.findings.find((f) => f.code === "UNREAD_COLUMN" && f.cell === cell)?.message ?? "";
    expect(at("H1")).toContain(`column "Price" belongs`);
    expect(at("I1")).toContain(`column "Currency" belongs`);
  });

  test("Excel's Column6 after the last contract column, where the missing Opening treasury belongs, is an error", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Opening issued", "Column6"],
      [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, 2_000_000]]);
    expect(where(parseLedger([ISSUER, classes, movements({}, [PLACING])]).findings, "UNREAD_COLUMN")).toEqual(["error Classes!F1"]);
  });

  test("a header typed over in Chinese where the missing last column Opening treasury belongs, holding figures, is a warning: it may be the user's own", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Opening issued", "期初庫存股份"],
      [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, 2_000_000]]);
    expect(where(parseLedger([ISSUER, classes, movements({}, [PLACING])]).findings, "UNREAD_COLUMN")).toEqual(["warning Classes!F1"]);
  });

  test("a named header past the last contract column holding text says nothing though a last column is missing: a user's own column there is common", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Opening issued", "備註"],
      [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, "見董事會紀錄"]]);
    expect(where(parseLedger([ISSUER, classes, movements({}, [PLACING])]).findings, "UNREAD_COLUMN")).toEqual([]);
  });

  test("a user's own named column after the last contract column says nothing, though an optional last column is missing", () => {
    const r = parse(movements({ Mandate: "Checked by" }, [PLACING.map((v, i) => (i === 9 ? "KL" : v))]));
    expect(r.findings.filter((f) => f.code === "UNREAD_COLUMN")).toEqual([]);
  });

  test("a required column whose header was cleared is MISSING_COLUMN at that header, saying to rename it", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Column5", "Opening treasury"],
      [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, 2_000_000]]);
    const r = parseLedger([ISSUER, classes, movements({}, [PLACING])]);
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Classes!E1"]);
    expect(r.findings.find((f) => f.code === "MISSING_COLUMN")!.message).toContain(`If "Column5" is that column, rename its header to "Opening issued"`);
  });

  test("while NDDR_Classes cannot be read for a missing required column, rows are not told their class key is unknown", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class key", "Class of shares", "Listed", "Stock code", "Column5", "Opening treasury"],
      [["ORD", "Ordinary shares", "Yes", "01234", 800_500_000, 2_000_000]]);
    const r = parseLedger([ISSUER, classes, movements({}, [PLACING])]);
    const generated = generateReturn(r.ledger, { today: "2025-10-07" as IsoDate }, r.findings);
    expect(where(generated.findings, "UNKNOWN_CLASS_KEY")).toEqual([]);
    expect(where(generated.findings, "MISSING_COLUMN")).toEqual(["error Classes!E1"]);
  });

  test("an empty cleared header says nothing: nothing is left out", () => {
    const r = parse(movements({ "Issued change": "Column1" }, [PLACING]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual([]);
  });

  test("a user's column inserted between two contract columns that have nothing missing between them says nothing", () => {
    const headers = [...HEADERS.slice(0, 5), "Board minute ref", ...HEADERS.slice(5)];
    const row = [...PLACING.slice(0, 5), "BM-12", ...PLACING.slice(5)];
    const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
    expect(r.findings.filter((f) => f.code === "UNREAD_COLUMN" || f.code === "MISSING_COLUMN")).toEqual([]);
  });

  test("a column cleared after the user moved other contract columns is placed by its neighbours", () => {
    // Treasury change moved before Shares; Column1 still stands between Shares and Price.
    const headers = ["Class key", "Date", "Event type", "Details", "Treasury change", "Shares", "Column1", "Price", "Currency", "Mandate"];
    const row = ["ORD", serial("2025-10-06"), "Capital reorganisation", "2 into 1", -1_000_000, null, -400_250_000, null, null, null];
    const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!G1"]);
    expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toContain(`column "Issued change" belongs`);
  });

  test("a column cleared between neighbours moved out of the contract's order still says it is not read", () => {
    // Date after Details, Column1 between them: no place, but a nameless column full of figures is said.
    const headers = ["Class key", "Event type", "Details", "Column1", "Date", "Shares", "Treasury change", "Price", "Currency", "Mandate"];
    const row = ["ORD", "Capital reorganisation", "2 into 1", -400_250_000, serial("2025-10-06"), null, -1_000_000, null, null, null];
    const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!D1"]);
    expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toMatch(/has no name: .*The table has no column "Issued change"/);
  });

  test.each([["a space", " "], ["an ideographic space", "\u3000"], ["a no-break space", "\u00a0"], ["nothing", null]])(
    "a header cleared with %s, in the place of a balance column, is an error at that header", (_, header) => {
      const r = parse(grid("NDDR_Movements", "Movements", HEADERS.map((h) => (h === "Issued change" ? header : h)), [PLACING, CONSOLIDATION]));
      expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!F1"]);
      expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toMatch(/^The column with a blank header stands where .*type "Issued change" in its header/);
    });

  test("Excel's default name in a Chinese user interface (欄1) is taken as a cleared header", () => {
    const r = parse(movements({ "Issued change": "欄1" }, [PLACING, CONSOLIDATION]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!F1"]);
  });

  test("a cleared header beside a user's own column in the same place is the missing column; the user's own says nothing", () => {
    const headers = [...HEADERS.slice(0, 5), "Board ref", "Column1", ...HEADERS.slice(6)];
    const row = [...CONSOLIDATION.slice(0, 5), "BM-12", ...CONSOLIDATION.slice(5)];
    const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!G1"]);
  });

  test("a cleared header and a user's own column where two columns are missing are not paired by order: each may be either", () => {
    // Treasury change deleted, "Board ref" put in, Issued change cleared: order would name Column1 "Treasury change".
    const headers = [...HEADERS.slice(0, 5), "Board ref", "Column1", ...HEADERS.slice(7)];
    const row = [...PLACING.slice(0, 5), "BM-12", 5, ...PLACING.slice(7)];
    const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
    const message = r.findings.find((f) => f.code === "UNREAD_COLUMN" && f.cell === "G1")!.message;
    expect(message).toContain(`"Issued change" or "Treasury change"`);
  });

  test("a filled column Excel named Column1 is said even when the table lacks no column", () => {
    const table = grid("NDDR_Movements", "Movements", [...MOVEMENTS_HEADERS, "Column13"], [[...PLACING, null, null, -5_000_000]]);
    const r = parse(table);
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Movements!M1"]);
    expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toContain("has no name: its filled cell is left out of the return. Excel names a column Column13 when its header is cleared, or when the table widens");
  });

  test("a note typed beside an older table (Excel's Column1 past its last column) is a warning, not an error", () => {
    const r = parse(grid("NDDR_Movements", "Movements", [...HEADERS, "Column11"], [[...PLACING, "call the registrar"]]));
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Movements!K1"]);
  });

  test("a mandate's Used before ledger under Excel's Column6 is a warning: a running total of the user's own is not that figure", () => {
    const mandates = grid("NDDR_Mandates", "Mandates", ["Class key", "Kind", "Resolution date", "Shares authorised", "Issued shares at resolution", "Column6"],
      [["ORD", "General mandate", serial("2025-06-01"), 160_100_000, 800_500_000, 150_000_000]]);
    const r = parseLedger([ISSUER, CLASSES, movements({}, [PLACING]), mandates]);
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Mandates!F1"]);
    expect(r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message).toContain(`stands where NDDR_Mandates's column "Used before ledger" belongs`);
  });

  test("a user's own column of HKD amounts where a deleted Cancelled on stood is a warning: amounts are not dates", () => {
    const headers = [...MOVEMENTS_HEADERS.filter((h) => h !== "Cancelled on").slice(0, 10), "Amount (HKD)", "Granted on"];
    const row = [...PLACING, 2_800_000.5, null];
    expect(where(parse(grid("NDDR_Movements", "Movements", headers, [row])).findings, "UNREAD_COLUMN")).toEqual(["warning Movements!K1"]);
  });

  test("a user's own column of dates where a deleted Cancelled on stood is an error: they may be its dates", () => {
    const headers = [...MOVEMENTS_HEADERS.filter((h) => h !== "Cancelled on").slice(0, 10), "Board approval", "Granted on"];
    const row = [...PLACING, serial("2025-10-01"), null];
    expect(where(parse(grid("NDDR_Movements", "Movements", headers, [row])).findings, "UNREAD_COLUMN")).toEqual(["error Movements!K1"]);
  });

  test("a column of the log not read says 'not read', not 'left out of the return'", () => {
    const row = ["2025-09-30T08:00:00+08:00", serial("2025-09-30"), "ORD", 800_500_000, 2_000_000, "sha256:0", "Whatever"];
    const log = grid("NDDR_Log", "Log", ["Generated at", "Closing date", "Class key", "Closing issued", "Closing treasury", "Input fingerprint", "Column7"], [row]);
    const message = parseLedger([ISSUER, CLASSES, movements({}, [PLACING]), log]).findings.find((f) => f.code === "UNREAD_COLUMN")!.message;
    expect(message).toContain("its filled cell is not read.");
  });

  test.each([["empty", null], ["holding a note", "see board minute"]])(
    "a header typed over in Chinese holding the figures, beside an inserted Column1 %s, is an error at the Chinese header", (_, note) => {
      const headers = [...HEADERS.slice(0, 5), "發行股份變動", "Column1", ...HEADERS.slice(6)];
      const row = [...CONSOLIDATION.slice(0, 6), note, ...CONSOLIDATION.slice(6)];
      const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
      expect(where(r.findings, "UNREAD_COLUMN").filter((w) => w.startsWith("error"))).toEqual(["error Movements!F1"]);
    });

  test.each([["an error value", { error: "#REF!" }, "#REF!"], ["a formula with no result", { formula: "A1&B1" }, "=A1&B1"]])(
    "a header holding %s is quoted as it shows, never as [object Object]", (_, header, shown) => {
      const r = parse(grid("NDDR_Movements", "Movements", HEADERS.map((h) => (h === "Issued change" ? header : h)) as CellValue[], [PLACING, CONSOLIDATION]));
      const message = r.findings.find((f) => f.code === "UNREAD_COLUMN")!.message;
      expect(message).toContain(`Column "${shown}"`);
      expect(message).not.toContain("[object Object]");
    });

  test("a filled Column1 beside a header a MISSING_COLUMN names is said too", () => {
    // F is "Issued shares change" (a word: Issued change, which the reorganisation needs); G, Column1, holds the treasury change.
    const headers = [...HEADERS.slice(0, 5), "Issued shares change", "Column1", ...HEADERS.slice(7)];
    const row = [...CONSOLIDATION.slice(0, 5), -400_250_000, -1_000_000, ...CONSOLIDATION.slice(7)];
    const r = parse(grid("NDDR_Movements", "Movements", headers, [row]));
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Movements!F1"]);
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["error Movements!G1"]);
  });

  test("a note column Excel named, with no place, does not take the required columns' findings", () => {
    const classes = grid("NDDR_Classes", "Classes", ["Class of shares", "Listed", "Stock code", "Opening treasury", "Column5"],
      [["Ordinary shares", "Yes", "01234", 2_000_000, "checked"]]);
    const r = parseLedger([ISSUER, classes, movements({}, [PLACING])]);
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Classes!A1", "error Classes!A1"]);
  });

  test("a required first column typed over in Chinese is pointed at, with the advice to rename it", () => {
    const r = parse(movements({ "Class key": "類別" }, [PLACING]));
    expect(where(r.findings, "MISSING_COLUMN")).toEqual(["error Movements!A1"]);
    expect(r.findings.find((f) => f.code === "MISSING_COLUMN")!.message).toContain(`If "類別" is that column, rename its header to "Class key"`);
  });

  test("dates of a 1904 workbook fit a date column as the same dates of a 1900 one do", () => {
    const headers = [...MOVEMENTS_HEADERS.filter((h) => h !== "Cancelled on").slice(0, 10), "Board approval", "Granted on"];
    const row = [...PLACING, serial("1991-03-01") - 1462, null];
    const table = { ...grid("NDDR_Movements", "Movements", headers, [row]), date1904: true };
    expect(where(parse(table).findings, "UNREAD_COLUMN")).toEqual(["error Movements!K1"]);
  });

  test("a mandate's Used before ledger typed over in Chinese past the last column is a warning, so an unchecked breach is not silent", () => {
    const mandates = grid("NDDR_Mandates", "Mandates", ["Class key", "Kind", "Resolution date", "Shares authorised", "Issued shares at resolution", "授權前已使用"],
      [["ORD", "General mandate", serial("2025-06-01"), 160_100_000, 800_500_000, 150_000_000]]);
    const r = parseLedger([ISSUER, CLASSES, movements({}, [PLACING]), mandates]);
    expect(where(r.findings, "UNREAD_COLUMN")).toEqual(["warning Mandates!F1"]);
  });
});
