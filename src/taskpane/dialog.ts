// A confirmation in a modal <dialog>: focus moves into it and stays there, Escape cancels, and focus
// returns to where it was. The safe choice (cancel) has the focus first.
import { el } from "./dom";

export interface Confirmation {
  readonly title: string;
  readonly text: readonly string[];
  readonly confirm: string;
  readonly cancel: string;
}

export function confirmDialog(c: Confirmation): Promise<boolean> {
  const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
  const yes = el("button", { type: "button", class: "button button-primary" }, c.confirm);
  const no = el("button", { type: "button", class: "button" }, c.cancel);
  const dialog = el("dialog", { class: "dialog", "aria-labelledby": titleId },
    el("h2", { id: titleId }, c.title),
    ...c.text.map((t) => el("p", {}, t)),
    el("div", { class: "actions dialog-actions" }, no, yes));
  const before = document.activeElement as HTMLElement | null;
  document.body.append(dialog);
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      before?.focus();
      resolve(answer);
    };
    yes.addEventListener("click", () => close(true));
    no.addEventListener("click", () => close(false));
    dialog.addEventListener("cancel", (e) => {
      e.preventDefault();
      close(false);
    });
    dialog.showModal();
    no.focus();
  });
}
