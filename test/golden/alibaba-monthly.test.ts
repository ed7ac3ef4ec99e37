// Golden test: Alibaba's Monthly Return for December 2024 (SEC EDGAR copy, transcribed in
// test/fixtures/published/alibaba-mr-2024-12.json): a multi-counter class (09988 HKD, 89988 RMB), a
// net decrease of 63,470,104 issued shares, authorised capital at a par value of USD 0.000003125. The
// published text stops before Part III, so how the decrease splits is not known: the ledger below carries
// it as one cancellation of repurchased shares (the price is ours). Its NDDR opening date is after the
// month, so the month's balances are worked back from it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn, type MonthlyReturn } from "../../src/domain/monthly-return";
import { generateMonthlyFromTables } from "../../src/generate-monthly";
import { monthlyGrids, partRows, type MonthlyWorkbook } from "../support/monthly-grids";
import { ALIBABA_MONTHLY } from "../support/monthly-golden-workbooks";

const MR = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/alibaba-mr-2024-12.json"), "utf8"));
const PART_I = MR.part_I_authorised[0];
const PART_II = MR.part_II_issued[0];
const n = (printed: string) => Number(printed.replace(/,/g, ""));

const closingIssued = n(PART_II.balance_close_of_month.issued_excl_treasury.printed);
const decrease = -n(PART_II.increase_decrease.issued_excl_treasury.printed);

/** The ledger, in test/support/monthly-golden-workbooks.ts (the parity and command-line tests use it too). */
const WORKBOOK: MonthlyWorkbook = ALIBABA_MONTHLY;

describe("Alibaba's Monthly Return for December 2024", () => {
  let mr: MonthlyReturn;
  beforeAll(() => {
    const parsed = parseMonthlyLedger(monthlyGrids(WORKBOOK));
    const generation = generateMonthlyReturn(parsed.ledger, { month: "2024-12", today: MR.date_submitted.iso as IsoDate }, parsed.findings);
    expect(generation.findings).toEqual([]);
    mr = generation.monthly!;
  });

  it("prints the published Part II: preceding balance, the decrease of 63,470,104 and the closing balance", () => {
    const [cls] = mr.partII;
    expect(cls.opening).toEqual({
      issued: n(PART_II.balance_close_preceding_month.issued_excl_treasury.printed),
      treasury: n(PART_II.balance_close_preceding_month.treasury.printed),
      total: n(PART_II.balance_close_preceding_month.total_issued.printed),
    });
    expect(cls.change).toEqual({ issued: n(PART_II.increase_decrease.issued_excl_treasury.printed), treasury: n(PART_II.increase_decrease.treasury.printed) });
    expect(cls.closing).toEqual({
      issued: closingIssued,
      treasury: n(PART_II.balance_close_of_month.treasury.printed),
      total: n(PART_II.balance_close_of_month.total_issued.printed),
    });
  });

  it("prints both counters of the class", () => {
    expect(mr.partII[0].stockCode).toBe(PART_II.stock_code);
    expect(mr.partII[0].multiCounter).toEqual([{ stockCode: PART_II.multi_counter_stock_code.code, description: PART_II.multi_counter_stock_code.currency }]);
  });

  it("prints the published authorised capital: 32,000,000,000 at USD 0.000003125 is USD 100,000", () => {
    const [cls] = mr.partI.classes;
    expect(`${cls.closing.parValue.currency} ${cls.closing.parValue.amount}`).toBe(PART_I.balance_close_of_month.par_value.printed);
    expect(cls.closing.capital).toEqual({ currency: PART_I.balance_close_of_month.capital.currency, amount: String(PART_I.balance_close_of_month.capital.amount) });
    expect(cls.change.authorised).toBe(n(PART_I.increase_decrease.number.printed));
  });

  it("explains the decrease in Part III (E) with the cancellation, dated the cancellation date, and totals it", () => {
    const [e] = mr.partIII.E;
    expect(e.lines).toEqual([expect.objectContaining({
      eventType: "Repurchase of shares (shares repurchased and cancelled)", date: "2024-12-20", issuedChange: -decrease, treasuryChange: 0,
      approvalDate: "2024-08-22", price: { currency: "HKD", amount: "82" },
    })]);
    expect(mr.partIII.totals).toEqual([{ classKey: "O", issued: mr.partII[0].change.issued, treasury: mr.partII[0].change.treasury }]);
  });

  it("is due by 08:30 on 8 January 2025: New Year's Day is not a business day", () => {
    expect(mr.deadline).toBe("2025-01-08T08:30:00+08:00");
  });
});

describe("Alibaba's Monthly Return for December 2024, as printed", () => {
  it("prints the published Part II rows, the decrease with its minus sign, and both stock codes", async () => {
    const { files } = await generateMonthlyFromTables(monthlyGrids(WORKBOOK), { month: "2024-12", today: MR.date_submitted.iso as IsoDate });
    const rows = partRows(files.text!, "II. ");
    const b = (x: { issued_excl_treasury: { printed: string }; treasury: { printed: string }; total_issued?: { printed: string } }) =>
      [x.issued_excl_treasury.printed, x.treasury.printed, ...(x.total_issued ? [x.total_issued.printed] : [])];
    expect(rows.filter((r) => /^(Balance|Increase)/.test(r[0]))).toEqual([
      ["Balance at close of preceding month", ...b(PART_II.balance_close_preceding_month)],
      ["Increase / decrease (-)", ...b(PART_II.increase_decrease)],
      ["Balance at close of the month", ...b(PART_II.balance_close_of_month)],
    ]);
    expect(rows).toContainEqual(["Multi-counter stock code", `${PART_II.multi_counter_stock_code.code} ${PART_II.multi_counter_stock_code.currency}`, "Description"]);
    expect(partRows(files.text!, "I. ").find((r) => r[0] === "Balance at close of the month")).toEqual(
      ["Balance at close of the month", PART_I.balance_close_of_month.number.printed, PART_I.balance_close_of_month.par_value.printed, PART_I.balance_close_of_month.capital.printed],
    );
  });
});
