// Contract tables as the grids a workbook reader hands the parser (header on row 1 at column A, data
// from row 2), for the Monthly Return's tests: each table's rows in its spec's column order.
import type { CellValue, TableGrid } from "../../src/contract/grid";
import {
  CLASSES_TABLE, ISSUER_FIELDS, LOG_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, MR_AUTHORISED_CAPITAL_TABLE, MR_INSTRUMENT_MOVEMENTS_TABLE,
  MR_INSTRUMENTS_TABLE, MR_OPTION_MOVEMENTS_TABLE, MR_PUBLIC_FLOAT_TABLE, MR_SCHEMES_TABLE, REPURCHASES_TABLE, TREASURY_SALES_TABLE,
  type TableSpec,
} from "../../src/contract/tables";
import { isoDateToExcelSerial, type IsoDate } from "../../src/domain/dates";

export type Row = readonly CellValue[];

/** An Excel date serial, as a reader returns a date cell. */
export const s = (iso: string): number => isoDateToExcelSerial(iso as IsoDate);

export interface MonthlyWorkbook {
  readonly issuer: Readonly<Record<string, CellValue>>;
  readonly classes: readonly Row[];
  readonly movements?: readonly Row[];
  readonly repurchases?: readonly Row[];
  readonly treasurySales?: readonly Row[];
  readonly mandates?: readonly Row[];
  /** NDDR_Log rows: Generated at, Closing date, Class key, Closing issued, Closing treasury, Input fingerprint, Return. */
  readonly log?: readonly Row[];
  readonly authorisedCapital?: readonly Row[];
  readonly schemes?: readonly Row[];
  readonly optionMovements?: readonly Row[];
  readonly instruments?: readonly Row[];
  readonly instrumentMovements?: readonly Row[];
  readonly publicFloat?: readonly Row[];
}

export function grid(spec: Pick<TableSpec, "name" | "sheet" | "columns">, rows: readonly Row[], extraHeaders: readonly string[] = []): TableGrid {
  return { name: spec.name, sheet: spec.sheet, headerRow: 1, firstColumn: 1, headers: [...spec.columns.map((c) => c.header), ...extraHeaders], rows };
}

/** NDDR_Issuer with one row per setting in the template's order, so setting i has its Value at B(i + 2). */
export function issuerGrid(values: Readonly<Record<string, CellValue>>): TableGrid {
  return {
    name: "NDDR_Issuer", sheet: "Issuer", headerRow: 1, firstColumn: 1, headers: ["Field", "Value"],
    rows: ISSUER_FIELDS.map((f) => [f.label, values[f.label] ?? null]),
  };
}

export function monthlyGrids(w: MonthlyWorkbook): TableGrid[] {
  const optional = (spec: TableSpec, rows: readonly Row[] | undefined, extra: readonly string[] = []) => (rows ? [grid(spec, rows, extra)] : []);
  return [
    issuerGrid(w.issuer),
    grid(CLASSES_TABLE, w.classes),
    grid(MOVEMENTS_TABLE, w.movements ?? []),
    ...optional(REPURCHASES_TABLE, w.repurchases),
    ...optional(TREASURY_SALES_TABLE, w.treasurySales),
    ...optional(MANDATES_TABLE, w.mandates),
    ...optional(LOG_TABLE, w.log, ["Return"]),
    ...optional(MR_AUTHORISED_CAPITAL_TABLE, w.authorisedCapital),
    ...optional(MR_SCHEMES_TABLE, w.schemes),
    ...optional(MR_OPTION_MOVEMENTS_TABLE, w.optionMovements),
    ...optional(MR_INSTRUMENTS_TABLE, w.instruments),
    ...optional(MR_INSTRUMENT_MOVEMENTS_TABLE, w.instrumentMovements),
    ...optional(MR_PUBLIC_FLOAT_TABLE, w.publicFloat),
  ];
}
