// What every browser test file sets up (test/e2e/*, test/addin/office-hosted): one Chromium and one
// server of dist/ for the file's tests (test/support/browser.ts), skipped with a message where Chromium
// is missing. Apart from browser.ts so that scripts/bench-preview.ts can load that one without Jest.
import { simulatedExcelScript } from "../../scripts/simulated-pages";
import { chromiumMissing, ensureBuilt, serveAndLaunch, type Served } from "./browser";

export interface BrowserSuite {
  /** `test`, or `test.skip` where Chromium is missing (never in CI). */
  readonly maybe: jest.It;
  /** The server and browser of the file's tests, from its beforeAll on. */
  readonly served: Served;
}

/**
 * One browser for a test file: dist/ built when stale (and the simulated Excel's page script, if asked),
 * served, and Chromium launched before its tests, closed after them. Call it at the file's top level.
 */
export function browserSuite(options: { readonly simulatedExcel?: boolean } = {}): BrowserSuite {
  const skip = chromiumMissing();
  let served: Served | undefined;
  beforeAll(async () => {
    if (skip) return;
    ensureBuilt();
    if (options.simulatedExcel) simulatedExcelScript();
    served = await serveAndLaunch();
  });
  afterAll(async () => {
    await served?.close();
  });
  return {
    maybe: skip ? test.skip : test,
    get served(): Served {
      if (!served) throw new Error("the browser is not started: browserSuite's beforeAll has not run");
      return served;
    },
  };
}
