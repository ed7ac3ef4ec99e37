// The same workbook saved by other programs, for the golden tests: Excel's way (our fixture writer, in
// both date systems) and LibreOffice's own .xlsx export (soffice --convert-to xlsx), beside the exceljs
// file the tests build. Each must give the same return.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert, hasLibreOffice } from "../../scripts/libreoffice";
import { readXlsxTables } from "../../src/adapters/xlsx-read/read-xlsx-tables";
import { isContractOrNearName } from "../../src/contract/table-names";
import { excelStyleFromGrids } from "./excel-style-xlsx";

export type Resave = (bytes: Uint8Array) => Promise<Uint8Array>;

/** The contract's tables of `bytes`, written again the way Excel 16 writes them. */
export function excelStyle(options: { date1904?: boolean; rich?: boolean } = {}): Resave {
  return async (bytes) => {
    const read = await readXlsxTables(bytes, isContractOrNearName);
    if (!read.ok) throw new Error(read.reason);
    return excelStyleFromGrids(read.tables, options);
  };
}

/** `bytes` opened and saved as .xlsx by LibreOffice. */
export const libreOffice: Resave = async (bytes) => {
  const dir = mkdtempSync(join(tmpdir(), "nddr-resave-"));
  try {
    const file = join(dir, "workbook.xlsx");
    writeFileSync(file, bytes);
    return new Uint8Array(readFileSync(convert(file, "xlsx", join(dir, "out"))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const asIs: Resave = async (bytes) => bytes;

/** Writers for describe.each: [how it was saved, resave]. LibreOffice only where it is installed. */
export const SAVED_BY: [string, Resave][] = [
  ["as the tests write it (exceljs)", asIs],
  ["the way Excel saves it", excelStyle()],
  ["the way Excel saves it, in the 1904 date system", excelStyle({ date1904: true })],
  ["the way Excel saves a rich workbook (chart, defined names, notes column, other sheets)", excelStyle({ rich: true })],
  ...(hasLibreOffice() ? [["by LibreOffice", libreOffice] as [string, Resave]] : []),
];
