// Ribbon commands (manifest FunctionFile → commands.html). Each ExecuteFunction button's
// <FunctionName> must be registered here with Office.actions.associate.
import type { ExcelGeneration, ExcelMonthlyGeneration } from "../adapters/officejs/generate-in-excel";
import { officeHost, type AddinHost, type Notice } from "../adapters/officejs/host";
import type { Language } from "../labels";
import { previousMonth } from "../common/hk-clock";
import { savedLanguage } from "../common/preferences";
import { failureNotice, generateMonthlyWith, generateWith, monthlyOutcomeNotice, outcomeNotice } from "../adapters/officejs/run-generate";
import { monthName } from "../pipeline/prepare-monthly";

/**
 * What a ribbon button did, with the notice that told the user: the generation when it finished (with a
 * return or with errors), or the error that stopped it (`generation` is then absent, so a caller may
 * read `outcome.generation?.returnSheet` either way).
 */
export type RibbonOutcome<G = ExcelGeneration> = { readonly notice: Notice } & (
  | { readonly ok: true; readonly generation: G }
  | { readonly ok: false; readonly error: unknown; readonly generation?: undefined }
);

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
    // An earlier return sheet the user edited is kept, and the return written beside it: there is no one to ask.
    const generation = await generateWith(host, { now: now(), language: options.language ?? (await savedLanguage(host.settings)) ?? "en", edited: "keep" });
    outcome = { ok: true, generation, notice: outcomeNotice(generation) };
  } catch (e) {
    outcome = { ok: false, error: e, notice: failureNotice(e) };
  }
  return tell(event, host, outcome);
}

/**
 * Ribbon "Monthly return": the Monthly Return (FF301) on its own sheet, for the month before today in
 * Hong Kong — a button cannot ask which month; the notice names it, and the pane or `nddr monthly` do any
 * other. `month` ("YYYY-MM") is for `npm run simulate -- --monthly`.
 */
export async function generateMonthlyFromRibbon(
  event: Office.AddinCommands.Event, host: AddinHost = officeHost(), now: () => Date = () => new Date(),
  options: { readonly language?: Language; readonly month?: string } = {},
): Promise<RibbonOutcome<ExcelMonthlyGeneration>> {
  const at = now();
  const month = options.month ?? previousMonth(at);
  let outcome: RibbonOutcome<ExcelMonthlyGeneration>;
  try {
    const generation = await generateMonthlyWith(host, { now: at, month, language: options.language ?? (await savedLanguage(host.settings)) ?? "en", edited: "keep" });
    const notice = monthlyOutcomeNotice(generation, month);
    const which = options.month ? "" : ` The ribbon prepares the month before today (${monthName(month)}); for another month, use the return pane.`;
    outcome = { ok: true, generation, notice: { ...notice, message: `${notice.message}${which}` } };
  } catch (e) {
    outcome = { ok: false, error: e, notice: failureNotice(e, "Monthly return") };
  }
  return tell(event, host, outcome);
}

/** Shows the notice, then completes the event (Office queues further clicks until then). */
async function tell<O extends { readonly notice: Notice }>(event: Office.AddinCommands.Event, host: AddinHost, outcome: O): Promise<O> {
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
    Office.actions.associate("GenerateMonthlyReturn", (event: Office.AddinCommands.Event) => void generateMonthlyFromRibbon(event));
  });
}
