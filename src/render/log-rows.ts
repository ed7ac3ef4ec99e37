// The NDDR_Log rows a filed return adds (one per class), in the table's column order, for the file
// patcher (`nddr file`, `nddr generate --log`) and the Office.js writer (Mark as filed) alike. Dates are
// ISO text here; both shells put them into the workbook as Excel dates (Excel converts the text, the
// patcher writes a serial with a date format: xlsx-patch/styles-xml.ts).
import type { CellValue } from "../contract/grid";
import { LOG_TABLE } from "../contract/tables";
import type { IsoDate } from "../domain/dates";
import type { LogEntry, LogField, ReturnKind } from "../domain/ledger";

export interface LogStamp {
  /** When the return was marked as filed, e.g. "2024-12-18T07:55:12+08:00" (the shell reads the clock). */
  readonly generatedAt: string;
  /** inputFingerprint() of the tables the return was generated from. */
  readonly fingerprint: string;
}

/** A class's closing balance as a return states it: what one log row records. */
export interface ClassClosing {
  readonly classKey: string;
  readonly closingDate: IsoDate;
  readonly issued: number;
  readonly treasury: number;
}

export function logRows(closings: readonly ClassClosing[], kind: ReturnKind, stamp: LogStamp): CellValue[][] {
  return closings.map((c) => {
    const values: Record<LogField, CellValue> = {
      generatedAt: stamp.generatedAt,
      closingDate: c.closingDate,
      classKey: c.classKey,
      closingIssued: c.issued,
      closingTreasury: c.treasury,
      fingerprint: stamp.fingerprint,
      returnKind: kind,
    };
    return LOG_TABLE.columns.map((col) => values[col.field]);
  });
}

/** Whether the log holds exactly these closing balances for a return of this kind: filing it again logs nothing. */
export function alreadyLogged(closings: readonly ClassClosing[], kind: ReturnKind, log: readonly LogEntry[]): boolean {
  // A return of the other kind with the same closing is another return: this one is still to be logged.
  return closings.every((c) => log.some((e) =>
    e.returnKind === kind &&
    e.classKey.toLowerCase() === c.classKey.toLowerCase() && e.closingDate === c.closingDate &&
    e.closingIssued === c.issued && e.closingTreasury === c.treasury));
}
