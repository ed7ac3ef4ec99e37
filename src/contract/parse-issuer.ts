// NDDR_Issuer is a two-column settings table (Field, Value). Each setting is read from its Value cell.
import type { IsoDate } from "../domain/dates";
import { finding, type CellRef, type Finding } from "../domain/finding";
import { PERCENTAGE_BASES, type IssuerField, type IssuerSettings } from "../domain/ledger";
import { CellReader, clip } from "./cell-reader";
import { rowBelowFindings } from "./row-below";
import { dataCellAddress, headerCellAddress, headerKey, isErrorValue, isUncalculated, serialOffset, type CellValue, type TableGrid } from "./grid";
import { BOARDS, ISSUER_FIELDS, ISSUER_TABLE, STATUSES } from "./tables";
import { ROMAN } from "../labels/en";


/** The settings, or none when the table cannot hold them, and the findings of reading them. */
export function parseIssuer(grid: TableGrid): { issuer: IssuerSettings | undefined; findings: Finding[] } {
  const fieldCol = grid.headers.findIndex((h) => headerKey(h) === "field");
  const valueCol = grid.headers.findIndex((h) => headerKey(h) === "value");
  // Under the settings, only a row naming a setting reads as one left out ("Checked by | CFO" is a note).
  const findings: Finding[] = rowBelowFindings(grid, (values) => fieldCol >= 0 && ISSUER_FIELDS.some((f) => headerKey(f.label) === headerKey(values[fieldCol] ?? null)));
  if (fieldCol < 0 || valueCol < 0) {
    findings.push(finding("MISSING_COLUMN", "error",
      `${ISSUER_TABLE.name} needs two columns headed Field and Value.`, { sheet: grid.sheet, cell: headerCellAddress(grid, 0) }));
    return { issuer: undefined, findings };
  }
  const values = new Map<IssuerField, { value: CellValue; at: CellRef }>();
  grid.rows.forEach((row, i) => {
    const label = row[fieldCol];
    if (CellReader.isEmpty(label)) return;
    const labelAt = { sheet: grid.sheet, cell: dataCellAddress(grid, i, fieldCol) };
    if (isErrorValue(label)) {
      findings.push(finding("EXCEL_ERROR_VALUE", "error",
        `The Field cell shows the Excel error ${label.error}, so the setting on this row cannot be read. Type the setting's name.`, labelAt));
      return;
    }
    if (isUncalculated(label)) {
      findings.push(finding("FORMULA_NOT_CALCULATED", "error",
        `The Field cell holds a formula with no saved result, so the setting on this row cannot be read. Open the file in Excel and save it, or type the setting's name.`, labelAt));
      return;
    }
    const spec = ISSUER_FIELDS.find((f) => headerKey(f.label) === headerKey(label));
    if (!spec) {
      findings.push(finding("UNKNOWN_SETTING", "warning",
        `"${clip(String(label))}" is not a setting of ${ISSUER_TABLE.name}; it is ignored. Settings: ${ISSUER_FIELDS.map((f) => f.label).join(", ")}.`,
        labelAt));
      return;
    }
    if (values.has(spec.field)) {
      findings.push(finding("DUPLICATE_SETTING", "warning", `${spec.label} is set twice; the first value is used. Delete the other row.`, labelAt));
      return;
    }
    values.set(spec.field, { value: row[valueCol] ?? null, at: { sheet: grid.sheet, cell: dataCellAddress(grid, i, valueCol) } });
  });

  const r = new CellReader(serialOffset(grid));
  const missingAt = { sheet: grid.sheet, cell: headerCellAddress(grid, fieldCol) };
  const cells: Partial<Record<IssuerField, CellRef>> = {};
  for (const [field, v] of values) cells[field] = v.at;
  const at = (field: IssuerField): CellRef => cells[field] ?? missingAt;
  const get = (field: IssuerField) => values.get(field)?.value;
  const label = (field: IssuerField) => ISSUER_FIELDS.find((f) => f.field === field)!.label;
  const required = (field: IssuerField) => {
    if (!values.has(field)) r.error("MISSING_SETTING", `${ISSUER_TABLE.name} has no "${label(field)}" row. Add it.`, missingAt);
    return values.has(field);
  };

  const issuerName = required("issuerName") ? r.text(get("issuerName"), at("issuerName"), "Issuer name", true) : undefined;
  const openingDate = required("openingDate") ? r.date(get("openingDate"), at("openingDate"), "Opening date", true) : undefined;
  const submittedBy = required("submittedBy") ? r.text(get("submittedBy"), at("submittedBy"), "Submitted by", true) : undefined;
  const title = required("title") ? r.text(get("title"), at("title"), "Title", true) : undefined;
  const board = r.oneOf(get("board"), at("board"), "Board", BOARDS, "UNKNOWN_BOARD", false) ?? "Main Board";
  const status = r.oneOf(get("status"), at("status"), "Status", STATUSES, "UNKNOWN_STATUS", false) ?? "New Submission";
  const dateSubmitted = r.date(get("dateSubmitted"), at("dateSubmitted"), "Date submitted");
  const closingDate = r.date(get("closingDate"), at("closingDate"), "Closing date");
  const primaryListing = r.yesNo(get("primaryListing"), at("primaryListing"), "Primary listing", false, true) ?? true;
  const percentDecimals = r.wholeInRange(get("percentDecimals"), at("percentDecimals"), "Percentage decimals", 0, 6) ?? 2;
  const priceDecimals = r.wholeInRange(get("priceDecimals"), at("priceDecimals"), "Price decimals", 0, 8) ?? 4;
  const percentageBase = r.oneOf(get("percentageBase"), at("percentageBase"), "Percentage base", PERCENTAGE_BASES, "UNKNOWN_PERCENTAGE_BASE", false) ?? "Class";
  const explanatoryStatementDate = r.date(get("explanatoryStatementDate"), at("explanatoryStatementDate"), "Explanatory statement date");
  const confirmations = readConfirmations(r, get("confirmations"), at("confirmations"));
  const closureDays = readClosureDays(r, get("closureDays"), at("closureDays"), "Closure days");
  const confirmedClosureDays = readClosureDays(r, get("confirmedClosureDays"), at("confirmedClosureDays"), "Confirmed closure days");

  findings.push(...r.findings);
  if (!issuerName || !openingDate || !submittedBy || !title) return { issuer: undefined, findings };
  const issuer = {
    issuerName, board, status, dateSubmitted, openingDate, closingDate, submittedBy, title, primaryListing,
    percentDecimals, priceDecimals, explanatoryStatementDate, confirmations, closureDays, confirmedClosureDays, cells,
    percentageBase,
  };
  return { issuer, findings };
}

/** "i,ii,iv" (or "1,2,4") → [1, 2, 4]; blank → all eight. */
function readConfirmations(r: CellReader, value: CellValue | undefined, at: CellRef): number[] {
  const all = [1, 2, 3, 4, 5, 6, 7, 8];
  const text = r.text(value, at, "Confirmations");
  if (text === undefined) return all;
  const items: number[] = [];
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const token = part.replace(/[()]/g, "").toLowerCase();
    const roman = ROMAN.indexOf(token as (typeof ROMAN)[number]);
    const n = roman >= 0 ? roman + 1 : /^[1-8]$/.test(token) ? Number(token) : 0;
    if (n === 0) {
      r.error("UNKNOWN_CONFIRMATION", `Confirmations: "${clip(part)}" is not an item from (i) to (viii). Write the items to print, e.g. i,ii,iv.`, at);
      return all;
    }
    if (!items.includes(n)) items.push(n);
  }
  return items.sort((a, b) => a - b);
}

/** ISO dates separated by commas, semicolons or spaces, or one Excel date. */
function readClosureDays(r: CellReader, value: CellValue | undefined, at: CellRef, name: string): IsoDate[] {
  if (typeof value === "number") {
    const d = r.date(value, at, name);
    return d ? [d] : [];
  }
  const text = r.text(value, at, name);
  if (text === undefined) return [];
  return text.split(/[,;\s]+/).filter(Boolean).flatMap((part) => {
    const d = r.date(part, at, name);
    return d ? [d] : [];
  });
}
