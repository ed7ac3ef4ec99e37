// Task pane entry (taskpane.html). office.js is loaded by the page before this bundle.
import { officeHost, type AddinHost } from "../adapters/officejs/host";
import { excelPort } from "./excel-port";
import { followOfficeTheme, followSystemTheme, type OfficeThemeLike } from "./theme";
import { startPane } from "./ui";

/** The workbook's table names, to tell when the pane opens which input tables are missing. */
async function tableNames(host: AddinHost): Promise<readonly string[]> {
  return host.run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    return tables.items.map((t) => t.name);
  });
}

function start(): void {
  const root = document.getElementById("app");
  const status = document.getElementById("status");
  if (!root) return;
  if (typeof Office === "undefined") {
    followSystemTheme();
    if (status) status.textContent = "Office.js did not load. Reload the add-in.";
    return;
  }
  void Office.onReady(() => {
    followOfficeTheme(() => (Office.context as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme);
    if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
      if (status) status.textContent = "Open this pane from Excel. Without Excel, use preview.html.";
      return;
    }
    const host = officeHost();
    startPane(root, excelPort(host), { settings: host.settings, tableNames: () => tableNames(host) });
  });
}

start();
