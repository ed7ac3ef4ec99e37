// The findings card: counts, "Next error", and one collapsible group per kind, errors first. A group
// draws a page of findings at a time ("Show more"), so a list of 100,000 opens as fast as one of ten.
// Each finding says where (and, in Excel, takes the user there) and what to do (its message).
import { severityLabel, type Finding } from "../domain/finding";
import { el } from "./dom";
import { countsSentence, groupFindings, type FindingGroup } from "./finding-groups";

export const PAGE = 25;

export interface FindingsActions {
  /** Present when findings can take the user to their cell (Excel). */
  readonly select?: (f: Finding) => Promise<void>;
  readonly say: (text: string) => void;
}

export interface FindingsView {
  readonly element: HTMLElement;
  show(findings: readonly Finding[]): void;
  hide(): void;
}

const place = (f: Finding) => (f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "Workbook");

export function findingsView(actions: FindingsActions): FindingsView {
  const heading = el("h2", { id: "findings-heading" }, "Findings");
  const counts = el("p", { id: "findings-counts", class: "muted" });
  const next = el("button", { type: "button", id: "next-error", class: "button" }, "Next error");
  const groupsBox = el("div", { id: "findings", class: "finding-groups" });
  const element = el("section", { class: "card", id: "findings-card", "aria-labelledby": "findings-heading", hidden: true },
    el("div", { class: "card-head" }, heading, next), counts, groupsBox);

  let errors: readonly Finding[] = [];
  let at = -1;
  const reveal = new Map<Finding, () => HTMLElement>();

  next.addEventListener("click", () => {
    if (errors.length === 0) return;
    at = (at + 1) % errors.length;
    const f = errors[at]!;
    const target = reveal.get(f)?.();
    target?.focus();
    target?.scrollIntoView({ block: "nearest" });
    next.textContent = `Next error (${at + 1} of ${errors.length.toLocaleString("en")})`;
    if (actions.select && f.sheet && f.cell) void actions.select(f).catch(() => actions.say(`Cannot go to ${place(f)}: the sheet or cell is gone.`));
  });

  function item(f: Finding, i: string): HTMLElement {
    const kind = severityLabel(f);
    const body: (Node | string)[] = [
      el("span", { class: `badge badge-${kind}` }, kind),
      el("span", { class: "place" }, place(f)),
      el("span", { class: "message" }, f.message),
      ...(f.rule ? [el("span", { class: "rule" }, f.rule)] : []),
    ];
    if (actions.select && f.sheet && f.cell) {
      // Named by what it shows (WCAG 2.5.3), and what it does.
      const b = el("button", { type: "button", class: "finding", id: `finding-${i}` }, ...body, el("span", { class: "visually-hidden" }, " Go to the cell."));
      b.addEventListener("click", () => void actions.select!(f).catch(() => actions.say(`Cannot go to ${place(f)}: the sheet or cell is gone.`)));
      return el("li", {}, b);
    }
    // Focusable so that "Next error" can take the user to it in the preview too.
    return el("li", {}, el("div", { class: "finding", id: `finding-${i}`, tabindex: "-1" }, ...body));
  }

  function group(g: FindingGroup, n: number): HTMLElement {
    const list = el("ul", { class: "findings" });
    const more = el("button", { type: "button", class: "button button-subtle show-more" });
    let shown = 0;
    const showUpTo = (count: number) => {
      const upTo = Math.min(g.findings.length, count);
      const items: HTMLElement[] = [];
      for (let i = shown; i < upTo; i++) items.push(item(g.findings[i]!, `${n}-${i}`));
      list.append(...items);
      shown = upTo;
      const left = g.findings.length - shown;
      more.hidden = left === 0;
      more.textContent = `Show ${Math.min(PAGE * 4, left).toLocaleString("en")} more (${left.toLocaleString("en")} not shown)`;
    };
    more.addEventListener("click", () => {
      const first = shown;
      showUpTo(shown + PAGE * 4);
      (list.children[first]?.firstElementChild as HTMLElement | null)?.focus();
    });
    const open = g.kind === "error" || g.kind === "breach";
    const details = el("details", { class: `finding-group group-${g.kind}`, ...(open ? { open: true } : {}) },
      el("summary", {},
        el("span", { class: `badge badge-${g.kind}` }, g.kind),
        el("span", { class: "group-title" }, g.title),
        el("span", { class: "group-count" }, g.findings.length.toLocaleString("en"))),
      list, more);
    showUpTo(PAGE);
    g.findings.forEach((f, i) => reveal.set(f, () => {
      details.open = true;
      if (i >= shown) showUpTo(Math.ceil((i + 1) / PAGE) * PAGE);
      return list.children[i]!.firstElementChild as HTMLElement;
    }));
    return details;
  }

  return {
    element,
    show(findings) {
      const grouped = groupFindings(findings);
      element.hidden = false;
      heading.textContent = "Findings";
      counts.textContent = findings.length === 0 ? "None: nothing to fix." : countsSentence(grouped.counts);
      errors = grouped.errors;
      at = -1;
      next.hidden = errors.length === 0;
      next.textContent = "Next error";
      reveal.clear();
      groupsBox.replaceChildren(...grouped.groups.map(group));
    },
    hide() {
      element.hidden = true;
      groupsBox.replaceChildren();
      reveal.clear();
    },
  };
}
