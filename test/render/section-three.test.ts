// Section III end to end: a workbook with on-market sales of treasury shares, through the command
// line's generation, into return.txt, return.json and the return sheet of return.xlsx.
import ExcelJS from "exceljs";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { SALES } from "../support/golden-workbooks";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/files/return-files";



async function generated() {
  const bytes = await buildInputWorkbook(SALES).xlsx.writeBuffer();
  const result = await generateFromXlsx(bytes as ArrayBuffer, "2024-12-12" as IsoDate);
  if (!result.ok || !result.files.text || !result.files.xlsx) throw new Error("expected a return");
  return { text: result.files.text, json: JSON.parse(result.files.json), xlsx: result.files.xlsx };
}

const line = (text: string, startsWith: string): string[] => {
  const found = text.split("\n").find((l) => l.startsWith(startsWith));
  if (!found) throw new Error(`no line starting "${startsWith}"`);
  return found.split("\t");
};

describe("a return with on-market sales of treasury shares", () => {
  let out: Awaited<ReturnType<typeof generated>>;
  beforeAll(async () => {
    out = await generated();
  });

  it("prints a Section I line per day of sales, from treasury to issued, at the average selling price", () => {
    // (51,000 + 26,500) ÷ 15,000 = 5.16666… → 5.1667
    expect(line(out.text, "1). Sale of treasury shares on the Exchange Date of changes 10 December 2024").slice(1))
      .toEqual(["15,000", "1.5 %", "-15,000", "HKD 5.1667", ""]);
    expect(line(out.text, "Closing balance as at (Notes 5 and 6) 11 December 2024").slice(1)).toEqual(["1,019,000", "", "31,000", "", "1,050,000"]);
  });

  it("prints Section III rows by trading date with the highest and lowest selling prices", () => {
    expect(out.text).not.toContain("Report of on-market sale of treasury shares\nNot applicable");
    expect(line(out.text, "1). 10 December 2024").slice(1)).toEqual(["15,000", "On the Exchange", "HKD 5.3", "HKD 5", "HKD 77,500"]);
    expect(line(out.text, "2). 11 December 2024").slice(1)).toEqual(["4,000", "On the Exchange", "HKD 5.5", "", "HKD 22,000"]);
    expect(line(out.text, "Total number of treasury shares sold").slice(1)).toEqual(["19,000", "Aggregate price received $", "HKD 99,500"]);
  });

  it("prints the general mandate with the shares sold under it, their % and the moratorium on repurchases", () => {
    expect(line(out.text, "1). Date of the resolution granting the general mandate")[1]).toBe("01 June 2024");
    expect(line(out.text, "3). Number of shares issued or treasury shares sold under the general mandate (a)")[1]).toBe("19,000");
    expect(line(out.text, "4). As a % of number of issued shares")[1]).toBe("1.9 %");
    expect(line(out.text, "5). Moratorium period for any repurchase")[1]).toBe("Up to 10 January 2025");
  });

  it("writes Section III to return.json in the shape of Section II", () => {
    expect(out.json.sectionIII).toEqual([{
      classKey: "A",
      rows: [
        { tradingDate: "2024-12-10", shares: 15000, method: "On the Exchange", highest: "5.3", lowest: "5", aggregate: "77500", currency: "HKD" },
        { tradingDate: "2024-12-11", shares: 4000, method: "On the Exchange", highest: "5.5", lowest: null, aggregate: "22000", currency: "HKD" },
      ],
      totalShares: 19000,
      aggregateReceived: { currency: "HKD", amount: "99500" },
      mandate: { resolutionDate: "2024-06-01", authorised: 200000, soldUnderMandate: 19000, percent: "1.9", moratoriumEnd: "2025-01-10" },
    }]);
    expect([out.json.returnDue, out.json.deadline]).toEqual([true, "2024-12-11T08:30:00+08:00"]);
  });

  it("puts the total sold on the return sheet as a number formatted with thousands separators", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.xlsx as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let total: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "Total number of treasury shares sold") total = row.getCell(2);
    });
    expect(total?.value).toBe(19_000);
    expect(total?.numFmt).toBe("#,##0");
  });
});
