// Scripts for browser tests and `npm run screenshot` only, never part of dist/, built on demand into
// node_modules/.cache: the simulated Excel as one script for a page (src/simulated-excel/page.ts), and
// the pane harness (test/support/pane-harness.ts: the task pane on a port whose filing members are test
// doubles, served under /__harness/ with its chunks).
"use strict";

const path = require("path");
const { BROWSER_ALIASES } = require("./webpack.config.js");

const common = {
  mode: "development",
  devtool: false,
  target: "web",
  // The same paths as dist/'s bundles (exceljs's Workbook class alone is a Node-only path).
  resolve: { extensions: [".ts", ".js"], alias: BROWSER_ALIASES },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: "ts-loader", options: { configFile: "tsconfig.json", compilerOptions: { noEmit: false }, transpileOnly: true } }],
  },
  performance: { hints: false },
};

module.exports = [
  {
    ...common,
    entry: { "simulated-excel": "./src/simulated-excel/page.ts" },
    output: { path: path.resolve(__dirname, "node_modules/.cache/nddr-simulated"), filename: "[name].js", clean: true },
  },
  {
    ...common,
    entry: { "pane-harness": "./test/support/pane-harness.ts" },
    output: { path: path.resolve(__dirname, "node_modules/.cache/nddr-harness"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
  },
];
