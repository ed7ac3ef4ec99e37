// The task pane's workbook inside Excel, through the Office.js adapter: the same generations the ribbon
// buttons run (src/adapters/officejs/run-generate.ts), except that an edited return sheet is asked about, not kept.
import type { AddinHost } from "../adapters/officejs/host";
import { editedQuestion, generateMonthlyWith, generateWith, markAsFiledWith, monthlyOutcomeNotice, outcomeNotice } from "../adapters/officejs/run-generate";
import type { EditedSheetPolicy } from "../adapters/officejs/write-return";
import { setUpInputTables } from "../adapters/officejs/setup-tables";
import { toBase64 } from "./downloads";
import type { ConfirmReplace, WorkbookPort } from "./port";

/** A result with the question to ask when an edited return sheet stopped the write; proceeding replaces it. */
interface Asked<P> {
  readonly ok: true;
  readonly prepared: P;
  readonly summary: string;
  readonly confirmReplace?: ConfirmReplace<Asked<P>>;
}

async function askingBeforeReplacing<P, R extends { readonly prepared: P; readonly editedSheet?: string; readonly sheetFiled?: true }>(
  run: (edited: EditedSheetPolicy) => Promise<R>, summary: (r: R) => string, edited: EditedSheetPolicy = "ask",
): Promise<Asked<P>> {
  const r = await run(edited);
  const sheet = r.editedSheet;
  if (!sheet) return { ok: true, prepared: r.prepared, summary: summary(r) };
  const filed = r.sheetFiled === true;
  return { ok: true, prepared: r.prepared, summary: editedQuestion(sheet, filed), confirmReplace: { sheet, filed, proceed: () => askingBeforeReplacing(run, summary, { replace: sheet }) } };
}

export function excelPort(host: AddinHost): WorkbookPort {
  return {
    canSelectCells: true,
    canOpenInExcel: true,
    canDownload: host.canDownload,
    showsReturn: false,
    canMarkAsFiled: true,
    setUpLabel: "Set up input tables",
    async setUp() {
      const result = await host.run((context) => setUpInputTables(context));
      if (result.added.length === 0) return "Every input table is already there; nothing was changed.";
      return `Added ${result.added.map((a) => `${a.table} (sheet ${a.sheet})`).join(", ")}. Existing tables and sheets were left as they were.`;
    },
    generate: (now, language, onProgress) =>
      askingBeforeReplacing((edited) => generateWith(host, { now, language, onProgress, edited }), (r) => outcomeNotice(r).message),
    generateMonthly: (now, month, language, onProgress) =>
      askingBeforeReplacing((edited) => generateMonthlyWith(host, { now, month, language, onProgress, edited }), (r) => monthlyOutcomeNotice(r, month).message),
    markAsFiled: (filed, now) => markAsFiledWith(host, filed, now),
    async selectCell(sheet, cell) {
      await host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },
    async openInExcel(xlsx) {
      await host.createWorkbook(toBase64(xlsx));
    },
  };
}
