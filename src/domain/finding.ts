// A finding is how the product talks about anything a user can get wrong: it names the sheet and cell
// and says how to fix it. Errors block the return; warnings and infos do not. Exceptions are only
// for programmer errors.

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
}

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
  };
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet and row/column, so the first finding is the first thing to fix. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
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
