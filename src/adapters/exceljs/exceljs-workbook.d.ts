// Types for exceljs's Workbook class loaded on its own (write-layout.ts): `lib/doc/workbook.js` is the
// class the package's own types describe as `Workbook`, exported as the module itself (CommonJS).
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}
