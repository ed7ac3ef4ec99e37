// The return card: the printed return (in the preview, where no sheet shows it) and the e-form's fields,
// with a toggle between them; or the Monthly Return as printed. In Excel the printed return is the sheet
// itself, so the card holds the e-form's fields only.
import { eformFields } from "../layout/eform-fields";
import type { SheetLayout } from "../layout/sheet-layout";
import type { PreparedMonthlyReturn } from "../pipeline/prepare-monthly";
import type { PreparedReturn } from "../pipeline/prepare-return";
import { el } from "./dom";
import { eformView } from "./eform-view";
import { renderReturn } from "./render-return";

export interface ReturnCard {
  readonly element: HTMLElement;
  /** The NDDR: printed (when `showsReturn`) and as e-form fields; hidden while it has errors. */
  showReturn(prepared: PreparedReturn, showsReturn: boolean): void;
  showMonthly(prepared: PreparedMonthlyReturn, showsReturn: boolean): void;
}

export function returnCard(say: (text: string) => void): ReturnCard {
  // A scrolling region: reachable by Tab, so that the keyboard can scroll a return wider than the page.
  const printed = el("div", { id: "return", class: "return-box", role: "region", "aria-label": "The return as printed", tabindex: "0", hidden: true });
  const eformBox = el("div", { id: "eform-box", hidden: true });
  const showPrinted = el("button", { type: "button", class: "button toggle", "aria-pressed": "true", id: "view-printed" }, "Printed return");
  const showEform = el("button", { type: "button", class: "button toggle", "aria-pressed": "false", id: "view-eform" }, "E-form fields");
  const views = el("div", { class: "actions", role: "group", "aria-label": "How to show the return" }, showPrinted, showEform);
  const heading = el("h2", { id: "return-heading" }, "The return");
  const element = el("section", { id: "return-card", class: "card", "aria-labelledby": "return-heading", hidden: true }, heading, views, printed, eformBox);

  function showView(which: "printed" | "eform"): void {
    printed.hidden = which !== "printed" || printed.childElementCount === 0;
    eformBox.hidden = which !== "eform";
    showPrinted.setAttribute("aria-pressed", String(which === "printed"));
    showEform.setAttribute("aria-pressed", String(which === "eform"));
  }
  showPrinted.addEventListener("click", () => showView("printed"));
  showEform.addEventListener("click", () => showView("eform"));

  return {
    element,
    showReturn(prepared, showsReturn) {
      const nddr = prepared.generation.ok ? prepared.generation.nddr : null;
      element.hidden = !nddr;
      if (!nddr) return;
      const layout = showsReturn ? prepared.layout : undefined;
      views.hidden = !layout;
      heading.textContent = layout ? "The return" : "E-form fields";
      printed.replaceChildren(...(layout ? [renderReturn(layout)] : []));
      eformBox.replaceChildren(eformView(eformFields(nddr, prepared.provenance.language), say));
      showView(layout ? "printed" : "eform");
    },
    showMonthly(prepared, showsReturn) {
      const layout: SheetLayout | undefined = showsReturn ? prepared.layout : undefined;
      element.hidden = !layout;
      views.hidden = true;
      heading.textContent = "The Monthly Return";
      eformBox.replaceChildren();
      printed.replaceChildren(...(layout ? [renderReturn(layout)] : []));
      showView("printed");
    },
  };
}
