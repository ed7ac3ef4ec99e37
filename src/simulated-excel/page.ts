// The simulated Excel inside a browser page, so the task pane's own bundle runs on it (the browser tests
// and `npm run screenshot`). The page is told where to fetch the workbook (the SimWorkbook as JSON), which
// platform to play and which Office theme the user picked through `__simulatedExcelConfig`, set before
// this script runs; `Excel` is then the simulated host's, and `__simulatedExcel` lets a test look at the
// workbook afterwards (and change the Office theme, as a user does under File → Account).
//
// office.js, loaded by the page from its CDN outside Office, fills Office.context with nothing: once it
// has run, the context gets what Excel's would have: the document's settings, the Office theme and the platform.
import { createSimulatedHost, type SimulatedHost } from "./host";
import type { SimWorkbook } from "./model";
import { OFFICE_THEMES, type OfficeThemeName, type SimOfficeTheme } from "./office-theme";
import { PLATFORMS, type PlatformName } from "./platforms";
import { documentSettings, type SimulatedSettings } from "./settings";
import type { OfficeSettingsLike } from "../adapters/officejs/host";

interface PageConfig {
  readonly workbookUrl: string;
  readonly platform: PlatformName;
  /** Milliseconds each sync takes, as a round trip to Excel does (for watching progress). */
  readonly syncDelayMs?: number;
  /** The Office theme (default Colorful, Office's own default). */
  readonly officeTheme?: OfficeThemeName;
}

interface PageHost extends SimulatedHost {
  /** The user picks another Office theme; Excel's officeTheme reads it from then on. */
  setOfficeTheme(name: OfficeThemeName): void;
}

type OfficeContext = { document?: unknown; officeTheme?: SimOfficeTheme };
const scope = globalThis as unknown as {
  __simulatedExcelConfig?: PageConfig; __simulatedExcel?: PageHost; Excel?: unknown; Office?: { context?: OfficeContext };
};
const config = scope.__simulatedExcelConfig;

if (config) {
  let theme: SimOfficeTheme = OFFICE_THEMES[config.officeTheme ?? "Colorful"];
  const ready: Promise<PageHost> = fetch(config.workbookUrl)
    .then((r) => r.json() as Promise<SimWorkbook>)
    .then((workbook) => {
      const delay = config.syncDelayMs ?? 0;
      const host = createSimulatedHost(workbook, PLATFORMS[config.platform], { pause: () => new Promise((r) => setTimeout(r, delay)) });
      const pageHost: PageHost = Object.assign(host, { setOfficeTheme: (name: OfficeThemeName) => void (theme = OFFICE_THEMES[name]) });
      scope.__simulatedExcel = pageHost;
      return pageHost;
    });
  scope.Excel = {
    run: async (batch: (context: Excel.RequestContext) => Promise<unknown>) => (await ready).excel.run(batch),
    createWorkbook: async (base64?: string) => (await ready).excel.createWorkbook(base64),
  };
  // Office.onReady resolves only after the page's scripts ran, and the workbook arrives before: the
  // context is completed as soon as office.js has defined it.
  let loaded: SimulatedSettings | undefined;
  const settings = ready.then((host) => (loaded = documentSettings(host.workbook)));
  // Until the workbook has arrived the copy is empty; the async calls wait for it.
  const early: OfficeSettingsLike = {
    get: (name) => (loaded ? loaded.get(name) : null),
    set: (name, value) => {
      if (!loaded) throw new Error("Settings: the document is not loaded yet.");
      loaded.set(name, value);
    },
    remove: (name) => loaded?.remove(name),
    saveAsync: (callback) => void settings.then((s) => s.saveAsync(callback)),
    refreshAsync: (callback) => void settings.then((s) => s.refreshAsync(callback)),
  };
  const complete = (): void => {
    const context = scope.Office?.context;
    if (!context || context.document) return;
    Object.defineProperty(context, "officeTheme", { configurable: true, enumerable: true, get: () => theme });
    // As Excel's: the add-in tells from it what the host allows (no downloads on the Mac).
    Object.defineProperty(context, "platform", { configurable: true, enumerable: true, value: PLATFORMS[config.platform].officePlatform });
    context.document = { settings: early };
  };
  // office.js assigns the global Office, then its onReady: the pane's onReady callback is made to run
  // after the context is completed, as Excel's context is complete when it calls back.
  type OnReady = (callback?: (info: unknown) => unknown) => Promise<unknown>;
  let office: { context?: OfficeContext; onReady?: OnReady } | undefined;
  const trap = (o: typeof office) => {
    if (!o || typeof o !== "object") return;
    let original: OnReady | undefined = o.onReady;
    Object.defineProperty(o, "onReady", {
      configurable: true,
      get: () => original && ((callback?: (info: unknown) => unknown) => original!.call(o).then((info) => {
        complete();
        return callback ? callback(info) : info;
      })),
      set: (f: OnReady) => void (original = f),
    });
  };
  Object.defineProperty(globalThis, "Office", {
    configurable: true,
    enumerable: true,
    get: () => office,
    set: (o: typeof office) => {
      office = o;
      trap(o);
    },
  });
}
