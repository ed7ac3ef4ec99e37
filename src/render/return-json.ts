// return.json in the contract's shape (docs/workbook-contract.md, Outputs 2). Written for every
// generation: with the return when there is one, and always with the findings. In English whatever the
// return's language: the values the model states as data (details, methods) are worded by EN.
import type { Finding } from "../domain/finding";
import type { Generation } from "../domain/generate-return";
import type { ClassReturn, Money, TradeReportRow } from "../domain/return-model";
import { EN } from "../labels/en";
import { detailsText, methodText, typeOfSharesText } from "../labels/values";
import type { Provenance } from "./provenance";

/** The contract's fields, then (additive) who wrote the file, from which inputs, in which language. */
export function returnJson(generation: Generation, stamp?: Provenance): object {
  const nddr = generation.nddr;
  const findings = generation.findings.map(jsonFinding);
  const origin = stamp ? { generator: stamp.generator, inputFingerprint: stamp.inputFingerprint, language: stamp.language } : {};
  // Without a return there are errors: whether one is due is unknown (null), never false.
  if (!nddr) return { form: "FF305", returnDue: null, deadline: null, findings, ...origin };
  return {
    form: nddr.form,
    issuer: nddr.issuer,
    status: nddr.status,
    dateSubmitted: nddr.dateSubmitted,
    board: nddr.board,
    openingDate: nddr.openingDate,
    closingDate: nddr.closingDate,
    // Additive: the logged return this one opens on (Note 1), and what the % figures are of (FF305 Note 3).
    openingFollows: nddr.openingFollows,
    percentageBase: nddr.percentageBase,
    sectionI: nddr.sectionI.map(jsonClass),
    sectionII: nddr.sectionII.map((r) => ({
      classKey: r.classKey,
      rows: r.rows.map(jsonTradeRow),
      totalShares: r.totalShares,
      aggregatePaid: amounts(r.aggregatePaid),
      forCancellation: r.forCancellation,
      forTreasury: r.forTreasury,
      mandate: r.mandate,
    })),
    sectionIII: nddr.sectionIII.map((r) => ({
      classKey: r.classKey,
      rows: r.rows.map(jsonTradeRow),
      totalShares: r.totalShares,
      aggregateReceived: amounts(r.aggregateReceived),
      mandate: r.mandate,
    })),
    returnDue: nddr.returnDue,
    deadline: nddr.deadline,
    findings,
    submittedBy: nddr.submittedBy,
    title: nddr.title,
    ...origin,
  };
}

export function returnJsonText(generation: Generation, stamp?: Provenance): string {
  return JSON.stringify(returnJson(generation, stamp), null, 2) + "\n";
}

function jsonClass(cls: ClassReturn): object {
  return {
    classKey: cls.classKey,
    classOfShares: cls.classOfShares,
    typeOfShares: typeOfSharesText(EN, cls.typeOfShares),
    listed: cls.listed,
    stockCode: cls.stockCode,
    description: cls.description,
    multiCounter: cls.multiCounter,
    opening: cls.opening,
    events: cls.events.map((e) => ({
      no: e.no,
      eventType: e.eventType,
      details: detailsText(EN, e.details),
      date: e.date,
      issuedChange: e.issuedChange,
      percent: e.percent,
      treasuryChange: e.treasuryChange,
      price: e.price,
    })),
    closing: cls.closing,
    // The documented shape: reachedOn stays in the model (the pane's reasons), out of the file.
    fivePercent: { aggregate: cls.fivePercent.aggregate, percent: cls.fivePercent.percent, headroom: cls.fivePercent.headroom },
    partB: cls.partB.map((b) => ({ no: b.no, shares: b.shares, percent: b.percent, price: b.price, date: b.date })),
    percentBaseShares: cls.percentBase,
  };
}

/** A row of Section II or III as the model holds it, its method as the English form prints it. */
function jsonTradeRow(r: TradeReportRow): object {
  return { ...r, method: methodText(EN, r.method) };
}

export function jsonFinding(f: Finding): object {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    sheet: f.sheet,
    cell: f.cell,
    ...(f.rule ? { rule: f.rule } : {}),
    ...(f.related ? { related: f.related } : {}),
    ...(f.breach ? { breach: true } : {}),
  };
}

/** One currency in practice: one amount; several (a buyback in Hong Kong and London) give a list. */
function amounts(totals: readonly Money[]): Money | readonly Money[] {
  return totals.length === 1 ? totals[0] : totals;
}
