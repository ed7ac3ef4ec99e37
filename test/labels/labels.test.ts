// The label tables: every language has every key of the English table, every value the domain states
// in English has a Chinese rendering, and the language parser takes what people type.
import { STATUSES } from "../../src/contract/tables";
import type { IsoDate } from "../../src/domain/dates";
import { EVENT_TYPES } from "../../src/domain/event-types";
import { REPURCHASE_METHODS } from "../../src/domain/ledger";
import { confirmationLines, EN } from "../../src/labels/en";
import { LANGUAGES, labelsFor, parseLanguage } from "../../src/labels";
import { ZH_HK, ZH_HK_VALUES } from "../../src/labels/zh-HK";

/** Keys and array lengths of a table, so a missing label or note shows up by name. */
function shape(table: object): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Array.isArray(v) ? `${typeof v}[${v.length}]` : typeof v]));
}

describe("label tables", () => {
  it("give Chinese every key, note and item the English table has", () => {
    expect(shape(ZH_HK)).toEqual(shape(EN));
    expect(ZH_HK.notesI.map((n) => n.length)).toEqual(EN.notesI.map((n) => n.length));
  });

  it("leave no English label empty in Chinese", () => {
    const empty = Object.entries(ZH_HK).filter(([, v]) => v === "" || (Array.isArray(v) && v.some((x) => x === "" || (Array.isArray(x) && x.includes("")))));
    expect(empty).toEqual([]);
  });

  it("translate every event type, status and repurchase method", () => {
    const english = [...EVENT_TYPES.map((t) => t.label), ...STATUSES, ...REPURCHASE_METHODS, "Not applicable"];
    expect(english.filter((e) => ZH_HK_VALUES[e] === undefined)).toEqual([]);
  });

  it("use the terms confirmed on Chinese HKEX forms", () => {
    expect(ZH_HK.title).toBe("翌日披露報表");
    expect(ZH_HK.openingBalance).toBe("於下列日期開始時的結存(註1)");
    expect(ZH_HK.value("On the Exchange")).toBe("於本交易所進行");
    expect(ZH_HK.value("New Submission")).toBe("新提交");
  });

  it("keep the other exchange's name when translating the method", () => {
    expect(ZH_HK.value("On another stock exchange (London Stock Exchange)")).toBe("於另一證券交易所進行(London Stock Exchange)");
  });

  it("leave text they do not know as it is", () => {
    expect(ZH_HK.value("Completion of the placing")).toBe("Completion of the placing");
    expect(["toString", "constructor", "__proto__"].map((t) => ZH_HK.value(t))).toEqual(["toString", "constructor", "__proto__"]);
    expect(EN.value("Rights issue")).toBe("Rights issue");
  });

  it("print dates the way each form does", () => {
    expect(EN.formatDate("2024-12-17" as IsoDate)).toBe("17 December 2024");
    expect(ZH_HK.formatDate("2024-12-17" as IsoDate)).toBe("2024年12月17日");
    expect(ZH_HK.formatDate("2025-06-08" as IsoDate)).toBe("2025年6月8日");
  });

  it("end the kept confirmation items in each language's punctuation", () => {
    expect(confirmationLines(ZH_HK, [1, 4])).toEqual([
      "(i) 上市發行人已收取其就股份發行或庫存股份出售或轉讓應得的全部款項；及",
      "(ii) 每一類別證券在各方面均屬相同(註8)。",
    ]);
  });
});

describe("parseLanguage", () => {
  it.each([["en", "en"], ["EN", "en"], ["zh-HK", "zh-HK"], ["zh-hk", "zh-HK"], [" ZH-HK ", "zh-HK"]])("reads %p as %p", (typed, lang) => {
    expect(parseLanguage(typed)).toBe(lang);
  });

  it.each(["fr", "zh", "zh-CN", ""])("refuses %p", (typed) => {
    expect(parseLanguage(typed)).toBeUndefined();
  });

  it("has a table for every language it accepts", () => {
    expect(LANGUAGES.map((l) => labelsFor(l).lang)).toEqual(["en", "zh-HK"]);
  });
});
