// Task pane entry (taskpane.html). office.js is loaded by the page before this bundle.
import { officeHost } from "../excel/host";
import { excelPort } from "./excel-port";
import { startPane } from "./ui";

function start(): void {
  const root = document.getElementById("app");
  const status = document.getElementById("status");
  if (!root) return;
  if (typeof Office === "undefined") {
    if (status) status.textContent = "Office.js did not load. Reload the add-in.";
    return;
  }
  void Office.onReady(() => {
    if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
      if (status) status.textContent = "Open this pane from Excel. Without Excel, use preview.html.";
      return;
    }
    startPane(root, excelPort(officeHost()));
  });
}

start();
