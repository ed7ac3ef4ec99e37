// The return as the HKEX e-form (FF305) asks for it: one field per row, in the e-form's order
// (docs/research/hkex-nddr-research.md §2–5: header, then per class Section I's identity, opening balance, Part A's events, closing
// balance and Part B; Sections II and III per class; the submitter), each with the raw value a user keys
// or pastes: digits without thousands separators, a signed change, the % without its sign, a price's
// currency and amount as two fields, dates as DD/MM/YYYY. Pure: the task pane draws it with Copy buttons.
import type { IsoDate } from "../domain/dates";
import type { ClassReturn, Money, NddrReturn, TradeReportRow } from "../domain/return-model";
import { labelsFor, type FormLabels, type Language } from "../labels";
import { EN } from "../labels/en";
import { detailsText, lineTypeText, methodText, partBLineText, statusText, typeOfSharesText } from "../labels/values";
import { ROMAN } from "../labels/en";

export interface EformField {
  /** Stable within a return: "I.1.event.2.issued". */
  readonly id: string;
  readonly label: string;
  /** What goes into the e-form's field, as typed. */
  readonly value: string;
  /** The Chinese wording shown is ours, not yet seen on a filed form ([U] in src/labels/zh-HK.ts). */
  readonly unconfirmed?: true;
}

/** A block the user copies at once: the header, a class of Section I, II or III, the submitter. */
export interface EformBlock {
  readonly id: string;
  readonly title: string;
  readonly unconfirmedTitle?: true;
  readonly fields: readonly EformField[];
}

/**
 * Labels of the Chinese table printed on a filed Chinese HKEX form ([C] in src/labels/zh-HK.ts); every
 * other Chinese label shown here is flagged. test/layout/eform-fields.test.ts holds this list to the
 * table's own markings.
 */
export const ZH_CONFIRMED_LABELS: ReadonlySet<keyof FormLabels> = new Set<keyof FormLabels>([
  "title", "instrumentValue", "status", "issuerName", "dateSubmitted", "sectionI", "classOfShares", "typeOfShares",
  "yes", "description", "partA", "openingBalance", "closingBalance", "repurchaseReport", "sectionII", "partARepurchase",
  "tradingDate", "sharesRepurchased", "method", "highestPrice", "lowestPrice", "aggregatePaid", "aggregatePaidTotal",
  "totalRepurchased",
]);

/** Values whose Chinese is printed on a filed form or is the Listing Rules' own term ([C], [G]). */
const ZH_CONFIRMED_VALUES: ReadonlySet<string> = new Set([
  "New Submission", "On the Exchange", "Consideration issue", "Open offer", "Rights issue", "Bonus issue", "Scrip dividend",
  "Exercise of warrants", "Conversion of convertible securities", "Capital reorganisation",
]);

/** Our own field names (the e-form's are not in any source): English, and Chinese [U]. */
const OWN: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    header: "Header", currency: "Currency", amount: "Amount", date: "Date", eventType: "Event", details: "Details",
    partBLine: "Part B line", shares: "Number of shares", percent: "As a % (Note 3)", classBlock: "Class", confirmations: "Confirmation items kept",
    explanatoryStatement: "Explanatory statement dated", submitter: "Submitter", mandate: "Part B", statusValue: "Status",
  },
  "zh-HK": {
    header: "表頭", currency: "貨幣", amount: "金額", date: "日期", eventType: "事件", details: "詳情",
    partBLine: "B部項目", shares: "股份數目", percent: "百分比 (註3)", classBlock: "類別", confirmations: "保留的確認項目",
    explanatoryStatement: "說明函件日期", submitter: "呈交者", mandate: "B部", statusValue: "狀態",
  },
};

/** 17/12/2024: the e-form's date fields take day, month and year. */
export function eformDate(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

export function eformFields(nddr: NddrReturn, language: Language): EformBlock[] {
  const L = labelsFor(language);
  const zh = language !== "en";
  const own = OWN[language];
  const flagKey = (key: keyof FormLabels) => (zh && !ZH_CONFIRMED_LABELS.has(key) ? { unconfirmed: true as const } : {});
  const flagOwn = () => (zh ? { unconfirmed: true as const } : {});
  // A value our label table words (not one the user typed): flagged where its Chinese is not confirmed.
  const worded: Worded = (word) => {
    const shown = word(L);
    const english = word(EN);
    return { value: shown, ...(zh && shown !== english && !ZH_CONFIRMED_VALUES.has(english) ? { unconfirmed: true as const } : {}) };
  };
  const bare = (text: string) => text.replace(/[:：]\s*$/, "").trim();

  const field = (id: string, key: keyof FormLabels, value: string, extra: object = {}): EformField =>
    ({ id, label: bare(String(L[key])), value, ...flagKey(key), ...extra });
  const ownField = (id: string, name: string, value: string): EformField => ({ id, label: own[name]!, value, ...flagOwn() });
  const moneyFields = (id: string, m: Money | null, label: string): EformField[] => m
    ? [{ id: `${id}.currency`, label: `${label} — ${own.currency}`, value: m.currency, ...flagOwn() },
      { id: `${id}.amount`, label: `${label} — ${own.amount}`, value: m.amount, ...flagOwn() }]
    : [];

  const blocks: EformBlock[] = [{
    id: "header",
    title: own.header!,
    ...(zh ? { unconfirmedTitle: true as const } : {}),
    fields: [
      field("header.status", "status", "", worded((l) => statusText(l, nddr.status))),
      field("header.issuer", "issuerName", nddr.issuer),
      field("header.dateSubmitted", "dateSubmitted", eformDate(nddr.dateSubmitted)),
    ],
  }];

  nddr.sectionI.forEach((cls, i) => {
    const id = `I.${i + 1}`;
    const fields: EformField[] = [...classIdentity(id, cls, L, field)];
    const balance = (what: "opening" | "closing", key: "openingBalance" | "closingBalance") => {
      const b = cls[what];
      fields.push(
        field(`${id}.${what}.date`, key, eformDate(b.date)),
        field(`${id}.${what}.issued`, "numberOfIssued", String(b.issued)),
        field(`${id}.${what}.treasury`, "numberOfTreasury", String(b.treasury)),
        field(`${id}.${what}.total`, "totalIssued", String(b.total)),
      );
    };
    balance("opening", "openingBalance");
    for (const e of cls.events) {
      const eid = `${id}.event.${e.no}`;
      fields.push(
        { id: `${eid}.type`, label: `${e.no}). ${own.eventType}`, ...flagOwn(), ...worded((l) => lineTypeText(l, e.eventType, e.details)) },
        ownField(`${eid}.details`, "details", detailsText(L, e.details)),
        field(`${eid}.date`, "dateOfChanges", eformDate(e.date)),
        field(`${eid}.issued`, "numberOfIssued", String(e.issuedChange)),
        ...(e.percent !== null ? [field(`${eid}.percent`, "percentOfIssued", e.percent)] : []),
        field(`${eid}.treasury`, "numberOfTreasury", String(e.treasuryChange)),
        ...moneyFields(`${eid}.price`, e.price, bare(L.price)),
      );
    }
    balance("closing", "closingBalance");
    for (const p of cls.partB) {
      const pid = `${id}.partB.${p.no}`;
      fields.push(
        { id: `${pid}.label`, label: `${p.no}). ${own.partBLine}`, ...flagOwn(), ...worded((l) => partBLineText(l, p)) },
        ownField(`${pid}.shares`, "shares", String(p.shares)),
        ...(p.percent !== null ? [ownField(`${pid}.percent`, "percent", p.percent)] : []),
        ...moneyFields(`${pid}.price`, p.price, bare(L.price)),
        field(`${pid}.date`, "dateOfChanges", eformDate(p.date)),
      );
    }
    blocks.push({ id, title: `${L.sectionI} — ${i + 1}. ${cls.classOfShares} (${cls.classKey})`, fields });
  });
  if (nddr.confirmations.length > 0) {
    blocks.push({
      id: "confirmation",
      title: String(L.confirmation),
      ...(zh ? { unconfirmedTitle: true as const } : {}),
      // The e-form renumbers the items kept; these are the form's own numbers, (i)–(viii).
      fields: [ownField("confirmation.items", "confirmations", nddr.confirmations.map((n) => `(${ROMAN[n - 1]})`).join(" "))],
    });
  }

  nddr.sectionII.forEach((report, i) => {
    const id = `II.${i + 1}`;
    const cls = nddr.sectionI.find((c) => c.classKey === report.classKey);
    const fields: EformField[] = [
      ...(cls ? classIdentity(id, cls, L, field) : []),
      ...tradeRows(id, report.rows, L, field, ownField, worded, ["sharesRepurchased", "method", "highestPrice", "lowestPrice", "aggregatePaid"]),
      field(`${id}.total`, "totalRepurchased", String(report.totalShares)),
      ...report.aggregatePaid.flatMap((m, j) => moneyFields(`${id}.paid.${j + 1}`, m, bare(L.aggregatePaidTotal))),
      field(`${id}.forCancellation`, "forCancellation", String(report.forCancellation)),
      field(`${id}.forTreasury`, "forTreasury", String(report.forTreasury)),
    ];
    const m = report.mandate;
    if (m) fields.push(...mandateFields(`${id}.mandate`, L.mandateItems, m.resolutionDate, m.authorised, m.repurchasedUnderMandate, m.percent, m.moratoriumEnd, zh));
    if (i === nddr.sectionII.length - 1 && nddr.explanatoryStatementDate) fields.push(ownField("II.explanatoryStatement", "explanatoryStatement", eformDate(nddr.explanatoryStatementDate)));
    blocks.push({ id, title: `${L.sectionII} — ${i + 1}. ${cls?.classOfShares ?? report.classKey} (${report.classKey})`, fields });
  });

  nddr.sectionIII.forEach((report, i) => {
    const id = `III.${i + 1}`;
    const cls = nddr.sectionI.find((c) => c.classKey === report.classKey);
    const fields: EformField[] = [
      ...(cls ? classIdentity(id, cls, L, field) : []),
      ...tradeRows(id, report.rows, L, field, ownField, worded, ["sharesSold", "saleMethod", "highestSellingPrice", "lowestSellingPrice", "aggregateReceived"]),
      field(`${id}.total`, "totalSold", String(report.totalShares)),
      ...report.aggregateReceived.flatMap((m, j) => moneyFields(`${id}.received.${j + 1}`, m, bare(L.aggregateReceivedTotal))),
    ];
    const m = report.mandate;
    if (m) fields.push(...mandateFields(`${id}.mandate`, L.generalMandateItems, m.resolutionDate, m.authorised, m.soldUnderMandate, m.percent, m.moratoriumEnd, zh));
    blocks.push({ id, title: `${L.sectionIII} — ${i + 1}. ${cls?.classOfShares ?? report.classKey} (${report.classKey})`, ...(zh ? { unconfirmedTitle: true as const } : {}), fields });
  });

  blocks.push({
    id: "submitter",
    title: own.submitter!,
    ...(zh ? { unconfirmedTitle: true as const } : {}),
    fields: [field("submitter.name", "submittedBy", nddr.submittedBy), field("submitter.title", "submitterTitle", nddr.title)],
  });
  return blocks;
}

type FieldOf = (id: string, key: keyof FormLabels, value: string, extra?: object) => EformField;
/** A worded value (`extra` of a field: it carries the value and its flag). */
type Worded = (word: (labels: FormLabels) => string) => { value: string; unconfirmed?: true };
type OwnFieldOf = (id: string, name: string, value: string) => EformField;

function classIdentity(id: string, cls: ClassReturn, L: FormLabels, field: FieldOf): EformField[] {
  return [
    field(`${id}.class`, "classOfShares", cls.classOfShares),
    field(`${id}.type`, "typeOfShares", typeOfSharesText(L, cls.typeOfShares)),
    field(`${id}.listed`, "listedOnExchange", cls.listed ? L.yes : L.no),
    ...(cls.stockCode ? [field(`${id}.stockCode`, "stockCode", cls.stockCode)] : []),
    ...(cls.description ? [field(`${id}.description`, "description", cls.description)] : []),
    ...cls.multiCounter.map((mc, j) => field(`${id}.multiCounter.${j + 1}`, "multiCounterStockCode", `${mc.stockCode} ${mc.description}`.trim())),
  ];
}

/** Part A of Section II or III: per trading date and method, the e-form's columns left to right. */
function tradeRows(
  id: string, rows: readonly TradeReportRow[], L: FormLabels, field: FieldOf, own: OwnFieldOf,
  worded: Worded,
  keys: readonly [keyof FormLabels, keyof FormLabels, keyof FormLabels, keyof FormLabels, keyof FormLabels],
): EformField[] {
  const [sharesKey, methodKey, highestKey, lowestKey, aggregateKey] = keys;
  return rows.flatMap((r, j) => {
    const rid = `${id}.row.${j + 1}`;
    return [
      field(`${rid}.date`, "tradingDate", eformDate(r.tradingDate), { label: `${j + 1}). ${String(L.tradingDate)}` }),
      field(`${rid}.shares`, sharesKey, String(r.shares)),
      field(`${rid}.method`, methodKey, "", worded((l) => methodText(l, r.method))),
      own(`${rid}.currency`, "currency", r.currency),
      field(`${rid}.highest`, highestKey, r.highest),
      ...(r.lowest !== null ? [field(`${rid}.lowest`, lowestKey, r.lowest)] : []),
      field(`${rid}.aggregate`, aggregateKey, r.aggregate),
    ];
  });
}

function mandateFields(
  id: string, items: readonly string[], resolutionDate: IsoDate, authorised: number, used: number,
  percent: string | null, moratoriumEnd: IsoDate, zh: boolean,
): EformField[] {
  // Part B's items are [U] in Chinese (src/labels/zh-HK.ts marks the whole block).
  const flag = zh ? { unconfirmed: true as const } : {};
  const [resolution, authorisedLabel, usedLabel, percentLabel, moratorium] = items;
  return [
    { id: `${id}.resolution`, label: `1). ${resolution}`, value: eformDate(resolutionDate), ...flag },
    { id: `${id}.authorised`, label: `2). ${authorisedLabel}`, value: String(authorised), ...flag },
    { id: `${id}.used`, label: `3). ${usedLabel}`, value: String(used), ...flag },
    ...(percent !== null ? [{ id: `${id}.percent`, label: `4). ${percentLabel}`, value: percent, ...flag }] : []),
    { id: `${id}.moratorium`, label: `5). ${moratorium}`, value: eformDate(moratoriumEnd), ...flag },
  ];
}
