#!/usr/bin/env node
// Entry point of `npx nddr`: runs the compiled command line (built by `npm install` via "prepare").
let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("nddr: the command line is not built yet. Run `npm install` (or `npm run build:cli`) first.\n");
    process.exit(2);
  }
  throw e;
}
// A last net: an error thrown outside main's own (a library's event, say) ends the run as "cannot
// proceed" with one line, never a stack trace (NDDR_DEBUG=1 shows it).
process.on("uncaughtException", (e) => {
  try {
    process.stderr.write(`nddr: internal error: ${e && e.message ? e.message : String(e)}. Please report it with the workbook.\n`);
    if (process.env.NDDR_DEBUG) process.stderr.write(`${e && e.stack}\n`);
  } catch {
    // stderr itself is gone: the exit code still says it.
  }
  process.exit(2);
});
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
