// "Prepare the return": the one step between reading a workbook's tables and writing anything, shared
// by every host — the command line, the ribbon command, the task pane and the preview. Each host only
// reads tables its own way (exceljs, Office.js) and writes the result its own way (files, sheets, the
// page); everything in between happens here, once: parse, generate, fingerprint, lay out, render.
import { inputFingerprint } from "../contract/fingerprint";
import type { TableGrid } from "../contract/grid";
import { parseLedger } from "../contract/parse-ledger";
import type { IsoDate } from "../domain/dates";
import { generateReturn, type Generation } from "../domain/generate-return";
import type { Ledger } from "../domain/ledger";
import { labelsFor, type Language } from "../labels";
import { layoutReturn } from "../layout/return-layout";
import type { SheetLayout } from "../layout/sheet-layout";
import { provenance, provenanceLine, type Provenance } from "../render/provenance";
import { returnJsonText } from "../render/return-json";
import { renderReturnText } from "../render/return-text";

export interface PrepareOptions {
  /** Today in Hong Kong: the default Date submitted. */
  readonly today: IsoDate;
  /** Language of return.txt and the return sheet; return.json is the same in every language. Default "en". */
  readonly language?: Language;
  /** Which host prepared it, recorded in return.json's generator (e.g. "Excel on the web"). */
  readonly host?: string;
}

export interface PreparedReturn {
  /** The contract tables as read. */
  readonly tables: readonly TableGrid[];
  readonly ledger: Ledger;
  readonly generation: Generation;
  /** inputFingerprint(tables): computed once here, the same value in every host and every output. */
  readonly fingerprint: string;
  readonly provenance: Provenance;
  /** The return sheet, for the return sheet in Excel, return.xlsx and the preview; only with a return. */
  readonly layout?: SheetLayout;
  /** return.json, always (with the findings). */
  readonly json: string;
  /** return.txt; only with a return. */
  readonly text?: string;
}

export async function prepareReturn(tables: readonly TableGrid[], options: PrepareOptions): Promise<PreparedReturn> {
  // Started first: the hash runs off the main thread (WebCrypto) while the ledger is parsed and totalled.
  const fingerprinting = inputFingerprint(tables);
  const parsed = parseLedger(tables);
  const generation = generateReturn(parsed.ledger, { today: options.today }, parsed.findings);
  const fingerprint = await fingerprinting;
  const stamp = provenance(fingerprint, options.language ?? "en", options.host);
  const json = returnJsonText(generation, stamp);
  const nddr = generation.nddr;
  if (!generation.ok || !nddr) return { tables, ledger: parsed.ledger, generation, fingerprint, provenance: stamp, json };
  const labels = labelsFor(stamp.language);
  // After the form, apart from it: the golden comparison stops at the form's last line.
  const text = `${renderReturnText(nddr, labels)}\n${provenanceLine(stamp)}\n`;
  return { tables, ledger: parsed.ledger, generation, fingerprint, provenance: stamp, json, text, layout: layoutReturn(nddr, labels) };
}
