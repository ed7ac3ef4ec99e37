// The summary card: is a return due, why (each event with its rule), by when and how urgently (hours
// left; overdue in red), the 5% headroom per class. While an error stands it says it can't tell, never
// "not due" (the rows in error may be the ones that make it due).
import type { IsoDate } from "../domain/dates";
import type { Generation } from "../domain/generate-return";
import { formatDateEn } from "../domain/printing";
import { deadlineText, dueSentence } from "../render/due-text";
import { fivePercentSentence } from "../render/five-percent-text";
import { el } from "./dom";
import { hongKongToday } from "../common/hk-clock";
import { deadlineClockRuns, deadlineUrgency } from "../render/deadline-urgency";
import { dueReasons } from "./due-reasons";

export interface SummaryView {
  readonly element: HTMLElement;
  show(g: Generation): void;
  hide(): void;
}

export function summaryView(now: () => Date): SummaryView {
  const element = el("section", { id: "summary", class: "card", "aria-labelledby": "summary-heading", hidden: true });
  let timer: ReturnType<typeof setInterval> | undefined;

  function show(g: Generation): void {
    if (timer) clearInterval(timer);
    element.hidden = false;
    const nddr = g.nddr;
    const errors = g.findings.filter((f) => f.severity === "error").length;
    if (!nddr || nddr.returnDue === null) {
      element.replaceChildren(el("h2", { id: "summary-heading" }, "Is a return due?"),
        el("p", { class: "due due-unknown" },
          `Can't tell whether a return is due until ${errors === 1 ? "the error is" : `the ${errors.toLocaleString("en")} errors are`} fixed: the rows in error may be the ones that make it due.`));
      return;
    }
    const parts: HTMLElement[] = [el("h2", { id: "summary-heading" }, `Return for ${formatDateEn(nddr.openingDate)} to ${formatDateEn(nddr.closingDate)}`)];
    if (nddr.returnDue) {
      parts.push(el("p", { class: "due due-yes" }, "A return is due."));
      if (nddr.deadline) {
        const deadline = nddr.deadline;
        const urgency = el("span", { class: "urgency" });
        const line = el("p", { id: "deadline", class: "deadline" }, `Deadline: 08:30 Hong Kong time on ${formatDateEn(deadline.slice(0, 10) as IsoDate)}. `, urgency);
        // Hours left or overdue only for a return being submitted today (the command line's rule), judged
        // when it was generated: past midnight it still counts down to 08:30.
        if (deadlineClockRuns(g, hongKongToday(now()))) {
          const tick = () => {
            const u = deadlineUrgency(deadline, now());
            urgency.textContent = `${u.text}.`;
            line.className = `deadline deadline-${u.urgency}`;
          };
          tick();
          timer = setInterval(tick, 30_000);
        }
        parts.push(line);
      } else {
        parts.push(el("p", {}, "Its deadline could not be worked out: see the warnings."));
      }
      const reasons = dueReasons(nddr);
      if (reasons.length) {
        parts.push(el("h3", {}, "Why it is due"),
          el("ul", { class: "reasons", "aria-label": "Why a return is due" }, ...reasons.map((r, i) =>
            el("li", {}, el("span", {}, r.what), " ", el("span", { class: "rule" }, `(${r.rule})`),
              ...(i === 0 && r.date ? [el("span", { class: "muted" }, " — the deadline runs from this event.")] : [])))));
      }
    } else {
      parts.push(el("p", { class: "due" }, dueSentence(nddr, deadlineText)));
    }
    // Note 1: the opening follows the later of the last NDDR and the last Monthly Return logged.
    if (nddr.openingFollows) {
      const f = nddr.openingFollows;
      parts.push(el("p", { id: "opening-follows", class: "muted" },
        `Opens after the last return logged: the ${f.returnKind} closing ${formatDateEn(f.closingDate)} (${f.sheet}!${f.cell}).`));
    }
    parts.push(el("h3", {}, "5% headroom"), el("ul", { class: "headroom", "aria-label": "5% headroom by class" },
      ...nddr.sectionI.map((c) => el("li", {}, fivePercentSentence(c)))));
    element.replaceChildren(...parts);
  }

  return {
    element,
    show,
    hide() {
      if (timer) clearInterval(timer);
      element.hidden = true;
    },
  };
}
