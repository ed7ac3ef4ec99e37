// The Fluent UI Web Components the pane uses, and only these (each import registers one element):
// MessageBar for what happened, Spinner for short work, ProgressBar for rows read. Buttons, the language
// choice and dialogs are native elements styled with Fluent's tokens (docs/decisions.md, "Fluent UI").
// Each element's role is also set as an attribute: Fluent sets it through ElementInternals, which
// assistive technology in current webviews reads, but axe-core and older webviews do not.
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/spinner.js";
import "@fluentui/web-components/progress-bar.js";
import { el } from "./dom";

export type Intent = "success" | "warning" | "error" | "info";

/**
 * A MessageBar: a title, the text and optional actions. Errors and failures are alerts (read out at
 * once); the rest are status messages.
 */
export function messageBar(intent: Intent, title: string, text: string, ...actions: HTMLElement[]): HTMLElement {
  const bar = el("fluent-message-bar" as "div", { intent, layout: "multiline", role: intent === "error" ? "alert" : "status", class: `message message-${intent}` },
    el("span", { class: "message-title" }, title),
    ...(text ? [" ", el("span", { class: "message-text" }, text)] : []));
  for (const a of actions) {
    a.setAttribute("slot", "actions");
    bar.append(a);
  }
  return bar;
}

export function spinner(label: string): HTMLElement {
  return el("fluent-spinner" as "div", { size: "tiny", role: "progressbar", "aria-label": label });
}

/** A determinate progress bar: `update(done, total)`. */
export function progressBar(label: string): { element: HTMLElement; update(done: number, total: number): void } {
  const element = el("fluent-progress-bar" as "div", { role: "progressbar", "aria-label": label, "aria-valuemin": "0", "aria-valuemax": "1", "aria-valuenow": "0", max: "1", value: "0" });
  return {
    element,
    update(done, total) {
      const max = String(Math.max(1, total));
      for (const [name, v] of [["max", max], ["aria-valuemax", max], ["value", String(done)], ["aria-valuenow", String(done)]] as const) element.setAttribute(name, v);
    },
  };
}
