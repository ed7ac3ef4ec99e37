// A fingerprint of the inputs of a generation: the contract tables' names, headers and values in the
// order read. Same tables, same fingerprint, whichever reader (exceljs or Office.js) produced them;
// it goes into NDDR_Log and the exports so a return can be tied back to the workbook state it came from.
import { sha256Hex } from "../common/sha256";
import type { TableGrid } from "./grid";
import { contractTableName } from "./table-names";

export function inputFingerprint(tables: readonly TableGrid[]): string {
  const contract = [...tables]
    // The contract's tables only: a near-named copy the return does not read leaves it unchanged.
    .filter((t) => contractTableName(t.name) !== undefined && !/^NDDR_Log$/i.test(t.name))
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .map((t) => [t.name, t.sheet, t.headerRow, t.firstColumn, t.headers, t.rows]);
  return `sha256:${sha256Hex(JSON.stringify(contract)).slice(0, 16)}`;
}
