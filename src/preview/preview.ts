// preview.html: the task pane without Office, on a workbook file chosen in the page. Its colours follow
// the system's light or dark setting; the language choice is kept in the browser (there is no workbook
// document to keep it in).
import type { WorkbookSettings } from "../common/preferences";
import { el } from "../taskpane/dom";
import { loadEngine } from "../taskpane/load-engine";
import { followSystemTheme } from "../taskpane/theme";
import { startPane } from "../taskpane/ui";
import { previewPort, type PickedFile } from "./preview-port";

const browserSettings: WorkbookSettings = {
  async read(name) {
    try {
      return localStorage.getItem(name) ?? undefined;
    } catch {
      return undefined; // No storage (a locked-down browser): English by default.
    }
  },
  async write(name, value) {
    localStorage.setItem(name, String(value));
  },
};

function start(): void {
  followSystemTheme();
  const root = document.getElementById("app");
  if (!root) return;
  let picked: PickedFile | undefined;
  const input = el("input", { id: "workbook", type: "file", accept: ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12" });
  const picker = el("section", { class: "card", "aria-labelledby": "workbook-heading" },
    el("h2", { id: "workbook-heading" }, "Workbook"),
    el("p", { class: "muted" }, "Your workbook stays on this computer: it is read in this page and never uploaded."),
    el("label", { for: "workbook", class: "file-label" }, "Share register workbook (.xlsx or .xlsm)"),
    input);
  const pane = startPane(root, previewPort(() => picked), {
    before: picker,
    settings: browserSettings,
    // Once a file is chosen: which of the contract's tables it has.
    tableNames: async () => {
      if (!picked) return undefined;
      const read = await (await loadEngine()).readContractTables(await picked.bytes);
      return read.ok ? read.tables.map((t) => t.name) : undefined;
    },
  });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    picked = file ? { name: file.name, bytes: file.arrayBuffer() } : undefined;
    void pane.checkTables();
  });
}

start();
