// Part II's public float sufficiency confirmation (FF301 v1.2.0; rules in force 1 January 2026): for each
// listed class, whether the applicable minimum public float was complied with at the close of the month.
// It is printed for months from January 2026 — the first seen on a filed return (MINISO, January 2026);
// whether December 2025's return carried it is not known.
import { finding, type Finding } from "../finding";
import { cellOf, type Board, type ShareClass } from "../ledger";
import { sameKey } from "./identity";
import type { PublicFloat } from "./input";
import type { PublicFloatConfirmation } from "./model";
import type { ReturnMonth } from "./month";

export const PUBLIC_FLOAT_FROM_MONTH = "2026-01";

/** MB 13.32D(1) / GEM 17.37D(1): the monthly confirmation of the public float. */
const rule = (board: Board): string => (board === "GEM" ? "GEM 17.37D(1)" : "MB 13.32D(1)");

export function publicFloatOf(
  cls: ShareClass, rows: readonly PublicFloat[], month: ReturnMonth, board: Board,
): { confirmation: PublicFloatConfirmation | null; findings: Finding[] } {
  if (!cls.listed || month.month < PUBLIC_FLOAT_FROM_MONTH) return { confirmation: null, findings: [] };
  const own = rows.filter((r) => sameKey(r.classKey, cls.key) && r.month === month.month).sort((a, b) => a.origin.row - b.origin.row);
  const findings: Finding[] = [];
  if (own.length === 0) {
    findings.push(finding("PUBLIC_FLOAT_MISSING", "error",
      `From January 2026 the Monthly Return confirms each listed class's public float. MR_PublicFloat has no row for class ${cls.key} and ${month.month}: ` +
        `add one (Complied Yes or No, and the applicable minimum).`,
      cellOf(cls.origin, "key"), { rule: rule(board) }));
    return { confirmation: null, findings };
  }
  const [row, ...others] = own;
  for (const other of others) {
    findings.push(finding("DUPLICATE_PUBLIC_FLOAT", "error",
      `Class ${cls.key} has two public float rows for ${month.month} (first at ${cellOf(row.origin, "month").cell}). Keep one.`,
      cellOf(other.origin, "month")));
  }
  if (!row.complied) {
    findings.push(finding("PUBLIC_FLOAT_NOT_COMPLIED", "warning",
      `Class ${cls.key} did not meet its minimum public float (${row.requirement}) at the close of ${month.month}. ` +
        `The return says so; a shortfall must also be announced and remedied under the Listing Rules.`,
      cellOf(row.origin, "complied"), { rule: rule(board) }));
  }
  return { confirmation: { complied: row.complied, requirement: row.requirement }, findings };
}
