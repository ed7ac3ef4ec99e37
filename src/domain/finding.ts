// A finding is how the product talks about anything a user can get wrong: it names the sheet and cell
// and says how to fix it. Errors block the return; warnings and infos do not. Exceptions are only
// for programmer errors. A compliance breach is a warning marked `breach` (docs/rules.md 20): it stands out
// in every host, but the return must still be filed, so it never blocks.

export type Severity = "error" | "warning" | "info";

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  /** Listing Rule cited, e.g. "MB 13.25A(1)"; absent when the finding is about input only. */
  readonly rule?: string;
  /** Other cells the finding is about (e.g. the log row an opening balance should match). */
  readonly related?: readonly CellRef[];
  /** A compliance breach (mandate exceeded, moratorium, late return): a warning that stands out. */
  readonly breach?: true;
}

/**
 * The findings that report a breach of the Listing Rules rather than an input mistake (docs/rules.md 20).
 * Kept by code, so that every place raising one (the timing checks too) marks it the same way.
 */
export const BREACH_CODES: ReadonlySet<string> = new Set([
  "MANDATE_EXCEEDED", "MORATORIUM_AFTER_REPURCHASE", "MORATORIUM_GRANT_AFTER_REPURCHASE", "PUBLIC_FLOAT_NOT_COMPLIED", "REPURCHASE_AFTER_TREASURY_SALE", "RETURN_LATE",
]);

export function finding(
  code: string,
  severity: Severity,
  message: string,
  at?: CellRef | null,
  extra?: { rule?: string; related?: readonly CellRef[] },
): Finding {
  return {
    code,
    severity,
    message,
    sheet: at?.sheet ?? null,
    cell: at?.cell ?? null,
    ...(extra?.rule ? { rule: extra.rule } : {}),
    ...(extra?.related?.length ? { related: extra.related } : {}),
    ...(severity === "warning" && BREACH_CODES.has(code) ? { breach: true as const } : {}),
  };
}

/** "error", "breach", "warning" or "info": how hosts label a finding. */
export const severityLabel = (f: Finding): Severity | "breach" => (f.breach ? "breach" : f.severity);

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");

const SEVERITY_ORDER: Record<Severity | "breach", number> = { error: 0, breach: 1, warning: 2, info: 3 };

/** Errors first, then breaches, then by sheet and row/column, so the first finding is the first thing to fix. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[severityLabel(a)] - SEVERITY_ORDER[severityLabel(b)] ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      compareAddresses(a.cell, b.cell),
  );
}

function compareAddresses(a: string | null, b: string | null): number {
  const pa = splitAddress(a);
  const pb = splitAddress(b);
  return pa.row - pb.row || pa.col.length - pb.col.length || pa.col.localeCompare(pb.col);
}

function splitAddress(address: string | null): { col: string; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address ?? "");
  return m ? { col: m[1], row: Number(m[2]) } : { col: "", row: 0 };
}
