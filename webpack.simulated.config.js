// The simulated Excel as one script for a browser page (src/simulated-excel/page.ts), for the browser
// tests and `npm run screenshot` only: never part of dist/. Built on demand into node_modules/.cache.
"use strict";

const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: { "simulated-excel": "./src/simulated-excel/page.ts" },
  output: { path: path.resolve(__dirname, "node_modules/.cache/nddr-simulated"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: "ts-loader", options: { configFile: "tsconfig.json", compilerOptions: { noEmit: false }, transpileOnly: true } }],
  },
  performance: { hints: false },
};
