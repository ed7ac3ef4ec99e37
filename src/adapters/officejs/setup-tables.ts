// "Set up input tables": adds each contract table the workbook lacks, on a new sheet of its own, with
// dropdowns for the fixed lists (kept on a hidden sheet: literal lists over 255 characters fail).
// Existing tables, sheets and cells are never touched. Three syncs: two to look, one to write.
import { columnLetters } from "../../common/a1";
import { CONTRACT_TABLES, ISSUER_FIELDS, ISSUER_TABLE, type TableSpec } from "../../contract/tables";
import { markOurs } from "./write-return";
import { readWorkbookInventory } from "./read-workbook";
import { chooseSheetName, type SheetInfo } from "./sheet-marks";
import { sheetReference } from "./write-findings";
import { widthInPoints } from "./write-layout";

export const LISTS_SHEET = "NDDR Lists";
const VALIDATED_ROWS = 500;
/** Every contract table but NDDR_Issuer (a settings table, laid out from ISSUER_FIELDS). */
const TABLE_SPECS: readonly TableSpec[] = CONTRACT_TABLES.filter((t) => t.name !== ISSUER_TABLE.name);

export interface SetupResult {
  /** Tables added, each with the sheet it is on. */
  readonly added: readonly { readonly table: string; readonly sheet: string }[];
  /** Tables the workbook already had (left as they are). */
  readonly kept: readonly string[];
}

export async function setUpInputTables(context: Excel.RequestContext): Promise<SetupResult> {
  const snapshot = await readWorkbookInventory(context, { dates: false });
  const has = new Set(snapshot.tables.map((t) => t.name.toLowerCase()));
  const kept = [ISSUER_TABLE.name, ...TABLE_SPECS.map((s) => s.name)].filter((n) => has.has(n.toLowerCase()));
  const missingSpecs = TABLE_SPECS.filter((s) => !has.has(s.name.toLowerCase()));
  const issuerMissing = !has.has(ISSUER_TABLE.name.toLowerCase());
  if (!issuerMissing && missingSpecs.length === 0) return { added: [], kept };

  // New sheets never take a name in use, ours or not: input sheets are the user's from now on.
  const taken: SheetInfo[] = snapshot.sheets.map((s) => ({ name: s.name, ours: false }));
  const newSheet = (wanted: string): Excel.Worksheet => {
    const name = chooseSheetName(wanted, taken).name;
    taken.push({ name, ours: false });
    return context.workbook.worksheets.add(name);
  };
  const lists = new Lists(context, snapshot.sheets, taken);
  // The lists sheet first: a dropdown's source must name a sheet that exists when the rule is set
  // (the simulated Excel refuses otherwise, as Excel would read an unknown sheet as another workbook).
  lists.write();
  const added: { table: string; sheet: string }[] = [];

  if (issuerMissing) {
    const ws = newSheet(ISSUER_TABLE.sheet);
    const rows = ISSUER_FIELDS.map((f) => [f.label, "", `${f.required ? "Required. " : ""}${f.help}`]);
    const all = [["Field", "Value", "What to enter"], ...rows];
    ws.getRange(`A1:C${all.length}`).values = all;
    const table = ws.tables.add(`A1:B${all.length}`, true);
    table.name = ISSUER_TABLE.name;
    ws.getRange("C1").format.font.bold = true;
    [28, 60, 90].forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
    ISSUER_FIELDS.forEach((f, i) => {
      const cell = ws.getRange(`B${i + 2}`);
      if (f.date) cell.numberFormat = [["yyyy-mm-dd"]];
      if (f.list) cell.dataValidation.rule = { list: { inCellDropDown: true, source: lists.source(f.list) } };
    });
    added.push({ table: ISSUER_TABLE.name, sheet: taken[taken.length - 1]!.name });
  }
  for (const spec of missingSpecs) {
    const ws = newSheet(spec.sheet);
    const last = columnLetters(spec.columns.length);
    ws.getRange(`A1:${last}1`).values = [spec.columns.map((c) => c.header)];
    const table = ws.tables.add(`A1:${last}2`, true);
    table.name = spec.name;
    spec.columns.forEach((c, i) => {
      const letter = columnLetters(i + 1);
      ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(c.width);
      const body = ws.getRange(`${letter}2:${letter}${VALIDATED_ROWS + 1}`);
      if (c.date || c.text) body.numberFormat = Array.from({ length: VALIDATED_ROWS }, () => [c.date ? "yyyy-mm-dd" : "@"]);
      if (c.list) body.dataValidation.rule = { list: { inCellDropDown: true, source: lists.source(c.list) } };
    });
    ws.freezePanes.freezeRows(1);
    added.push({ table: spec.name, sheet: taken[taken.length - 1]!.name });
  }
  await context.sync();
  return { added, kept };
}

/** The hidden sheet of dropdown values, one list per column; ours, so rewriting it is allowed. */
class Lists {
  private readonly columns: (readonly string[])[] = [];
  private readonly name: string;
  private readonly existing: boolean;
  constructor(private readonly context: Excel.RequestContext, sheets: readonly SheetInfo[], taken: SheetInfo[]) {
    const choice = chooseSheetName(LISTS_SHEET, sheets);
    this.name = choice.name;
    this.existing = choice.replaces !== undefined;
    if (!this.existing) taken.push({ name: this.name, ours: true });
    // Every list, always in the same order: a rewrite must not move the lists earlier dropdowns use.
    for (const list of [...ISSUER_FIELDS, ...TABLE_SPECS.flatMap((s) => s.columns)].flatMap((f) => (f.list ? [f.list] : []))) this.source(list);
  }

  source(values: readonly string[]): string {
    let i = this.columns.findIndex((c) => c.join("\u0000") === values.join("\u0000"));
    if (i < 0) i = this.columns.push(values) - 1;
    const col = columnLetters(i + 1);
    return `=${sheetReference(this.name, `$${col}$1:$${col}$${values.length}`)}`;
  }

  write(): void {
    const worksheets = this.context.workbook.worksheets;
    const ws = this.existing ? worksheets.getItem(this.name) : worksheets.add(this.name);
    if (!this.existing) markOurs(ws);
    const height = Math.max(...this.columns.map((c) => c.length));
    ws.getRangeByIndexes(0, 0, height, this.columns.length).values =
      Array.from({ length: height }, (_, r) => this.columns.map((c) => c[r] ?? ""));
    ws.visibility = "Hidden";
  }
}
