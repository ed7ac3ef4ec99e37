// Builds the Excel add-in into dist/: taskpane.html/.js (task pane), commands.html/.js (ribbon
// function file), notice.html/.js (the ribbon's result dialog), preview.html/.js (the same pane in a
// plain browser, on an .xlsx file), the icons and manifest.xml. office.js is not here: the pages load
// it from Microsoft's CDN (docs/decisions.md, "office.js from the CDN"). exceljs is only ever loaded
// on demand, in its own chunk (exceljs.[hash].js, beside our xlsx-engine.[hash].js), shared by the
// pages that need it.
// `npm run build` = production; `npm run dev-server` serves the same over https://localhost:3000.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const { deployManifest } = require("./scripts/deploy-manifest");

const DEV_SERVER_PORT = 3000;

/**
 * HTTPS options for the dev server. Excel desktop only trusts certificates from a trusted CA, so
 * if `npx office-addin-dev-certs install` has been run we use its localhost certificate;
 * otherwise webpack-dev-server makes a self-signed one (fine for a browser, after a warning).
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return "https";
  const options = {};
  for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
  return { type: "https", options };
}

/** Module paths that mean something else in a browser bundle (webpack.simulated.config.js uses them too). */
const BROWSER_ALIASES = { "exceljs/lib/doc/workbook$": path.resolve(__dirname, "src/adapters/exceljs/exceljs-workbook.browser.ts") };

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  // `--env url=https://host/path/` builds for a team's own host: dist/manifest.xml points there
  // (scripts/deploy-manifest.js); without it, dist/manifest.xml is the development one.
  const deployUrl = env && typeof env.url === "string" ? env.url : undefined;
  const manifestFor = deployUrl
    ? (content) => deployManifest(content.toString("utf8"), { url: deployUrl, packageVersion: require("./package.json").version })
    : undefined;
  if (manifestFor) manifestFor(fs.readFileSync(path.join(__dirname, "manifest.xml"))); // a bad URL stops the build before it starts
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/ribbon/commands.ts",
      notice: "./src/notice/notice.ts",
      preview: "./src/preview/preview.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      // The command line loads exceljs's Workbook class alone (write-layout.ts); its sources need Node,
      // so in the browser that path is the library's browser build (exceljs-workbook.browser.ts).
      alias: BROWSER_ALIASES,
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: "tsconfig.json",
            // tsconfig.json says noEmit (it serves `tsc --noEmit` and jest). transpileOnly ignores
            // it, but with transpileOnly off ts-loader fails with "TypeScript emitted no output".
            compilerOptions: { noEmit: false },
            // Type-checking is `npm run typecheck`; the build only strips types.
            transpileOnly: true,
          },
        },
      ],
    },
    optimization: {
      // exceljs ships minified; re-minifying it costs ~15 s per build for nothing.
      minimizer: [new TerserPlugin({ exclude: /exceljs/ })],
      splitChunks: {
        // A stable name, so Terser can leave the already-minified library alone (see above).
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async" } },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/ribbon/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/notice/notice.html",
        chunks: ["notice"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.css", to: "help.css" },
          { from: "manifest.xml", to: "manifest.xml", ...(manifestFor ? { transform: manifestFor } : {}) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      // Only `webpack serve` needs a certificate; a plain build must not touch ~/.office-addin-dev-certs.
      server: env && env.WEBPACK_SERVE ? devServerHttps() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything (pages, icons, manifest) comes from the compilation; office.js from Microsoft's CDN.
      static: false,
    },
  };
};

module.exports.BROWSER_ALIASES = BROWSER_ALIASES;
