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
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
