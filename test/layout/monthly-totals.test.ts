// Part I's total authorised capital in two currencies is one text ("HKD 100,000; CNY 60,000"): printed
// across the table, not in a number column that clipped it to "0,000; CNY 60,000" (QA round 9, F2).
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import { MONTHLY_EN } from "../../src/labels/monthly-en";
import { monthly, returnOf } from "../domain/monthly-return/fixture";

const totalRow = (mr: ReturnType<typeof returnOf>) => {
  const layout = layoutMonthlyReturn(mr, MONTHLY_EN);
  const labelCell = layout.cells.find((c) => c.text === MONTHLY_EN.totalAuthorised)!;
  return { layout, row: labelCell.row, value: layout.cells.find((c) => c.row === labelCell.row && c.col > 1 && c.text !== "")! };
};

test("a total in two currencies is printed across the table's columns", () => {
  const mr = returnOf(monthly({ authorisedCapital: [["A", null, 10_000_000, 0.01, "HKD"], ["B", null, 6_000_000, 0.01, "CNY"]],
    classes: [["A", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000, 0], ["B", "Domestic shares", null, "No", null, null, null, null, 500_000, 0]] }));
  const { layout, row, value } = totalRow(mr);
  expect(value.text).toBe("HKD 100,000; CNY 60,000");
  const merge = layout.merges.find((m) => m.top === row && m.left === value.col);
  expect(merge!.right - merge!.left).toBeGreaterThanOrEqual(4);
});

test("a total in one currency stays a number under its column", () => {
  const { value } = totalRow(returnOf(monthly({ authorisedCapital: [["A", null, 10_000_000, 0.01, "HKD"]] })));
  expect(value.number).toBe(100_000);
});
