// A workbook with every line a return words itself, for the tests of its wording in each language and
// of the sheet's text: repurchases cancelled (traded on one day, and over several), one on another
// exchange pending in Part B, one by private arrangement held as treasury, a redemption pending in
// Part B, sales of treasury shares on another exchange and on the Exchange (Section III), Section II
// with its Part B and confirmation, and a placing with the user's own details. December 2024.
import { s, type MonthlyWorkbook } from "./monthly-grids";

export const LSE = "London Stock Exchange";

export const WORDED_LINES: MonthlyWorkbook = {
  issuer: {
    "Issuer name": "Example Holdings Limited", "Opening date": s("2024-11-30"), "Submitted by": "Chan Tai Man", "Title": "Company Secretary",
    "Explanatory statement date": s("2024-05-10"),
  },
  classes: [["O", "Ordinary shares", null, "Yes", "00001", null, null, null, 1_000_000_000, 50_000]],
  movements: [
    ["O", s("2024-12-11"), "Redemption of shares", "Redemption of the 2019 preference notes", 5_000, null, null, 10, "HKD"],
    ["O", s("2024-12-17"), "Placing/subscription - new shares involved", "Placing of 17 December 2024", 1_000_000, null, null, 1.5, "HKD"],
  ],
  repurchases: [
    ["O", s("2024-12-02"), 10_000, "On the Exchange", null, 10, 9.5, 97_000, "HKD", "Cancellation", s("2024-12-10"), null],
    ["O", s("2024-12-03"), 20_000, "On the Exchange", null, 10, null, 200_000, "HKD", "Cancellation", s("2024-12-12"), null],
    ["O", s("2024-12-04"), 20_000, "On the Exchange", null, 10, null, 200_000, "HKD", "Cancellation", s("2024-12-12"), null],
    ["O", s("2024-12-05"), 3_000, "By private arrangement", null, 10, null, 30_000, "HKD", "Treasury", null, null],
    ["O", s("2024-12-16"), 4_000, "On another stock exchange", LSE, 1, 0.9, 3_800, "GBP", "Cancellation", null, null],
  ],
  treasurySales: [
    ["O", s("2024-12-13"), 1_000, LSE, 1.1, null, 1_100, "GBP", null],
    ["O", s("2024-12-17"), 2_000, "On the Exchange", 11, null, 22_000, "HKD", null],
  ],
  mandates: [["O", "Repurchase", s("2024-06-01"), 100_000_000, 1_000_000_000, 0], ["O", "General mandate", s("2024-06-01"), 200_000_000, 1_000_000_000, 0]],
};
