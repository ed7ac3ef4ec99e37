// Which of the workbook's tables are the contract's: by name whatever its case, a second table of one
// name refused, and a near name (NDDR_Movements3, "NDDR_Movements ") reported at its header.
import { finding, type Finding } from "../domain/finding";
import { clip } from "./cell-reader";
import { contractTableName, nearContractName } from "./table-names";
import { headerCellAddress, type TableGrid } from "./grid";

/**
 * The contract's tables by lower-case name (Excel's names ignore case), and the contract names of the
 * tables found only under a near name. A near name is an error when the contract table is missing (its
 * rows would silently be left out), a warning beside it; a second table of one name is an error.
 */
export function contractTables(tables: readonly TableGrid[]): { byName: Map<string, TableGrid>; misnamed: Set<string>; findings: Finding[] } {
  const findings: Finding[] = [];
  const byName = new Map<string, TableGrid>();
  for (const t of tables) {
    const key = t.name.toLowerCase();
    const first = byName.get(key);
    if (!first) byName.set(key, t);
    else if (contractTableName(t.name)) {
      findings.push(finding("DUPLICATE_TABLE", "error",
        `A second table is named ${t.name} (the first is on sheet ${first.sheet}); Excel table names are unique whatever their case, and only the first is read. Rename this one or move its rows into the first.`,
        { sheet: t.sheet, cell: headerCellAddress(t, 0) }));
    }
  }
  const misnamed = new Set<string>();
  for (const t of tables) {
    const intended = nearContractName(t.name);
    if (!intended) continue;
    const at = { sheet: t.sheet, cell: headerCellAddress(t, 0) };
    if (byName.has(intended.toLowerCase())) {
      findings.push(finding("MISNAMED_TABLE", "warning",
        `The table "${clip(t.name)}" is not read: only ${intended} is. If its rows belong in the return, move them into ${intended}; otherwise rename it so that it does not look like ${intended}.`, at));
    } else {
      misnamed.add(intended);
      findings.push(finding("MISNAMED_TABLE", "error",
        `The table "${clip(t.name)}" is not read, because its name is not ${intended}. Rename it to ${intended} (Table Design → Table Name).`, at));
    }
  }
  return { byName, misnamed, findings };
}
