// preview.html: the task pane without Office, on a workbook file chosen in the page.
import { el } from "../taskpane/dom";
import { startPane } from "../taskpane/ui";
import { previewPort, type PickedFile } from "./preview-port";

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  let picked: PickedFile | undefined;
  const input = el("input", { id: "workbook", type: "file", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    picked = file ? { name: file.name, bytes: file.arrayBuffer() } : undefined;
  });
  const picker = el("section", { class: "card", "aria-labelledby": "workbook-heading" },
    el("h2", { id: "workbook-heading" }, "Workbook"),
    el("p", {}, "Your workbook stays on this computer: it is read in this page and never uploaded."),
    el("label", { for: "workbook", class: "file-label" }, "Share register workbook (.xlsx)"),
    input);
  startPane(root, previewPort(() => picked), { before: picker });
}

start();
