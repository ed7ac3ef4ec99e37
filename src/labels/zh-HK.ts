// The Traditional Chinese wording of form FF305, key for key as src/labels/en.ts. The official Chinese
// e-form has not been seen in full, so each entry says where its wording comes from:
//   [C] printed on a filed Chinese HKEX form (docs/research/ff305-addendum.md §3.2: Tencent FF305, an FF301);
//   [G] the term of the Chinese Listing Rules (docs/research/hkex-nddr-research.md §12), the phrase around it ours;
//   [U] our translation, not yet confirmed: replace it with the e-form's wording once seen.
// "addendum §x" below is docs/research/ff305-addendum.md.
// Numbers print as in English (34,528,336,530; 5.4 %; HKD 1.5); dates as 2024年12月17日 [C].
import type { IsoDate } from "../domain/dates";
import type { EventTypeName } from "../domain/event-types";
import type { FormLabels } from "./en";

/** Event types of Section I Part A, as the Chinese form prints them. */
const EVENT_TYPES_ZH: Readonly<Record<EventTypeName, string>> = {
  // [G: 配售, 代價發行, 公開招股, 供股, 紅股發行, 以股代息, 股份計劃, 行使權證, 轉換可換股證券, 贖回, 資本重組,
  // 購回股份, 出售庫存股份, 註銷; the qualifiers U]
  "Placing/subscription - new shares involved": "配售/認購 - 涉及新股份",
  "Placing/subscription - treasury shares involved": "配售/認購 - 涉及庫存股份",
  "Consideration issue": "代價發行",
  "Open offer": "公開招股",
  "Rights issue": "供股",
  "Bonus issue": "紅股發行",
  "Scrip dividend": "以股代息",
  "Share scheme - new shares to directors": "股份計劃 - 向董事發行新股份",
  "Share scheme - treasury shares to directors": "股份計劃 - 向董事轉讓庫存股份",
  "Share scheme - new shares to other participants": "股份計劃 - 向其他參與者發行新股份",
  "Share scheme - treasury shares to other participants": "股份計劃 - 向其他參與者轉讓庫存股份",
  "Exercise of options outside a share scheme - directors": "行使股份計劃以外的期權 - 董事",
  "Exercise of options outside a share scheme - others": "行使股份計劃以外的期權 - 其他人士",
  "Exercise of warrants": "行使權證",
  "Conversion of convertible securities": "轉換可換股證券",
  "Redemption of shares": "贖回股份",
  "Cancellation of treasury shares": "註銷庫存股份",
  "Other sale or transfer of treasury shares": "其他出售或轉讓庫存股份",
  "Capital reorganisation": "資本重組",
  "Other (please specify)": "其他(請註明)", // [U, addendum §3.4 candidate]
  "Repurchase of shares (shares held as treasury shares)": "購回股份(持作庫存股份)",
  "Repurchase of shares (shares repurchased and cancelled)": "購回股份(已購回並註銷)",
  "Sale of treasury shares on the Exchange": "於本交易所出售庫存股份",
};

export const ZH_HK: FormLabels = {
  lang: "zh-HK",
  // "2024年12月17日": the Chinese form does not zero-pad.
  formatDate: (date: IsoDate): string => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`,
  // No space after a Chinese character or full-width punctuation ("直至2025年7月12日", "變動日期：…"); one
  // after half-width punctuation, as the confirmed labels print it ("(註1) 2024年12月17日").
  labelled: (label: string, value: string): string => (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$/.test(label) ? `${label}${value}` : `${label} ${value}`),
  listSeparator: "；",
  // The other exchanges of the template's dropdown (src/contract/tables.ts), by their usual Chinese names [U].
  exchangeNames: {
    "London Stock Exchange": "倫敦證券交易所",
    "New York Stock Exchange": "紐約證券交易所",
    Nasdaq: "納斯達克",
    "Shanghai Stock Exchange": "上海證券交易所",
    "Shenzhen Stock Exchange": "深圳證券交易所",
    "Singapore Exchange": "新加坡交易所",
  },
  eventTypes: EVENT_TYPES_ZH,
  saleOnMarket: "場內出售庫存股份", // [G 出售庫存股份; 場內 as in Section III's title, U]
  statuses: { "New Submission": "新提交", Resubmission: "重新提交" }, // [C 新提交; U 重新提交]
  // Details of generated lines [U]: ours, as the English ones are.
  details: {
    repurchasedOn: "於{date}購回的股份",
    repurchasedBetween: "於{from}至{to}期間購回的股份",
    soldOn: "於{exchanges}出售",
    comma: "、",
    and: "及",
    theExchange: "本交易所",
  },
  // Method of repurchase or sale [C 於本交易所進行; the others U]
  methods: {
    onTheExchange: "於本交易所進行",
    onAnotherExchange: "於另一證券交易所進行",
    onAnotherExchangeNamed: "於另一證券交易所進行({exchange})",
    byPrivateArrangement: "以私人安排進行",
    byGeneralOffer: "以全面要約進行",
  },
  partBLines: {
    repurchased: "已購回作註銷但尚未註銷的股份", // [U, addendum §3.4 paraphrase]
    redeemed: "已贖回作註銷但尚未註銷的股份", // [U] on the pattern of the repurchase line and the rule term 贖回
  },
  pageFooter: "&C第 &P 頁，共 &N 頁", // [U]
  provenance: "由 {generator} 產生 ({form}, {language})，輸入資料指紋 {fingerprint}", // [U]
  notFingerprinted: "無", // [U]
  itemEnds: { item: "；", beforeLast: "；及", last: "。" }, // [U]
  title: "翌日披露報表", // [C]
  // [C up to 股份購回, addendum §3.1; the tail U: "on-market sales of treasury shares"]
  subtitle: "(股份發行人 ── 已發行股份或庫存股份變動、股份購回及/或場內出售庫存股份)",
  instrument: "類別：", // [U]
  instrumentValue: "股份發行人", // [C, old form's title pair]
  status: "狀態:", // [C]
  issuerName: "公司名稱：", // [C]
  dateSubmitted: "呈交日期:", // [C]
  sectionILeadIn: // [U]
    "如上市發行人的已發行股份或庫存股份出現變動，而根據《香港聯合交易所有限公司證券上市規則》(「《主板規則》」)第13.25A條或《香港聯合交易所有限公司GEM證券上市規則》(「《GEM規則》」)第17.27A條須予披露，上市發行人須填妥第一章節。",
  sectionI: "第一章節", // [C, addendum §3.2 S]
  classOfShares: "股份類別", // [C]
  typeOfShares: "股份分類", // [C]
  listedOnExchange: "於本交易所上市", // [U; FF301 prints 於香港聯交所上市]
  yes: "是", // [C]
  no: "否", // [U]
  stockCode: "證券代號 (如上市)", // [C 證券代號; U the rest]
  description: "說明", // [C]
  multiCounterStockCode: "多櫃台證券代號", // [U]
  notApplicableCode: "不適用", // [U]
  partA: "A. 已發行股份或庫存股份變動", // [C]
  // Part A column headers [U, addendum §3.4 candidates]
  events: "事件",
  changesInIssued: "已發行股份(不包括庫存股份)變動",
  changesInTreasury: "庫存股份變動",
  price: "每股發行/出售價 (註4)",
  totalIssued: "已發行股份總數",
  numberOfIssued: "已發行股份數目(不包括庫存股份)",
  percentOfIssued: "佔有關事件前的現有已發行股份(不包括庫存股份)數目的百分比 (註3)",
  numberOfTreasury: "庫存股份數目",
  openingBalance: "於下列日期開始時的結存(註1)", // [C]
  closingBalance: "於下列日期結束時的結存 (註5及6)", // [C]
  dateOfChanges: "變動日期：", // [U, addendum §3.4; the colon ours, as in 呈交日期]
  partB: "B. 於結存日期已贖回或已購回作註銷但尚未註銷的股份 (註5及6)", // [U]
  notApplicable: "不適用", // [U]
  // Confirmation and notes to Section I: all [U], after the English form's meaning.
  confirmation: "確認",
  confirmationLeadIn:
    "根據《主板規則》第13.25C條 / 《GEM規則》第17.27C條，我們謹此確認，就我們所知、所悉及所信，有關第一章節所載的每次股份發行或庫存股份出售或轉讓，均已獲上市發行人董事會正式授權，並遵照所有適用的上市規則、法律及其他監管規定進行，以及在適用的情況下：",
  note7: "(註7)",
  confirmationItems: [
    "上市發行人已收取其就股份發行或庫存股份出售或轉讓應得的全部款項",
    "已履行《主板規則》/《GEM規則》中「上市資格」項下所規定的全部上市先決條件",
    "已履行批准證券上市及買賣的正式函件內所載的全部條件(如有)",
    "每一類別證券在各方面均屬相同(註8)",
    "《公司(清盤及雜項條文)條例》規定須送呈公司註冊處處長存檔的所有文件均已正式存檔，並已遵守其他所有法律規定",
    "所有權的正式文件已按發行、出售或轉讓條款發送/已準備發送/正在準備並將會發送",
    "發行人已完成購買上市文件所示其已購買或同意購買的全部物業，且所有該等物業的購買代價均已正式支付",
    "有關債權證、借貸股份、票據或債券的信託契約/平邊契據已經完成及簽立，而有關詳情(如法律規定)已送呈公司註冊處處長存檔",
  ],
  notesToSectionI: "第一章節附註：",
  notesI: [
    ["請填上根據《主板規則》第13.25A條 / 《GEM規則》第17.27A條刊發的上一份翌日披露報表或根據《主板規則》第13.25B條 / 《GEM規則》第17.27B條刊發的月報表的結存日期，以較後者為準。"],
    ["請列出根據《主板規則》第13.25A條 / 《GEM規則》第17.27A條須予披露的所有已發行股份或庫存股份變動及有關變動日期。每個類別須個別披露，並提供足夠資料，讓使用者能夠在上市發行人的月報表中識別有關類別。例如，因根據同一股份期權計劃多次行使股份期權或根據同一可換股票據多次轉換而發行的股份，須合併為一個類別披露。然而，若股份因根據兩項股份期權計劃行使股份期權或兩份可換股票據轉換而發行，則須作為兩個獨立類別披露。"],
    ["上市發行人已發行股份(不包括庫存股份)數目的百分比變動，須參照本翌日披露報表所披露的已發行股份(不包括庫存股份)數目的開始結存計算。"],
    [
      "如屬股份購回或贖回，「每股發行/出售價」應解釋為「每股購回價」或「每股贖回價」。",
      "如股份以多於一個每股價格發行/出售/購回/贖回，應提供每股成交量加權平均價。",
    ],
    ["結存日期指所披露的最後一項有關事件的日期。"],
    [
      "就購回或贖回股份而言，須於有關事件發生時作出披露(受《主板規則》第10.06(4)(a)、13.25A及13.31條 / 《GEM規則》第13.13(1)、17.27A及17.35條的規定所限)，即使所購回或贖回的股份尚未註銷。",
      "如購回或贖回的股份須於結存日期後購回或贖回交收時註銷，該等股份於結存日期仍屬A部的已發行股份的一部分，其詳情須於B部披露。",
    ],
    ["第(i)至(viii)項為建議的確認形式。上市發行人可修訂不適用的項目以切合個別情況。"],
    ["在此文義下，「相同」指："],
  ],
  note8Bullets: [
    "證券的面值相同，須繳或繳足的股款亦相同；",
    "證券有權以同一息率及在同一期間內享有股息/利息，而於下一次派息時，每單位應付的股息/利息金額(總額及淨額)完全相同；及",
    "證券附有同等的無限制轉讓、出席會議及於會上投票的權利，並在其他各方面享有同等權益。",
  ],
  sectionIILeadIn: "如上市發行人購回股份，而根據《主板規則》第10.06(4)(a)條 / 《GEM規則》第13.13(1)條須予披露，上市發行人亦須填妥第二章節。", // [U]
  repurchaseReport: "購回報告", // [C]
  sectionII: "第二章節", // [C]
  partARepurchase: "A. 購回報告", // [C]
  tradingDate: "交易日", // [C]
  sharesRepurchased: "購回股份數目", // [C]
  method: "購回方式 (註1)", // [C]
  highestPrice: "每股購回價或每股最高購回價 (元)", // [C]
  lowestPrice: "每股最低購回價 (元)", // [C]
  aggregatePaid: "付出的價格總額 (元)", // [C]
  aggregatePaidTotal: "合共付出的價格總額 (元)", // [C]
  totalRepurchased: "合共購回股份總數", // [C]
  forCancellation: "購回以作註銷的股份數目", // [U]
  forTreasury: "購回以作庫存股份持有的股份數目", // [U]
  // Section II Part B, its confirmation and notes: all [U].
  partBMandate: "B. 於本交易所作主要上市的發行人的額外資料",
  mandateItems: [
    "授予購回授權的決議案日期",
    "發行人根據購回授權獲授權購回的股份總數",
    "根據購回授權於本交易所或另一證券交易所購回的股份數目 (a)",
    "佔授予購回授權的決議案日期的已發行股份(不包括庫存股份)數目的百分比",
    "於A部所載的股份購回後，發行新股份或出售或轉讓庫存股份的暫停期 (註2)",
  ],
  mandateFormula: "(a) x 100 / 於授予購回授權的決議案日期的已發行股份(不包括庫存股份)數目",
  upTo: "直至",
  sectionIIConfirmation:
    "我們謹此確認，上文A部所載於本交易所進行的購回乃根據《主板規則》/《GEM規則》進行，而已送呈本交易所存檔日期為{date}的說明函件所載的資料並無重大變動。",
  notesToSectionII: "第二章節附註：",
  notesII: [
    "請說明購回是否於本交易所、於另一證券交易所(請註明交易所名稱)、以私人安排或以全面要約進行。",
    "除《主板規則》第10.06(3)(a)條 / 《GEM規則》第13.12條所載的例外情況外，發行人於本交易所或以其他方式購買股份後30天內，未經本交易所事先批准，不得(i)發行新股份或出售或轉讓任何庫存股份；或(ii)宣布擬發行新股份或出售或轉讓任何庫存股份。",
  ],
  sectionIIILeadIn: // [U]
    "如上市發行人於本交易所或其上市所在的任何其他證券交易所出售庫存股份，而根據《主板規則》第10.06B條 / 《GEM規則》第13.14B條須予披露，上市發行人亦須填妥第三章節。",
  treasurySaleReport: "場內出售庫存股份報告", // [G 出售庫存股份; U the rest]
  // Section III: no filled sample in either language (addendum §1.2); wording mirrors Section II [U].
  sectionIII: "第三章節",
  partASale: "A. 場內出售庫存股份報告",
  sharesSold: "出售庫存股份數目",
  saleMethod: "出售方式 (註1)",
  highestSellingPrice: "每股出售價或每股最高出售價 (元)",
  lowestSellingPrice: "每股最低出售價 (元)",
  aggregateReceived: "已收取的價格總額 (元)",
  aggregateReceivedTotal: "合共已收取的價格總額 (元)",
  totalSold: "合共出售庫存股份總數",
  generalMandateItems: [
    "授予一般性授權的決議案日期",
    "發行人根據一般性授權可發行或出售的股份總數",
    "根據一般性授權已發行的股份或已出售的庫存股份數目 (a)",
    "佔授予一般性授權的決議案日期的已發行股份(不包括庫存股份)數目的百分比",
    "於A部所載的庫存股份出售後，於本交易所購回股份的暫停期",
  ],
  generalMandateFormula: "(a) x 100 / 於授予一般性授權的決議案日期的已發行股份(不包括庫存股份)數目",
  notesToSectionIII: "第三章節附註：",
  notesIII: ["請說明出售是否於本交易所或於另一證券交易所(請註明交易所名稱)進行。"],
  // Submitter block [U]
  submittedBy: "呈交者：",
  name: "(姓名)",
  submitterTitle: "職銜：",
  titleHint: "(董事、秘書或其他獲正式授權的人員)",
};
