// The Monthly Return's label tables: Chinese has every English key, none empty, and the terms printed on
// filed Chinese Monthly Returns (ff301-monthly-return.md §5) are used as printed.
import type { IsoDate } from "../../src/domain/dates";
import { monthlyLabelsFor } from "../../src/labels";
import { MONTHLY_EN, sectionTotalLabel } from "../../src/labels/monthly-en";
import { MONTHLY_ZH_HK } from "../../src/labels/monthly-zh-HK";
import { statusText } from "../../src/labels/values";

const shape = (table: object) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, typeof v]));

describe("the Monthly Return's label tables", () => {
  it("give Chinese every key the English table has", () => {
    expect(shape(MONTHLY_ZH_HK)).toEqual(shape(MONTHLY_EN));
  });

  it("leave no label empty in Chinese", () => {
    expect(Object.entries(MONTHLY_ZH_HK).filter(([, v]) => v === "")).toEqual([]);
  });

  it("use the terms confirmed on filed Chinese Monthly Returns", () => {
    expect(MONTHLY_ZH_HK.title).toContain("月報表");
    expect([MONTHLY_ZH_HK.monthEnded, MONTHLY_ZH_HK.to, MONTHLY_ZH_HK.dateSubmitted]).toEqual(["截至月份:", "致:香港交易及結算所有限公司", "呈交日期:"]);
    expect([MONTHLY_ZH_HK.precedingBalance, MONTHLY_ZH_HK.closingBalance, MONTHLY_ZH_HK.parValue]).toEqual(["上月底結存", "本月底結存", "面值"]);
  });

  it("share the NDDR's wording for what both forms print", () => {
    expect(MONTHLY_ZH_HK.nddr.formatDate("2024-09-30" as IsoDate)).toBe("2024年9月30日");
    expect(MONTHLY_EN.nddr.formatDate("2024-09-30" as IsoDate)).toBe("30 September 2024");
    expect(statusText(MONTHLY_ZH_HK.nddr, "New Submission")).toBe("新提交");
  });

  it("are picked by language", () => {
    expect(monthlyLabelsFor("en")).toBe(MONTHLY_EN);
    expect(monthlyLabelsFor("zh-HK")).toBe(MONTHLY_ZH_HK);
  });

  it("name a section's total by its letter and the class", () => {
    expect(sectionTotalLabel(MONTHLY_EN, "E", "Ordinary shares")).toBe("Total E (Ordinary shares):");
    expect(sectionTotalLabel(MONTHLY_EN, "E", "Class $& shares")).toBe("Total E (Class $& shares):");
  });
});
