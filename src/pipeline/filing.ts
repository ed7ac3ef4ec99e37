// "Mark as filed": the one step, for every host, that records a return the user has submitted on
// HKEXnews in NDDR_Log — its closing balance per class, once. Generate never logs (a return generated
// is not a return filed, and a corrected one is generated again); the hosts call this only when the user
// says the return was submitted: `nddr file`, `nddr generate --log`, the pane's Mark as filed.
import type { Outcome } from "../common/outcome";
import { headerKey, type CellValue, type TableGrid } from "../contract/grid";
import { LOG_TABLE } from "../contract/tables";
import { MONTHLY_RETURN_KIND, NDDR_KIND, type LogEntry, type ReturnKind } from "../domain/ledger";
import type { IsoDate } from "../domain/dates";
import type { Finding } from "../domain/finding";
import { formatDateEn } from "../domain/printing";
import { loggedOn } from "../domain/roll-forward";
import { plural } from "../render/due-text";
import { alreadyLogged, logRows, type ClassClosing } from "../render/log-rows";
import type { PreparedMonthlyReturn } from "./prepare-monthly";
import type { PreparedReturn } from "./prepare-return";

export type FiledReturn =
  | { readonly kind: "nddr"; readonly prepared: PreparedReturn }
  | { readonly kind: "monthly"; readonly prepared: PreparedMonthlyReturn };

export type Filing = Outcome<{
  readonly returnKind: ReturnKind;
  /** "the Next Day Disclosure Return closing 17 December 2024". */
  readonly what: string;
  readonly closings: readonly ClassClosing[];
  /** NDDR_Log rows to append, in LOG_TABLE's column order; none when the log already records the return. */
  readonly rows: CellValue[][];
  readonly alreadyFiled: boolean;
}>;

/** The closing balances a return states, one per class, or why it cannot be filed. */
export function closingsOf(filed: FiledReturn): Outcome<{ closings: ClassClosing[]; returnKind: ReturnKind; closingDate: IsoDate }> {
  const g = filed.prepared.generation;
  const errors = g.findings.filter((f) => f.severity === "error").length;
  if (filed.kind === "nddr") {
    const nddr = g.ok ? filed.prepared.generation.nddr : null;
    if (!nddr) return { ok: false, reason: notFileable(errors) };
    return {
      ok: true, returnKind: NDDR_KIND, closingDate: nddr.closingDate,
      closings: nddr.sectionI.map((c) => ({ classKey: c.classKey, closingDate: c.closing.date, issued: c.closing.issued, treasury: c.closing.treasury })),
    };
  }
  const mr = g.ok ? filed.prepared.generation.monthly : null;
  if (!mr) return { ok: false, reason: notFileable(errors) };
  return {
    ok: true, returnKind: MONTHLY_RETURN_KIND, closingDate: mr.monthEnded,
    closings: mr.partII.map((c) => ({ classKey: c.classKey, closingDate: mr.monthEnded, issued: c.closing.issued, treasury: c.closing.treasury })),
  };
}

/**
 * The generation's warnings about the filing itself (a preceding month never logged: the month may be
 * mistyped), for a host that files without showing the generation first (`nddr file`).
 */
export function filingWarnings(filed: FiledReturn): Finding[] {
  return filed.prepared.generation.findings.filter((f) => f.severity === "warning" && FILING_WARNINGS.has(f.code));
}

const FILING_WARNINGS: ReadonlySet<string> = new Set(["MONTHLY_PRECEDING_NOT_LOGGED"]);

const notFileable = (errors: number): string =>
  `This return has ${errors === 1 ? "an error" : `${errors} errors`} and cannot have been filed: fix ${errors === 1 ? "it" : "them"}, generate it again, submit it, then mark it as filed.`;

/**
 * What filing `filed` adds to a log that now holds `log` (read at the moment of filing, not when the
 * return was generated: a second Mark as filed must see the first), in the table `logTable` as it is now
 * (null: none yet, one is made with every column). `filedAt` is the host's clock in Hong Kong time.
 */
export function planFiling(
  filed: FiledReturn, log: readonly LogEntry[], filedAt: string, logTable: TableGrid | null = logTableOf(filed.prepared.tables),
): Filing {
  const of = closingsOf(filed);
  if (!of.ok) return of;
  const what = `the ${of.returnKind} closing ${formatDateEn(of.closingDate)}`;
  if (of.returnKind !== NDDR_KIND && !logHasKind(logTable)) {
    return { ok: false, reason: `NDDR_Log has no column "Return", so the rows of ${what} would be read back as a Next Day Disclosure Return's. ` +
      `Add the column "Return" to NDDR_Log (if its header was cleared or renamed, name it "Return" again), then mark the return as filed.` };
  }
  const alreadyFiled = alreadyLogged(of.closings, of.returnKind, log);
  const rows = alreadyFiled ? [] : logRows(of.closings, of.returnKind, { generatedAt: filedAt, fingerprint: filed.prepared.fingerprint });
  return { ok: true, returnKind: of.returnKind, what, closings: of.closings, rows, alreadyFiled };
}


const logTableOf = (tables: readonly TableGrid[]): TableGrid | null =>
  tables.find((t) => t.name.toLowerCase() === LOG_TABLE.name.toLowerCase()) ?? null;

/**
 * Whether NDDR_Log, if the workbook has one, can say a row's kind of return: a row logged without it
 * reads back as an NDDR's (a log kept before Monthly Returns has no such column and needs none for NDDRs).
 */
function logHasKind(log: TableGrid | null): boolean {
  const header = LOG_TABLE.columns.find((c) => c.field === "returnKind")!.header;
  return !log || log.headers.some((h) => headerKey(h) === headerKey(header));
}

/**
 * Whether NDDR_Log already records a return of this kind closing on this return's date (whatever its
 * balances): its sheet in the workbook is then the copy of what was filed, which a host must not
 * replace without asking (QA 10a, F1: a check-up Generate turned a filed return's sheet into an empty one).
 */
export function filedBefore(filed: FiledReturn): boolean {
  const of = closingsOf(filed);
  return of.ok && loggedOn(filed.prepared.ledger.log ?? [], of.returnKind, of.closingDate);
}

/** One sentence for every host: what Mark as filed did. */
export function filingSummary(filing: Extract<Filing, { ok: true }>): string {
  if (filing.alreadyFiled) return `NDDR_Log already records ${filing.what} with these balances: nothing appended (a return is logged once, however often it is marked as filed).`;
  return `Marked as filed: ${filing.what}, ${plural(filing.rows.length, "row")} added to NDDR_Log. The next return opens on these closing balances.`;
}
