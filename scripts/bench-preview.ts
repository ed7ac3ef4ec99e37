// `npm run bench:preview`: the browser preview (dist/preview.html in Debian's Chromium) on the
// benchmark's 100,000-row ledger, timed from the click on Generate return to the return shown on the
// page (median of three, each in a fresh page). A measurement, not a test: it prints
//   preview-100k-ms   click → rendered return
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildInputWorkbook } from "../src/adapters/exceljs/write-input-workbook";
import { BENCH_SIZE, syntheticLedger } from "./synthetic-ledger";

type Browser = typeof import("../test/support/browser");

/**
 * The tests' browser support (it builds dist/ when stale and serves it), loaded from its TypeScript
 * source so that it finds the project's root as the tests do.
 */
function browserSupport(): Browser {
  const ts = require("typescript") as typeof import("typescript");
  const hooks = require.extensions as unknown as Record<string, (m: { _compile(code: string, file: string): void }, file: string) => void>;
  hooks[".ts"] = (m, file) => {
    const out = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
    m._compile(out.outputText, file);
  };
  return require(join(resolve(__dirname, "../.."), "test/support/browser.ts")) as Browser;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function benchPreview(): Promise<void> {
  const { ensureBuilt, generateInPreview, serveAndLaunch } = browserSupport();
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "nddr-bench-preview-"));
  const served = await serveAndLaunch();
  try {
    const file = join(dir, "ledger.xlsx");
    await buildInputWorkbook(syntheticLedger(BENCH_SIZE)).xlsx.writeFile(file);
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await served.context.newPage();
      await page.goto(`${served.origin}/preview.html`);
      await page.setInputFiles("input[type=file]", file);
      const start = Date.now();
      await generateInPreview(page, 120_000);
      await page.locator("#return").getByText("Closing balance", { exact: false }).first().waitFor();
      const elapsed = Date.now() - start;
      const status = await page.locator("#messages").innerText();
      if (!/Return for/.test(status)) throw new Error(`the preview did not show a return: ${status}`);
      // The first run also fetches and compiles the bundles: a warm-up.
      if (i > 0) times.push(elapsed);
      await page.close();
    }
    times.sort((a, b) => a - b);
    process.stdout.write(`preview-100k-ms: ${times[Math.floor(times.length / 2)]} ms (runs: ${times.join(", ")})\n`);
    if (served.outside.length) throw new Error(`requests left 127.0.0.1: ${served.outside.join(", ")}`);
  } finally {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

benchPreview().catch((e: unknown) => {
  process.stderr.write(`bench:preview failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
