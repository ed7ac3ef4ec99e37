// The Monthly Return as printed: every line of form FF301 in order (header, Parts I–V, submitter), each
// cell as the string the form prints, in the PrintedLine kinds of the NDDR. monthly-return.txt and the
// monthly return sheet are both drawn from this one list, as return.txt and the NDDR sheet are.
import { groupThousands, formatShares } from "../domain/printing";
import type { ClassIdentity } from "../domain/return-model";
import type {
  InstrumentBlock, MonthlyReturn, OtherMovementBlock, PartIIClass, PartIClass, SchemeBlock, SectionTotal,
} from "../domain/monthly-return/model";
import { confirmationLines } from "../labels/en";
import { detailsText, fill, lineTypeText, statusText, typeOfSharesText } from "../labels/values";
import { sectionTotalLabel, type MonthlyLabels } from "../labels/monthly-en";
import {
  blank, decimalsFormat, field, label, money, moneys, pad, row, shares, type PrintedCell, type PrintedLine,
} from "./printed-return";

export function printMonthlyReturn(mr: MonthlyReturn, L: MonthlyLabels): PrintedLine[] {
  const out: PrintedLine[] = [];
  const para = (style: "title" | "heading" | "subheading" | "text" | "note", text: string) => out.push({ kind: "paragraph", style, text });
  const gap = () => out.push({ kind: "gap" });
  const classOf = (key: string) => mr.partII.find((c) => c.classKey === key)!;
  para("title", L.title);
  gap();
  out.push(field(L.nddr, L.monthEnded, L.nddr.formatDate(mr.monthEnded)));
  out.push({ kind: "line", style: "label", cells: [L.status, statusText(L.nddr, mr.status)] });
  para("text", L.to);
  out.push(field(L.nddr, L.issuerName, mr.issuer));
  out.push(field(L.nddr, L.dateSubmitted, L.nddr.formatDate(mr.dateSubmitted)));
  gap();

  if (!mr.partI.applicable) out.push({ kind: "empty", style: "heading", heading: L.partI, text: L.nddr.notApplicable });
  else {
    para("heading", L.partI);
    mr.partI.classes.forEach((cls, i) => out.push(...partIClass(cls, i + 1, L)));
    // Totals in two or more currencies are one text ("HKD 405,000,000; CNY 6,000,000"): printed across the
    // table, as a number column clipped it (QA round 9, F2).
    const totals = moneys(mr.partI.totals, L.nddr.listSeparator);
    out.push(mr.partI.totals.length > 1 ? field(L.nddr, L.totalAuthorised, totals.text) : row(label(L.totalAuthorised), totals));
  }
  gap();

  const withFloat = mr.partII.some((c) => c.publicFloat !== null);
  para("heading", withFloat ? L.partIIWithPublicFloat : L.partII);
  mr.partII.forEach((cls, i) => out.push(...partIIClass(cls, i + 1, L)));
  gap();

  para("heading", L.partIII);
  para("note", L.totalsNote);
  out.push(...section(L.sectionA, mr.partIII.A, (b) => schemeBlock(b, classOf(b.classKey), L), L));
  out.push(...section(L.sectionB, mr.partIII.B, (b) => instrumentBlock(b, classOf(b.classKey), "B", L), L));
  out.push(...section(L.sectionC, mr.partIII.C, (b) => instrumentBlock(b, classOf(b.classKey), "C", L), L));
  out.push(...section(L.sectionD, mr.partIII.D, (b) => arrangementBlock(b, classOf(b.classKey), L), L));
  out.push(...section(L.sectionE, mr.partIII.E, (b) => otherBlock(b, classOf(b.classKey), L), L));
  for (const t of mr.partIII.totals) {
    out.push(totalLine(fill(L.grandTotal, { class: totalClassName(classOf(t.classKey)) }), t, E_COLUMNS));
  }
  gap();

  out.push({ kind: "empty", style: "heading", heading: L.partIV, text: L.nddr.notApplicable });
  gap();
  if (!mr.partV.applicable) out.push({ kind: "empty", style: "heading", heading: L.partV, text: L.nddr.notApplicable });
  else {
    para("heading", L.partV);
    para("text", L.confirmationLeadIn);
    for (const text of confirmationLines({ ...L.nddr, confirmationItems: L.confirmationItems }, mr.partV.confirmations)) out.push({ kind: "item", text });
    gap();
    para("subheading", L.note2Title);
    para("note", L.note2);
  }
  gap();
  out.push(field(L.nddr, L.nddr.submittedBy, mr.submittedBy));
  out.push({ kind: "hint", text: L.nddr.name });
  out.push(field(L.nddr, L.nddr.submitterTitle, mr.title));
  out.push({ kind: "hint", text: L.nddr.titleHint });
  return out;
}

/** "1. Class of shares … Type of shares … Listed on the Exchange (Note 1) …", stock codes. */
function identity(cls: ClassIdentity, n: number | null, L: MonthlyLabels): PrintedLine[] {
  const line = (...cells: string[]): PrintedLine => ({ kind: "line", style: "text", cells });
  const N = L.nddr;
  return [
    line(`${n === null ? "" : `${n}. `}${N.classOfShares}`, cls.classOfShares, N.typeOfShares, typeOfSharesText(N, cls.typeOfShares), L.listedOnExchange, cls.listed ? N.yes : N.no),
    line(N.stockCode, cls.stockCode ?? N.notApplicableCode, N.description, cls.description),
    ...cls.multiCounter.map((mc) => line(N.multiCounterStockCode, `${mc.stockCode} ${mc.description}`.trim(), N.description, "")),
  ];
}

function partIClass(cls: PartIClass, n: number, L: MonthlyLabels): PrintedLine[] {
  return [
    ...identity(cls, n, L),
    { kind: "headers", rows: [["", L.authorisedShares, L.parValue, L.authorisedCapital]], merges: [], lines: [3] },
    cls.opening
      ? row(label(L.precedingBalance), shares(cls.opening.authorised), money(cls.opening.parValue), money(cls.opening.capital))
      : row(label(L.precedingBalance), shares(0), blank(), blank()),
    row(label(L.increaseDecrease), shares(cls.change.authorised), blank(), money(cls.change.capital)),
    row(label(L.closingBalance), shares(cls.closing.authorised), money(cls.closing.parValue), money(cls.closing.capital)),
    { kind: "gap" },
  ];
}

function partIIClass(cls: PartIIClass, n: number, L: MonthlyLabels): PrintedLine[] {
  const out: PrintedLine[] = [
    ...identity(cls, n, L),
    { kind: "headers", rows: [["", L.issuedExcludingTreasury, L.treasuryShares, L.totalIssued]], merges: [], lines: [3] },
    row(label(L.precedingBalance), shares(cls.opening.issued), shares(cls.opening.treasury), shares(cls.opening.total)),
    row(label(L.increaseDecrease), shares(cls.change.issued), shares(cls.change.treasury), blank()),
    row(label(L.closingBalance), shares(cls.closing.issued), shares(cls.closing.treasury), shares(cls.closing.total)),
  ];
  const pf = cls.publicFloat;
  if (pf) {
    out.push(
      { kind: "gap" },
      { kind: "paragraph", style: "subheading", text: L.publicFloat },
      { kind: "paragraph", style: "text", text: L.publicFloatLeadIn },
      { kind: "paragraph", style: "text", text: `${pf.complied ? L.ticked : L.unticked} ${L.complied}` },
      { kind: "paragraph", style: "text", text: `${pf.complied ? L.unticked : L.ticked} ${L.notComplied}` },
      field(L.nddr, L.requirement, pf.requirement),
    );
  }
  out.push({ kind: "gap" });
  return out;
}

/** A subsection of Part III: its heading, then "Not applicable" or one block per class. */
function section<B>(title: string, blocks: readonly B[], print: (b: B) => PrintedLine[], L: MonthlyLabels): PrintedLine[] {
  if (blocks.length === 0) return [{ kind: "empty", style: "subheading", heading: title, text: L.nddr.notApplicable }, { kind: "gap" }];
  return [{ kind: "paragraph", style: "subheading", text: title }, ...blocks.flatMap(print)];
}

/**
 * Where a table's total prints: the 0-based columns of the issued and treasury changes it adds up, and
 * the table's width. (B)–(D) issue new shares only (their event types never move treasury shares), so
 * their total has no treasury column.
 */
interface TotalColumns {
  readonly issued: number;
  readonly treasury: number | null;
  readonly width: number;
}
const A_COLUMNS: TotalColumns = { issued: 4, treasury: 5, width: 7 };
const BC_COLUMNS: TotalColumns = { issued: 5, treasury: null, width: 7 };
const D_COLUMNS: TotalColumns = { issued: 2, treasury: null, width: 4 };
/** (E) and the total of A to E after it: "Increase / decrease (-) in issued shares …", then "… in treasury shares". */
const E_COLUMNS: TotalColumns = { issued: 4, treasury: 5, width: 6 };

/** A total under the columns it adds up, bordered across its table. */
function totalLine(text: string, total: SectionTotal, at: TotalColumns): PrintedLine {
  const cells: PrintedCell[] = [label(text)];
  while (cells.length < at.width) {
    const i = cells.length;
    cells.push(i === at.issued ? shares(total.issued) : i === at.treasury ? shares(total.treasury) : i > Math.max(at.issued, at.treasury ?? 0) ? pad() : blank());
  }
  return row(...cells);
}

/**
 * The class as Part III's totals name it: with its type when it has one, as Kanzhun's return printed
 * "Total E (WVR ordinary shares A):" and "… (WVR ordinary shares B):" (docs/research/ff301-monthly-return.md §2.4), so
 * two classes of one name get totals a reader can tell apart.
 */
function totalClassName(cls: ClassIdentity): string {
  return cls.typeOfShares ? `${cls.classOfShares} ${cls.typeOfShares}` : cls.classOfShares;
}

function totalRow(L: MonthlyLabels, letter: string, cls: ClassIdentity, total: SectionTotal, at: TotalColumns): PrintedLine {
  return totalLine(sectionTotalLabel(L, letter, totalClassName(cls)), total, at);
}

function schemeBlock(b: SchemeBlock, cls: ClassIdentity, L: MonthlyLabels): PrintedLine[] {
  const out: PrintedLine[] = [
    ...identity(cls, null, L),
    { kind: "headers", rows: [[L.particulars, L.optionsPreceding, L.movementDuringMonth, L.optionsClosing, L.newSharesIssued, L.treasuryTransferred, L.issuableAtClose]], merges: [], lines: [7] },
  ];
  b.schemes.forEach((s, i) => {
    const particulars = [`${i + 1}). ${s.particulars}`, s.approvalDate ? L.nddr.labelled(L.approvalDate, L.nddr.formatDate(s.approvalDate)) : ""].filter(Boolean).join("\n");
    // The form's four movements always print; an adjustment only in a month that has one.
    const movements: [string, number][] = [[L.granted, s.granted], [L.exercised, s.exercised], [L.cancelled, s.cancelled], [L.lapsed, s.lapsed]];
    if (s.adjusted !== undefined) movements.push([L.adjusted, s.adjusted]);
    const movement = movements.map(([what, n]) => L.nddr.labelled(what, formatShares(n))).join("\n");
    out.push(row(label(particulars), shares(s.outstandingOpening), label(movement), shares(s.outstandingClosing), shares(s.newShares), shares(s.treasuryShares), shares(s.issuableAtClose)));
  });
  out.push(totalRow(L, "A", cls, b.total, A_COLUMNS));
  out.push(row(label(L.fundsRaised), b.fundsRaised.length ? moneys(b.fundsRaised, L.nddr.listSeparator) : { kind: "figure", text: "0" }));
  out.push({ kind: "gap" });
  return out;
}

/** An amount as printed ("500,000,000"), with a number format that displays it. */
function amount(printed: string): PrintedCell {
  return { kind: "figure", text: groupThousands(printed), number: Number(printed), numFmt: decimalsFormat(printed, "#,##0") };
}

function instrumentLabel(i: InstrumentBlock["instruments"][number], n: number, L: MonthlyLabels): string {
  return [
    `${n}). ${i.description}`,
    i.type ? `${L.instrumentType}: ${i.type}` : "",
    i.stockCode ? `${L.instrumentStockCode}: ${i.stockCode}` : "",
    i.conversionPrice ? `${L.conversionPrice}: ${i.conversionPrice.currency} ${groupThousands(i.conversionPrice.amount)}` : "",
    i.approvalDate ? `${L.approvalDate}: ${L.nddr.formatDate(i.approvalDate)}` : "",
  ].filter(Boolean).join("\n");
}

function instrumentBlock(b: InstrumentBlock, cls: ClassIdentity, letter: string, L: MonthlyLabels): PrintedLine[] {
  const out: PrintedLine[] = [
    ...identity(cls, null, L),
    { kind: "headers", rows: [[L.instrumentDescription, L.currency, L.amountPreceding, L.movementDuringMonth, L.amountClosing, L.newSharesIssued, L.sharesIssuable]], merges: [], lines: [7] },
  ];
  b.instruments.forEach((i, n) => {
    out.push(row(label(instrumentLabel(i, n + 1, L)), label(i.currency ?? ""), amount(i.amountOpening), amount(i.movement), amount(i.amountClosing),
      shares(i.newShares), i.issuableAtClose === null ? blank() : shares(i.issuableAtClose)));
  });
  out.push(totalRow(L, letter, cls, b.total, BC_COLUMNS), { kind: "gap" });
  return out;
}

function arrangementBlock(b: InstrumentBlock, cls: ClassIdentity, L: MonthlyLabels): PrintedLine[] {
  const out: PrintedLine[] = [
    ...identity(cls, null, L),
    { kind: "headers", rows: [[L.instrumentDescription, L.approvalDate, L.newSharesIssued, L.sharesIssuable]], merges: [], lines: [5] },
  ];
  b.instruments.forEach((i, n) => {
    out.push(row(label(instrumentLabel({ ...i, approvalDate: null }, n + 1, L)), label(i.approvalDate ? L.nddr.formatDate(i.approvalDate) : ""),
      shares(i.newShares), i.issuableAtClose === null ? blank() : shares(i.issuableAtClose)));
  });
  out.push(totalRow(L, "D", cls, b.total, D_COLUMNS), { kind: "gap" });
  return out;
}

function otherBlock(b: OtherMovementBlock, cls: ClassIdentity, L: MonthlyLabels): PrintedLine[] {
  const out: PrintedLine[] = [
    ...identity(cls, null, L),
    { kind: "headers", rows: [[L.typeOfIssue, L.atPrice, L.issueDate, L.approvalDate, L.changeInIssued, L.changeInTreasury]], merges: [], lines: [7] },
  ];
  for (const line of b.lines) {
    const text = [`${line.no}). ${lineTypeText(L.nddr, line.eventType, line.details)}`, detailsText(L.nddr, line.details)].filter(Boolean).join("\n");
    out.push(row(label(text), money(line.price), label(L.nddr.formatDate(line.date)), label(line.approvalDate ? L.nddr.formatDate(line.approvalDate) : ""),
      shares(line.issuedChange), shares(line.treasuryChange)));
  }
  out.push(totalRow(L, "E", cls, b.total, E_COLUMNS), { kind: "gap" });
  return out;
}
