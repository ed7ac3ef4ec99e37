// The input workbooks of the golden Monthly Return tests (test/golden/*-monthly.test.ts), shared with
// the parity and command-line tests: each reproduces a published FF301 from its fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { s, type MonthlyWorkbook } from "./monthly-grids";

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "../fixtures/published", name), "utf8"));
/** The printed number "1,259,282,577" as the figure it stands for. */
const n = (printed: string) => Number(printed.replace(/,/g, ""));

export interface MonthlyCase {
  readonly name: string;
  readonly workbook: MonthlyWorkbook;
  readonly month: string;
  /** Date Submitted of the published return. */
  readonly today: string;
}

const MINISO_MR = fixture("miniso-mr-2024-09.json");
const MINISO_NDDR = fixture("miniso-nddr-2024-10-18.json");

/** MINISO, September 2024: the ledger its NDDR of 18 October 2024 is generated from (opening date 30 September 2024). */
export const MINISO_MONTHLY: MonthlyWorkbook = {
  issuer: {
    "Issuer name": MINISO_MR.issuer, "Opening date": s(MINISO_NDDR.section_I[0].part_A.opening_balance.date.iso), "Submitted by": "Company Secretary",
    "Title": "Company Secretary", "Percentage decimals": 6,
  },
  classes: [["O", "Ordinary shares", null, "Yes", "09896", null, null, null, MINISO_NDDR.section_I[0].part_A.opening_balance.issued_excl_treasury.value, 0]],
  repurchases: [["O", s("2024-07-25"), 701_740, "On another stock exchange", "New York Stock Exchange", 36, 33, 24_300_975.504, "HKD", "Cancellation", s("2024-10-08"), null]],
  movements: [["O", s("2024-10-17"), "Other (please specify)", "See Part B", null, null, null, null, null]],
  authorisedCapital: [["O", null, 10_000_000_000, 0.00001, "USD"]],
};

const ALIBABA_MR = fixture("alibaba-mr-2024-12.json");
const alibabaClosing = n(ALIBABA_MR.part_II_issued[0].balance_close_of_month.issued_excl_treasury.printed);
const alibabaDecrease = -n(ALIBABA_MR.part_II_issued[0].increase_decrease.issued_excl_treasury.printed);

/** Alibaba, December 2024: the decrease as one cancellation of repurchased shares; balances worked back from an NDDR opening after the month. */
export const ALIBABA_MONTHLY: MonthlyWorkbook = {
  issuer: { "Issuer name": ALIBABA_MR.issuer, "Opening date": s("2025-01-06"), "Submitted by": "Company Secretary", "Title": "Company Secretary" },
  classes: [["O", "Ordinary shares", null, "Yes", ALIBABA_MR.part_II_issued[0].stock_code, null, ALIBABA_MR.part_II_issued[0].multi_counter_stock_code.code,
    ALIBABA_MR.part_II_issued[0].multi_counter_stock_code.currency, alibabaClosing, 0]],
  repurchases: [["O", s("2024-11-29"), alibabaDecrease, "On the Exchange", null, 84, 80, alibabaDecrease * 82, "HKD", "Cancellation", s("2024-12-20"), null]],
  mandates: [["O", "Repurchase", s("2024-08-22"), 2_000_000_000, 19_500_000_000, 0]],
  authorisedCapital: [["O", null, n(ALIBABA_MR.part_I_authorised[0].balance_close_of_month.number.printed), 0.000003125, "USD"]],
};

const ZHIHU_MR = fixture("zhihu-mr-2023-05.json");
const [zhihuIA, zhihuIB] = ZHIHU_MR.part_I_authorised;
const [zhihuIIA, zhihuIIB] = ZHIHU_MR.part_II_issued;

/** Zhihu, May 2023: two classes of WVR ordinary shares, A listed and B not. */
export const ZHIHU_MONTHLY: MonthlyWorkbook = {
  issuer: { "Issuer name": ZHIHU_MR.issuer, "Opening date": s("2023-06-30"), "Submitted by": "Company Secretary", "Title": "Company Secretary" },
  classes: [
    ["A", zhihuIA.type_of_shares, "A", "Yes", zhihuIIA.stock_code, null, null, null, n(zhihuIIA.balance_close_of_month.printed), 0],
    ["B", zhihuIB.type_of_shares, "B", "No", null, null, null, null, n(zhihuIIB.balance_close_of_month.printed), 0],
  ],
  authorisedCapital: [
    ["A", null, n(zhihuIA.balance_close_of_month.number.printed), 0.000125, "USD"],
    ["B", null, n(zhihuIB.balance_close_of_month.number.printed), 0.000125, "USD"],
  ],
};

export const MONTHLY_GOLDEN: readonly MonthlyCase[] = [
  { name: "MINISO, September 2024", workbook: MINISO_MONTHLY, month: "2024-09", today: MINISO_MR.date_submitted.iso },
  { name: "Alibaba, December 2024", workbook: ALIBABA_MONTHLY, month: "2024-12", today: ALIBABA_MR.date_submitted.iso },
  { name: "Zhihu, May 2023", workbook: ZHIHU_MONTHLY, month: "2023-05", today: ZHIHU_MR.date_submitted.iso },
];
