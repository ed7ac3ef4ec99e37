// Part III(B) warrants, (C) convertibles and (D) other arrangements to issue shares. MR_Instruments gives
// each instrument's amount outstanding at one date (an amount in its currency for warrants and
// convertibles; a number of shares for another arrangement) and MR_InstrumentMovements what was issued,
// exercised, converted, redeemed, cancelled, lapsed or adjusted; the shares issued come from the
// instrument's rows in NDDR_Movements (Details = instrument key). A capital reorganisation changes the
// price per share of warrants and convertibles (an Adjusted row gives the new one from its date), or the
// shares of another arrangement (an Adjusted row's signed amount).
import Decimal from "decimal.js";
import { Exact } from "../exact";
import { finding, type Finding } from "../finding";
import { cellOf, movementEffect, type Movement } from "../ledger";
import { formatShares } from "../printing";
import type { Instrument, InstrumentMovement, InstrumentMovementKind, InstrumentSection } from "./input";
import type { InstrumentBlock, InstrumentLine } from "./model";
import { inMonth, type ReturnMonth } from "./month";

/** Adjusted rows carry their own sign. */
const SIGN: Readonly<Record<InstrumentMovementKind, 1 | -1>> = { Issued: 1, Exercised: -1, Converted: -1, Redeemed: -1, Cancelled: -1, Lapsed: -1, Adjusted: 1 };
/** The movements that turn an instrument into shares. */
const INTO_SHARES: ReadonlySet<InstrumentMovementKind> = new Set(["Exercised", "Converted"]);

/** Amount outstanding at the close of `date`, from the instrument's amount at its own date. */
export function amountAt(instrument: Instrument, movements: readonly InstrumentMovement[], date: string): Decimal {
  let amount = new Exact(instrument.outstanding.toFixed());
  for (const m of movements) {
    const signed = new Exact(m.amount.toFixed()).times(SIGN[m.movement]);
    if (m.date > instrument.outstandingAt && m.date <= date) amount = amount.plus(signed);
    else if (m.date > date && m.date <= instrument.outstandingAt) amount = amount.minus(signed);
  }
  return amount;
}

/**
 * The price per share in force at the close of `date`: the latest Adjusted row's up to it (the later row
 * of one day), else MR_Instruments' own.
 */
export function priceAt(instrument: Instrument, movements: readonly InstrumentMovement[], date: string): Decimal | undefined {
  let price = instrument.conversionPrice;
  let since = "";
  for (const m of movements) {
    if (m.conversionPrice === undefined || m.date > date || m.date < since) continue;
    price = m.conversionPrice;
    since = m.date;
  }
  return price;
}

export interface InstrumentMonth {
  readonly classKey: string;
  readonly section: InstrumentSection;
  readonly month: ReturnMonth;
  readonly instruments: readonly Instrument[];
  readonly movements: ReadonlyMap<Instrument, readonly InstrumentMovement[]>;
  /** This class's NDDR_Movements rows of the month, by the instrument their Details name. */
  readonly rows: ReadonlyMap<Instrument, readonly Movement[]>;
}

export function buildInstrumentBlock(input: InstrumentMonth): { block: InstrumentBlock | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const lines: InstrumentLine[] = [];
  let issued = 0;
  let treasury = 0;
  const shares = input.section === "Other arrangement";
  for (const instrument of input.instruments) {
    const movements = input.movements.get(instrument) ?? [];
    const rows = input.rows.get(instrument) ?? [];
    const opening = amountAt(instrument, movements, input.month.previousMonthEnd);
    const closing = amountAt(instrument, movements, input.month.monthEnd);
    const inThisMonth = movements.filter((m) => inMonth(m.date, input.month));
    // A spent instrument (nothing outstanding either side, nothing moved) is no longer printed.
    if (opening.isZero() && closing.isZero() && inThisMonth.length === 0 && rows.length === 0) continue;
    let newShares = 0;
    for (const row of rows) {
      const effect = movementEffect(row);
      issued += effect.issued;
      treasury += effect.treasury;
      newShares += effect.issued;
    }
    if (opening.isNegative() || closing.isNegative()) {
      findings.push(finding("INSTRUMENT_BELOW_ZERO", "error",
        `${instrument.key} would have ${Decimal.min(opening, closing).toFixed()} outstanding in ${input.month.month}. ` +
          `Check Outstanding (counted at ${instrument.outstandingAt}) and the instrument's rows in MR_InstrumentMovements.`,
        cellOf(instrument.origin, "outstanding")));
    }
    // The parser reads an Adjusted amount without knowing the section; another arrangement's is shares.
    for (const m of inThisMonth) {
      // A reorganisation changes what warrants and convertibles convert at, not how much of them there is.
      if (!shares && m.movement === "Adjusted" && !m.amount.isZero()) {
        findings.push(finding("ADJUSTED_AMOUNT_NOT_PRICE", "warning",
          `This Adjusted row moves the amount of ${instrument.key} outstanding by ${[instrument.currency, m.amount.toFixed()].filter(Boolean).join(" ")}, and Part III prints that as a movement. ` +
            `A consolidation or subdivision leaves the amount of warrants and convertibles as it is and changes their price per share: ` +
            `clear Amount and type the new Conversion price, unless the terms really changed the amount.`, cellOf(m.origin, "amount")));
      }
      if (shares && m.movement === "Adjusted" && m.conversionPrice !== undefined) {
        findings.push(finding("CONVERSION_PRICE_NOT_ADJUSTED", "warning",
          `${instrument.key} is another arrangement, counted in shares: Conversion price is not used. Record the change in shares in Amount, and clear Conversion price.`,
          cellOf(m.origin, "conversionPrice")));
      }
      if (shares && !m.amount.isInteger()) {
        findings.push(finding("FRACTIONAL_SHARES", "error",
          `Amount is ${m.amount.toFixed()}, but ${instrument.key} counts shares, which are whole numbers. Correct the count.`, cellOf(m.origin, "amount")));
      }
    }
    const price = priceAt(instrument, movements, input.month.monthEnd);
    const conversions = inThisMonth.filter((m) => INTO_SHARES.has(m.movement));
    const converted = conversions.reduce((a, m) => a.plus(m.amount.toFixed()), new Exact(0));
    const priced = price !== undefined && !price.isZero();
    const expected = shares ? converted : conversions.length === 0 ? (priced ? converted : undefined) : sharesFor(conversions, (m) => priceAt(instrument, movements, m.date));
    if (expected !== undefined && !expected.equals(newShares)) {
      findings.push(finding("CONVERSION_SHARES_MISMATCH", "warning",
        `${instrument.key}: ${converted.toFixed()} ${shares ? "shares' worth" : instrument.currency ?? ""} exercised or converted in ${input.month.month} ` +
          `make ${expected.toFixed()} shares${shares ? "" : ` at ${price!.toFixed()}`}, but NDDR_Movements has ${formatShares(newShares)} shares issued under it ` +
          `(Details "${instrument.key}"). Check the amounts, the price and the dates.`,
        cellOf(instrument.origin, shares ? "outstanding" : "conversionPrice")));
    }
    lines.push({
      instrumentKey: instrument.key,
      description: instrument.description,
      type: instrument.type ?? null,
      stockCode: instrument.stockCode ?? null,
      currency: shares ? null : (instrument.currency ?? null),
      amountOpening: opening.toFixed(),
      movement: closing.minus(opening).toFixed(),
      amountClosing: closing.toFixed(),
      conversionPrice: price && instrument.currency ? { currency: instrument.currency, amount: price.toFixed() } : null,
      approvalDate: instrument.approvalDate ?? null,
      newShares,
      issuableAtClose: issuable(closing, shares, price),
    });
  }
  if (lines.length === 0) return { block: null, findings };
  return { block: { classKey: input.classKey, section: input.section, instruments: lines, total: { issued, treasury } }, findings };
}

/** Whole shares the closing amount can still become: the amount itself for (D), amount ÷ price for (B)/(C). */
function issuable(closing: Decimal, shares: boolean, price: Decimal | undefined): number | null {
  if (closing.isNegative()) return 0;
  if (shares) return closing.floor().toNumber();
  if (!price || price.isZero()) return null;
  return closing.dividedToIntegerBy(price.toFixed()).toNumber();
}

/**
 * Whole shares the amounts converted buy, at the price of each conversion's date: the amounts at one
 * price together, as one conversion. Undefined when a conversion has no price.
 */
function sharesFor(conversions: readonly InstrumentMovement[], priceOn: (m: InstrumentMovement) => Decimal | undefined): Decimal | undefined {
  const byPrice = new Map<string, Decimal>();
  for (const m of conversions) {
    const price = priceOn(m);
    if (!price || price.isZero()) return undefined;
    byPrice.set(price.toFixed(), (byPrice.get(price.toFixed()) ?? new Exact(0)).plus(m.amount.toFixed()));
  }
  let total: Decimal = new Exact(0);
  for (const [price, amount] of byPrice) total = total.plus(amount.dividedToIntegerBy(price));
  return total;
}
