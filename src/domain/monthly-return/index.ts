// The Monthly Return (FF301) module: what the hosts call. Pure, like the rest of src/domain.
export { generateMonthlyReturn, type MonthlyGeneration, type MonthlyOptions } from "./generate";
export { monthlyReturnDeadline, type MonthlyDeadline } from "./deadline";
export { parseReturnMonth, type ReturnMonth } from "./month";
export type { MonthlyInput, MonthlyLedger } from "./input";
export type * from "./model";
