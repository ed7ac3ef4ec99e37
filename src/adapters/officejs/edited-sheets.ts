// Has the user edited a return sheet since the add-in wrote it? When it writes one, the add-in reads the
// sheet's values back in the same sync and keeps their fingerprint — the used range's address and a hash
// of its values — in a worksheet-scoped name beside the sheet's mark. Before replacing that sheet it
// reads the used range and the recorded rectangle again: a value typed, changed or cleared, inside the
// rectangle or beyond it, makes the sheet edited. Formats are not compared: restyling loses nothing.
// A sheet of ours without a fingerprint (removed, or from an older version) counts as edited: we cannot
// tell, and asking costs less than losing someone's notes.
import { sha256Hex } from "../../common/sha256";

/** The worksheet-scoped name holding the fingerprint of what the add-in wrote. */
export const CONTENT_NAME = "NDDR_Content";
const FORMAT = /^="nddr1 ([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?) ([0-9a-f]{32})"$/;
const COMMENT = "What the NDDR add-in wrote on this sheet, to notice edits before replacing it.";

interface Recorded {
  readonly address: string;
  readonly hash: string;
}

const valuesHash = async (values: readonly (readonly unknown[])[]): Promise<string> => (await sha256Hex(JSON.stringify(values))).slice(0, 32);
const local = (address: string): string => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

function parseRecorded(formula: unknown): Recorded | undefined {
  const m = typeof formula === "string" ? FORMAT.exec(formula) : null;
  return m ? { address: m[1]!, hash: m[2]! } : undefined;
}

/**
 * Queued right after the sheet's values are written (same sync): reads them back. After the sync,
 * `record()` queues the fingerprint name on the sheet (for the next sync).
 */
export function queueReadBack(ws: Excel.Worksheet): { record(): Promise<void> } {
  const used = ws.getUsedRangeOrNullObject(true).load("address,values");
  return {
    async record() {
      if (used.isNullObject) return;
      ws.names.add(CONTENT_NAME, `="nddr1 ${local(used.address)} ${await valuesHash(used.values)}"`, COMMENT);
    },
  };
}

/**
 * Queues what tells whether our sheet `name` was edited, given its fingerprint name's formula as read
 * with the workbook's layout (undefined when it has none); after the sync, the answer.
 */
export function queueEditCheck(context: Excel.RequestContext, name: string, recordedFormula: string | undefined): () => Promise<boolean> {
  const recorded = parseRecorded(recordedFormula);
  if (!recorded) return async () => true;
  const ws = context.workbook.worksheets.getItem(name);
  const used = ws.getUsedRangeOrNullObject(true).load("address");
  // The recorded rectangle only: bounded by what we wrote, however much was pasted beside it.
  const written = ws.getRange(recorded.address).load("values");
  return async () => used.isNullObject || local(used.address) !== recorded.address || (await valuesHash(written.values)) !== recorded.hash;
}
