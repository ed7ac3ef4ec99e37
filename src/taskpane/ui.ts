// The task pane, for Excel and for the browser preview alike: status of the return (due? by when?
// 5% headroom), the findings (each can take the user to its cell), and the actions.
import type { IsoDate } from "../domain/dates";
import { severityLabel, type Finding } from "../domain/finding";
import type { Generation } from "../domain/generate-return";
import { formatDateEn, formatShares } from "../domain/printing";
import { countdown } from "../common/hk-clock";
import { button, el } from "./dom";
import { download, XLSX_TYPE } from "./downloads";
import { loadEngine } from "./load-engine";
import { hasProblem, type WorkbookPort } from "./port";
import { renderReturn } from "./render-return";
import { LANGUAGE_NAMES, LANGUAGES, parseLanguage } from "../labels";
import { LANGUAGE_KEY } from "../common/preferences";
import type { PreparedReturn } from "../pipeline/prepare-return";
import type { Progress } from "../excel/limits";
import { DUE_UNKNOWN } from "../render/due-text";

export interface PaneOptions {
  /** Extra controls above the actions (the preview's file picker). */
  readonly before?: HTMLElement;
  readonly now?: () => Date;
}

export function startPane(root: HTMLElement, port: WorkbookPort, options: PaneOptions = {}): void {
  const now = options.now ?? (() => new Date());
  const setUp = button("setup", port.setUpLabel);
  const generate = button("generate", "Generate return", true);
  const exportButton = button("export", "Export");
  const language = el("select", { id: "language", "aria-label": "Language of the return" },
    ...LANGUAGES.map((l) => el("option", { value: l }, LANGUAGE_NAMES[l])));
  const languageField = el("label", { class: "field", for: "language" }, "Language of the return ", language);
  // The ribbon's Generate return prints in the language last chosen here.
  try {
    const saved = parseLanguage(localStorage.getItem(LANGUAGE_KEY) ?? "");
    if (saved) language.value = saved;
  } catch {
    // No storage (a locked-down browser): English by default.
  }
  language.addEventListener("change", () => {
    try {
      localStorage.setItem(LANGUAGE_KEY, language.value);
    } catch {
      // As above.
    }
  });
  exportButton.disabled = true;
  const status = el("p", { id: "status", class: "status", role: "status", "aria-live": "polite" });
  const progressBar = el("progress", { id: "progress", class: "progress", max: "1", value: "0", "aria-label": "Progress of the generation", hidden: true });
  const summary = el("section", { id: "summary", class: "card", "aria-labelledby": "summary-heading", hidden: true });
  const findingsList = el("ul", { id: "findings", class: "findings" });
  const findingsSection = el("section", { class: "card", "aria-labelledby": "findings-heading", hidden: true },
    el("h2", { id: "findings-heading" }, "Findings"), findingsList);
  const exportsBox = el("div", { id: "export-actions", class: "actions", role: "group", "aria-label": "Export files", hidden: true });
  const returnBox = el("section", { id: "return", class: "return-box", "aria-label": "The return", hidden: true });

  const actions = el("section", { class: "card", "aria-labelledby": "actions-heading" },
    el("h2", { id: "actions-heading" }, "Prepare the return"),
    el("p", {}, "Builds the Next Day Disclosure Return from the NDDR tables of the workbook."),
    languageField,
    el("div", { class: "actions" }, generate, setUp, exportButton),
    exportsBox);
  root.replaceChildren(...[options.before, actions, status, progressBar, summary, findingsSection, returnBox].filter((x): x is HTMLElement => !!x));

  let last: PreparedReturn | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  const say = (text: string) => (status.textContent = text);

  async function busy(work: () => Promise<void>): Promise<void> {
    for (const b of [setUp, generate, exportButton]) b.disabled = true;
    root.setAttribute("aria-busy", "true");
    try {
      await work();
    } catch (e) {
      say(`Something went wrong: ${e instanceof Error ? e.message : String(e)}. Your sheets are as they were; try again.`);
    } finally {
      setUp.disabled = false;
      generate.disabled = false;
      exportButton.disabled = !last?.generation.ok;
      progressBar.hidden = true;
      root.removeAttribute("aria-busy");
    }
  }

  setUp.addEventListener("click", () => void busy(async () => {
    say(await port.setUp());
  }));

  generate.addEventListener("click", () => void busy(async () => {
    say("Generating…");
    exportsBox.hidden = true;
    exportsBox.replaceChildren();
    const outcome = await port.generate(now(), parseLanguage(language.value) ?? "en", showProgress);
    if (hasProblem(outcome)) {
      last = undefined;
      say(outcome.problem);
      return;
    }
    const prepared = outcome.prepared;
    last = prepared;
    say(outcome.summary);
    showSummary(prepared.generation);
    showFindings(prepared.generation.findings);
    const layout = port.showsReturn ? prepared.layout : undefined;
    returnBox.hidden = !layout;
    returnBox.replaceChildren(...(layout ? [renderReturn(layout)] : []));
  }));

  /** Rows read, findings written: a large ledger takes many syncs, and the user sees them go by. */
  function showProgress(p: Progress): void {
    progressBar.hidden = false;
    progressBar.max = Math.max(1, p.total);
    progressBar.value = p.done;
    const n = (x: number) => x.toLocaleString("en");
    say(p.phase === "read" ? `Reading the tables: ${n(p.done)} of ${n(p.total)} rows…`
      : p.phase === "check" ? "Checking every row and totalling the period…"
        : `Writing the findings: ${n(p.done)} of ${n(p.total)}…`);
  }

  exportButton.addEventListener("click", () => void busy(async () => {
    if (!last) return;
    say("Preparing the files…");
    const prepared = last;
    const generation = prepared.generation;
    const files = await (await loadEngine()).returnFiles(prepared);
    const name = `return-${generation.nddr?.closingDate ?? "draft"}`;
    const offers: HTMLButtonElement[] = [];
    const offer = (id: string, label: string, act: () => Promise<void> | void) => {
      const b = button(id, label);
      b.addEventListener("click", () => void busy(async () => act()));
      offers.push(b);
    };
    if (files.xlsx && port.canOpenInExcel) offer("open-xlsx", "Open return.xlsx in Excel", () => port.openInExcel(files.xlsx!));
    if (port.canDownload) {
      if (files.xlsx) offer("download-xlsx", "Download .xlsx", () => download(`${name}.xlsx`, files.xlsx!, XLSX_TYPE));
      offer("download-json", "Download .json", () => download(`${name}.json`, files.json, "application/json"));
      if (files.text) offer("download-txt", "Download .txt", () => download(`${name}.txt`, files.text!, "text/plain;charset=utf-8"));
    }
    exportsBox.replaceChildren(...offers);
    exportsBox.hidden = offers.length === 0;
    say(offers.length ? "The files are ready." : "This host can neither open nor download files.");
  }));

  function showSummary(g: Generation): void {
    if (timer) clearInterval(timer);
    const nddr = g.nddr;
    // With errors, whether a return is due is unknown (rules.md 21): say so, never "no return is due".
    if (!nddr || nddr.returnDue === null) {
      summary.hidden = false;
      summary.replaceChildren(el("h2", { id: "summary-heading" }, "Is a return due?"), el("p", { class: "due due-unknown" }, DUE_UNKNOWN));
      return;
    }
    summary.hidden = false;
    const due = el("p", { class: nddr.returnDue ? "due due-yes" : "due" },
      nddr.returnDue ? "A return is due." : "No return is due for this period (nothing has reached the 5% threshold or needs disclosure).");
    const deadline = el("p", { id: "deadline" });
    const tick = () => {
      if (!nddr.deadline) return;
      const date = formatDateEn(nddr.deadline.slice(0, 10) as IsoDate);
      deadline.textContent = `Deadline: 08:30 Hong Kong time on ${date} (${countdown(nddr.deadline, now())}).`;
    };
    tick();
    if (nddr.deadline) timer = setInterval(tick, 30_000);
    const headroom = el("ul", { class: "headroom", "aria-label": "5% headroom by class" },
      ...nddr.sectionI.map((c) => el("li", {},
        `Class ${c.classKey}: 5% events ${formatShares(c.fivePercent.aggregate)} shares${c.fivePercent.percent ? ` (${c.fivePercent.percent} %)` : ""}; ` +
          (c.fivePercent.headroom > 0 ? `headroom ${formatShares(c.fivePercent.headroom)} shares before 5%.` : "5% reached."))));
    // Note 1: the opening follows the later of the last NDDR and the last Monthly Return logged.
    const follows = nddr.openingFollows && el("p", { id: "opening-follows" },
      `Opens after the last return logged: the ${nddr.openingFollows.returnKind} closing ${formatDateEn(nddr.openingFollows.closingDate)} (${nddr.openingFollows.sheet}!${nddr.openingFollows.cell}).`);
    summary.replaceChildren(el("h2", { id: "summary-heading" }, `Return for ${formatDateEn(nddr.openingDate)} to ${formatDateEn(nddr.closingDate)}`),
      due, ...(nddr.deadline ? [deadline] : []), ...(follows ? [follows] : []), el("h3", {}, "5% headroom"), headroom);
  }

  function showFindings(findings: readonly Finding[]): void {
    findingsSection.hidden = false;
    const heading = findingsSection.querySelector("h2")!;
    const errors = findings.filter((f) => f.severity === "error").length;
    heading.textContent = findings.length === 0 ? "Findings: none" : `Findings: ${errors} error${errors === 1 ? "" : "s"}, ${findings.length - errors} other`;
    findingsList.replaceChildren(...findings.map((f, i) => {
      const place = f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "Workbook";
      const body: (Node | string)[] = [
        el("span", { class: `badge badge-${severityLabel(f)}` }, severityLabel(f)),
        el("span", { class: "place" }, place),
        el("span", { class: "message" }, f.message),
      ];
      if (port.canSelectCells && f.sheet && f.cell) {
        const b = el("button", { type: "button", class: "finding", id: `finding-${i}`, "aria-label": `${severityLabel(f)} at ${place}: ${f.message} Go to the cell.` }, ...body);
        b.addEventListener("click", () => void port.selectCell(f.sheet!, f.cell!).catch(() => say(`Cannot go to ${place}: the sheet or cell is gone.`)));
        return el("li", {}, b);
      }
      return el("li", {}, el("div", { class: "finding" }, ...body));
    }));
  }
}
