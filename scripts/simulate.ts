// `npm run simulate -- <workbook.xlsx> --out <dir> [--platform …] [--today …] [--lang …]`: see src/cli/simulate.ts.
import { simulateMain } from "../src/cli/simulate";

simulateMain(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`simulate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
