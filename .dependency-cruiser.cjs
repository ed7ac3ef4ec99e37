// The architecture's layer rules, checked on the import graph by dependency-cruiser (`npm run lint`).
// The functional core (domain) imports nothing but itself and decimal.js; the layers around it
// (contract, labels, layout, render, pipeline, common) run in every host, so they import no adapter and
// no Node module; each library that reads or writes a file format belongs to one adapter; the hosts
// (command line, ribbon, task pane, preview, simulated Excel) sit on top. What an import graph cannot
// see (the `Excel` global, innerHTML/eval, the clock) stays in scripts/lint.js.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain is the functional core: it imports only itself and decimal.js (exact numbers).",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { pathNot: ["^src/domain/", "^node_modules/decimal\\.js/"] },
    },
    {
      name: "core-layers-import-no-adapter",
      comment: "The contract, labels, layout, renderers, pipeline and common code are shared by every host: no adapter.",
      severity: "error",
      from: { path: "^src/(domain|contract|labels|layout|render|pipeline|common)/" },
      to: { path: "^src/adapters/" },
    },
    {
      name: "shared-code-runs-in-the-browser",
      comment: "Everything the add-in bundles must not need Node: no node: modules outside the command line, the file adapters and scripts.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/cli/", "^src/adapters/xlsx-patch/"] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "only-the-exceljs-adapter-imports-exceljs",
      severity: "error",
      from: { pathNot: "^src/adapters/exceljs/" },
      to: { path: "^node_modules/exceljs/" },
    },
    {
      name: "file-format-libraries-stay-in-adapters",
      comment: "jszip, saxes and fflate read and write packages: adapters only (and the command line's check of its own outputs).",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/adapters/", "^src/cli/output-files\\.ts$"] },
      to: { path: "^node_modules/(jszip|saxes|fflate)/" },
    },
    {
      name: "only-hosts-use-the-officejs-adapter",
      comment: "The Office.js adapter is called by the hosts that run in Excel (ribbon, pane, preview), the simulated Excel and `npm run simulate`.",
      severity: "error",
      from: {
        path: "^src/",
        pathNot: ["^src/adapters/officejs/", "^src/(ribbon|taskpane|preview|simulated-excel)/", "^src/cli/simulate\\.ts$"],
      },
      to: { path: "^src/adapters/officejs/" },
    },
    {
      name: "adapters-do-not-import-hosts",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/(cli|ribbon|taskpane|preview|notice)/" },
    },
    {
      name: "fluent-ui-only-in-the-pane",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/taskpane/" },
      to: { path: "^node_modules/@(fluentui|microsoft/fast-element)/" },
    },
    {
      name: "src-does-not-import-tests-or-scripts",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|scripts)/" },
    },
    {
      name: "no-import-cycles",
      comment: "A cycle makes a module's meaning depend on load order; warned until the remaining ones (domain, simulated Excel) are untangled.",
      severity: "warn",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.(css|html)$" },
  },
};
