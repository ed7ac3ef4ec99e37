// Export: the files of the return last prepared — an NDDR's (return-<closing date>.*) or a Monthly
// Return's (monthly-return-<month>.*; `nddr monthly` writes monthly-return.* in its folder) — made in the
// pane by the same file functions as the command line (the engine loads on first use), offered as this
// host allows: open the .xlsx in Excel, or download .xlsx, .json and .txt.
import type { FiledReturn } from "../pipeline/filing";
import { button } from "./dom";
import { download, XLSX_TYPE } from "./downloads";
import { loadEngine } from "./load-engine";
import type { WorkbookPort } from "./port";

/** The buttons to offer; each runs its action through `run` (the pane's busy state). */
export async function exportOffers(filed: FiledReturn, port: WorkbookPort, run: (act: () => Promise<void>) => void): Promise<HTMLButtonElement[]> {
  const engine = await loadEngine();
  const { files, name, opened } = filed.kind === "nddr"
    ? { files: await engine.returnFiles(filed.prepared), name: `return-${filed.prepared.generation.nddr?.closingDate ?? "draft"}`, opened: "return.xlsx" }
    : { files: await engine.monthlyReturnFiles(filed.prepared), name: `monthly-return-${filed.prepared.generation.monthly?.month ?? "draft"}`, opened: "monthly-return.xlsx" };
  const offers: HTMLButtonElement[] = [];
  const offer = (id: string, label: string, act: () => Promise<void> | void) => {
    const b = button(id, label);
    b.addEventListener("click", () => run(async () => act()));
    offers.push(b);
  };
  if (files.xlsx && port.canOpenInExcel) offer("open-xlsx", `Open ${opened} in Excel`, () => port.openInExcel(files.xlsx!));
  if (port.canDownload) {
    if (files.xlsx) offer("download-xlsx", "Download .xlsx", () => download(`${name}.xlsx`, files.xlsx!, XLSX_TYPE));
    offer("download-json", "Download .json", () => download(`${name}.json`, files.json, "application/json"));
    if (files.text) offer("download-txt", "Download .txt", () => download(`${name}.txt`, files.text!, "text/plain;charset=utf-8"));
  }
  return offers;
}
