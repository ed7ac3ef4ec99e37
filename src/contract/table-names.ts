// Which tables of a workbook are the contract's, and which only look like one: a copy Excel renamed
// (NDDR_Movements3, NDDR_Movements 2), a name typed with spaces or another case. A reader reads both
// kinds; the parser reads the first and reports the second at its first cell, so that rows kept in a
// misnamed table are never silently left out of a return.
import { contractTable, CONTRACT_TABLES } from "./tables";

const CONTRACT_TABLE_NAMES: readonly string[] = CONTRACT_TABLES.map((t) => t.name);

/** Excel's table names are case-insensitive: "nddr_movements" is NDDR_Movements. */
export function contractTableName(name: string): string | undefined {
  return contractTable(name)?.name;
}

/** Lower case without spaces, underscores, hyphens or dots, and without a trailing copy number. */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, "").replace(/\(?\d+\)?$/, "");
}

const LOOSE: ReadonlyMap<string, string> = new Map(CONTRACT_TABLE_NAMES.map((n) => [looseKey(n), n]));

/** The contract name a table's name stands for, when it is not that name exactly (any case). */
export function nearContractName(name: string): string | undefined {
  return contractTableName(name) ? undefined : LOOSE.get(looseKey(name));
}

/** The tables a reader hands to the parser: the contract's, and the near misses it must report. */
export function isContractOrNearName(name: string): boolean {
  return contractTableName(name) !== undefined || nearContractName(name) !== undefined;
}
