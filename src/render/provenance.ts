// Where an export came from: the product and version that wrote it, the language it prints in and a
// fingerprint of the input tables, so a circulated return can be tied back to a workbook state.
import { PRODUCT } from "../common/product";
import { labelsFor, type Language } from "../labels";
import { fill } from "../labels/values";

export interface Provenance {
  /** `host` says which Office host ran the add-in ("Excel on the web"); absent from the command line. */
  readonly generator: { readonly name: string; readonly version: string; readonly host?: string };
  /** inputFingerprint() of the contract tables; null when the caller had no tables (a model built in code). */
  readonly inputFingerprint: string | null;
  readonly language: Language;
}

export function provenance(inputFingerprint: string | null, language: Language = "en", host?: string): Provenance {
  return { generator: { name: PRODUCT.name, version: PRODUCT.version, ...(host ? { host } : {}) }, inputFingerprint, language };
}

/** One line for the foot of return.txt and the return.xlsx properties, in the return's language. */
export function provenanceLine(p: Provenance, form: "FF305" | "FF301" = "FF305"): string {
  const L = labelsFor(p.language);
  return fill(L.provenance, {
    generator: `${p.generator.name} ${p.generator.version}`, form, language: p.language, fingerprint: p.inputFingerprint ?? L.notFingerprinted,
  });
}
