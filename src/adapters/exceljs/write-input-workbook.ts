// Writes an input workbook to the contract: every table with its headers, dropdowns for the fixed
// lists (kept on a hidden Lists sheet: Excel ignores literal lists over 255 characters) and an
// instructions sheet. `nddr template` writes it empty; the example builder fills it.
import ExcelJS from "exceljs";
import { columnLetters } from "../../common/a1";
import {
  CLASSES_TABLE, CONTRACT_TABLES, ISSUER_FIELDS, ISSUER_TABLE, LOG_TABLE, MANDATES_TABLE, MOVEMENTS_TABLE, MR_AUTHORISED_CAPITAL_TABLE,
  MR_INSTRUMENT_MOVEMENTS_TABLE, MR_INSTRUMENTS_TABLE, MR_OPTION_MOVEMENTS_TABLE, MR_PUBLIC_FLOAT_TABLE, MR_SCHEMES_TABLE, REPURCHASES_TABLE,
  TREASURY_SALES_TABLE, type TableSpec,
} from "../../contract/tables";

export type InputCell = string | number | Date | null;

export interface InputWorkbookData {
  /** Values of NDDR_Issuer by field label ("Issuer name" → "…"). */
  readonly issuer?: Readonly<Record<string, InputCell>>;
  readonly classes?: readonly (readonly InputCell[])[];
  readonly movements?: readonly (readonly InputCell[])[];
  readonly repurchases?: readonly (readonly InputCell[])[];
  readonly treasurySales?: readonly (readonly InputCell[])[];
  readonly mandates?: readonly (readonly InputCell[])[];
  readonly log?: readonly (readonly InputCell[])[];
}

const FONT = { name: "Calibri", size: 11 };
const HEADER_FONT = { ...FONT, bold: true };
const VALIDATED_ROWS = 500;

export function buildInputWorkbook(data: InputWorkbookData = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "nddr";
  addInstructions(wb);
  const lists = new ListSheet(wb);
  // Every contract table, in the contract's order: a table added there is in the template at once.
  for (const spec of CONTRACT_TABLES) {
    if (spec.name === ISSUER_TABLE.name) addIssuerSheet(wb, data.issuer ?? {}, lists);
    else addTableSheet(wb, spec, rowsOf(data, spec.name), lists);
  }
  lists.sheet.state = "hidden";
  return wb;
}

/** The rows given for a table; a table the data does not name starts empty. */
function rowsOf(data: InputWorkbookData, table: string): readonly (readonly InputCell[])[] {
  const key = DATA_KEYS[table];
  return (key ? data[key] : undefined) ?? [];
}

const DATA_KEYS: Readonly<Record<string, Exclude<keyof InputWorkbookData, "issuer">>> = {
  [CLASSES_TABLE.name]: "classes",
  [MOVEMENTS_TABLE.name]: "movements",
  [REPURCHASES_TABLE.name]: "repurchases",
  [TREASURY_SALES_TABLE.name]: "treasurySales",
  [MANDATES_TABLE.name]: "mandates",
  [LOG_TABLE.name]: "log",
};

export async function writeInputWorkbook(path: string, data: InputWorkbookData = {}): Promise<void> {
  await buildInputWorkbook(data).xlsx.writeFile(path);
}

/** Hidden sheet holding each dropdown's values in its own column. */
class ListSheet {
  readonly sheet: ExcelJS.Worksheet;
  private next = 1;
  private readonly ranges = new Map<string, string>();
  constructor(wb: ExcelJS.Workbook) {
    this.sheet = wb.addWorksheet("Lists");
  }
  rangeFor(values: readonly string[]): string {
    const key = values.join("\u0000");
    const known = this.ranges.get(key);
    if (known) return known;
    const col = columnLetters(this.next++);
    values.forEach((v, i) => (this.sheet.getCell(`${col}${i + 1}`).value = v));
    const range = `Lists!$${col}$1:$${col}$${values.length}`;
    this.ranges.set(key, range);
    return range;
  }
}

function addInstructions(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Instructions");
  ws.getColumn(1).width = 110;
  const lines = [
    "Next Day Disclosure Return (FF305) and Monthly Return (FF301) — input workbook",
    "",
    "Keep your share movements in the tables of this workbook; rows accumulate from return to return.",
    "A return covers the period after the Opening date up to the Closing date; rows outside it are history.",
    "",
    "Issuer: settings of the return (issuer name, opening date, who submits). One Value per Field.",
    "Classes: one row per class of shares, with the balances at the opening date (Class key is used by the other tables).",
    "Movements: one row per allotment, cancellation or transfer. Rows with the same class, event type and Details",
    "  form one event line of the return (the form's Note 2); several prices give a volume-weighted average.",
    "  Mandate: the general mandate an issue or treasury transfer uses. Cancelled on: when redeemed shares were",
    "  cancelled (until then they stay in Part B). Granted on: when an award or option issued was granted.",
    "Repurchases: one row per class, trading day and method (Section II). Shares held for cancellation stay in",
    "  Part B until you fill Cancelled on; shares held as treasury shares move to treasury on the trading date.",
    "TreasurySales: one row per class, trading day and exchange of treasury shares sold on-market (Section III);",
    "  each day's sales also become a Section I line that moves the shares from treasury to issued.",
    "Mandates: the repurchase mandate (and general mandate) with the issued shares at the resolution date.",
    "Log: closing balances of the returns filed so far; the next return must open where the last one closed.",
    "  Once a return is submitted on HKEXnews, Mark as filed (the pane, or nddr file) adds its rows; generating never does.",
    "  Monthly Returns are logged too (Return: Monthly Return): a return opens at the later of the two.",
    "",
    "For the Monthly Return only (leave them empty otherwise; its share figures come from the tables above):",
    ...MONTHLY_INSTRUCTIONS,
    "",
    "Dates: Excel dates or text like 2024-12-17. Share counts: whole numbers, without a sign (the event type decides).",
    "Stock codes: five digits typed as text (00020). Prices: per share, with an ISO currency code.",
    "",
    "Generate the return with the Generate return button in Excel, or on a computer with: npx nddr generate <this file>",
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = text;
    cell.font = i === 0 ? { ...FONT, size: 14, bold: true } : FONT;
  });
}

// One entry per Monthly Return sheet: what it holds and when to fill it (its sheet named from the contract).
const MONTHLY_INSTRUCTIONS: readonly string[] = [
  `${MR_AUTHORISED_CAPITAL_TABLE.sheet}: Part I, authorised (registered) shares and par value per class; a new row when they change.`,
  "  Leave it empty if the company has no authorised capital (a Hong Kong company): Part I prints Not applicable.",
  `${MR_PUBLIC_FLOAT_TABLE.sheet}: Part II, whether each listed class met its minimum public float at the month's close (from January 2026).`,
  `${MR_SCHEMES_TABLE.sheet}: Part III(A), one row per share option scheme with its options outstanding at a date. Fill it if you`,
  "  have a scheme; its rows in Movements give the Scheme key as Details.",
  `${MR_OPTION_MOVEMENTS_TABLE.sheet}: options granted, exercised, cancelled or lapsed under a scheme, one row each (price for exercises).`,
  "  After a share consolidation or subdivision, an Adjusted row with the signed change in options outstanding (e.g. -8350000).",
  `${MR_INSTRUMENTS_TABLE.sheet}: Part III(B) to (D), one row per warrant, convertible or other arrangement, with the amount outstanding`,
  "  at a date. Fill it if you have one; its rows in Movements give the Instrument key as Details.",
  `${MR_INSTRUMENT_MOVEMENTS_TABLE.sheet}: amounts of an instrument issued, exercised, converted, redeemed, cancelled or lapsed, one row each.`,
  "  After a capital reorganisation, an Adjusted row with the new Conversion price (or, for Other arrangement, the signed change in shares).",
];

function addIssuerSheet(wb: ExcelJS.Workbook, values: Readonly<Record<string, InputCell>>, lists: ListSheet): void {
  const ws = wb.addWorksheet(ISSUER_TABLE.sheet);
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 60;
  ws.getColumn(3).width = 90;
  ws.addTable({
    name: ISSUER_TABLE.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [{ name: "Field" }, { name: "Value" }],
    rows: ISSUER_FIELDS.map((f) => [f.label, values[f.label] ?? null]),
  });
  ws.getCell("C1").value = "What to enter";
  ws.getCell("C1").font = HEADER_FONT;
  ISSUER_FIELDS.forEach((f, i) => {
    const row = i + 2;
    ws.getCell(`C${row}`).value = `${f.required ? "Required. " : ""}${f.help}`;
    const cell = ws.getCell(`B${row}`);
    if (f.date) cell.numFmt = "yyyy-mm-dd";
    if (f.list) cell.dataValidation = listValidation(lists.rangeFor(f.list));
  });
}

function addTableSheet(wb: ExcelJS.Workbook, spec: TableSpec, rows: readonly (readonly InputCell[])[], lists: ListSheet): void {
  const ws = wb.addWorksheet(spec.sheet);
  const body = rows.length > 0 ? rows.map((r) => [...r]) : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header })),
    rows: body,
  });
  spec.columns.forEach((c, i) => {
    const letter = columnLetters(i + 1);
    ws.getColumn(i + 1).width = c.width;
    ws.getCell(`${letter}1`).note = c.help;
    for (let row = 2; row <= Math.max(VALIDATED_ROWS, body.length + 1); row++) {
      const cell = ws.getCell(`${letter}${row}`);
      if (c.date) cell.numFmt = "yyyy-mm-dd";
      else if (c.text) cell.numFmt = "@";
      if (c.list) cell.dataValidation = listValidation(lists.rangeFor(c.list));
    }
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

function listValidation(range: string): ExcelJS.DataValidation {
  return { type: "list", allowBlank: true, formulae: [range], showErrorMessage: true, errorStyle: "warning", error: "Pick a value from the list." };
}
