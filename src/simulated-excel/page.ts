// The simulated Excel inside a browser page, so the task pane's own bundle runs on it (the browser tests
// and `npm run screenshot`). The page is told where to fetch the workbook (the SimWorkbook as JSON) and
// which platform to play through `__simulatedExcelConfig`, set before this script runs; `Excel` is then
// the simulated host's, and `__simulatedExcel` lets a test look at the workbook afterwards.
import { createSimulatedHost, type SimulatedHost } from "./host";
import type { SimWorkbook } from "./model";
import { PLATFORMS, type PlatformName } from "./platforms";

interface PageConfig {
  readonly workbookUrl: string;
  readonly platform: PlatformName;
  /** Milliseconds each sync takes, as a round trip to Excel does (for watching progress). */
  readonly syncDelayMs?: number;
}

const scope = globalThis as unknown as { __simulatedExcelConfig?: PageConfig; __simulatedExcel?: SimulatedHost; Excel?: unknown };
const config = scope.__simulatedExcelConfig;

if (config) {
  const ready: Promise<SimulatedHost> = fetch(config.workbookUrl)
    .then((r) => r.json() as Promise<SimWorkbook>)
    .then((workbook) => {
      const delay = config.syncDelayMs ?? 0;
      const host = createSimulatedHost(workbook, PLATFORMS[config.platform], { pause: () => new Promise((r) => setTimeout(r, delay)) });
      scope.__simulatedExcel = host;
      return host;
    });
  scope.Excel = {
    run: async (batch: (context: Excel.RequestContext) => Promise<unknown>) => (await ready).excel.run(batch),
    createWorkbook: async (base64?: string) => (await ready).excel.createWorkbook(base64),
  };
}
