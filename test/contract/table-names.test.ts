// Tables that only look like the contract's (a copy Excel renamed NDDR_Movements3, a name typed with a
// trailing space) are reported at their first cell instead of being silently left out; a workbook with
// issuer settings but no ledger table is an error, not "no return due".
import { columnNumber } from "../../src/common/a1";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { parseLedger } from "../../src/contract/parse-ledger";
import { contractTableName, isContractOrNearName, nearContractName } from "../../src/contract/table-names";
import { CLASSES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE } from "../../src/contract/tables";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";
import { generateReturn } from "../../src/domain/generate-return";

const serial = (iso: string) => isoDateToExcelSerial(iso as IsoDate);

function grid(name: string, sheet: string, origin: string, headers: readonly CellValue[], rows: readonly (readonly CellValue[])[]): TableGrid {
  const m = /^([A-Z]+)(\d+)$/.exec(origin)!;
  return { name, sheet, headerRow: Number(m[2]), firstColumn: columnNumber(m[1]), headers, rows };
}

const issuer = grid("NDDR_Issuer", "Issuer", "A1", ["Field", "Value"], [
  ["Issuer name", "SenseTime Group Inc."], ["Opening date", serial("2024-11-30")], ["Closing date", serial("2024-12-17")],
  ["Submitted by", "Xu Li"], ["Title", "Director"],
]);
const classes = grid("NDDR_Classes", "Classes", "A1", CLASSES_TABLE.columns.map((c) => c.header), [
  ["B", "WVR ordinary shares", "B", "Yes", "00020", null, null, null, 34_528_336_530, 0],
]);
const placing = ["B", serial("2024-12-17"), "Placing/subscription - new shares involved", "Placing", 1_865_000_000, null, null, 1.5, "HKD"];
const movements = (name: string, sheet = "Movements", origin = "A1") => grid(name, sheet, origin, MOVEMENTS_TABLE.columns.map((c) => c.header), [placing]);

const where = (tables: TableGrid[]) => parseLedger(tables).findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? "-"}!${f.cell ?? "-"}`);

describe("contract table names", () => {
  it("match the contract's names in any case", () => {
    expect(contractTableName("nddr_movements")).toBe("NDDR_Movements");
    expect(contractTableName("NDDR_MOVEMENTS")).toBe("NDDR_Movements");
  });

  it.each(["NDDR_Movements3", "nddr_movements ", "NDDR Movements", "NDDR_Movements 2", "NDDR_Movements (2)", "NDDRMovements"])(
    "take %j for a near miss of NDDR_Movements",
    (name) => {
      expect(nearContractName(name)).toBe("NDDR_Movements");
      expect(isContractOrNearName(name)).toBe(true);
    },
  );

  it.each(["NDDR_Movements_Archive", "Movements", "Table1", "NDDR_Notes"])("leave %j alone", (name) => {
    expect(nearContractName(name)).toBeUndefined();
    expect(isContractOrNearName(name)).toBe(false);
  });

  it("do not call the exact name a near miss", () => {
    expect(nearContractName("NDDR_Movements")).toBeUndefined();
  });
});

describe("parseLedger on near-named tables", () => {
  it("reports a table Excel renamed NDDR_Movements3 as an error at its first cell, naming the name to use", () => {
    const tables = [issuer, classes, movements("NDDR_Movements3", "Movements (2)", "C4")];
    expect(where(tables)).toEqual(["error MISNAMED_TABLE Movements (2)!C4"]);
    expect(parseLedger(tables).findings[0].message).toContain("Rename it to NDDR_Movements");
  });

  it("does not let a misnamed movements table pass as a period without changes", () => {
    const parsed = parseLedger([issuer, classes, movements("nddr_movements ")]);
    const g = generateReturn(parsed.ledger, { today: "2024-12-18" as IsoDate }, parsed.findings);
    expect(g.ok).toBe(false);
    expect(g.findings.map((f) => f.code)).toContain("MISNAMED_TABLE");
  });

  it("reads a table whose name differs only in case, as Excel does", () => {
    const parsed = parseLedger([issuer, classes, movements("nddr_movements")]);
    expect(parsed.findings).toEqual([]);
    expect(parsed.ledger.movements).toHaveLength(1);
  });

  it("warns about a near-named copy beside the real table, and reads only the real one", () => {
    const parsed = parseLedger([issuer, classes, movements("NDDR_Movements"), movements("NDDR_Movements2", "Copy", "A1")]);
    expect(parsed.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`)).toEqual(["warning MISNAMED_TABLE Copy!A1"]);
    expect(parsed.ledger.movements).toHaveLength(1);
  });

  it("reports a misnamed required table once, not also as missing", () => {
    const tables = [{ ...issuer, name: "NDDR_Issuer1" }, classes, movements("NDDR_Movements")];
    expect(where(tables)).toEqual(["error MISNAMED_TABLE Issuer!A1"]);
  });

  it("reports a second table of the same contract name at its first cell", () => {
    const tables = [issuer, classes, movements("NDDR_Movements"), movements("NDDR_MOVEMENTS", "Other", "B2")];
    expect(where(tables)).toEqual(["error DUPLICATE_TABLE Other!B2"]);
  });
});

describe("rows of a workbook whose NDDR_Classes cannot be read", () => {
  const generated = (tables: TableGrid[]) => {
    const parsed = parseLedger(tables);
    return generateReturn(parsed.ledger, { today: "2024-12-18" as IsoDate }, parsed.findings).findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? "-"}!${f.cell ?? "-"}`);
  };
  const twoRows = grid("NDDR_Movements", "Movements", "A1", MOVEMENTS_TABLE.columns.map((c) => c.header), [placing, ["B", serial("2024-12-16"), ...placing.slice(2)]]);

  it("are not each an unknown class key when NDDR_Classes has a near name: the misnamed table is the one finding", () => {
    expect(generated([issuer, { ...classes, name: "NDDR_Classes_2" }, twoRows])).toEqual(["error MISNAMED_TABLE Classes!A1"]);
  });

  it("are not each an unknown class key when NDDR_Classes is missing: the missing table is the one finding", () => {
    expect(generated([issuer, twoRows])).toEqual(["error MISSING_TABLE -!-"]);
  });

  it("are each an unknown class key when NDDR_Classes is there but names none of them", () => {
    expect(generated([issuer, { ...classes, rows: [] }, twoRows])).toEqual(["error UNKNOWN_CLASS_KEY Movements!A2", "error UNKNOWN_CLASS_KEY Movements!A3"]);
  });
});

describe("a workbook without a ledger table", () => {
  it("is an error when it has issuer settings but no movements, repurchases or treasury sales table", () => {
    const tables = [issuer, classes];
    expect(where(tables)).toEqual(["error NO_LEDGER_TABLE -!-"]);
  });

  it("is fine with any one of the three ledger tables", () => {
    const repurchases = grid("NDDR_Repurchases", "Repurchases", "A1", REPURCHASES_TABLE.columns.map((c) => c.header), []);
    expect(where([issuer, classes, repurchases])).toEqual([]);
  });

  it("is reported as the misnamed table when one exists, not twice", () => {
    expect(where([issuer, classes, movements("NDDR_Movements3")])).toEqual(["error MISNAMED_TABLE Movements!A1"]);
  });
});
