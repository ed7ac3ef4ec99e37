// The task pane, for Excel and for the browser preview alike: what happened (Fluent MessageBars), the
// actions, whether a return is due and why, the findings to work through, and the return itself (the
// printed layout in the preview; the e-form's fields everywhere).
import type { Finding } from "../domain/finding";
import type { WorkbookSettings } from "../common/preferences";
import type { Progress } from "../adapters/officejs/limits";
import { LANGUAGE_NAMES, LANGUAGES, parseLanguage, type Language } from "../labels";
import { previousMonth } from "../common/hk-clock";
import { plural } from "../render/due-text";
import { formatDateEn } from "../domain/printing";
import { savedLanguage, saveLanguage } from "../common/preferences";
import { confirmDialog } from "./dialog";
import { button, el } from "./dom";
import { exportOffers } from "./export-offers";
import { findingsView } from "./findings-view";
import { messageBar, progressBar, spinner, type Intent } from "./fluent";
import { missingTablesBar } from "./missing-tables";
import type { Outcome } from "../common/outcome";
import { type ConfirmReplace, type FiledReturn, type GenerateOutcome, type WorkbookPort } from "./port";
import { returnCard } from "./return-card";
import { summaryView } from "./summary-view";

export interface PaneOptions {
  /** Extra controls above the actions (the preview's file picker). */
  readonly before?: HTMLElement;
  readonly now?: () => Date;
  /** Where the language choice is kept: the workbook's own settings in Excel. */
  readonly settings?: WorkbookSettings;
  /** The names of the workbook's tables, to say when the pane opens which input tables are missing. */
  readonly tableNames?: () => Promise<readonly string[] | undefined>;
}

export interface Pane {
  /** Looks for the contract's tables again (the preview, when another file is chosen). */
  checkTables(): Promise<void>;
}

/** Work that takes longer than this shows a spinner; quicker work would only flash one. */
const SPINNER_AFTER_MS = 300;

export function startPane(root: HTMLElement, port: WorkbookPort, options: PaneOptions = {}): Pane {
  const now = options.now ?? (() => new Date());
  const canFile = port.canMarkAsFiled;

  const language = el("select", { id: "language" }, ...LANGUAGES.map((l) => el("option", { value: l }, LANGUAGE_NAMES[l])));
  const languageField = el("div", { class: "field" }, el("label", { for: "language" }, "Language of the return"), language);
  const generate = button("generate", "Generate return", true);
  const markFiled = button("mark-filed", "Mark as filed…");
  const setUp = button("setup", port.setUpLabel);
  const exportButton = button("export", "Export");
  const month = el("input", { id: "month", type: "month", value: previousMonth(now()) });
  const monthly = button("monthly", "Monthly return");
  markFiled.hidden = !canFile;
  markFiled.disabled = true;
  exportButton.disabled = true;

  const messages = el("div", { id: "messages", class: "messages" });
  // What is going on while work runs (rows read…) and short notes ("Copied"); an outcome is told by a
  // MessageBar instead, which clears this line so that nothing is read out twice.
  const status = el("p", { id: "status", class: "status", role: "status", "aria-live": "polite" });
  const statusLine = el("div", { class: "status-line" }, status);
  const progress = progressBar("Progress of the generation");
  progress.element.id = "progress";
  progress.element.hidden = true;
  const summary = summaryView(now);
  const findings = findingsView({
    ...(port.canSelectCells ? { select: (f: Finding) => port.selectCell(f.sheet!, f.cell!) } : {}),
    say: (t) => say(t),
  });
  const exportsBox = el("div", { id: "export-actions", class: "actions", role: "group", "aria-label": "Export files", hidden: true });
  const theReturn = returnCard((t) => say(t));

  const actions = el("section", { class: "card", "aria-labelledby": "actions-heading" },
    el("h2", { id: "actions-heading" }, "Prepare the return"),
    el("p", { class: "muted" }, "Builds the return (HKEX form FF305) from the workbook's NDDR tables."),
    languageField,
    el("div", { class: "actions" }, generate, markFiled, setUp, exportButton),
    exportsBox);
  const monthlyCard = el("section", { class: "card", "aria-labelledby": "monthly-heading" },
    el("h2", { id: "monthly-heading" }, "Monthly Return"),
    el("div", { class: "field" }, el("label", { for: "month" }, "Month"), month),
    el("div", { class: "actions" }, monthly));

  root.replaceChildren(...[options.before, messages, actions, statusLine, progress.element, summary.element, findings.element, theReturn.element, monthlyCard]
    .filter((x): x is HTMLElement => !!x));

  /** The last return prepared, NDDR or Monthly, for Export and Mark as filed. */
  let last: FiledReturn | undefined;
  const say = (text: string) => (status.textContent = text);
  /** Offers belong to the return they were made from: any new generation takes them away. */
  const clearExports = () => {
    exportsBox.hidden = true;
    exportsBox.replaceChildren();
  };
  const tell = (intent: Intent, title: string, text = "", ...acts: HTMLElement[]) => {
    messages.replaceChildren(messageBar(intent, title, text, ...acts));
    status.textContent = "";
  };
  const busyButtons = [generate, markFiled, setUp, exportButton, monthly];

  void savedLanguage(options.settings).then((saved) => {
    if (saved) language.value = saved;
  });
  language.addEventListener("change", () => {
    const chosen = parseLanguage(language.value);
    // Kept in the workbook: the ribbon's Generate return prints in it too.
    if (chosen) void saveLanguage(options.settings, chosen);
  });
  const chosenLanguage = (): Language => parseLanguage(language.value) ?? "en";

  async function busy(work: () => Promise<void>): Promise<void> {
    for (const b of busyButtons) b.disabled = true;
    root.setAttribute("aria-busy", "true");
    const wait = spinner("Working");
    const timer = setTimeout(() => statusLine.prepend(wait), SPINNER_AFTER_MS);
    try {
      await work();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      say(`Something went wrong: ${why}.`);
      tell("error", "Something went wrong", `${why}. Your sheets are as they were; try again.`);
    } finally {
      clearTimeout(timer);
      wait.remove();
      generate.disabled = false;
      setUp.disabled = false;
      monthly.disabled = false;
      // Export and Mark as filed take either return, whichever was prepared last.
      exportButton.disabled = !readyToFile();
      markFiled.disabled = !readyToFile();
      progress.element.hidden = true;
      root.removeAttribute("aria-busy");
    }
  }

  /** A return without errors was prepared: it can be exported or marked as filed. */
  const readyToFile = () => !!last?.prepared.generation.ok;

  /** Rows read, findings written: a large ledger takes many syncs, and the user sees them go by. */
  function showProgress(p: Progress): void {
    progress.element.hidden = false;
    progress.update(p.done, p.total);
    const n = (x: number) => x.toLocaleString("en");
    say(p.phase === "read" ? `Reading the tables: ${n(p.done)} of ${n(p.total)} rows…`
      : p.phase === "check" ? "Checking every row and totalling the period…"
        : `Writing the findings: ${n(p.done)} of ${n(p.total)}…`);
  }

  async function checkTables(): Promise<void> {
    if (!options.tableNames) return;
    let names: readonly string[] | undefined;
    try {
      names = await options.tableNames();
    } catch {
      return; // Not knowing is no reason to alarm anyone: Generate return says what is missing.
    }
    if (!names) return;
    const bar = missingTablesBar(names, port.setUpLabel, () => setUp.click());
    if (bar) messages.replaceChildren(bar);
    else if (messages.querySelector("#tables-message")) messages.replaceChildren();
  }

  setUp.addEventListener("click", () => void busy(async () => {
    const text = await port.setUp();
    say(text);
    tell("success", port.setUpLabel, text);
    await checkTables();
  }));

  /**
   * An edited return sheet stopped the write (Excel): ask before replacing it, for the NDDR's sheet and the
   * Monthly Return's alike. Undefined when the user keeps it (nothing was written); else the outcome to show.
   */
  async function replaceAsked<R extends { readonly confirmReplace?: ConfirmReplace<Outcome<R>> }>(outcome: Outcome<R>): Promise<Outcome<R> | undefined> {
    const question = !outcome.ok ? undefined : outcome.confirmReplace;
    if (!question) return outcome;
    const replace = await confirmDialog({
      title: `Replace sheet "${question.sheet}"?`,
      text: question.filed
        ? ["This sheet holds the return that NDDR_Log records as filed: the copy of what was submitted. Generating again replaces it with the return as the tables give it now.",
          "Keep it to leave the filed copy as it is; nothing is written. If nothing has happened since that return, there is no new return to generate yet."]
        : ["This return sheet was changed by hand since it was generated. Generating again replaces it, and your changes on it are lost.",
          "Keep it to copy your changes elsewhere first; nothing is written."],
      confirm: "Replace the sheet", cancel: "Keep my sheet",
    });
    if (!replace) {
      // Nothing was prepared: Export and Mark as filed must not act on a return generated before (QA 9, F5).
      last = undefined;
      summary.hide();
      say(`Sheet "${question.sheet}" was kept as it is; nothing was written.`);
      tell("info", "Nothing written", `Sheet "${question.sheet}" was kept as it is.`);
      return undefined;
    }
    return replaceAsked(await question.proceed());
  }

  async function showGenerated(asked: GenerateOutcome): Promise<void> {
    const outcome = await replaceAsked(asked);
    if (!outcome) return;
    if (!outcome.ok) {
      last = undefined;
      say(outcome.reason);
      tell("error", "The return was not generated", outcome.reason);
      return;
    }
    const prepared = outcome.prepared;
    const g = prepared.generation;
    last = { kind: "nddr", prepared };
    say(outcome.summary);
    const errors = g.findings.filter((f) => f.severity === "error").length;
    const breaches = g.findings.filter((f) => f.breach).length;
    if (!g.ok) tell("error", `${plural(errors, "error")} to fix`, `${outcome.summary} "Next error" takes you to each.`);
    else if (breaches) tell("warning", `Return written, with ${plural(breaches, "breach")} of the Listing Rules`, `${outcome.summary} The return must still be filed; the breaches are listed below.`);
    else tell("success", "Return written", outcome.summary);
    summary.show(g);
    findings.show(g.findings);
    theReturn.showReturn(prepared, port.showsReturn);
  }

  generate.addEventListener("click", () => void busy(async () => {
    say("Generating…");
    messages.replaceChildren();
    clearExports();
    await showGenerated(await port.generate(now(), chosenLanguage(), showProgress));
  }));

  monthly.addEventListener("click", () => void busy(async () => {
    say("Generating the Monthly Return…");
    messages.replaceChildren();
    clearExports();
    const outcome = await replaceAsked(await port.generateMonthly(now(), month.value, chosenLanguage(), showProgress));
    if (!outcome) return;
    if (!outcome.ok) {
      last = undefined;
      say(outcome.reason);
      tell("error", "The Monthly Return was not generated", outcome.reason);
      return;
    }
    last = { kind: "monthly", prepared: outcome.prepared };
    say(outcome.summary);
    const g = outcome.prepared.generation;
    tell(g.ok ? "success" : "error", g.ok ? "Monthly Return written" : "Errors to fix in the Monthly Return", outcome.summary);
    summary.hide();
    findings.show(g.findings);
    theReturn.showMonthly(outcome.prepared, port.showsReturn);
  }));

  markFiled.addEventListener("click", () => void busy(async () => {
    const filed = last;
    if (!filed) return;
    const what = filed.kind === "nddr"
      ? `the Next Day Disclosure Return closing ${filed.prepared.generation.nddr ? formatDateEn(filed.prepared.generation.nddr.closingDate) : ""}`
      : "the Monthly Return";
    const yes = await confirmDialog({
      title: "Mark as filed?",
      text: [`Do this only once you have submitted ${what} on HKEXnews.`,
        "Its closing balances are then added to NDDR_Log, once; the next return opens where this one closed. Generating again does not change the log."],
      confirm: "Mark as filed", cancel: "Cancel",
    });
    if (!yes) {
      say("Not marked as filed; NDDR_Log is as it was.");
      return;
    }
    const outcome = await port.markAsFiled(filed, now());
    if (!outcome.ok) {
      say(outcome.reason);
      tell("error", "Not marked as filed", outcome.reason);
      return;
    }
    say(outcome.summary);
    tell(outcome.logged > 0 ? "success" : "info", outcome.logged > 0 ? "Marked as filed" : "Already marked as filed", outcome.summary);
  }));

  exportButton.addEventListener("click", () => void busy(async () => {
    if (!last) return;
    say("Preparing the files…");
    const offers = await exportOffers(last, port, (act) => void busy(act));
    exportsBox.replaceChildren(...offers);
    exportsBox.hidden = offers.length === 0;
    say(offers.length ? "The files are ready." : "This host can neither open nor download files.");
    offers[0]?.focus();
  }));

  void checkTables();
  return { checkTables };
}
