// The label tables: every language has every key of the English table, words every value the domain
// states as data, prints the user's own text as typed, and the language parser takes what people type.
import { STATUSES, TREASURY_SALES_TABLE } from "../../src/contract/tables";
import { ON_THE_EXCHANGE } from "../../src/domain/ledger";
import type { IsoDate } from "../../src/domain/dates";
import { EVENT_TYPES } from "../../src/domain/event-types";
import { confirmationLines, EN } from "../../src/labels/en";
import { LANGUAGES, labelsFor, parseLanguage } from "../../src/labels";
import { detailsText, eventTypeText, exchangeName, lineTypeText, methodText, statusText, typeOfSharesText } from "../../src/labels/values";
import { ZH_HK } from "../../src/labels/zh-HK";

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

  it("word every event type, status, method and Part B line in Chinese", () => {
    const words = [
      ...EVENT_TYPES.map((t) => eventTypeText(ZH_HK, t.label)),
      ...STATUSES.map((st) => statusText(ZH_HK, st)),
      ...Object.values(ZH_HK.methods), ...Object.values(ZH_HK.partBLines), ...Object.entries(ZH_HK.details).filter(([k]) => k !== "comma").map(([, v]) => v),
    ];
    expect(words.filter((w) => /[A-Za-z]/.test(w.replace(/\{\w+\}/g, "")) || !/[\u4e00-\u9fff]/.test(w))).toEqual([]);
  });

  it("use the terms confirmed on Chinese HKEX forms", () => {
    expect(ZH_HK.title).toBe("翌日披露報表");
    expect(ZH_HK.openingBalance).toBe("於下列日期開始時的結存(註1)");
    expect(methodText(ZH_HK, { kind: "onTheExchange" })).toBe("於本交易所進行");
    expect(statusText(ZH_HK, "New Submission")).toBe("新提交");
  });

  it("name an exchange of the template's dropdown in Chinese in the method, and keep a typed one as typed", () => {
    expect(methodText(ZH_HK, { kind: "onAnotherExchange", exchange: "London Stock Exchange" })).toBe("於另一證券交易所進行(倫敦證券交易所)");
    expect(methodText(ZH_HK, { kind: "onAnotherExchange", exchange: "Tel Aviv Stock Exchange" })).toBe("於另一證券交易所進行(Tel Aviv Stock Exchange)");
    expect(methodText(EN, { kind: "onAnotherExchange", exchange: "London Stock Exchange" })).toBe("On another stock exchange (London Stock Exchange)");
    expect(methodText(EN, { kind: "onAnotherExchange", exchange: null })).toBe("On another stock exchange");
  });

  it("have a Chinese name for every other exchange the template's dropdown offers", () => {
    const offered = TREASURY_SALES_TABLE.columns.find((c) => c.field === "exchange")!.list!.filter((x) => x !== ON_THE_EXCHANGE);
    expect(offered.filter((x) => !/[\u4e00-\u9fff]/.test(exchangeName(ZH_HK, x)))).toEqual([]);
  });

  it("name a dropdown exchange in Chinese whatever its case or spacing", () => {
    expect(exchangeName(ZH_HK, "london  stock exchange")).toBe("倫敦證券交易所");
    expect(exchangeName(ZH_HK, "NASDAQ")).toBe("納斯達克");
  });

  it("list three exchanges as a sentence does", () => {
    const three = { kind: "soldOn", exchanges: ["London Stock Exchange", "Nasdaq"], alsoOnTheExchange: true } as const;
    expect(detailsText(EN, three)).toBe("Sold on the Exchange, London Stock Exchange and Nasdaq");
    expect(detailsText(ZH_HK, three)).toBe("於本交易所、倫敦證券交易所及納斯達克出售");
  });

  it("keep a typed exchange named like an object's property as typed", () => {
    expect(exchangeName(ZH_HK, "constructor")).toBe("constructor");
    expect(exchangeName(EN, "toString")).toBe("toString");
  });

  it("join a label and its value the way each language sets type", () => {
    expect(EN.labelled(EN.upTo, "12 July 2025")).toBe("Up to 12 July 2025");
    expect(ZH_HK.labelled(ZH_HK.upTo, "2025年7月12日")).toBe("直至2025年7月12日");
    expect(ZH_HK.labelled(ZH_HK.dateOfChanges, "2025年6月11日")).toBe("變動日期：2025年6月11日");
    expect(ZH_HK.labelled(ZH_HK.openingBalance, "2024年12月17日")).toBe("於下列日期開始時的結存(註1) 2024年12月17日");
  });

  it("word generated details in each language, dates in its own format", () => {
    const on = { kind: "repurchasedOn", date: "2024-12-02" as IsoDate } as const;
    const between = { kind: "repurchasedBetween", from: "2024-11-20" as IsoDate, to: "2024-11-21" as IsoDate } as const;
    const sold = { kind: "soldOn", exchanges: ["London Stock Exchange", "NYSE"], alsoOnTheExchange: false } as const;
    expect([on, between, sold].map((d) => detailsText(EN, d))).toEqual([
      "Shares repurchased on 02 December 2024", "Shares repurchased from 20 November 2024 to 21 November 2024", "Sold on London Stock Exchange and NYSE",
    ]);
    expect([on, between, sold].map((d) => detailsText(ZH_HK, d))).toEqual([
      "於2024年12月2日購回的股份", "於2024年11月20日至2024年11月21日期間購回的股份", "於倫敦證券交易所及NYSE出售",
    ]);
  });

  it("name the Exchange first in a line of sales some of which were on it", () => {
    const mixed = { kind: "soldOn", exchanges: ["London Stock Exchange"], alsoOnTheExchange: true } as const;
    expect(detailsText(EN, mixed)).toBe("Sold on the Exchange and London Stock Exchange");
    expect(detailsText(ZH_HK, mixed)).toBe("於本交易所及倫敦證券交易所出售");
  });

  it("print a line of sales on another exchange as an on-market sale, not as a sale on the Exchange", () => {
    const sold = { kind: "soldOn", exchanges: ["Nasdaq"], alsoOnTheExchange: false } as const;
    expect(lineTypeText(EN, "Sale of treasury shares on the Exchange", sold)).toBe("On-market sale of treasury shares");
    expect(lineTypeText(ZH_HK, "Sale of treasury shares on the Exchange", sold)).toBe("場內出售庫存股份");
    expect(lineTypeText(EN, "Sale of treasury shares on the Exchange", null)).toBe("Sale of treasury shares on the Exchange");
  });

  it("print the user's own text as typed, in any language", () => {
    for (const text of ["Not applicable", "Rights issue", "toString", "On the Exchange $& $1"]) {
      expect(detailsText(ZH_HK, { kind: "typed", text })).toBe(text);
    }
    expect(methodText(ZH_HK, { kind: "onAnotherExchange", exchange: "$& {exchange}" })).toBe("於另一證券交易所進行($& {exchange})");
    expect(typeOfSharesText(ZH_HK, "H")).toBe("H");
    expect(typeOfSharesText(ZH_HK, null)).toBe("不適用");
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
