// The English wording of form FF301, the Monthly Return (v1.2.0 order). Each entry says where it comes
// from (tags of docs/research/ff301-monthly-return.md §0):
//   [V x] printed on a filed return, source x (M26 MINISO Jan 2026, M24 MINISO Sep 2024, AL Alibaba,
//         SC a v1.0.1 return, KZ Kanzhun, AB Agricultural Bank of China);
//   [I]   inferred: not seen printed (the deeper parts of the form were never retrieved in full);
//         swap in the e-form's wording once one full v1.2.0 return is read.
// What the NDDR form shares (class block, confirmation items, submitter, dates, values) comes from
// src/labels/en.ts through `nddr`.
import { EN, type FormLabels, type Widen } from "./en";
import { fill } from "./values";

export const MONTHLY_EN = {
  lang: "en",
  nddr: EN as FormLabels,
  formCode: "FF301",
  title: "Monthly Return for Equity Issuer and Hong Kong Depositary Receipts listed under Chapter 19B of the Exchange Listing Rules on Movements in Securities", // [V M26]
  monthEnded: "For the month ended:", // [V M26]
  status: "Status:", // [V M26]
  to: "To : Hong Kong Exchanges and Clearing Limited", // [V M26]
  issuerName: "Name of Issuer:", // [V M26]
  dateSubmitted: "Date Submitted:", // [V M26]
  listedOnExchange: "Listed on the Exchange (Note 1)", // [V M24]
  partI: "I. Movements in Authorised / Registered Share Capital", // [V M26]
  authorisedShares: "Number of authorised/registered shares", // [V M26]
  parValue: "Par value", // [V M26]
  authorisedCapital: "Authorised/registered share capital", // [V M26]
  precedingBalance: "Balance at close of preceding month", // [V M26]
  increaseDecrease: "Increase / decrease (-)", // [V M26]
  closingBalance: "Balance at close of the month", // [V M26]
  totalAuthorised: "Total authorised/registered share capital at the end of the month:", // [V M26]
  /** Part II's title before v1.2.0 (months to December 2025). */
  partII: "II. Movements in Issued Shares and/or Treasury Shares", // [V AL]
  partIIWithPublicFloat: "II. Movements in Issued Shares and/or Treasury Shares and Public Float Sufficiency Confirmation", // [V M26]
  issuedExcludingTreasury: "Number of issued shares (excluding treasury shares)", // [V M24]
  treasuryShares: "Number of treasury shares", // [V M24]
  totalIssued: "Total number of issued shares", // [V M24]
  publicFloat: "Public float sufficiency confirmation (Note 4)", // [V M26]
  publicFloatLeadIn: // [V M26 to "as at the close of the month"; I the joining words]
    "Pursuant to Main Board Rule 13.32D(1) or 19A.28D(1) / GEM Rule 17.37D(1) or 25.21D(1), the issuer confirms that, in respect of the class of shares as set out above, as at the close of the month:",
  complied: "the applicable public float requirement (see below) has been complied with", // [V M26]
  notComplied: "the applicable public float requirement (see below) has not been complied with", // [V M26]
  ticked: "\u2611", // [V M26 prints a tick]
  unticked: "\u2610",
  requirement: // [V M26 to "(as the case may"; I the end]
    "The applicable minimum public float requirement for the class of shares as set out above pursuant to Main Board Rule 13.32B or 19A.28B / GEM Rule 17.37B or 25.21B (as the case may be):",
  partIII: "III. Details of Movements in Issued Shares and/or Treasury Shares", // [V M24, AL]
  /** How Part III's total rows read: issued, then treasury [I]. */
  totalsNote: "Totals: increase / decrease (-) in issued shares (excluding treasury shares), then in treasury shares.",
  sectionA: "(A). Share Options (under Share Option Schemes of the Issuer)", // [V M24, AL]
  particulars: "Particulars of share option scheme", // [V M24]
  optionsPreceding: "Number of share options outstanding at close of preceding month", // [V M24]
  movementDuringMonth: "Movement during the month", // [V M24]
  granted: "Granted", // [V SC]
  exercised: "Exercised", // [V SC]
  cancelled: "Cancelled", // [V SC]
  lapsed: "Lapsed", // [V SC]
  /** Printed only in a month with an adjustment for a capital reorganisation (MR_OptionMovements' Adjusted). */
  adjusted: "Adjusted", // [I]
  optionsClosing: "Number of share options outstanding at close of the month", // [V M24]
  newSharesIssued: "Number of new shares issued during the month pursuant thereto", // [V M24, cut at "purs…"]
  treasuryTransferred: "Number of treasury shares transferred during the month pursuant thereto", // [I]
  issuableAtClose: "Number of shares which may be issued or transferred pursuant thereto as at close of the month", // [I, v1.0.2 "No. of new shares of issuer which may be issued…"]
  approvalDate: "General Meeting approval date (if applicable)", // [V AB]
  fundsRaised: "Total funds raised during the month from exercise of options:", // [V SC]
  /** "{letter}" and "{class}" are filled in: "Total A (Ordinary shares):". */
  sectionTotal: "Total {letter} ({class}):", // [I, after "Total E (…):" V KZ, "Total C (…):" V AB]
  sectionB: "(B). Warrants to Issue Shares of the Issuer which are to be Listed", // [V SC]
  sectionC: "(C). Convertibles (i.e. Convertible into Issue Shares of the Issuer which are to be Listed)", // [V SC, AB]
  sectionD: "(D). Any other Agreements or Arrangements to Issue Shares of the Issuer which are to be listed, including Options (other than Share Options Schemes)", // [V SC]
  instrumentDescription: "Description", // [V AB "Description of the Convertibles"; I for (B) and (D)]
  currency: "Currency", // [V AB]
  amountPreceding: "Amount at close of preceding month", // [V AB]
  amountClosing: "Amount at close of the month", // [V AB]
  instrumentType: "Type", // [V AB "Type of convertibles"]
  instrumentStockCode: "Stock code (if listed)", // [V AB "Stock code of the Convertibles (if listed on SEHK)"]
  conversionPrice: "Subscription/Conversion price", // [V AB]
  sharesIssuable: "Number of shares which may be issued pursuant thereto as at close of the month", // [V AB "No. of new shares of issuer which may be issued…"]
  sectionE: "(E). Other Movements in Issued Shares and/or Treasury Shares", // [I, v1.0.2 "(E). Other Movements in Issued Share" V KZ]
  typeOfIssue: "Type of Issue", // [V KZ]
  atPrice: "At price (if applicable)", // [V KZ]
  issueDate: "Issue and allotment date", // [V KZ]
  changeInIssued: "Increase / decrease (-) in issued shares (excluding treasury shares) during the month", // [I: the v1.1 treasury split]
  changeInTreasury: "Increase / decrease (-) in treasury shares during the month", // [I]
  /** "{class}" is filled in. */
  grandTotal: "Total increase / decrease (-) in {class} during the month (i.e. Total of A to E)", // [V SC, no colon]
  partIV: "IV. Information about Hong Kong Depositary Receipt (HDR)", // [V SC]
  partV: "V. Confirmations", // [V SC]
  confirmationLeadIn: // [I: after FF305's confirmation and GEM 17.27C]
    "Pursuant to Main Board Rule 13.25C / GEM Rule 17.27C, we hereby confirm to the best knowledge, information and belief that, in relation to each issue of shares or sale or transfer of treasury shares as set out in Part III which has not been previously disclosed in a return published under Main Board Rule 13.25A / GEM Rule 17.27A, it has been duly authorised by the board of directors of the listed issuer and carried out in compliance with all applicable listing rules, laws and other regulatory requirements and, insofar as applicable:",
  /**
   * Part V's items: FF305's wording (FF301's was never retrieved) without item (iv)'s "(Note 8)", a note
   * of FF305 whose FF301 number and text are unknown and which this return does not print.
   */
  confirmationItems: EN.confirmationItems.map((item) => item.replace(" (Note 8)", "")),
  note2Title: "Notes", // [V SC]
  /**
   * The form's Note 2 [V SC, first sentence], printed without its number: the texts of Notes 1 and 3–8
   * were never retrieved (reference §2.6), so a list here would start at "2." and look cut. The form's
   * own labels still cite "(Note 1)" and "(Note 4)" as printed [V M24, M26]; the e-form carries those notes.
   */
  note2: "Items (i) to (viii) are suggested forms of confirmation which may be amended to meet individual cases.", // [V SC, first sentence]
} as const;

export type MonthlyLabels = Widen<Omit<typeof MONTHLY_EN, "nddr">> & { readonly nddr: FormLabels };

/** "Total A (Ordinary shares):". */
export function sectionTotalLabel(L: MonthlyLabels, letter: string, classOfShares: string): string {
  return fill(L.sectionTotal, { letter, class: classOfShares });
}
