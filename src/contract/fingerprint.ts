// A fingerprint of the inputs of a generation: the contract tables' names, headers and values in the
// order read. Same tables, same fingerprint, whichever reader (exceljs or Office.js) produced them;
// it goes into NDDR_Log and the exports so a return can be tied back to the workbook state it came from.
import { sha256Hex } from "../common/sha256";
import type { TableGrid } from "./grid";
import { contractTable, LOG_TABLE } from "./tables";

/**
 * Only the contract's tables count (CONTRACT_TABLES), whatever else a reader handed over: the command
 * line reads every table of the file, the add-in only the contract's. The log is left out: it is the
 * record of returns, not an input. A 1904 date system changes what the serials mean, so it counts too.
 */
export async function inputFingerprint(tables: readonly TableGrid[]): Promise<string> {
  const contract = [...tables]
    .filter((t) => contractTable(t.name) !== undefined && t.name.toLowerCase() !== LOG_TABLE.name.toLowerCase())
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .map((t) => [t.name, t.sheet, t.headerRow, t.firstColumn, t.headers, t.rows, ...(t.date1904 ? ["1904"] : [])]);
  return `sha256:${(await sha256Hex(JSON.stringify(contract))).slice(0, 16)}`;
}
