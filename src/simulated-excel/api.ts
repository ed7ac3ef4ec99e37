// The members of the Excel JavaScript API that the add-in uses, over a SimWorkbook, with Excel's rules:
// nothing happens until context.sync(); a property can be read only after it was loaded and synced;
// *OrNullObject gives an object whose isNullObject says whether it exists (any command on a missing one
// fails with ItemNotFound); names, sizes and enumerations are checked as Excel checks them; each member
// belongs to the requirement set Microsoft's reference gives it.
export { WorkbookApi, WorksheetApi } from "./workbook";
export { TableApi } from "./tables";
export { RangeApi } from "./range";
