// return.txt: the return in the order and wording of the published form, one table row per line with
// tab-separated cells, so it can be compared line by line with a return on HKEXnews.
import type { NddrReturn, ClassReturn, EventLine, BalanceLine } from "../domain/return-model";
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
  para(L.treasurySaleReport);
  para(L.notApplicable);
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
    const cls = nddr.sectionI.find((c) => c.classKey === report.classKey)!;
    out.push(...classIdentity(cls, i + 1, L), L.partARepurchase);
    out.push(row(L.tradingDate, L.sharesRepurchased, L.method, L.highestPrice, L.lowestPrice, L.aggregatePaid));
    report.rows.forEach((r, j) => {
      const money = (amount: string | null) => (amount === null ? "" : formatMoney({ currency: r.currency, amount }));
      out.push(row(`${j + 1}). ${formatDateEn(r.tradingDate)}`, formatShares(r.shares), r.method, money(r.highest), money(r.lowest), money(r.aggregate)));
    });
    out.push(row(L.totalRepurchased, formatShares(report.totalShares), L.aggregatePaid, report.aggregatePaid.map(formatMoney).join("; ")));
    out.push(row(L.forCancellation, formatShares(report.forCancellation)));
    out.push(row(L.forTreasury, formatShares(report.forTreasury)));
    const m = report.mandate;
    if (m) {
      const [resolution, authorised, used, percent, moratorium] = L.mandateItems;
      out.push("", L.partBMandate);
      out.push(row(`1). ${resolution}`, formatDateEn(m.resolutionDate)));
      out.push(row(`2). ${authorised}`, formatShares(m.authorised)));
      out.push(row(`3). ${used}`, formatShares(m.repurchasedUnderMandate)));
      out.push(row(`4). ${percent}`, formatPercentCell(m.percent)), L.mandateFormula);
      out.push(row(`5). ${moratorium}`, `${L.upTo} ${formatDateEn(m.moratoriumEnd)}`));
    }
    out.push("");
  });
  if (nddr.sectionII.some((r) => r.rows.some((x) => x.method === "On the Exchange")) && nddr.explanatoryStatementDate) {
    out.push(L.sectionIIConfirmation.replace("{date}", formatDateEn(nddr.explanatoryStatementDate)), "");
  }
  out.push(L.notesToSectionII, ...L.notesII.map((note, i) => `${i + 1}. ${note}`), "");
  return out;
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
