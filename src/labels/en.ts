// The English wording of form FF305 as HKEX prints it (published SenseTime return of 18 December 2024,
// Tencent of 13 June 2025). One table, so the official wording can be swapped in without touching code.
// src/labels/zh-HK.ts is the same table in Traditional Chinese; src/labels/index.ts picks one.
import { formatDateEn } from "../domain/printing";
import type { IsoDate } from "../domain/dates";

export const EN = {
  lang: "en",
  /** How this language prints a date: "17 December 2024". */
  formatDate: (date: IsoDate): string => formatDateEn(date),
  /** A value the domain states in English (event type, status, method, "Not applicable"), as printed. */
  value: (english: string): string => english,
  /** Ends of the kept confirmation items: each, the last but one, the last. */
  itemEnds: { item: ";", beforeLast: "; and", last: "." },
  title: "Next Day Disclosure Return",
  subtitle:
    "(Equity issuer - changes in issued shares or treasury shares, share buybacks and/or on-market sales of treasury shares)",
  instrument: "Instrument:",
  instrumentValue: "Equity issuer",
  status: "Status:",
  issuerName: "Name of Issuer:",
  dateSubmitted: "Date Submitted:",
  sectionILeadIn:
    'Section I must be completed by a listed issuer where there has been a change in its issued shares or treasury shares which is discloseable pursuant to rule 13.25A of the Rules Governing the Listing of Securities on The Stock Exchange of Hong Kong Limited (the "Exchange") (the "Main Board Rules") or rule 17.27A of the Rules Governing the Listing of Securities on GEM of the Exchange (the "GEM Rules").',
  sectionI: "Section I",
  classOfShares: "Class of shares",
  typeOfShares: "Type of shares",
  listedOnExchange: "Listed on the Exchange",
  yes: "Yes",
  no: "No",
  stockCode: "Stock code (if listed)",
  description: "Description",
  multiCounterStockCode: "Multi-counter stock code",
  notApplicableCode: "N/A",
  partA: "A. Changes in issued shares or treasury shares",
  events: "Events",
  changesInIssued: "Changes in issued shares (excluding treasury shares)",
  changesInTreasury: "Changes in treasury shares",
  price: "Issue/ selling price per share (Note 4)",
  totalIssued: "Total number of issued shares",
  numberOfIssued: "Number of issued shares (excluding treasury shares)",
  percentOfIssued:
    "As a % of existing number of issued shares (excluding treasury shares) before the relevant event (Note 3)",
  numberOfTreasury: "Number of treasury shares",
  openingBalance: "Opening balance as at (Note 1)",
  closingBalance: "Closing balance as at (Notes 5 and 6)",
  dateOfChanges: "Date of changes",
  partB:
    "B. Shares redeemed or repurchased for cancellation but not yet cancelled as at the closing balance date (Notes 5 and 6)",
  notApplicable: "Not applicable",
  confirmation: "Confirmation",
  confirmationLeadIn:
    "Pursuant to Main Board Rule 13.25C / GEM Rule 17.27C, we hereby confirm to the best knowledge, information and belief that, in relation to each issue of shares or sale or transfer of treasury shares as set out in Section I, it has been duly authorised by the board of directors of the listed issuer and carried out in compliance with all applicable listing rules, laws and other regulatory requirements and, insofar as applicable:",
  note7: "(Note 7)",
  /** Items (i)–(viii) without their closing punctuation: it depends on which items are kept. */
  confirmationItems: [
    "all money due to the listed issuer in respect of the issue of shares, or sale or transfer of treasury shares has been received by it",
    'all pre-conditions for the listing imposed by the Main Board Rules / GEM Rules under "Qualifications of listing" have been fulfilled',
    "all (if any) conditions contained in the formal letter granting listing of and permission to deal in the securities have been fulfilled",
    "all the securities of each class are in all respects identical (Note 8)",
    "all documents required by the Companies (Winding Up and Miscellaneous Provisions) Ordinance to be filed with the Registrar of Companies have been duly filed and that compliance has been made with all other legal requirements",
    "all the definitive documents of title have been delivered/are ready to be delivered/are being prepared and will be delivered in accordance with the terms of issue, sale or transfer",
    "completion has taken place of the purchase by the issuer of all property shown in the listing document to have been purchased or agreed to be purchased by it and the purchase consideration for all such property has been duly satisfied",
    "the trust deed/deed poll relating to the debenture, loan stock, notes or bonds has been completed and executed, and particulars thereof, if so required by law, have been filed with the Registrar of Companies",
  ],
  notesToSectionI: "Notes to Section I:",
  /** Each note is a list of paragraphs; the first is numbered. */
  notesI: [
    ["Please insert the closing balance date of the last Next Day Disclosure Return published pursuant to Main Board Rule 13.25A / GEM Rule 17.27A or Monthly Return pursuant to Main Board Rule 13.25B / GEM Rule 17.27B, whichever is the later."],
    ["Please set out all changes in issued shares or treasury shares requiring disclosure pursuant to Main Board Rule 13.25A / GEM Rule 17.27A together with the relevant dates of changes. Each category will need to be disclosed individually with sufficient information to enable the user to identify the relevant category in the listed issuer's Monthly Return. For example, multiple issues of shares as a result of multiple exercises of share options under the same share option scheme or of multiple conversions under the same convertible note must be aggregated and disclosed as one category. However, if the issues resulted from exercises of share options under 2 share option schemes or conversions of 2 convertible notes, these must be disclosed as 2 separate categories."],
    ["The percentage change in the number of issued shares (excluding treasury shares) of the listed issuer is to be calculated by reference to the opening balance of the number of issued shares (excluding treasury shares) being disclosed in this Next Day Disclosure Return."],
    [
      "In the case of a share repurchase or redemption, the \u201cissue/ selling price per share\u201d shall be construed as \u201crepurchase price per share\u201d or \u201credemption price per share\u201d.",
      "Where shares have been issued/ sold/ repurchased/ redeemed at more than one price per share, a volume-weighted average price per share should be given.",
    ],
    ["The closing balance date is the date of the last relevant event being disclosed."],
    [
      "For repurchase or redemption of shares, disclosure is required when the relevant event has occurred (subject to the provisions of Main Board Rules 10.06(4)(a), 13.25A and 13.31 / GEM Rules 13.13(1), 17.27A and 17.35), even if the repurchased or redeemed shares have not yet been cancelled.",
      "If repurchased or redeemed shares are to be cancelled upon settlement of such repurchase or redemption after the closing balance date, they shall remain part of the issued shares as at the closing balance date in Part A. Details of these repurchased or redeemed shares shall be disclosed in Part B.",
    ],
    ["Items (i) to (viii) are suggested forms of confirmation. The listed issuer may amend the item(s) that is/are not applicable to meet individual cases."],
    ["\u201cIdentical\u201d means in this context:"],
  ],
  note8Bullets: [
    "the securities are of the same nominal value with the same amount called up or paid up;",
    "they are entitled to dividend/interest at the same rate and for the same period, so that at the next ensuing distribution, the dividend/interest payable per unit will amount to exactly the same sum (gross and net); and",
    "they carry the same rights as to unrestricted transfer, attendance and voting at meetings and rank pari passu in all other respects.",
  ],
  sectionIILeadIn:
    "Section II must also be completed by a listed issuer where it has made a repurchase of shares which is discloseable under Main Board Rule 10.06(4)(a) / GEM Rule 13.13(1).",
  repurchaseReport: "Repurchase report",
  sectionII: "Section II",
  partARepurchase: "A. Repurchase report",
  tradingDate: "Trading date",
  sharesRepurchased: "Number of shares repurchased",
  method: "Method of repurchase (Note 1)",
  highestPrice: "Repurchase price per share or highest repurchase price per share $",
  lowestPrice: "Lowest repurchase price per share $",
  aggregatePaid: "Aggregate price paid $",
  /** The summary line's label (the Chinese form words it apart from the column header). */
  aggregatePaidTotal: "Aggregate price paid $",
  totalRepurchased: "Total number of shares repurchased",
  forCancellation: "Number of shares repurchased for cancellation",
  forTreasury: "Number of shares repurchased for holding as treasury shares",
  partBMandate: "B. Additional information for issuer who has a primary listing on the Exchange",
  mandateItems: [
    "Date of the resolution granting the repurchase mandate",
    "Total number of shares which the issuer is authorised to repurchase under the repurchase mandate",
    "Number of shares repurchased on the Exchange or another stock exchange under the repurchase mandate (a)",
    "As a % of number of issued shares (excluding treasury shares) as at the date of the resolution granting the repurchase mandate",
    "Moratorium period for any issue of new shares, or sale or transfer of treasury shares after the share repurchase(s) set out in Part A (Note 2)",
  ],
  mandateFormula:
    "(a) x 100 / number of issued shares (excluding treasury shares) as at the date of the resolution granting the repurchase mandate",
  upTo: "Up to",
  /** {date} is the Explanatory Statement's date. */
  sectionIIConfirmation:
    "We hereby confirm that the repurchases made on the Exchange set out in Part A above were made in accordance with the Main Board Rules / GEM Rules and that there have been no material changes to the particulars contained in the Explanatory Statement dated {date} which has been filed with the Exchange.",
  notesToSectionII: "Notes to Section II:",
  notesII: [
    "Please state whether the repurchase was made on the Exchange, on another stock exchange (stating the name of the exchange), by private arrangement or by general offer.",
    "Subject to the carve-out set out in Main Board Rule 10.06(3)(a)/ GEM Rule 13.12, an issuer may not (i) make a new issue of shares, or a sale or transfer of any treasury shares; or (ii) announce a proposed new issue of shares, or a sale or transfer of any treasury shares, for a period of 30 days after any purchase by it of shares, whether on the Exchange or otherwise, without the prior approval of the Exchange.",
  ],
  sectionIIILeadIn:
    "Section III must also be completed by a listed issuer where it has made a sale of treasury shares on the Exchange or any other stock exchange on which the issuer is listed which is discloseable under Main Board Rule 10.06B / GEM Rule 13.14B.",
  treasurySaleReport: "Report of on-market sale of treasury shares",
  // No filled Section III has been seen in a published return (ff305-addendum §1.2): below the lead-in
  // and the empty state, its wording mirrors Section II and the rule text (addendum §1.3), to be swapped
  // for the e-form's once a sample is found.
  sectionIII: "Section III",
  partASale: "A. Report of on-market sale of treasury shares",
  sharesSold: "Number of treasury shares sold",
  saleMethod: "Method of sale (Note 1)",
  highestSellingPrice: "Selling price per share or highest selling price per share $",
  lowestSellingPrice: "Lowest selling price per share $",
  aggregateReceived: "Aggregate price received $",
  /** The summary line's label (kept apart from the column header, as for aggregatePaidTotal). */
  aggregateReceivedTotal: "Aggregate price received $",
  totalSold: "Total number of treasury shares sold",
  generalMandateItems: [
    "Date of the resolution granting the general mandate",
    "Total number of shares which the issuer may issue or sell under the general mandate",
    "Number of shares issued or treasury shares sold under the general mandate (a)",
    "As a % of number of issued shares (excluding treasury shares) as at the date of the resolution granting the general mandate",
    "Moratorium period for any repurchase of shares on the Exchange after the sale(s) of treasury shares set out in Part A",
  ],
  generalMandateFormula:
    "(a) x 100 / number of issued shares (excluding treasury shares) as at the date of the resolution granting the general mandate",
  notesToSectionIII: "Notes to Section III:",
  notesIII: [
    "Please state whether the sale was made on the Exchange or on another stock exchange (stating the name of the exchange).",
  ],
  submittedBy: "Submitted by:",
  name: "(Name)",
  submitterTitle: "Title:",
  titleHint: "(Director, Secretary or other Duly Authorised Officer)",
} as const;

/** Every language's table has EN's keys; strings widened so another language can fill them. */
export type FormLabels = Widen<typeof EN>;

export type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** Numbering of the confirmation items, (i)–(viii). */
export const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"] as const;

/** Kept items renumbered (i), (ii)… as the e-form does, with "; and" before the last and "." at the end. */
export function confirmationLines(labels: FormLabels, items: readonly number[]): string[] {
  return items.map((item, i) => {
    const ends = labels.itemEnds;
    const end = i === items.length - 1 ? ends.last : i === items.length - 2 ? ends.beforeLast : ends.item;
    return `(${ROMAN[i]}) ${labels.confirmationItems[item - 1]}${end}`;
  });
}
