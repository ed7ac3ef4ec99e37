// The Monthly Return in Excel: the ribbon's Monthly return (the month before today in Hong Kong, named
// in its notice) and the pane's generateMonthly for any month, through the one pipeline, on the sheet
// "Monthly Return YYYY-MM" rendered from the layout monthly-return.xlsx is written from. Never the log.
import { a1 } from "../../src/common/a1";
import { cellValue } from "../../src/layout/sheet-layout";
import { generateMonthlyFromRibbon } from "../../src/ribbon/commands";
import { monthBefore } from "../../src/common/hk-clock";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import { DUE_UNKNOWN } from "../../src/render/due-text";
import { FINDINGS_SHEET } from "../../src/adapters/officejs/write-findings";
import { excelPort } from "../../src/taskpane/excel-port";
import { monthlyGrids, RICH_MONTH, s } from "../support/monthly-grids";
import { addinHost, cell, contents, hostOf, sheet, workbookOf } from "../support/simulated";

const FEB_4 = () => new Date("2026-02-04T01:00:00Z"); // 09:00 on 4 February 2026 in Hong Kong
const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
const rich = () => hostOf(workbookOf(monthlyGrids({ ...RICH_MONTH, log: [] })));

describe("the ribbon's Monthly return", () => {
  test("prepares the month before today in Hong Kong", () => {
    expect(monthBefore("2026-02-04")).toBe("2026-01");
    expect(monthBefore("2026-01-01")).toBe("2025-12");
  });

  test("writes \"Monthly Return 2026-01\" from the same layout as monthly-return.xlsx, and names the month and the deadline", async () => {
    const host = rich();
    const e = event();
    const outcome = await generateMonthlyFromRibbon(e, addinHost(host), FEB_4);
    expect(outcome.generation?.returnSheet).toBe("Monthly Return 2026-01");
    const expected = (await generateMonthlyFromTables(monthlyGrids(RICH_MONTH), { month: "2026-01", today: "2026-02-04" as IsoDate })).prepared.layout!;
    const ws = sheet(host.workbook, "Monthly Return 2026-01")!;
    for (const c of expected.cells) expect({ at: a1(c.row, c.col), value: cell(ws, a1(c.row, c.col))?.v ?? "" }).toEqual({ at: a1(c.row, c.col), value: cellValue(c) ?? "" });
    expect(host.notices).toEqual([expect.objectContaining({ kind: "success", title: "Monthly Return written" })]);
    expect(host.notices[0]!.message).toMatch(/^Monthly Return for January 2026 written to sheet "Monthly Return 2026-01"\. It is due by 08:30 Hong Kong time on \d\d February 2026\./);
    expect(host.notices[0]!.message).toContain("The ribbon prepares the month before today (January 2026); for another month, use the return pane.");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("a public float below its minimum is announced as a breach, the return still written (QA round 10a, F4)", async () => {
    const host = hostOf(workbookOf(monthlyGrids({ ...RICH_MONTH, log: [], publicFloat: [["O", s("2026-01-31"), "No", "25%"]] })));
    const outcome = await generateMonthlyFromRibbon(event(), addinHost(host), FEB_4);
    expect(outcome.generation?.returnSheet).toBe("Monthly Return 2026-01");
    expect(host.notices[0]).toMatchObject({ kind: "breach", title: "Monthly Return written, with 1 breach of the Listing Rules" });
    expect(host.notices[0]!.message).toMatch(/^BREACH \(PUBLIC_FLOAT_NOT_COMPLIED\)/);
  });

  test("never writes NDDR_Log", async () => {
    const host = rich();
    const before = contents(host.workbook).filter((c) => c.startsWith("Log!"));
    await generateMonthlyFromRibbon(event(), addinHost(host), FEB_4);
    await generateMonthlyFromRibbon(event(), addinHost(host), FEB_4);
    expect(contents(host.workbook).filter((c) => c.startsWith("Log!"))).toEqual(before);
  });

  test("with errors: the findings sheet without the NDDR's \"can't tell\" line, the first bad cell selected, and the month named", async () => {
    const host = hostOf(workbookOf(monthlyGrids({ ...RICH_MONTH, publicFloat: [["O", s("2026-01-31"), "Perhaps", "25%"]] })));
    const outcome = await generateMonthlyFromRibbon(event(), addinHost(host), FEB_4);
    expect(outcome.generation?.returnSheet).toBeUndefined();
    const texts = sheet(host.workbook, FINDINGS_SHEET)!.rows.flat().map((c) => c?.v);
    expect(texts).toContain("error");
    expect(texts).not.toContain(DUE_UNKNOWN);
    expect(host.notices[0]!.message).toMatch(/^No Monthly Return for January 2026 written: \d+ errors? to fix, listed on sheet "NDDR Findings"\. The first is selected: \w+!\w+\d/);
  });
});

describe("the pane's Monthly return", () => {
  test("any month, through the port, on its own sheet beside the NDDR's", async () => {
    const host = rich();
    const outcome = await excelPort(addinHost(host)).generateMonthly(FEB_4(), "2026-01", "zh-HK");
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.summary).toMatch(/^Monthly Return for January 2026 written to sheet "Monthly Return 2026-01"/);
    expect(outcome.prepared.provenance.language).toBe("zh-HK");
    expect(cell(sheet(host.workbook, "Monthly Return 2026-01")!, "A1")!.v).toContain("月報表");
  });

  test("an edited Monthly Return sheet is asked about before it is replaced", async () => {
    const host = rich();
    const port = excelPort(addinHost(host));
    await port.generateMonthly(FEB_4(), "2026-01", "en");
    cell(sheet(host.workbook, "Monthly Return 2026-01")!, "A1")!.v = "FF301 (draft)";
    const outcome = await port.generateMonthly(FEB_4(), "2026-01", "en");
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.confirmReplace?.sheet).toBe("Monthly Return 2026-01");
    await outcome.confirmReplace!.proceed();
    expect(cell(sheet(host.workbook, "Monthly Return 2026-01")!, "A1")!.v).not.toBe("FF301 (draft)");
  });
});
