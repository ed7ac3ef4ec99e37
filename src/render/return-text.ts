// return.txt: the return in the order and wording of the published form, one table row per line with
// tab-separated cells, so it can be compared line by line with a return on HKEXnews.
import type { IsoDate } from "../domain/dates";
import type { NddrReturn, ClassReturn, EventLine, BalanceLine, TradeReportRow } from "../domain/return-model";
import { formatDateEn, formatMoney, formatPercentCell, formatShares } from "../domain/printing";
import { confirmationLines, EN, type FormLabels } from "../labels/en";

export function renderReturnText(nddr: NddrReturn, labels: FormLabels = EN): string {
  const L = labels;
  const out: string[] = ["", ""];
  const para = (...lines: string[]) => out.push(...lines, "");
  para(L.title, L.subtitle);
  para(`${L.instrument} ${L.instrumentValue} ${L.status} ${nddr.status}`);
  para(`${L.issuerName} ${nddr.issuer}`);
  para(`${L.dateSubmitted} ${formatDateEn(nddr.dateSubmitted)}`);
  para(L.sectionILeadIn);
  out.push(L.sectionI);
  nddr.sectionI.forEach((cls, i) => out.push(...classBlock(cls, i + 1, L), ""));

  para(L.confirmation);
  para(L.confirmationLeadIn);
  para(L.note7);
  para(...confirmationLines(L, nddr.confirmations).map((line) => `- ${line}`));
  para(L.notesToSectionI);
  L.notesI.forEach(([first, ...rest], i) => {
    out.push(`${i + 1}. ${first}`, ...rest);
    if (i === 2) out.push("");
  });
  out.push(...L.note8Bullets.map((b) => ` - ${b}`), "");

  para(L.sectionIILeadIn);
  if (nddr.sectionII.length === 0) para(L.repurchaseReport, "", L.notApplicable);
  else out.push(...sectionII(nddr, L));
  para(L.sectionIIILeadIn);
  if (nddr.sectionIII.length === 0) para(L.treasurySaleReport, L.notApplicable);
  else out.push(...sectionIII(nddr, L));
  para(`${L.submittedBy} ${nddr.submittedBy}`);
  para(L.name);
  para(`${L.submitterTitle} ${nddr.title}`);
  out.push(L.titleHint);
  return out.join("\n") + "\n";
}

function classIdentity(cls: ClassReturn, n: number, L: FormLabels): string[] {
  return [
    row(`${n}. ${L.classOfShares}`, cls.classOfShares, L.typeOfShares, cls.typeOfShares, L.listedOnExchange, cls.listed ? L.yes : L.no),
    row(L.stockCode, cls.stockCode ?? L.notApplicableCode, L.description, cls.description, "", ""),
    ...cls.multiCounter.map((mc) => row(L.multiCounterStockCode, `${mc.stockCode} ${mc.description}`.trim(), L.description, "", "", "")),
  ];
}

function sectionII(nddr: NddrReturn, L: FormLabels): string[] {
  const out = [L.repurchaseReport, "", L.sectionII];
  nddr.sectionII.forEach((report, i) => {
    out.push(...classIdentity(classOf(nddr, report.classKey), i + 1, L), L.partARepurchase);
    out.push(row(L.tradingDate, L.sharesRepurchased, L.method, L.highestPrice, L.lowestPrice, L.aggregatePaid));
    out.push(...tradeRows(report.rows));
    out.push(row(L.totalRepurchased, formatShares(report.totalShares), L.aggregatePaid, report.aggregatePaid.map(formatMoney).join("; ")));
    out.push(row(L.forCancellation, formatShares(report.forCancellation)));
    out.push(row(L.forTreasury, formatShares(report.forTreasury)));
    const m = report.mandate;
    if (m) out.push(...mandateBlock(L, L.mandateItems, L.mandateFormula, m.resolutionDate, m.authorised, m.repurchasedUnderMandate, m.percent, m.moratoriumEnd));
    out.push("");
  });
  if (nddr.sectionII.some((r) => r.rows.some((x) => x.method === "On the Exchange")) && nddr.explanatoryStatementDate) {
    out.push(L.sectionIIConfirmation.replace("{date}", formatDateEn(nddr.explanatoryStatementDate)), "");
  }
  out.push(L.notesToSectionII, ...L.notesII.map((note, i) => `${i + 1}. ${note}`), "");
  return out;
}

function sectionIII(nddr: NddrReturn, L: FormLabels): string[] {
  const out = [L.treasurySaleReport, "", L.sectionIII];
  nddr.sectionIII.forEach((report, i) => {
    out.push(...classIdentity(classOf(nddr, report.classKey), i + 1, L), L.partASale);
    out.push(row(L.tradingDate, L.sharesSold, L.saleMethod, L.highestSellingPrice, L.lowestSellingPrice, L.aggregateReceived));
    out.push(...tradeRows(report.rows));
    out.push(row(L.totalSold, formatShares(report.totalShares), L.aggregateReceived, report.aggregateReceived.map(formatMoney).join("; ")));
    const m = report.mandate;
    if (m) out.push(...mandateBlock(L, L.generalMandateItems, L.generalMandateFormula, m.resolutionDate, m.authorised, m.soldUnderMandate, m.percent, m.moratoriumEnd));
    out.push("");
  });
  out.push(L.notesToSectionIII, ...L.notesIII.map((note, i) => `${i + 1}. ${note}`), "");
  return out;
}

const classOf = (nddr: NddrReturn, key: string): ClassReturn => nddr.sectionI.find((c) => c.classKey === key)!;

/** Part A rows of Section II or III: "1). 13 June 2025", shares, method, prices with their currency. */
function tradeRows(rows: readonly TradeReportRow[]): string[] {
  return rows.map((r, j) => {
    const money = (amount: string | null) => (amount === null ? "" : formatMoney({ currency: r.currency, amount }));
    return row(`${j + 1}). ${formatDateEn(r.tradingDate)}`, formatShares(r.shares), r.method, money(r.highest), money(r.lowest), money(r.aggregate));
  });
}

/** Part B of Section II or III: the mandate, what it has been used for, its % and the moratorium end. */
function mandateBlock(
  L: FormLabels, items: readonly string[], formula: string,
  resolutionDate: IsoDate, authorised: number, used: number, percent: string | null, moratoriumEnd: IsoDate,
): string[] {
  const [resolution, authorisedLabel, usedLabel, percentLabel, moratorium] = items;
  return [
    "",
    L.partBMandate,
    row(`1). ${resolution}`, formatDateEn(resolutionDate)),
    row(`2). ${authorisedLabel}`, formatShares(authorised)),
    row(`3). ${usedLabel}`, formatShares(used)),
    row(`4). ${percentLabel}`, formatPercentCell(percent)),
    formula,
    row(`5). ${moratorium}`, `${L.upTo} ${formatDateEn(moratoriumEnd)}`),
  ];
}

function classBlock(cls: ClassReturn, n: number, L: FormLabels): string[] {
  const lines = [
    ...classIdentity(cls, n, L),
    L.partA,
    row(L.events, L.changesInIssued, "", L.changesInTreasury, L.price, L.totalIssued),
    row("", L.numberOfIssued, L.percentOfIssued, L.numberOfTreasury, "", ""),
    balanceRow(`${L.openingBalance} ${formatDateEn(cls.opening.date)}`, cls.opening),
    ...cls.events.map((e) => eventRow(e, L)),
    balanceRow(`${L.closingBalance} ${formatDateEn(cls.closing.date)}`, cls.closing),
    "",
  ];
  if (cls.partB.length === 0) lines.push(row(L.partB, "", L.notApplicable));
  else {
    lines.push(L.partB);
    for (const b of cls.partB) {
      lines.push(row(`${b.no}). ${b.label} ${L.dateOfChanges} ${formatDateEn(b.date)}`, formatShares(b.shares), formatPercentCell(b.percent), "", formatMoney(b.price)));
    }
  }
  return lines;
}

function balanceRow(label: string, b: BalanceLine): string {
  return row(label, formatShares(b.issued), "", formatShares(b.treasury), "", formatShares(b.total));
}

/** Event rows print a change only where there is one; the filler line prints its 0 as the form does. */
function eventRow(e: EventLine, L: FormLabels): string {
  const label = [`${e.no}).`, e.eventType, e.details, L.dateOfChanges, formatDateEn(e.date)].filter(Boolean).join(" ");
  const issued = e.issuedChange !== 0 || e.filler ? formatShares(e.issuedChange) : "";
  const treasury = e.treasuryChange !== 0 ? formatShares(e.treasuryChange) : "";
  return row(label, issued, formatPercentCell(e.percent), treasury, formatMoney(e.price), "");
}

const row = (...cells: string[]): string => cells.join("\t");
