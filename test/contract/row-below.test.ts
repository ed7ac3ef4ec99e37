// A row under a contract table, outside it (TableGrid.rowBelow): what the parser says of it.
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { parseIssuer } from "../../src/contract/parse-issuer";
import { parseLedger } from "../../src/contract/parse-ledger";
import { rowBelowFindings } from "../../src/contract/row-below";

const table = (values: CellValue[]): TableGrid => ({
  name: "NDDR_Movements", sheet: "Movements", headerRow: 3, firstColumn: 2,
  headers: ["Class key", "Date", "Shares"], rows: [["A", 45_000, 100]],
  rowBelow: { row: 5, values },
});
const located = (values: CellValue[]) => rowBelowFindings(table(values)).map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

describe("a row under a table, outside it", () => {
  test("two cells or more read as a row of the table: an error at the first of them", () => {
    expect(located([null, 45_001, 200])).toEqual(["error Movements!C5"]);
  });

  test("a single cell (a note or a total) is a warning at it", () => {
    expect(located([null, null, 100])).toEqual(["warning Movements!D5"]);
  });

  test("empty texts and spaces are no content, as in a row of the table", () => {
    expect(located(["", " ", null])).toEqual([]);
  });

  test("the message says how to take the row into the table or set it apart", () => {
    const [f] = rowBelowFindings(table(["A", 45_001, 200]));
    expect(f.message).toMatch(/Row 5 is filled in directly under NDDR_Movements but is not part of the table, so it is not read/);
    expect(f.message).toMatch(/Resize Table/);
    expect(f.message).toMatch(/empty row between/);
  });

  test("the ledger's parse reports it, once", () => {
    const findings = parseLedger([table(["A", 45_001, 200])]).findings.filter((f) => f.code === "ROW_BELOW_TABLE");
    expect(findings).toHaveLength(1);
  });
});

describe("a row under NDDR_Issuer, outside it", () => {
  const issuer = (values: CellValue[]): TableGrid => ({
    name: "NDDR_Issuer", sheet: "Issuer", headerRow: 1, firstColumn: 1, headers: ["Field", "Value"],
    rows: [["Issuer name", "Test Limited"]], rowBelow: { row: 3, values },
  });
  const found = (values: CellValue[]) => parseIssuer(issuer(values)).findings.filter((f) => f.code === "ROW_BELOW_TABLE").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

  test("naming a setting, it reads as a setting left out: an error", () => {
    expect(found(["Closing date", "2024-12-17"])).toEqual(["error Issuer!A3"]);
  });

  test("naming no setting (a note such as Checked by | CFO), it is a warning", () => {
    expect(found(["Checked by", "CFO"])).toEqual(["warning Issuer!A3"]);
  });
});
