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
  const optional = (spec: TableSpec, rows: readonly Row[] | undefined) => (rows ? [grid(spec, rows)] : []);
  return [
    issuerGrid(w.issuer),
    grid(CLASSES_TABLE, w.classes),
    grid(MOVEMENTS_TABLE, w.movements ?? []),
    ...optional(REPURCHASES_TABLE, w.repurchases),
    ...optional(TREASURY_SALES_TABLE, w.treasurySales),
    ...optional(MANDATES_TABLE, w.mandates),
    ...optional(LOG_TABLE, w.log),
    ...optional(MR_AUTHORISED_CAPITAL_TABLE, w.authorisedCapital),
    ...optional(MR_SCHEMES_TABLE, w.schemes),
    ...optional(MR_OPTION_MOVEMENTS_TABLE, w.optionMovements),
    ...optional(MR_INSTRUMENTS_TABLE, w.instruments),
    ...optional(MR_INSTRUMENT_MOVEMENTS_TABLE, w.instrumentMovements),
    ...optional(MR_PUBLIC_FLOAT_TABLE, w.publicFloat),
  ];
}

/**
 * The table rows of monthly-return.txt from the line starting `heading` up to the next part's heading
 * (a line starting with a Roman numeral and a dot), as their non-empty cells.
 */
export function partRows(text: string, heading: string): string[][] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`no line starting "${heading}"`);
  const end = lines.findIndex((l, i) => i > start && /^(I|II|III|IV|V)\. /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.includes("\t")).map((l) => l.split("\t").filter(Boolean));
}

/**
 * A month with something in every part (January 2026): two classes, a scheme exercise in new and in
 * treasury shares, a placing, a conversion, warrants naming no instrument (so printed in (E)), a
 * repurchase held as treasury, authorised capital, and the public float confirmation.
 */
export const RICH_MONTH: MonthlyWorkbook = {
  issuer: { "Issuer name": "Test Holdings Limited", "Opening date": s("2026-01-31"), "Submitted by": "Chan Tai Man", "Title": "Company Secretary" },
  classes: [
    ["O", "Ordinary shares", null, "Yes", "09896", null, "89896", "RMB", 1_000_000_000, 30_000],
    ["P", "Preference shares", null, "No", null, null, null, null, 10_000, 0],
  ],
  movements: [
    ["O", s("2026-01-10"), "Share scheme - new shares to other participants", "2020 Scheme", 1_000, null, null, 5, "HKD"],
    ["O", s("2026-01-12"), "Share scheme - treasury shares to directors", "2020 Scheme", 200, null, null, 5, "HKD"],
    ["O", s("2026-01-15"), "Placing/subscription - new shares involved", "Placing of 15 January 2026", 10_000_000, null, null, 12.5, "HKD"],
    ["O", s("2026-01-20"), "Conversion of convertible securities", "CB2029", 40_000, null, null, null, null],
    ["O", s("2026-01-21"), "Exercise of warrants", "W2027", 500, null, null, null, null],
  ],
  repurchases: [["O", s("2026-01-22"), 30_000, "On the Exchange", null, 10, 9.5, 295_000, "HKD", "Treasury", null, null]],
  mandates: [["O", "Repurchase", s("2025-06-01"), 100_000_000, 1_000_000_000, 0]],
  authorisedCapital: [["O", null, 10_000_000_000, 0.00001, "USD"], ["P", null, 100_000, 0.00001, "USD"]],
  schemes: [["2020 Scheme", "O", "2020 Share Option Scheme", s("2020-05-01"), s("2025-12-31"), 50_000]],
  optionMovements: [["2020 Scheme", s("2026-01-10"), "Exercised", 1_200, 5, "HKD"], ["2020 Scheme", s("2026-01-11"), "Lapsed", 300, null, null]],
  instruments: [["CB2029", "Convertibles", "O", "USD 1,000,000 convertible bonds due 2029", "Bonds", null, "USD", s("2025-12-31"), 1_000_000, 2.5, s("2024-05-01")]],
  instrumentMovements: [["CB2029", s("2026-01-20"), "Converted", 100_000]],
  publicFloat: [["O", s("2026-01-31"), "Yes", "25%"]],
};
