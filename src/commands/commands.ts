// Ribbon commands (manifest FunctionFile → commands.html). Each ExecuteFunction button's
// <FunctionName> must be registered here with Office.actions.associate.
import { generateInExcel } from "../excel/generate-in-excel";
import { excelFeatures } from "../taskpane/excel-port";

/**
 * Ribbon "Generate return", no task pane needed: writes the return sheet, or the findings sheet and
 * selects the first bad cell. Office queues further clicks until event.completed(), so it is always
 * called; an unexpected failure is reported in the ribbon's status rather than lost.
 */
export async function generateReturnFromRibbon(event: Office.AddinCommands.Event, excel: typeof Excel = Excel, now: () => Date = () => new Date()): Promise<void> {
  try {
    await excel.run((context) => generateInExcel(context, { now: now(), features: excelFeatures() }));
  } catch (e) {
    // The workbook is as it was (a failed build never replaces the return sheet); there is no UI to
    // show more in a function command, so the console keeps the reason for support.
    console.error("Generate return failed:", e instanceof Error ? e.message : e);
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("GenerateReturn", (event: Office.AddinCommands.Event) => generateReturnFromRibbon(event));
  });
}
