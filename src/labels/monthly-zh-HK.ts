// The Traditional Chinese wording of form FF301 (月報表), key for key as src/labels/monthly-en.ts.
// Each entry says where it comes from (docs/research/ff301-monthly-return.md §5):
//   [C] printed on a filed Chinese FF301 (Flat Glass, Oct 2022) or by HKEX (月報表, investor notes);
//   [S] from a secondary source (a reworded reprint);
//   [U] our translation, not yet confirmed: the Chinese labels of Parts III–V, the treasury columns and
//       the public float block were not found. Replace them with the e-form's once seen.
import { ZH_HK } from "./zh-HK";
import type { MonthlyLabels } from "./monthly-en";

export const MONTHLY_ZH_HK: MonthlyLabels = {
  lang: "zh-HK",
  nddr: ZH_HK,
  formCode: "FF301",
  title: "股份發行人及根據《上市規則》第十九B章上市的香港預託證券發行人的證券變動月報表", // [S, 月報表 C]
  monthEnded: "截至月份:", // [C]
  status: "狀態:", // [C]
  to: "致:香港交易及結算所有限公司", // [C]
  issuerName: "公司名稱:", // [C]
  dateSubmitted: "呈交日期:", // [C]
  listedOnExchange: "於本交易所上市 (註1)", // [U; v1.0.1 printed 於香港聯交所上市 (註1)]
  partI: "I. 法定/註冊股本變動", // [U; the column terms C]
  authorisedShares: "法定/註冊股份數目", // [C]
  parValue: "面值", // [C]
  authorisedCapital: "法定/註冊股本", // [C]
  precedingBalance: "上月底結存", // [C]
  increaseDecrease: "增加 / 減少 (-)", // [C]
  closingBalance: "本月底結存", // [C]
  totalAuthorised: "本月底的法定/註冊股本總額：", // [U]
  partII: "II. 已發行股份及/或庫存股份變動", // [U]
  partIIWithPublicFloat: "II. 已發行股份及/或庫存股份變動及公眾持股量充足確認", // [U]
  issuedExcludingTreasury: "已發行股份(不包括庫存股份)數目", // [U]
  treasuryShares: "庫存股份數目", // [U]
  totalIssued: "已發行股份總數", // [U]
  publicFloat: "公眾持股量充足確認 (註4)", // [U]
  publicFloatLeadIn:
    "根據《主板規則》第13.32D(1)條或第19A.28D(1)條 / 《GEM規則》第17.37D(1)條或第25.21D(1)條，發行人確認，就上述股份類別而言，於本月底：", // [U]
  complied: "已遵守適用的公眾持股量規定(見下文)", // [U]
  notComplied: "未有遵守適用的公眾持股量規定(見下文)", // [U]
  ticked: "\u2611",
  unticked: "\u2610",
  requirement: "根據《主板規則》第13.32B條或第19A.28B條 / 《GEM規則》第17.37B條或第25.21B條(視情況而定)，上述股份類別適用的最低公眾持股量規定：", // [U]
  partIII: "III. 已發行股份及/或庫存股份變動詳情", // [U]
  totalsNote: "總數：已發行股份(不包括庫存股份)的增加 / 減少 (-)，其後為庫存股份的增加 / 減少 (-)。", // [U]
  sectionA: "(A). 股份期權(根據發行人的股份期權計劃)", // [U]
  particulars: "股份期權計劃詳情", // [U]
  optionsPreceding: "上月底尚未行使的股份期權數目", // [U]
  movementDuringMonth: "本月內變動", // [U]
  granted: "已授出", // [U]
  exercised: "已行使", // [U]
  cancelled: "已註銷", // [U]
  lapsed: "已失效", // [U]
  adjusted: "已調整", // [U]
  optionsClosing: "本月底尚未行使的股份期權數目", // [U]
  newSharesIssued: "本月內據此發行的新股份數目", // [U]
  treasuryTransferred: "本月內據此轉讓的庫存股份數目", // [U]
  issuableAtClose: "於本月底據此可能發行或轉讓的股份數目", // [U]
  approvalDate: "股東大會批准日期(如適用)", // [U]
  fundsRaised: "本月內因行使期權所籌集的資金總額：", // [U]
  sectionTotal: "{letter}的總數({class})：", // [U]
  sectionB: "(B). 發行人將予上市的股份的認股權證", // [U]
  sectionC: "(C). 可換股證券(即可轉換為發行人將予上市的股份)", // [U]
  sectionD: "(D). 發行人發行將予上市股份的任何其他協議或安排，包括期權(股份期權計劃除外)", // [U]
  instrumentDescription: "說明", // [C as the class block's]
  currency: "貨幣", // [U]
  amountPreceding: "上月底的金額", // [U]
  amountClosing: "本月底的金額", // [U]
  instrumentType: "類型", // [U]
  instrumentStockCode: "證券代號 (如上市)", // [C 證券代號; U the rest]
  conversionPrice: "認購/轉換價", // [U]
  sharesIssuable: "於本月底據此可能發行的股份數目", // [U]
  sectionE: "(E). 已發行股份及/或庫存股份的其他變動", // [U]
  typeOfIssue: "發行類別", // [U]
  atPrice: "價格(如適用)", // [U]
  issueDate: "發行及配發日期", // [U]
  changeInIssued: "本月內已發行股份(不包括庫存股份)的增加 / 減少 (-)", // [U]
  changeInTreasury: "本月內庫存股份的增加 / 減少 (-)", // [U]
  grandTotal: "本月內{class}的增加 / 減少 (-) 總額(即A至E的總和)", // [U; no colon, as the English]
  partIV: "IV. 有關香港預託證券的資料", // [U]
  partV: "V. 確認", // [U]
  confirmationLeadIn:
    "根據《主板規則》第13.25C條 / 《GEM規則》第17.27C條，我們謹此確認，就我們所知、所悉及所信，有關第III部所載而未曾於根據《主板規則》第13.25A條 / 《GEM規則》第17.27A條刊發的報表中披露的每次股份發行或庫存股份出售或轉讓，均已獲上市發行人董事會正式授權，並遵照所有適用的上市規則、法律及其他監管規定進行，以及在適用的情況下：", // [U]
  confirmationItems: ZH_HK.confirmationItems.map((item) => item.replace("(註8)", "")),
  note2Title: "附註", // [U]
  note2: "第(i)至(viii)項為建議的確認形式，可作修訂以切合個別情況。", // [U]
};
