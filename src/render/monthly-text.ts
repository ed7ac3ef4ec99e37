// monthly-return.txt: the Monthly Return in the order and wording of form FF301, one table row per line
// with tab-separated cells (the same renderer as return.txt), to compare line by line with a published one.
import type { MonthlyReturn } from "../domain/monthly-return/model";
import { MONTHLY_EN, type MonthlyLabels } from "../labels/monthly-en";
import { printMonthlyReturn } from "../layout/printed-monthly";
import { printedText } from "./return-text";

export function renderMonthlyReturnText(mr: MonthlyReturn, labels: MonthlyLabels = MONTHLY_EN): string {
  return printedText(printMonthlyReturn(mr, labels));
}
