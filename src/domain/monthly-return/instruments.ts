// Part III(B) warrants, (C) convertibles and (D) other arrangements to issue shares. MR_Instruments gives
// each instrument's amount outstanding at one date (an amount in its currency for warrants and
// convertibles; a number of shares for another arrangement) and MR_InstrumentMovements what was issued,
// exercised, converted, redeemed, cancelled or lapsed; the shares issued come from the instrument's rows
// in NDDR_Movements (Details = instrument key).
import Decimal from "decimal.js";
import { Exact } from "../exact";
import { finding, type Finding } from "../finding";
import { cellOf, movementEffect, type Movement } from "../ledger";
import { formatShares } from "../printing";
import type { Instrument, InstrumentMovement, InstrumentMovementKind, InstrumentSection } from "./input";
import type { InstrumentBlock, InstrumentLine } from "./model";
import { inMonth, type ReturnMonth } from "./month";

const SIGN: Readonly<Record<InstrumentMovementKind, 1 | -1>> = { Issued: 1, Exercised: -1, Converted: -1, Redeemed: -1, Cancelled: -1, Lapsed: -1 };
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
    const price = instrument.conversionPrice;
    const converted = inThisMonth.filter((m) => INTO_SHARES.has(m.movement)).reduce((a, m) => a.plus(m.amount.toFixed()), new Exact(0));
    const expected = shares ? converted : price && !price.isZero() ? converted.dividedToIntegerBy(price.toFixed()) : undefined;
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
