// Export: the return's files made in the pane (the engine loads on first use), offered as this host
// allows: open return.xlsx in Excel, or download .xlsx, .json and .txt.
import type { PreparedReturn } from "../pipeline/prepare-return";
import { button } from "./dom";
import { download, XLSX_TYPE } from "./downloads";
import { loadEngine } from "./load-engine";
import type { WorkbookPort } from "./port";

/** The buttons to offer; each runs its action through `run` (the pane's busy state). */
export async function exportOffers(prepared: PreparedReturn, port: WorkbookPort, run: (act: () => Promise<void>) => void): Promise<HTMLButtonElement[]> {
  const files = await (await loadEngine()).returnFiles(prepared);
  const name = `return-${prepared.generation.nddr?.closingDate ?? "draft"}`;
  const offers: HTMLButtonElement[] = [];
  const offer = (id: string, label: string, act: () => Promise<void> | void) => {
    const b = button(id, label);
    b.addEventListener("click", () => run(async () => act()));
    offers.push(b);
  };
  if (files.xlsx && port.canOpenInExcel) offer("open-xlsx", "Open return.xlsx in Excel", () => port.openInExcel(files.xlsx!));
  if (port.canDownload) {
    if (files.xlsx) offer("download-xlsx", "Download .xlsx", () => download(`${name}.xlsx`, files.xlsx!, XLSX_TYPE));
    offer("download-json", "Download .json", () => download(`${name}.json`, files.json, "application/json"));
    if (files.text) offer("download-txt", "Download .txt", () => download(`${name}.txt`, files.text!, "text/plain;charset=utf-8"));
  }
  return offers;
}
