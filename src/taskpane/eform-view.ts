// The e-form view: the return as the HKEX e-form asks for it (src/layout/eform-fields.ts), one field
// per row with a Copy button, and a Copy button per block (label and value per line, tab between).
// Chinese wording not confirmed on a filed form is flagged where it is shown.
import type { EformBlock, EformField } from "../layout/eform-fields";
import { copyText } from "./clipboard";
import { el } from "./dom";

const UNCONFIRMED = "Our wording: not yet seen on a filed Chinese form. Check it against the e-form.";

function flag(): HTMLElement {
  return el("span", { class: "badge badge-unconfirmed", title: UNCONFIRMED, "aria-label": `[U] ${UNCONFIRMED}` }, "[U]");
}

export function eformView(blocks: readonly EformBlock[], say: (text: string) => void): HTMLElement {
  const copy = async (text: string, what: string) => say((await copyText(text)) ? `Copied ${what}.` : `Could not copy ${what}: this host does not allow it. Select the value and copy it by hand.`);
  const anyUnconfirmed = blocks.some((b) => b.unconfirmedTitle || b.fields.some((f) => f.unconfirmed));
  const sections = blocks.map((block, b) => {
    const titleId = `eform-block-${b}`;
    const copyBlock = el("button", { type: "button", class: "button button-subtle", "aria-label": `Copy block: ${block.title}` }, "Copy block");
    copyBlock.addEventListener("click", () => void copy(block.fields.map((f) => `${f.label}\t${f.value}`).join("\n"), block.title));
    const rows = block.fields.map((f, i) => row(f, `${b}-${i}`, copy));
    // Blocks fold, so a long return stays a short list in a narrow pane; the header opens first.
    return el("details", { class: "eform-block", ...(b === 0 ? { open: true } : {}) },
      el("summary", {}, el("h3", { id: titleId }, block.title, ...(block.unconfirmedTitle ? [" ", flag()] : [])),
        el("span", { class: "group-count" }, `${block.fields.length} field${block.fields.length === 1 ? "" : "s"}`)),
      el("div", { class: "eform-block-actions" }, copyBlock),
      el("ul", { class: "eform-fields", "aria-labelledby": titleId }, ...rows));
  });
  return el("div", { id: "eform", class: "eform" },
    el("p", { class: "muted" }, "Each field as the HKEX e-form takes it: digits without separators, the currency apart from the amount, dates as DD/MM/YYYY."),
    ...(anyUnconfirmed ? [el("p", { class: "muted" }, flag(), " ", UNCONFIRMED)] : []),
    ...sections);
}

function row(f: EformField, key: string, copy: (text: string, what: string) => Promise<void>): HTMLElement {
  const b = el("button", { type: "button", class: "button button-subtle copy", "aria-label": `Copy ${f.label}: ${f.value}` }, "Copy");
  b.addEventListener("click", () => void copy(f.value, f.label));
  return el("li", { id: `eform-${key}`, class: "eform-field" },
    el("span", { class: "eform-label" }, f.label, ...(f.unconfirmed ? [" ", flag()] : [])),
    el("span", { class: "eform-value" }, f.value),
    b);
}
