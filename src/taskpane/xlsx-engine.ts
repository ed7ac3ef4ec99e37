// Everything that needs exceljs, loaded on demand into its own chunk (see webpack.config.js) so the
// task pane starts without it: the export files (the NDDR's and the Monthly Return's), the preview's
// reader and the blank input workbook.
import { buildInputWorkbook } from "../adapters/exceljs/write-input-workbook";

export { readContractTables, returnFiles } from "../files/return-files";
export { monthlyReturnFiles } from "../files/monthly-files";

export async function inputTemplateBytes(): Promise<Uint8Array> {
  return new Uint8Array(await buildInputWorkbook().xlsx.writeBuffer());
}
