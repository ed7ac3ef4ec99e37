// Mark as filed in Excel: the pane's action once the user has submitted the return on HKEXnews. The
// log is read now (not taken from when the return was generated), so marking twice appends once; the
// rows are the pipeline's (src/pipeline/filing.ts), as `nddr file` appends them. NDDR_Log gets them at
// its end, or a Log sheet of ours is made to hold the table when the workbook has none.
import { hongKongInstant } from "../../common/hk-clock";
import { parseLedger } from "../../contract/parse-ledger";
import { LOG_TABLE } from "../../contract/tables";
import { planFiling, type FiledReturn, type Filing } from "../../pipeline/filing";
import { readTables, readWorkbookInventory } from "./read-workbook";
import { chooseSheetName } from "./sheet-marks";
import { queueAppend, queueNewLog } from "./write-log";
import { markOurs } from "./write-return";

export interface ExcelFiling {
  readonly filing: Filing;
  /** The sheet NDDR_Log was made on, when the workbook had none. */
  readonly newLogSheet?: string;
}

export async function markAsFiledInExcel(context: Excel.RequestContext, filed: FiledReturn, now: Date): Promise<ExcelFiling> {
  const inventory = await readWorkbookInventory(context, { dates: true });
  const isLog = (name: string) => name.toLowerCase() === LOG_TABLE.name.toLowerCase();
  const logOnly = { ...inventory, tables: inventory.tables.filter((t) => isLog(t.name)) };
  const logGrid = (await readTables(context, logOnly)).find((t) => isLog(t.name));
  const log = logGrid ? parseLedger([logGrid]).ledger.log ?? [] : [];
  const filing = planFiling(filed, log, hongKongInstant(now), logGrid ?? null);
  if (!filing.ok || filing.rows.length === 0) return { filing };
  if (logGrid) {
    queueAppend(context, logGrid, filing.rows);
    await context.sync();
    return { filing };
  }
  const name = chooseSheetName(LOG_TABLE.sheet, inventory.sheets.map((s) => ({ ...s, ours: false }))).name;
  const ws = context.workbook.worksheets.add(name);
  markOurs(ws);
  queueNewLog(ws, filing.rows);
  await context.sync();
  return { filing, newLogSheet: name };
}
