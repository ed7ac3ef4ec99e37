#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into Excel for development, via
// office-addin-debugging (which also starts `npm run dev-server` on https://localhost:3000).
//
//   npm start                                   Excel desktop (Windows or macOS)
//   npm start -- web --document <workbook-url>  Excel on the web (any OS)
//   npm stop  [-- web]                          undo the sideload, stop the dev server
//
// Any further arguments go to office-addin-debugging unchanged.
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const MANIFEST = "manifest.xml";
const DESKTOP_PLATFORMS = new Set(["win32", "darwin"]);

function fail(message) {
  console.error(message);
  process.exit(1);
}

function desktopUnsupported() {
  fail(
    [
      `Excel desktop sideloading needs Windows or macOS; this machine runs ${process.platform}.`,
      "",
      "Instead:",
      "  - Excel on the web:  npm start -- web --document <URL of a workbook in OneDrive or SharePoint>",
      "  - or upload manifest.xml by hand, as described in README.md, section \"Install the add-in\".",
    ].join("\n"),
  );
}

function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "start" && command !== "stop") {
    fail("Usage: node scripts/start.js start|stop [desktop|web] [office-addin-debugging options]");
  }

  // The first argument, if it is not an option, names the platform; default: Excel desktop.
  const platform = rest[0] && !rest[0].startsWith("-") ? rest.shift() : "desktop";
  const web = platform === "web";
  if (!web && !DESKTOP_PLATFORMS.has(process.platform)) desktopUnsupported();

  const args = [command, MANIFEST, platform, ...rest];
  if (command === "start") {
    const has = (flag) => rest.some((a) => a === flag || a.startsWith(`${flag}=`));
    // Explicit, so that it also works when run with node rather than through npm.
    if (!has("--app")) args.push("--app", "excel");
    if (!has("--dev-server")) args.push("--dev-server", "npm run dev-server");
    if (!has("--dev-server-port")) args.push("--dev-server-port", "3000");
  }

  let cli;
  try {
    cli = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  } catch {
    fail("office-addin-debugging is not installed. Run `npm install` first.");
  }

  // Run the CLI with this Node directly: no shell, and no npx.cmd quirks on Windows.
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  if (result.error) fail(`Could not run office-addin-debugging: ${result.error.message}`);
  process.exit(result.status ?? 1);
}

main();
