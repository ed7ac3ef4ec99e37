// QA round 8's Pearl Delta register for October 2025 (P4), typed into the template with exceljs as QA's
// script typed it: ORD 800,800,000 issued and 4,700,000 treasury at 30 September 2025, 16,700,000 options
// outstanding under the 2020 scheme, every 2 shares consolidated into 1 on the 15th, 100,000 options
// exercised at HKD 3 on the 28th; with or without the Adjusted row that halves the options.
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";

export const PEARL_DELTA_SCHEME = "2020 Share Option Scheme";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Rows = Record<string, ExcelJS.CellValue>[];

function tables(adjusted: boolean): Record<string, Rows> {
  const scheme = PEARL_DELTA_SCHEME;
  return {
    NDDR_Classes: [{ "Class key": "ORD", "Class of shares": "Ordinary shares", Listed: "Yes", "Stock code": "01234", "Opening issued": 800_800_000, "Opening treasury": 4_700_000 }],
    NDDR_Movements: [
      { "Class key": "ORD", Date: day("2025-10-15"), "Event type": "Capital reorganisation", Details: "Share consolidation: every two shares consolidated into one share", "Issued change": -400_400_000, "Treasury change": -2_350_000 },
      { "Class key": "ORD", Date: day("2025-10-28"), "Event type": "Share scheme - new shares to other participants", Details: scheme, Shares: 100_000, Price: 3, Currency: "HKD" },
    ],
    MR_Schemes: [{ "Scheme key": scheme, "Class key": "ORD", Particulars: scheme, "Approval date": day("2020-06-01"), "Outstanding at": day("2025-09-30"), Outstanding: 16_700_000 }],
    MR_OptionMovements: [
      { "Scheme key": scheme, Date: day("2025-10-28"), Movement: "Exercised", Options: 100_000, "Exercise price": 3, Currency: "HKD" },
      ...(adjusted ? [{ "Scheme key": scheme, Date: day("2025-10-15"), Movement: "Adjusted", Options: -8_350_000 }] : []),
    ],
  };
}

/** The register as an .xlsx: the template's blank first rows replaced, the table ranges widened over the rows. */
export async function pearlDeltaWorkbook(adjusted: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await buildInputWorkbook().xlsx.writeBuffer());
  const settings: Record<string, ExcelJS.CellValue> = { "Issuer name": "Pearl Delta Holdings Limited", "Opening date": day("2025-09-30"), "Submitted by": "Wong Siu Ming", Title: "Company Secretary" };
  wb.getWorksheet("Issuer")!.eachRow((row) => {
    const field = String(row.getCell(1).value);
    if (field in settings) row.getCell(2).value = settings[field];
  });
  for (const [name, rows] of Object.entries(tables(adjusted))) {
    const ws = wb.worksheets.find((w) => w.getTable(name))!;
    const model = (ws.getTable(name) as unknown as { table: { tableRef: string; ref: string; columns: { name: string }[] } }).table;
    rows.forEach((row, i) => model.columns.forEach((c, j) => {
      if (row[c.name] !== undefined) ws.getRow(2 + i).getCell(1 + j).value = row[c.name];
    }));
    model.tableRef = model.ref = model.tableRef.replace(/\d+$/, String(1 + rows.length));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
