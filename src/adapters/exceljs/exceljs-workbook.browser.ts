// What "exceljs/lib/doc/workbook" means in the browser bundles (the alias in webpack.config.js and
// webpack.simulated.config.js): exceljs's sources need Node's streams and fs, so the pages use the
// library's own browser build (its package.json "browser" field), which holds the whole library.
import ExcelJS from "exceljs";

export default ExcelJS.Workbook;
