// Golden test: MINISO's Monthly Return for September 2024 (SEC EDGAR copy of the HKEX filing, transcribed
// in test/fixtures/published/miniso-mr-2024-09.json): a month with no movement, Part I in USD, and its
// closing is the opening of MINISO's NDDR of 18 October 2024 (Note 1). The ledger is the one that NDDR
// is generated from: opening date 30 September 2024, a repurchase on the NYSE in July cancelled on
// 8 October, an "Other — See Part B" line on 17 October.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseLedger } from "../../src/contract/parse-ledger";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateReturn } from "../../src/domain/generate-return";
import { generateMonthlyReturn, type MonthlyReturn } from "../../src/domain/monthly-return";
import { generateMonthlyFromTables } from "../../src/generate-monthly";
import { monthlyGrids, partRows, s, type MonthlyWorkbook } from "../support/monthly-grids";
import { MINISO_MONTHLY } from "../support/monthly-golden-workbooks";

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "../fixtures/published", name), "utf8"));
const MR = fixture("miniso-mr-2024-09.json");
const NDDR = fixture("miniso-nddr-2024-10-18.json");
const PART_I = MR.part_I_authorised[0];
const PART_II = MR.part_II_issued[0];

/** The printed number "1,259,282,577" as the figure it stands for. */
const n = (printed: string) => Number(printed.replace(/,/g, ""));

/** The ledger, in test/support/monthly-golden-workbooks.ts (the parity and command-line tests use it too). */
const WORKBOOK: MonthlyWorkbook = MINISO_MONTHLY;

function september(workbook: MonthlyWorkbook = WORKBOOK) {
  const parsed = parseMonthlyLedger(monthlyGrids(workbook));
  return generateMonthlyReturn(parsed.ledger, { month: "2024-09", today: MR.date_submitted.iso as IsoDate }, parsed.findings);
}

describe("MINISO's Monthly Return for September 2024", () => {
  let mr: MonthlyReturn;
  beforeAll(() => {
    const generation = september();
    expect(generation.findings).toEqual([]);
    mr = generation.monthly!;
  });

  it("is for the month ended 30 September 2024, submitted 04 October 2024", () => {
    expect(mr.monthEnded).toBe(MR.month_ended.iso);
    expect(mr.dateSubmitted).toBe(MR.date_submitted.iso);
  });

  it("is due by 08:30 on 8 October 2024, the fifth business day after the National Day holiday", () => {
    expect(mr.deadline).toBe("2024-10-08T08:30:00+08:00");
  });

  it("prints the published Part II balances and no movement", () => {
    const [cls] = mr.partII;
    const published = (b: { issued_excl_treasury: { printed: string }; treasury: { printed: string }; total_issued?: { printed: string } }) =>
      ({ issued: n(b.issued_excl_treasury.printed), treasury: n(b.treasury.printed), ...(b.total_issued ? { total: n(b.total_issued.printed) } : {}) });
    expect(cls.opening).toEqual(published(PART_II.balance_close_preceding_month));
    expect(cls.change).toEqual(published(PART_II.increase_decrease));
    expect(cls.closing).toEqual(published(PART_II.balance_close_of_month));
    expect(cls.stockCode).toBe(PART_II.stock_code);
  });

  it("prints the published Part I authorised capital", () => {
    expect(mr.partI.applicable).toBe(true);
    const [cls] = mr.partI.classes;
    expect(cls.opening?.authorised).toBe(n(PART_I.balance_close_preceding_month.number.printed));
    expect(`${cls.closing.parValue.currency} ${cls.closing.parValue.amount}`).toBe(PART_I.balance_close_of_month.par_value.printed);
    expect(`${cls.closing.capital.currency} ${Number(cls.closing.capital.amount).toLocaleString("en")}`).toBe(PART_I.balance_close_of_month.capital.printed);
    expect(`${cls.change.capital!.currency} ${cls.change.capital!.amount}`).toBe(PART_I.increase_decrease.capital.printed);
    expect(mr.partI.totals.map((t) => `${t.currency} ${Number(t.amount).toLocaleString("en")}`)).toEqual([PART_I.total_authorised_capital_printed]);
  });

  it("has nothing in Part III and no confirmation to make", () => {
    expect(mr.partIII).toEqual({ A: [], B: [], C: [], D: [], E: [], totals: [{ classKey: "O", issued: 0, treasury: 0 }] });
    expect(mr.partV.applicable).toBe(false);
  });

  it("closes where MINISO's NDDR of 18 October 2024 opens", () => {
    const parsed = parseLedger(monthlyGrids(WORKBOOK));
    const nddr = generateReturn(parsed.ledger, { today: NDDR.date_submitted.iso as IsoDate }, parsed.findings).nddr!;
    const opening = nddr.sectionI[0].opening;
    expect(opening.date).toBe(mr.monthEnded);
    expect({ issued: opening.issued, treasury: opening.treasury, total: opening.total }).toEqual(mr.partII[0].closing);
  });

  it("lets that NDDR open on it once logged as a Monthly Return", () => {
    const logged: MonthlyWorkbook = { ...WORKBOOK, log: [[null, s(mr.monthEnded), "O", mr.partII[0].closing.issued, mr.partII[0].closing.treasury, null, "Monthly Return"]] };
    const parsed = parseLedger(monthlyGrids(logged));
    const nddr = generateReturn(parsed.ledger, { today: NDDR.date_submitted.iso as IsoDate }, parsed.findings);
    expect(nddr.findings).toEqual([]);
    expect(nddr.nddr!.sectionI[0].closing.issued).toBe(NDDR.section_I[0].part_A.closing_balance.issued_excl_treasury.value);
  });
});

describe("MINISO's Monthly Return for September 2024, as printed", () => {
  let text: string;
  let zh: string;
  let json: Record<string, unknown>;
  beforeAll(async () => {
    const request = { month: "2024-09", today: MR.date_submitted.iso as IsoDate };
    const en = await generateMonthlyFromTables(monthlyGrids(WORKBOOK), request);
    text = en.files.text!;
    json = JSON.parse(en.files.json);
    zh = (await generateMonthlyFromTables(monthlyGrids(WORKBOOK), { ...request, lang: "zh-HK" })).files.text!;
  });
  const balance = (b: { issued_excl_treasury: { printed: string }; treasury: { printed: string }; total_issued?: { printed: string } }) =>
    [b.issued_excl_treasury.printed, b.treasury.printed, ...(b.total_issued ? [b.total_issued.printed] : [])];

  it("prints the published header", () => {
    expect(text.split("\n")[0]).toBe(MR.form.title_printed);
    expect(text).toContain(`For the month ended: ${MR.month_ended.printed}`);
    expect(text).toContain(`Date Submitted: ${MR.date_submitted.printed}`);
  });

  it("prints Part II's three rows with the published figures", () => {
    expect(partRows(text, "II. ").filter((r) => /^(Balance|Increase)/.test(r[0]))).toEqual([
      ["Balance at close of preceding month", ...balance(PART_II.balance_close_preceding_month)],
      ["Increase / decrease (-)", ...balance(PART_II.increase_decrease)],
      ["Balance at close of the month", ...balance(PART_II.balance_close_of_month)],
    ]);
  });

  it("prints Part I's rows and total as published", () => {
    const printed = (b: { number: { printed: string }; par_value?: { printed: string }; capital: { printed: string } }) =>
      [b.number.printed, ...(b.par_value ? [b.par_value.printed] : []), b.capital.printed];
    expect(partRows(text, "I. ").filter((r) => /^(Balance|Increase|Total)/.test(r[0]))).toEqual([
      ["Balance at close of preceding month", ...printed(PART_I.balance_close_preceding_month)],
      ["Increase / decrease (-)", ...printed(PART_I.increase_decrease)],
      ["Balance at close of the month", ...printed(PART_I.balance_close_of_month)],
      ["Total authorised/registered share capital at the end of the month:", PART_I.total_authorised_capital_printed],
    ]);
  });

  it("writes monthly-return.json in the contract's shape", () => {
    expect(json).toEqual(expect.objectContaining({
      form: "FF301", monthEnded: MR.month_ended.iso, dateSubmitted: MR.date_submitted.iso, deadline: "2024-10-08T08:30:00+08:00", findings: [],
      partIII: expect.objectContaining({ A: [], E: [] }),
    }));
    expect((json.partII as object[]).map((c) => Object.keys(c).slice(0, 4))).toEqual([["classKey", "opening", "change", "closing"]]);
  });

  it("prints 月報表 in Chinese with the same figures", () => {
    expect(zh.split("\n")[0]).toContain("月報表");
    expect(zh).toContain(`截至月份: 2024年9月30日`);
    expect(partRows(zh, "II. ").filter((r) => /結存|增加/.test(r[0])).map((r) => r.slice(1))).toEqual(
      partRows(text, "II. ").filter((r) => /^(Balance|Increase)/.test(r[0])).map((r) => r.slice(1)),
    );
  });
});
