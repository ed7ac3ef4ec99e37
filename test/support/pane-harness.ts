// The task pane in a page of its own, on a port whose generation is the real pipeline (prepareReturn on
// the contract tables the test serves) and whose filing members (Mark as filed, the Monthly Return, the
// question before replacing an edited sheet) are test doubles recording their calls: the pane's side of
// the wave-2 contract, tested before the Office.js side lands. Built by webpack.simulated.config.js.
import type { TableGrid } from "../../src/contract/grid";
import { hongKongToday } from "../../src/common/hk-clock";
import type { WorkbookSettings } from "../../src/common/preferences";
import { prepareReturn } from "../../src/pipeline/prepare-return";
import type { FiledReturn, WorkbookPort } from "../../src/taskpane/port";
import type { GenerateOutcome } from "../../src/taskpane/port";
import { followSystemTheme } from "../../src/taskpane/theme";
import { startPane } from "../../src/taskpane/ui";

export interface HarnessConfig {
  readonly tablesUrl: string;
  /** The first Generate return asks before replacing sheet "NDDR 2024-12-17". */
  readonly askReplace?: boolean;
  /** The table names the workbook has (default: those served). */
  readonly tableNames?: readonly string[];
  readonly monthlyProblem?: string;
  readonly selectionFails?: boolean;
}

interface Harness {
  readonly calls: unknown[][];
  readonly settings: Record<string, unknown>;
}

const scope = globalThis as unknown as { __harnessConfig: HarnessConfig; __harness: Harness };
const config = scope.__harnessConfig;
const harness: Harness = { calls: [], settings: {} };
scope.__harness = harness;

const tables: Promise<TableGrid[]> = fetch(config.tablesUrl).then((r) => r.json() as Promise<TableGrid[]>);
let asked = false;
let filed = 0;

const settings: WorkbookSettings = {
  async read(name) {
    return harness.settings[name];
  },
  async write(name, value) {
    harness.settings[name] = value;
  },
};

const port: WorkbookPort = {
  canSelectCells: true,
  canOpenInExcel: false,
  canDownload: false,
  showsReturn: false,
  setUpLabel: "Set up input tables",
  async setUp() {
    harness.calls.push(["setUp"]);
    return "Added NDDR_Mandates (sheet Mandates). Existing tables and sheets were left as they were.";
  },
  async generate(now, language, onProgress): Promise<GenerateOutcome> {
    harness.calls.push(["generate", language]);
    onProgress?.({ phase: "read", done: 1, total: 2 });
    const prepared = await prepareReturn(await tables, { today: hongKongToday(now), language });
    const g = prepared.generation;
    const errors = g.findings.filter((f) => f.severity === "error").length;
    const outcome = { ok: true as const, prepared, summary: g.ok ? `Return for ${g.nddr?.closingDate} written to sheet "NDDR ${g.nddr?.closingDate}".` : `${errors} errors to fix, listed on sheet "NDDR Findings".` };
    if (config.askReplace && !asked) {
      asked = true;
      return { ...outcome, confirmReplace: { sheet: "NDDR 2024-12-17", proceed: async () => (harness.calls.push(["proceed"]), outcome) } } as GenerateOutcome;
    }
    return outcome;
  },
  async selectCell(sheet, cell) {
    harness.calls.push(["selectCell", sheet, cell]);
    if (config.selectionFails) throw new Error("ItemNotFound");
  },
  async openInExcel() {},
  canMarkAsFiled: true,
  async markAsFiled(f: FiledReturn, now: Date) {
    harness.calls.push(["markAsFiled", f.kind, f.kind === "nddr" ? f.prepared.generation.nddr?.closingDate : "", now.toISOString()]);
    filed++;
    return filed === 1 ? { ok: true as const, logged: 2, summary: "2 rows added to NDDR_Log (classes A and B, closing 17 December 2024)." }   : { ok: true as const, logged: 0, summary: "NDDR_Log already holds this return's closing balances; nothing was added." };
  },
  async generateMonthly(_now, month, language) {
    harness.calls.push(["generateMonthly", month, language]);
    if (config.monthlyProblem) return { ok: false, reason: config.monthlyProblem };
    return { ok: false, reason: "The Monthly Return is not in this harness." };
  },
};

followSystemTheme();
startPane(document.getElementById("app")!, port, {
  settings,
  now: () => new Date("2024-12-17T23:05:00Z"),
  tableNames: async () => config.tableNames ?? (await tables).map((t) => t.name),
});
