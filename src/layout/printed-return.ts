// The return as printed: every line of form FF305 in order, each cell as the string the form prints
// (labels in the chosen language, "34,528,336,530", "5.4 %", "HKD 1.5", dates). return.txt and the
// return sheet are both drawn from this one list, so what the sheet displays and what return.txt
// prints cannot drift apart; each renderer only decides how a kind of line looks.
import type { IsoDate } from "../domain/dates";
import { formatMoney, formatPercentCell, formatShares } from "../domain/printing";
import type { BalanceLine, ClassReturn, EventLine, Money, NddrReturn, TradeReportRow } from "../domain/return-model";
import { confirmationLines, type FormLabels } from "../labels/en";
import { detailsText, fill, lineTypeText, methodText, partBLineText, statusText, typeOfSharesText } from "../labels/values";

/** A cell of a bordered table row. A line break inside a label prints as a space in return.txt. */
export interface PrintedCell {
  /** "pad": an empty cell that completes the sheet's bordered row; return.txt leaves trailing pads out. */
  readonly kind: "label" | "figure" | "pad";
  /** Exactly what the form prints. */
  readonly text: string;
  /** For the sheet: the real number, and a number format that displays `text` from it. */
  readonly number?: number;
  readonly numFmt?: string;
}

export type ParagraphStyle = "title" | "subtitle" | "heading" | "subheading" | "leadIn" | "text" | "note";

export type PrintedLine =
  /** Text across the width of the form. */
  | { readonly kind: "paragraph"; readonly style: ParagraphStyle; readonly text: string }
  /** A kept confirmation item, "(i) …;". */
  | { readonly kind: "item"; readonly text: string }
  /** A bullet of Note 8. */
  | { readonly kind: "bullet"; readonly text: string }
  /** Labels and values side by side without borders (class identity, Part B "Not applicable"). */
  | { readonly kind: "line"; readonly style: "label" | "text" | "subheading"; readonly cells: readonly string[] }
  /** "Name of Issuer:" and its value; "Submitted by:" and the name. */
  /** `text`: label and value on one line, as the language sets them (return.txt). */
  | { readonly kind: "field"; readonly label: string; readonly value: string; readonly text: string }
  /** A hint under a field's value: "(Name)". */
  | { readonly kind: "hint"; readonly text: string }
  /** An empty section: its title (printed in `style`, "heading" when none), then "Not applicable". */
  | { readonly kind: "empty"; readonly style?: "heading" | "subheading"; readonly heading: string; readonly text: string }
  /** Column headers of a table; merges are 0-based within these rows. */
  | { readonly kind: "headers"; readonly rows: readonly (readonly string[])[]; readonly merges: readonly HeaderMerge[]; readonly lines: readonly number[] }
  | { readonly kind: "row"; readonly cells: readonly PrintedCell[] }
  | { readonly kind: "gap" };

export interface HeaderMerge {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A label and its value: two cells on the sheet, one line of text set as the language sets it. */
export const field = (L: FormLabels, label: string, value: string): PrintedLine => ({ kind: "field", label, value, text: L.labelled(label, value) });

export function printReturn(nddr: NddrReturn, L: FormLabels): PrintedLine[] {
  const out: PrintedLine[] = [];
  const para = (style: ParagraphStyle, text: string) => out.push({ kind: "paragraph", style, text });
  const gap = () => out.push({ kind: "gap" });
  para("title", L.title);
  para("subtitle", L.subtitle);
  gap();
  out.push({ kind: "line", style: "label", cells: [L.labelled(L.instrument, L.instrumentValue), L.labelled(L.status, statusText(L, nddr.status))] });
  out.push(field(L, L.issuerName, nddr.issuer));
  out.push(field(L, L.dateSubmitted, L.formatDate(nddr.dateSubmitted)));
  gap();
  para("leadIn", L.sectionILeadIn);
  gap();
  para("heading", L.sectionI);
  nddr.sectionI.forEach((cls, i) => out.push(...classBlock(cls, i + 1, L)));

  para("heading", L.confirmation);
  para("text", L.confirmationLeadIn);
  para("text", L.note7);
  for (const text of confirmationLines(L, nddr.confirmations)) out.push({ kind: "item", text });
  gap();
  para("subheading", L.notesToSectionI);
  L.notesI.forEach(([first, ...rest], i) => {
    para("note", `${i + 1}. ${first}`);
    for (const p of rest) para("note", p);
  });
  for (const text of L.note8Bullets) out.push({ kind: "bullet", text });
  gap();

  para("leadIn", L.sectionIILeadIn);
  if (nddr.sectionII.length === 0) out.push({ kind: "empty", heading: L.repurchaseReport, text: L.notApplicable });
  else out.push(...sectionII(nddr, L));
  gap();
  para("leadIn", L.sectionIIILeadIn);
  if (nddr.sectionIII.length === 0) out.push({ kind: "empty", heading: L.treasurySaleReport, text: L.notApplicable });
  else out.push(...sectionIII(nddr, L));
  gap();
  out.push(field(L, L.submittedBy, nddr.submittedBy));
  out.push({ kind: "hint", text: L.name });
  out.push(field(L, L.submitterTitle, nddr.title));
  out.push({ kind: "hint", text: L.titleHint });
  return out;
}

function classIdentity(cls: ClassReturn, n: number, L: FormLabels): PrintedLine[] {
  const line = (...cells: string[]): PrintedLine => ({ kind: "line", style: "text", cells });
  return [
    line(`${n}. ${L.classOfShares}`, cls.classOfShares, L.typeOfShares, typeOfSharesText(L, cls.typeOfShares), L.listedOnExchange, cls.listed ? L.yes : L.no),
    line(L.stockCode, cls.stockCode ?? L.notApplicableCode, L.description, cls.description),
    ...cls.multiCounter.map((mc) => line(L.multiCounterStockCode, `${mc.stockCode} ${mc.description}`.trim(), L.description, "")),
  ];
}

function classBlock(cls: ClassReturn, n: number, L: FormLabels): PrintedLine[] {
  const out: PrintedLine[] = [...classIdentity(cls, n, L), { kind: "gap" }, { kind: "paragraph", style: "subheading", text: L.partA }];
  out.push({
    kind: "headers",
    rows: [
      [L.events, L.changesInIssued, "", L.changesInTreasury, L.price, L.totalIssued],
      ["", L.numberOfIssued, L.percentOfIssued, L.numberOfTreasury, "", ""],
    ],
    // Events, the price and the total span both header rows; "Changes in issued shares" spans its two columns.
    merges: [
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 1, cols: 2 },
      { row: 0, col: 4, rows: 2, cols: 1 },
      { row: 0, col: 5, rows: 2, cols: 1 },
    ],
    lines: [0, 5],
  });
  out.push(balanceRow(L.labelled(L.openingBalance, L.formatDate(cls.opening.date)), cls.opening));
  for (const e of cls.events) out.push(eventRow(e, L));
  out.push(balanceRow(L.labelled(L.closingBalance, L.formatDate(cls.closing.date)), cls.closing));
  out.push({ kind: "gap" });
  if (cls.partB.length === 0) out.push({ kind: "line", style: "subheading", cells: [L.partB, L.notApplicable] });
  else {
    out.push({ kind: "paragraph", style: "subheading", text: L.partB });
    for (const p of cls.partB) {
      out.push(row(label(`${p.no}). ${partBLineText(L, p)}\n${L.labelled(L.dateOfChanges, L.formatDate(p.date))}`), shares(p.shares), percent(p.percent), blank(), money(p.price), pad()));
    }
  }
  out.push({ kind: "gap" });
  return out;
}

function balanceRow(text: string, b: BalanceLine): PrintedLine {
  return row(label(text), shares(b.issued), blank(), shares(b.treasury), blank(), shares(b.total));
}

/** A change prints only where there is one; the filler line prints its 0 as the form does. */
function eventRow(e: EventLine, L: FormLabels): PrintedLine {
  const text = [`${e.no}). ${lineTypeText(L, e.eventType, e.details)}`, detailsText(L, e.details), L.labelled(L.dateOfChanges, L.formatDate(e.date))].filter(Boolean).join("\n");
  return row(
    label(text),
    e.issuedChange !== 0 || e.filler ? shares(e.issuedChange) : blank(),
    percent(e.percent),
    e.treasuryChange !== 0 ? shares(e.treasuryChange) : blank(),
    money(e.price),
    blank(),
  );
}

function sectionII(nddr: NddrReturn, L: FormLabels): PrintedLine[] {
  const out: PrintedLine[] = [heading(L.repurchaseReport), heading(L.sectionII)];
  nddr.sectionII.forEach((report, i) => {
    out.push(...tradeTable(nddr, report.classKey, i + 1, L, L.partARepurchase,
      [L.tradingDate, L.sharesRepurchased, L.method, L.highestPrice, L.lowestPrice, L.aggregatePaid], report.rows));
    out.push(row(label(L.totalRepurchased), shares(report.totalShares), label(L.aggregatePaidTotal), moneys(report.aggregatePaid, L.listSeparator), pad(), pad()));
    out.push(row(label(L.forCancellation), shares(report.forCancellation), pad(), pad(), pad(), pad()));
    out.push(row(label(L.forTreasury), shares(report.forTreasury), pad(), pad(), pad(), pad()));
    const m = report.mandate;
    if (m) out.push(...mandateBlock(L, L.mandateItems, L.mandateFormula, m.resolutionDate, m.authorised, m.repurchasedUnderMandate, m.percent, m.moratoriumEnd));
    out.push({ kind: "gap" });
  });
  if (nddr.sectionII.some((r) => r.rows.some((x) => x.method.kind === "onTheExchange")) && nddr.explanatoryStatementDate) {
    out.push({ kind: "paragraph", style: "text", text: fill(L.sectionIIConfirmation, { date: L.formatDate(nddr.explanatoryStatementDate) }) });
  }
  out.push({ kind: "paragraph", style: "subheading", text: L.notesToSectionII });
  L.notesII.forEach((note, i) => out.push({ kind: "paragraph", style: "note", text: `${i + 1}. ${note}` }));
  return out;
}

function sectionIII(nddr: NddrReturn, L: FormLabels): PrintedLine[] {
  const out: PrintedLine[] = [heading(L.treasurySaleReport), heading(L.sectionIII)];
  nddr.sectionIII.forEach((report, i) => {
    out.push(...tradeTable(nddr, report.classKey, i + 1, L, L.partASale,
      [L.tradingDate, L.sharesSold, L.saleMethod, L.highestSellingPrice, L.lowestSellingPrice, L.aggregateReceived], report.rows));
    out.push(row(label(L.totalSold), shares(report.totalShares), label(L.aggregateReceivedTotal), moneys(report.aggregateReceived, L.listSeparator), pad(), pad()));
    const m = report.mandate;
    if (m) out.push(...mandateBlock(L, L.generalMandateItems, L.generalMandateFormula, m.resolutionDate, m.authorised, m.soldUnderMandate, m.percent, m.moratoriumEnd));
    out.push({ kind: "gap" });
  });
  out.push({ kind: "paragraph", style: "subheading", text: L.notesToSectionIII });
  L.notesIII.forEach((note, i) => out.push({ kind: "paragraph", style: "note", text: `${i + 1}. ${note}` }));
  return out;
}

/** The class block and Part A of Section II or III: column headers, then one row per trading date and method. */
function tradeTable(
  nddr: NddrReturn, classKey: string, n: number, L: FormLabels,
  title: string, headers: readonly string[], rows: readonly TradeReportRow[],
): PrintedLine[] {
  const cls = nddr.sectionI.find((c) => c.classKey === classKey)!;
  const out: PrintedLine[] = [...classIdentity(cls, n, L), { kind: "gap" }, { kind: "paragraph", style: "subheading", text: title }];
  out.push({ kind: "headers", rows: [headers], merges: [], lines: [4] });
  rows.forEach((r, j) => {
    const m = (amount: string | null) => money(amount === null ? null : { currency: r.currency, amount });
    out.push(row(label(`${j + 1}). ${L.formatDate(r.tradingDate)}`), shares(r.shares), label(methodText(L, r.method)), m(r.highest), m(r.lowest), m(r.aggregate)));
  });
  return out;
}

/** Part B of Section II or III: the mandate, what it has been used for, its % and the moratorium end. */
function mandateBlock(
  L: FormLabels, items: readonly string[], formula: string,
  resolutionDate: IsoDate, authorised: number, used: number, percentValue: string | null, moratoriumEnd: IsoDate,
): PrintedLine[] {
  const [resolution, authorisedLabel, usedLabel, percentLabel, moratorium] = items;
  return [
    { kind: "gap" },
    { kind: "paragraph", style: "subheading", text: L.partBMandate },
    row(label(`1). ${resolution}`), label(L.formatDate(resolutionDate))),
    row(label(`2). ${authorisedLabel}`), shares(authorised)),
    row(label(`3). ${usedLabel}`), shares(used)),
    row(label(`4). ${percentLabel}\n${formula}`), percent(percentValue)),
    row(label(`5). ${moratorium}`), label(L.labelled(L.upTo, L.formatDate(moratoriumEnd)))),
  ];
}

const heading = (text: string): PrintedLine => ({ kind: "paragraph", style: "heading", text });
export const row = (...cells: PrintedCell[]): PrintedLine => ({ kind: "row", cells });
export const label = (text: string): PrintedCell => ({ kind: "label", text });
export const blank = (): PrintedCell => ({ kind: "figure", text: "" });
export const pad = (): PrintedCell => ({ kind: "pad", text: "" });
export const shares = (n: number): PrintedCell => ({ kind: "figure", text: formatShares(n), number: n, numFmt: "#,##0" });

/** A number format that displays exactly the printed string: "5.4" → 0.0" %", "5" → 0" %". */
function percent(p: string | null): PrintedCell {
  if (p === null) return { kind: "figure", text: formatPercentCell(null) };
  return { kind: "figure", text: formatPercentCell(p), number: Number(p), numFmt: `${decimalsFormat(p, "0")}" %"` };
}

export function money(m: Money | null): PrintedCell {
  if (!m) return blank();
  return { kind: "figure", text: formatMoney(m), number: Number(m.amount), numFmt: `"${m.currency} "${decimalsFormat(m.amount, "#,##0")}` };
}

/** One amount as a number; amounts in several currencies as the text "HKD 1; USD 2" (the language's separator). */
export function moneys(amounts: readonly Money[], separator: string): PrintedCell {
  return amounts.length === 1 ? money(amounts[0]) : { kind: "figure", text: amounts.map(formatMoney).join(separator) };
}

export function decimalsFormat(printed: string, whole: string): string {
  const decimals = printed.split(".")[1]?.length ?? 0;
  return decimals > 0 ? `${whole}.${"0".repeat(decimals)}` : whole;
}
