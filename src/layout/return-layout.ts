// The return sheet, laid out like form FF305: six columns (Events, issued shares, %, treasury
// shares, price, total), real numbers with number formats that print exactly what return.txt prints.
import type { IsoDate } from "../domain/dates";
import type { BalanceLine, ClassReturn, EventLine, Money, NddrReturn, TradeReportRow } from "../domain/return-model";
import { formatDateEn } from "../domain/printing";
import { confirmationLines, EN, type FormLabels } from "../labels/en";
import { STYLES, type LayoutCell, type Merge, type SheetLayout, type StyleName } from "./sheet-layout";

const WIDTHS = [58, 17, 17, 15, 15, 17];
const LAST_COL = WIDTHS.length;
const LINE_POINTS = 13;

export function returnSheetName(nddr: NddrReturn): string {
  return `NDDR ${nddr.closingDate}`;
}

export function layoutReturn(nddr: NddrReturn, labels: FormLabels = EN): SheetLayout {
  const b = new LayoutBuilder();
  const L = labels;
  b.wide(L.title, "title");
  b.wide(L.subtitle, "subtitle");
  b.skip();
  b.put([`${L.instrument} ${L.instrumentValue}`, `${L.status} ${nddr.status}`], "label");
  b.pair(L.issuerName, nddr.issuer);
  b.pair(L.dateSubmitted, formatDateEn(nddr.dateSubmitted));
  b.skip();
  b.wide(L.sectionILeadIn, "leadIn");
  b.skip();
  b.wide(L.sectionI, "heading");
  nddr.sectionI.forEach((cls, i) => classBlock(b, cls, i + 1, L));

  b.wide(L.confirmation, "heading");
  b.wide(L.confirmationLeadIn, "text");
  b.wide(L.note7, "text");
  for (const line of confirmationLines(L, nddr.confirmations)) b.wide(line, "text");
  b.skip();
  b.wide(L.notesToSectionI, "subheading");
  L.notesI.forEach(([first, ...rest], i) => {
    b.wide(`${i + 1}. ${first}`, "note");
    for (const p of rest) b.wide(p, "note");
  });
  for (const bullet of L.note8Bullets) b.wide(`• ${bullet}`, "note");
  b.skip();
  b.wide(L.sectionIILeadIn, "leadIn");
  if (nddr.sectionII.length === 0) b.put([L.repurchaseReport, L.notApplicable], "heading");
  else sectionII(b, nddr, L);
  b.skip();
  b.wide(L.sectionIIILeadIn, "leadIn");
  if (nddr.sectionIII.length === 0) b.put([L.treasurySaleReport, L.notApplicable], "heading");
  else sectionIII(b, nddr, L);
  b.skip();
  b.pair(L.submittedBy, nddr.submittedBy);
  b.aside(L.name);
  b.pair(L.submitterTitle, nddr.title);
  b.aside(L.titleHint);
  return b.build(returnSheetName(nddr));
}

function classIdentity(b: LayoutBuilder, cls: ClassReturn, n: number, L: FormLabels): void {
  b.put([`${n}. ${L.classOfShares}`, cls.classOfShares, L.typeOfShares, cls.typeOfShares, L.listedOnExchange, cls.listed ? L.yes : L.no], "text");
  b.put([L.stockCode, cls.stockCode ?? L.notApplicableCode, L.description, cls.description], "text");
  for (const mc of cls.multiCounter) b.put([L.multiCounterStockCode, `${mc.stockCode} ${mc.description}`.trim(), L.description, ""], "text");
}

function sectionII(b: LayoutBuilder, nddr: NddrReturn, L: FormLabels): void {
  b.wide(L.repurchaseReport, "heading");
  b.wide(L.sectionII, "heading");
  nddr.sectionII.forEach((report, i) => {
    tradeTable(b, nddr, report.classKey, i + 1, L, L.partARepurchase,
      [L.tradingDate, L.sharesRepurchased, L.method, L.highestPrice, L.lowestPrice, L.aggregatePaid], report.rows);
    b.tableRow([text(L.totalRepurchased), shares(report.totalShares), text(L.aggregatePaid), ...report.aggregatePaid.slice(0, 1).map(money), blank(), blank()]);
    b.tableRow([text(L.forCancellation), shares(report.forCancellation), blank(), blank(), blank(), blank()]);
    b.tableRow([text(L.forTreasury), shares(report.forTreasury), blank(), blank(), blank(), blank()]);
    const md = report.mandate;
    if (md) mandateBlock(b, L, L.mandateItems, L.mandateFormula, md.resolutionDate, md.authorised, md.repurchasedUnderMandate, md.percent, md.moratoriumEnd);
    b.skip();
  });
  if (nddr.sectionII.some((r) => r.rows.some((x) => x.method === "On the Exchange")) && nddr.explanatoryStatementDate) {
    b.wide(L.sectionIIConfirmation.replace("{date}", formatDateEn(nddr.explanatoryStatementDate)), "text");
  }
  b.wide(L.notesToSectionII, "subheading");
  L.notesII.forEach((note, i) => b.wide(`${i + 1}. ${note}`, "note"));
}

function sectionIII(b: LayoutBuilder, nddr: NddrReturn, L: FormLabels): void {
  b.wide(L.treasurySaleReport, "heading");
  b.wide(L.sectionIII, "heading");
  nddr.sectionIII.forEach((report, i) => {
    tradeTable(b, nddr, report.classKey, i + 1, L, L.partASale,
      [L.tradingDate, L.sharesSold, L.saleMethod, L.highestSellingPrice, L.lowestSellingPrice, L.aggregateReceived], report.rows);
    b.tableRow([text(L.totalSold), shares(report.totalShares), text(L.aggregateReceived), ...report.aggregateReceived.slice(0, 1).map(money), blank(), blank()]);
    const md = report.mandate;
    if (md) mandateBlock(b, L, L.generalMandateItems, L.generalMandateFormula, md.resolutionDate, md.authorised, md.soldUnderMandate, md.percent, md.moratoriumEnd);
    b.skip();
  });
  b.wide(L.notesToSectionIII, "subheading");
  L.notesIII.forEach((note, i) => b.wide(`${i + 1}. ${note}`, "note"));
}

/** The class block and Part A of Section II or III: column headers, then one row per trading date and method. */
function tradeTable(
  b: LayoutBuilder, nddr: NddrReturn, classKey: string, n: number, L: FormLabels,
  heading: string, headers: readonly string[], rows: readonly TradeReportRow[],
): void {
  classIdentity(b, nddr.sectionI.find((c) => c.classKey === classKey)!, n, L);
  b.skip();
  b.wide(heading, "subheading");
  b.put(headers, "columnHeader");
  b.height(b.row - 1, 4);
  rows.forEach((r, j) => {
    const m = (amount: string | null) => money(amount === null ? null : { currency: r.currency, amount });
    b.tableRow([text(`${j + 1}). ${formatDateEn(r.tradingDate)}`), shares(r.shares), text(r.method), m(r.highest), m(r.lowest), m(r.aggregate)]);
  });
}

/** Part B of Section II or III: the mandate, what it has been used for, its % and the moratorium end. */
function mandateBlock(
  b: LayoutBuilder, L: FormLabels, items: readonly string[], formula: string,
  resolutionDate: IsoDate, authorised: number, used: number, percentValue: string | null, moratoriumEnd: IsoDate,
): void {
  const [resolution, authorisedLabel, usedLabel, percentLabel, moratorium] = items;
  b.skip();
  b.wide(L.partBMandate, "subheading");
  b.tableRow([text(`1). ${resolution}`), text(formatDateEn(resolutionDate))]);
  b.tableRow([text(`2). ${authorisedLabel}`), shares(authorised)]);
  b.tableRow([text(`3). ${usedLabel}`), shares(used)]);
  b.tableRow([text(`4). ${percentLabel}\n${formula}`), percent(percentValue)]);
  b.tableRow([text(`5). ${moratorium}`), text(`${L.upTo} ${formatDateEn(moratoriumEnd)}`)]);
}

function classBlock(b: LayoutBuilder, cls: ClassReturn, n: number, L: FormLabels): void {
  classIdentity(b, cls, n, L);
  b.skip();
  b.wide(L.partA, "subheading");
  const top = b.row;
  b.put([L.events, L.changesInIssued, "", L.changesInTreasury, L.price, L.totalIssued], "columnHeader");
  b.put(["", L.numberOfIssued, L.percentOfIssued, L.numberOfTreasury, "", ""], "columnHeader");
  b.merge(top, 1, top + 1, 1);
  b.merge(top, 2, top, 3);
  b.merge(top, 5, top + 1, 5);
  b.merge(top, 6, top + 1, 6);
  b.height(top + 1, 5);
  balanceRow(b, `${L.openingBalance} ${formatDateEn(cls.opening.date)}`, cls.opening);
  for (const e of cls.events) eventRow(b, e, L);
  balanceRow(b, `${L.closingBalance} ${formatDateEn(cls.closing.date)}`, cls.closing);
  b.skip();
  if (cls.partB.length === 0) {
    b.put([L.partB, L.notApplicable], "subheading");
    b.height(b.row - 1, 2);
  } else {
    b.wide(L.partB, "subheading");
    for (const p of cls.partB) {
      b.tableRow([
        text(`${p.no}). ${p.label} ${L.dateOfChanges} ${formatDateEn(p.date)}`),
        shares(p.shares),
        percent(p.percent),
        blank(),
        money(p.price),
        blank(),
      ]);
    }
  }
  b.skip();
}

type Cell = { value: string | number | null; numFmt?: string; style: StyleName };
const text = (value: string): Cell => ({ value, style: "tableLabel" });
const blank = (): Cell => ({ value: null, style: "tableNumber" });
const shares = (n: number): Cell => ({ value: n, numFmt: "#,##0", style: "tableNumber" });

/** A number format that displays exactly the printed string: "5.4" → 0.0" %", "5" → 0" %". */
function percent(p: string | null): Cell {
  if (p === null) return { value: "%", style: "tableNumber" };
  return { value: Number(p), numFmt: `${decimalsFormat(p, "0")}" %"`, style: "tableNumber" };
}

function money(m: Money | null): Cell {
  if (!m) return blank();
  return { value: Number(m.amount), numFmt: `"${m.currency} "${decimalsFormat(m.amount, "#,##0")}`, style: "tableNumber" };
}

function decimalsFormat(printed: string, whole: string): string {
  const decimals = printed.split(".")[1]?.length ?? 0;
  return decimals > 0 ? `${whole}.${"0".repeat(decimals)}` : whole;
}

function balanceRow(b: LayoutBuilder, label: string, bal: BalanceLine): void {
  b.tableRow([text(label), shares(bal.issued), blank(), shares(bal.treasury), blank(), shares(bal.total)]);
}

function eventRow(b: LayoutBuilder, e: EventLine, L: FormLabels): void {
  const label = [`${e.no}). ${e.eventType}`, e.details, `${L.dateOfChanges} ${formatDateEn(e.date)}`].filter(Boolean).join("\n");
  b.tableRow([
    text(label),
    e.issuedChange !== 0 || e.filler ? shares(e.issuedChange) : blank(),
    percent(e.percent),
    e.treasuryChange !== 0 ? shares(e.treasuryChange) : blank(),
    money(e.price),
    blank(),
  ]);
}

/** Places cells top-down (exceljs mishandles merges added before later rows) and estimates row heights. */
class LayoutBuilder {
  row = 1;
  private readonly cells: LayoutCell[] = [];
  private readonly merges: Merge[] = [];
  private readonly heights: Record<number, number> = {};

  /** Text across the whole width. */
  wide(value: string, style: StyleName): void {
    this.cells.push({ row: this.row, col: 1, value, style });
    this.merges.push({ top: this.row, left: 1, bottom: this.row, right: LAST_COL });
    this.fit(this.row, value, WIDTHS.reduce((a, w) => a + w, 0), style);
    this.row++;
  }

  /** A label in column A and its value across the rest. */
  pair(label: string, value: string): void {
    this.cells.push({ row: this.row, col: 1, value: label, style: "label" });
    this.cells.push({ row: this.row, col: 2, value, style: "text" });
    this.merges.push({ top: this.row, left: 2, bottom: this.row, right: LAST_COL });
    this.fit(this.row, value, WIDTHS.slice(1).reduce((a, w) => a + w, 0), "text");
    this.row++;
  }

  /** A small note under a pair's value, across the same columns. */
  aside(value: string): void {
    this.cells.push({ row: this.row, col: 2, value, style: "note" });
    this.merges.push({ top: this.row, left: 2, bottom: this.row, right: LAST_COL });
    this.row++;
  }

  /** One value per column from A. */
  put(values: readonly (string | null)[], style: StyleName): void {
    values.forEach((value, i) => {
      this.cells.push({ row: this.row, col: i + 1, value: value === "" ? null : value, style });
      if (value) this.fit(this.row, value, WIDTHS[i], style);
    });
    this.row++;
  }

  tableRow(cells: readonly Cell[]): void {
    cells.forEach((c, i) => {
      this.cells.push({ row: this.row, col: i + 1, ...c });
      if (typeof c.value === "string") this.fit(this.row, c.value, WIDTHS[i], c.style);
    });
    this.row++;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  height(row: number, lines: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, lines * LINE_POINTS);
  }

  skip(): void {
    this.row++;
  }

  /** Wrapped text does not grow merged rows by itself in Excel or LibreOffice: size the row for it. */
  private fit(row: number, value: string, width: number, style: StyleName): void {
    const s = STYLES[style];
    if (!s.wrap) return;
    const charsPerLine = Math.max(8, Math.floor((width * 1.15 * 10) / s.size));
    const lines = value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
    if (lines > 1) this.heights[row] = Math.max(this.heights[row] ?? 0, Math.ceil(lines * s.size * 1.3 + 4));
  }

  build(name: string): SheetLayout {
    return {
      name,
      columnWidths: WIDTHS,
      cells: this.cells,
      merges: this.merges,
      rowHeights: this.heights,
      page: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: 1,
        footer: "Page &P of &N",
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
      },
    };
  }
}
