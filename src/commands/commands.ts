// Ribbon commands (manifest FunctionFile → commands.html). Each ExecuteFunction button's
// <FunctionName> must be registered here with Office.actions.associate.
import type { ExcelGeneration } from "../excel/generate-in-excel";
import { officeHost, type AddinHost, type Notice } from "../excel/host";
import type { Language } from "../labels";
import { savedLanguage } from "../common/preferences";
import { failureNotice, generateWith, outcomeNotice } from "../excel/run-generate";

export interface RibbonOutcome {
  readonly notice: Notice;
  /** The generation, when it finished (with a return or with errors). */
  readonly generation?: ExcelGeneration;
  /** Why it did not finish. */
  readonly error?: unknown;
}

/**
 * Ribbon "Generate return", no task pane needed: writes the return sheet, or the findings sheet and
 * selects the first bad cell, then tells the user what happened in a dialog (success, the errors to fix,
 * or why it failed). Office queues further clicks until event.completed(), so it is always called, once
 * the notice is closed. `npm run simulate` runs this same function on the simulated Excel.
 */
export async function generateReturnFromRibbon(
  event: Office.AddinCommands.Event, host: AddinHost = officeHost(), now: () => Date = () => new Date(),
  options: { readonly language?: Language } = {},
): Promise<RibbonOutcome> {
  let outcome: RibbonOutcome;
  try {
    const generation = await generateWith(host, { now: now(), language: options.language ?? (await savedLanguage(host.settings)) ?? "en" });
    outcome = { generation, notice: outcomeNotice(generation) };
  } catch (e) {
    outcome = { error: e, notice: failureNotice(e) };
  }
  try {
    await host.showNotice(outcome.notice);
  } catch {
    // The dialog could not open (one is open already…): the sheets written say it, and the console keeps it.
    console.error(outcome.notice.message);
  } finally {
    event.completed();
  }
  return outcome;
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("GenerateReturn", (event: Office.AddinCommands.Event) => void generateReturnFromRibbon(event));
  });
}
