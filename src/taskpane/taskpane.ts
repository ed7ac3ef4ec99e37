// Task pane entry. office.js is loaded by taskpane.html before this bundle.

function setStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

/** The "Generate return" button. Placeholder until the Excel adapter is wired in. */
export function generateReturn(): void {
  setStatus("Open a workbook with the NDDR tables, then generate.");
}

function start(): void {
  const button = document.getElementById("generate");
  if (!(button instanceof HTMLButtonElement)) return;
  button.addEventListener("click", () => generateReturn());

  if (typeof Office === "undefined") {
    setStatus("Office.js did not load. Reload the add-in.");
    return;
  }
  void Office.onReady((info) => {
    button.disabled = false;
    setStatus(info.host ? `Ready (${info.host})` : "Ready (outside Office)");
  });
}

start();
