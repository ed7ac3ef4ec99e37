// A contract column whose header was typed over (Excel renames the table's column with it): said at the
// header, once, never read silently as blank nor blamed on another column's cells (QA round 10b, F1/F2).
import { columnNumber } from "../../src/common/a1";
import { parseLedger } from "../../src/contract/parse-ledger";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import type { Finding } from "../../src/domain/finding";

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
    const r = parse(movements({ Currency: "Ccy" }, [PLACING]));
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
