// Golden test: Zhihu's Monthly Return for May 2023 (SEC EDGAR copy, transcribed in
// test/fixtures/published/zhihu-mr-2023-05.json): two classes of WVR ordinary shares, A listed and B
// not, Part I's capital arithmetic (shares × USD 0.000125 per class, and the total). The form was
// v1.0.1 (no treasury column): its one figure per row is our issued and total, with 0 treasury shares.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn, type MonthlyGeneration } from "../../src/domain/monthly-return";
import { generateMonthlyFromTables } from "../../src/generate-monthly";
import { monthlyGrids, partRows, type MonthlyWorkbook } from "../support/monthly-grids";
import { ZHIHU_MONTHLY } from "../support/monthly-golden-workbooks";

const MR = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/zhihu-mr-2023-05.json"), "utf8"));
const n = (printed: string) => Number(printed.replace(/,/g, ""));
const money = (printed: string) => {
  const [currency, amount] = printed.split(" ");
  return { currency, amount: amount.replace(/,/g, "") };
};

const [partIA, partIB] = MR.part_I_authorised;
const [partIIA, partIIB] = MR.part_II_issued;

/** The ledger, in test/support/monthly-golden-workbooks.ts (the parity and command-line tests use it too). */
const WORKBOOK: MonthlyWorkbook = ZHIHU_MONTHLY;

describe("Zhihu's Monthly Return for May 2023", () => {
  let generation: MonthlyGeneration;
  beforeAll(() => {
    const parsed = parseMonthlyLedger(monthlyGrids(WORKBOOK));
    generation = generateMonthlyReturn(parsed.ledger, { month: "2023-05", today: MR.date_submitted.iso as IsoDate }, parsed.findings);
  });
  const mr = () => generation.monthly!;

  it("prints the published Part II figure of each class", () => {
    expect(mr().partII.map((c) => [c.opening.issued, c.opening.total, c.change.issued, c.closing.issued, c.closing.total])).toEqual(
      [partIIA, partIIB].map((p) => [n(p.balance_close_preceding_month.printed), n(p.balance_close_preceding_month.printed), n(p.increase_decrease.printed),
        n(p.balance_close_of_month.printed), n(p.balance_close_of_month.printed)]),
    );
  });

  it("works out each class's authorised capital as the published shares × par value", () => {
    expect(mr().partI.classes.map((c) => [c.opening!.capital, c.closing.capital])).toEqual(
      [partIA, partIB].map((p) => [money(p.balance_close_preceding_month.capital.printed), money(p.balance_close_of_month.capital.printed)]),
    );
    expect(mr().partI.classes.map((c) => `${c.closing.parValue.currency} ${c.closing.parValue.amount}`)).toEqual(
      [partIA, partIB].map((p) => p.balance_close_of_month.par_value.printed),
    );
  });

  it("totals the authorised capital at the published USD 200,000", () => {
    expect(mr().partI.totals).toEqual([money(MR.total_authorised_capital_printed)]);
  });

  it("has no finding, and is due 08:30 on the fifth business day after 31 May 2023", () => {
    expect(generation.findings.map((f) => f.code)).toEqual([]);
    expect(generation.ok).toBe(true);
    expect(mr().deadline).toBe("2023-06-07T08:30:00+08:00");
  });
});

describe("Zhihu's Monthly Return for May 2023, as printed", () => {
  it("prints each class's published capital and the published total in Part I", async () => {
    const { files } = await generateMonthlyFromTables(monthlyGrids(WORKBOOK), { month: "2023-05", today: MR.date_submitted.iso as IsoDate });
    const rows = partRows(files.text!, "I. ").filter((r) => /^(Balance at close of the month|Total)/.test(r[0]));
    expect(rows).toEqual([
      ...[partIA, partIB].map((p) => ["Balance at close of the month", p.balance_close_of_month.number.printed, p.balance_close_of_month.par_value.printed, p.balance_close_of_month.capital.printed]),
      ["Total authorised/registered share capital at the end of the month:", MR.total_authorised_capital_printed],
    ]);
  });
});
