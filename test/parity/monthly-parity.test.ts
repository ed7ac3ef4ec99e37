// Parity of the hosts for the Monthly Return: the golden Monthly Return workbooks (MINISO, Alibaba,
// Zhihu) and a month with something in every part — as exceljs writes them and as Excel and LibreOffice
// write them — through `nddr monthly` and through the add-in's own Monthly return button on the
// simulated Excel on the web give the same monthly-return.json (generator aside), the same
// monthly-return.txt and the same exit code. Where there is a return, the sheet the add-in wrote, read
// back by LibreOffice from the saved workbook, shows every figure row of monthly-return.txt.
import { monthlyGrids, RICH_MONTH, type MonthlyWorkbook } from "../support/monthly-grids";
import { MONTHLY_GOLDEN } from "../support/monthly-golden-workbooks";
import { bothHosts, workbookFromGrids } from "../support/parity";
import { describeParity, type ParityCase } from "../support/parity-suite";
import { likeExcel, throughLibreOffice } from "../support/written-elsewhere";

jest.setTimeout(300_000);

const ours = (w: MonthlyWorkbook) => workbookFromGrids(monthlyGrids(w));
const CASES: ParityCase[] = [
  ...MONTHLY_GOLDEN.map((c) => ({ name: `golden ${c.name}`, bytes: () => ours(c.workbook), month: c.month, today: c.today, readBack: true })),
  { name: "golden MINISO, in Chinese", bytes: () => ours(MONTHLY_GOLDEN[0]!.workbook), month: "2024-09", today: "2024-10-04", lang: "zh-HK" },
  { name: "a month with something in every part", bytes: () => ours(RICH_MONTH), month: "2026-01", today: "2026-02-04", readBack: true },
  { name: "a month with something in every part, tables as Excel saves them", bytes: async () => likeExcel(await ours(RICH_MONTH)), month: "2026-01", today: "2026-02-04" },
  { name: "a month with something in every part, saved by LibreOffice", bytes: async () => throughLibreOffice(await ours(RICH_MONTH)), month: "2026-01", today: "2026-02-04" },
  { name: "Alibaba, saved by LibreOffice", bytes: async () => throughLibreOffice(await ours(MONTHLY_GOLDEN[1]!.workbook)), month: "2024-12", today: MONTHLY_GOLDEN[1]!.today },
];

test("every golden Monthly Return is written by both hosts (exit 0)", async () => {
  for (const c of MONTHLY_GOLDEN) {
    const runs = await bothHosts(await ours(c.workbook), { today: c.today, month: c.month });
    try {
      expect([runs.cli.code, runs.addin.code]).toEqual([0, 0]);
    } finally {
      runs.done();
    }
  }
});

describeParity(CASES, (c) => new RegExp(`^Monthly Return ${c.month}$`));
