// The NDDR_Log rows one generated return adds (one per class), in the table's column order, for the
// exceljs writer (`nddr generate --log`) and the Office.js writer alike. Dates are ISO text, which the
// parser reads back as they are, so the log survives any regional date setting.
import type { CellValue } from "../contract/grid";
import { LOG_TABLE } from "../contract/tables";
import { NDDR_KIND, type LogEntry, type LogField } from "../domain/ledger";
import type { NddrReturn } from "../domain/return-model";

export interface LogStamp {
  /** When the return was generated, e.g. "2024-12-18T07:55:12+08:00" (the shell reads the clock). */
  readonly generatedAt: string;
  /** inputFingerprint() of the tables the return was generated from. */
  readonly fingerprint: string;
}

export function logRows(nddr: NddrReturn, stamp: LogStamp): CellValue[][] {
  return nddr.sectionI.map((cls) => {
    const values: Record<LogField, CellValue> = {
      generatedAt: stamp.generatedAt,
      closingDate: cls.closing.date,
      classKey: cls.classKey,
      closingIssued: cls.closing.issued,
      closingTreasury: cls.closing.treasury,
      fingerprint: stamp.fingerprint,
      returnKind: NDDR_KIND,
    };
    return LOG_TABLE.columns.map((c) => values[c.field]);
  });
}

/** Whether the log holds exactly this return's closing balances: generating it again logs nothing. */
export function alreadyLogged(nddr: NddrReturn, log: readonly LogEntry[]): boolean {
  // A Monthly Return with the same closing is another return: this one is still to be logged.
  return nddr.sectionI.every((cls) => log.some((e) =>
    e.returnKind === NDDR_KIND &&
    e.classKey.toLowerCase() === cls.classKey.toLowerCase() && e.closingDate === cls.closing.date &&
    e.closingIssued === cls.closing.issued && e.closingTreasury === cls.closing.treasury));
}
