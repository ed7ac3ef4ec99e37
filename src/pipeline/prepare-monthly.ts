// "Prepare the Monthly Return": prepare-return.ts's step for form FF301, shared by every host — the
// command line (`nddr monthly`), the ribbon's Monthly return, the pane and the preview. Parse, generate
// for the month, fingerprint once, lay out, render monthly-return.json and .txt; the hosts only read
// tables and put the result somewhere.
import { inputFingerprint } from "../contract/fingerprint";
import type { TableGrid } from "../contract/grid";
import { parseMonthlyLedger } from "../contract/parse-monthly";
import type { IsoDate } from "../domain/dates";
import { generateMonthlyReturn, type MonthlyGeneration } from "../domain/monthly-return/generate";
import type { MonthlyLedger } from "../domain/monthly-return/input";
import { parseReturnMonth } from "../domain/monthly-return/month";
import { formatDateEn } from "../domain/printing";
import { monthlyLabelsFor } from "../labels";
import { layoutMonthlyReturn } from "../layout/monthly-layout";
import type { SheetLayout } from "../layout/sheet-layout";
import { monthlyReturnJsonText } from "../render/monthly-json";
import { renderMonthlyReturnText } from "../render/monthly-text";
import { provenance, provenanceLine, type Provenance } from "../render/provenance";
import type { PrepareOptions } from "./prepare-return";

export interface PrepareMonthlyOptions extends PrepareOptions {
  /** The month reported, "YYYY-MM". */
  readonly month: string;
  /** Date Submitted when not today. */
  readonly dateSubmitted?: IsoDate;
}

/** PreparedReturn's counterpart for the Monthly Return (see prepare-return.ts). */
export interface PreparedMonthlyReturn {
  readonly tables: readonly TableGrid[];
  readonly ledger: MonthlyLedger;
  readonly generation: MonthlyGeneration;
  readonly fingerprint: string;
  readonly provenance: Provenance;
  /** The "Monthly Return YYYY-MM" sheet; only with a return. */
  readonly layout?: SheetLayout;
  /** monthly-return.json, always (with the findings). */
  readonly json: string;
  /** monthly-return.txt; only with a return. */
  readonly text?: string;
}

export async function prepareMonthlyReturn(tables: readonly TableGrid[], options: PrepareMonthlyOptions): Promise<PreparedMonthlyReturn> {
  const fingerprinting = inputFingerprint(tables); // hashed off the main thread meanwhile, as in prepare-return.ts
  const parsed = parseMonthlyLedger(tables);
  const generation = generateMonthlyReturn(parsed.ledger, { month: options.month, today: options.today, dateSubmitted: options.dateSubmitted }, parsed.findings);
  const fingerprint = await fingerprinting;
  const stamp = provenance(fingerprint, options.language ?? "en", options.host);
  const json = monthlyReturnJsonText(generation, stamp);
  const mr = generation.monthly;
  const base = { tables, ledger: parsed.ledger, generation, fingerprint, provenance: stamp, json };
  if (!generation.ok || !mr) return base;
  const labels = monthlyLabelsFor(stamp.language);
  const text = `${renderMonthlyReturnText(mr, labels)}\n${provenanceLine(stamp, "FF301")}\n`;
  return { ...base, text, layout: layoutMonthlyReturn(mr, labels) };
}

/** "September 2024" of "2024-09" (the text as given when it is not a month), for the hosts' sentences. */
export function monthName(month: string): string {
  const m = parseReturnMonth(month);
  return m ? formatDateEn(m.monthEnd).slice(3) : month;
}
