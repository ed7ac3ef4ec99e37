// Turns the contract's tables (as 2-D grids) into the typed ledger the domain works on, with a
// finding at each cell that cannot be read. Rows with an error are left out of the ledger: the
// errors block the return anyway, and the remaining rows still get their cross-row checks.
import { finding, type Finding } from "../domain/finding";
import type { Ledger, LeftOutRow } from "../domain/ledger";
import { parseIssuer } from "./parse-issuer";
import { CellReader } from "./cell-reader";
import { contractTables } from "./find-tables";
import { parseRows, type RowParser } from "./parse-rows";
import { movementReader, readClass, readLogEntry, readMandate, readRepurchase, readTreasurySale } from "./row-readers";
import { isErrorValue, type TableGrid } from "./grid";
import { CLASSES_TABLE, ISSUER_TABLE, LOG_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE, type TableSpec } from "./tables";

export interface ParsedLedger {
  readonly ledger: Ledger;
  readonly findings: readonly Finding[];
}

export function parseLedger(tables: readonly TableGrid[]): ParsedLedger {
  const { byName, misnamed, findings } = contractTables(tables);
  // Each table's rows, with their findings added to the ledger's in table order.
  // Rows of the tables that change the balances, left out for an error (balancesWhole).
  const rowsLeftOut: LeftOutRow[] = [];
  const unreadTables = new Set<string>(); // lacking a required column: none of their rows read
  const rowsOf = <F extends string, T>(grid: TableGrid, spec: TableSpec<F>, read: RowParser<F, T>, options?: { keepRowsWithErrors?: boolean }): T[] => {
    const parsed = parseRows(grid, spec, read, options);
    findings.push(...parsed.findings);
    if (parsed.unread) unreadTables.add(spec.name);
    if (BALANCE_TABLES.has(spec.name)) rowsLeftOut.push(...parsed.leftOut);
    return parsed.rows;
  };
  const table = (name: string, required: boolean): TableGrid | undefined => {
    const grid = byName.get(name.toLowerCase());
    if (!grid && required && !misnamed.has(name)) {
      findings.push(finding("MISSING_TABLE", "error",
        `The workbook has no table named ${name}. Create it with "nddr template" (or Set up input tables in the add-in) and copy your data into it.`));
    }
    return grid;
  };

  const issuerGrid = table(ISSUER_TABLE.name, ISSUER_TABLE.required);
  const settings = issuerGrid ? parseIssuer(issuerGrid) : undefined;
  if (settings) findings.push(...settings.findings);
  const issuer = settings?.issuer;
  const classesGrid = table(CLASSES_TABLE.name, CLASSES_TABLE.required);
  // Keys of class rows left out for an error in their key or opening balances: their movements are not
  // "unknown class keys" (the class's own error already blocks the return), so they are left out too
  // rather than reported again. A class whose error leaves its arithmetic whole (a stock code, a name) is
  // kept, so that its rows still get every check (rule 22); its error blocks the return anyway.
  const rejectedKeys = new Map<string, string>();
  const classes = classesGrid ? rowsOf(classesGrid, CLASSES_TABLE, (get, r, place) => {
    const cls = readClass(get, r, place);
    const key = get("key");
    if (cls === undefined && !CellReader.isEmpty(key ?? null) && !isErrorValue(key!)) rejectedKeys.set(String(key).trim().toLowerCase(), String(key).trim());
    return cls;
  }, { keepRowsWithErrors: true }) : [];
  for (const cls of classes) rejectedKeys.delete(cls.key.toLowerCase());
  const movementsGrid = table(MOVEMENTS_TABLE.name, MOVEMENTS_TABLE.required);
  const keep = <R extends { classKey: string }>(rows: R[]) =>
    rejectedKeys.size === 0 ? rows : rows.filter((r) => !rejectedKeys.has(r.classKey.toLowerCase()));
  const movements = keep(movementsGrid ? rowsOf(movementsGrid, MOVEMENTS_TABLE, movementReader()) : []);
  const repurchasesGrid = table(REPURCHASES_TABLE.name, REPURCHASES_TABLE.required);
  const repurchases = keep(repurchasesGrid ? rowsOf(repurchasesGrid, REPURCHASES_TABLE, readRepurchase) : []);
  const salesGrid = table(TREASURY_SALES_TABLE.name, TREASURY_SALES_TABLE.required);
  const treasurySales = keep(salesGrid ? rowsOf(salesGrid, TREASURY_SALES_TABLE, readTreasurySale) : []);
  const mandatesGrid = table(MANDATES_TABLE.name, MANDATES_TABLE.required);
  const mandates = keep(mandatesGrid ? rowsOf(mandatesGrid, MANDATES_TABLE, readMandate) : []);
  if (issuerGrid && !movementsGrid && !repurchasesGrid && !salesGrid && ![MOVEMENTS_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE].some((t) => misnamed.has(t.name))) {
    findings.push(finding("NO_LEDGER_TABLE", "error",
      `The workbook has issuer settings but no ${MOVEMENTS_TABLE.name}, ${REPURCHASES_TABLE.name} or ${TREASURY_SALES_TABLE.name} table, so no change can be counted. ` +
      `Add ${MOVEMENTS_TABLE.name} (nddr template, or Set up input tables in the add-in) and record the changes there.`));
  }
  const logGrid = table(LOG_TABLE.name, LOG_TABLE.required);
  const log = logGrid ? rowsOf(logGrid, LOG_TABLE, readLogEntry) : [];
  const rejectedClassKeys = [...rejectedKeys.values()];
  // Classes that could not be read at all (no table, or a required column missing): the rows naming
  // them are not "unknown class keys"; the table's own finding says why, once.
  const classesUnread = classesGrid && !unreadTables.has(CLASSES_TABLE.name) ? {} : { classesUnread: true };
  return { ledger: { issuer, classes, movements, repurchases, treasurySales, mandates, log, rejectedClassKeys, rowsLeftOut, ...classesUnread }, findings };
}

const BALANCE_TABLES: ReadonlySet<string> = new Set([MOVEMENTS_TABLE.name, REPURCHASES_TABLE.name, TREASURY_SALES_TABLE.name]);
