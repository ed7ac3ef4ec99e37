#!/usr/bin/env node
// `npm run lint` (after `tsc --noEmit`): the project's rules that an import graph cannot express —
// globals and text. Who may import what (the domain imports only itself and decimal.js, exceljs only in
// src/adapters/exceljs/, …) is checked on the import graph by dependency-cruiser (.dependency-cruiser.cjs),
// run after this. ESLint is left out on purpose: its TypeScript parser lags TypeScript 6 (docs/decisions.md).
//   - no HTML parsing of strings in src/ (innerHTML, outerHTML, insertAdjacentHTML, document.write), no eval
//   - only src/adapters/officejs/, src/ribbon/, src/taskpane/excel-port.ts and the simulated Excel (src/simulated-excel/,
//     an Excel host itself) touch the `Excel` namespace (a global, not an import)
//   - src/domain/ touches no Office, Excel or DOM global and never reads the clock
//   - src/domain/ keeps no module-level mutable state (a `let`, or a Map/Set not typed Readonly)
//   - a note cited in src/ (a path ending .md, in code or comment) is a file of this repository, so that
//     "docs/rules.md 20" or "docs/research/ff305-addendum.md §3.2" can be looked up
"use strict";

const fs = require("fs");
const path = require("path");

// NDDR_LINT_ROOT: another tree laid out like this one (the lint tests run the rules on small trees).
const root = path.resolve(process.env.NDDR_LINT_ROOT ?? path.join(__dirname, ".."));
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith(".ts")) files.push(path.relative(root, p).split(path.sep).join("/"));
  }
})(path.join(root, "src"));

const rules = [
  { test: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, where: () => true, why: "builds HTML or code from strings" },
  { test: /\bExcel\.(run|createWorkbook|RequestContext)\b|context\.workbook/, where: (f) => !/^src\/(adapters\/officejs|ribbon|simulated-excel)\/|^src\/taskpane\/(excel-port|taskpane)\.ts$/.test(f), why: "touches Excel outside the Office.js adapter" },
  { test: /^(export\s+)?(let|var)\s|^(export\s+)?const\s+\w+\s*=\s*new\s+(Map|Set|WeakMap|Array)\b/, where: (f) => f.startsWith("src/domain/"), why: "keeps module-level mutable state in the domain" },
  { test: /\bOffice\.|\bExcel\.|\bdocument\.|\bwindow\.|Date\.now\(|new Date\(\)/, where: (f) => f.startsWith("src/domain/"), why: "makes the domain impure" },
];

const problems = [];
for (const file of files) {
  const lines = fs.readFileSync(path.join(root, file), "utf8").split("\n");
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\/?\*)/.test(line)) return; // comments may name what they avoid
    for (const r of rules) if (r.where(file) && r.test.test(line)) problems.push(`${file}:${i + 1}: ${r.why}: ${line.trim()}`);
  });
}
// Citations: every *.md path named in src/ must exist (README.md from the root; a bare name does not do).
for (const file of files) {
  const lines = fs.readFileSync(path.join(root, file), "utf8").split("\n");
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/[\w./-]+\.md\b/g)) {
      if (!fs.existsSync(path.join(root, m[0]))) problems.push(`${file}:${i + 1}: cites ${m[0]}, which is not a file of this repository (docs/…): ${line.trim()}`);
    }
  });
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`lint: ${files.length} files OK`);
