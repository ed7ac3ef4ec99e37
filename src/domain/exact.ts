// Exact decimal arithmetic for prices, amounts and percentages. decimal.js rounds every result to its
// precision (20 significant digits by default); at 200, sums and products of share counts (≤ 2^53)
// and typed prices stay exact, and quotients are rounded once, half-up, from the exact fraction.
import Decimal from "decimal.js";

export const Exact = Decimal.clone({ precision: 200 });

/**
 * A price or amount as read: the cell's number, or the Decimal of a number typed as text. Rows keep it
 * so; `exactAmount` makes its Decimal where the domain computes with it (most rows of a long ledger are
 * history no return prints, and a Decimal for each was most of the time of reading it).
 */
export type Amount = number | Decimal;

/**
 * The exact value of an amount: for a number, what Excel shows of it, its 15 significant digits (what the
 * user typed, not the binary double: a formula's 30599.999999999996 is the 30600 Excel displays).
 */
export function exactAmount(value: Amount): Decimal {
  return typeof value === "number" ? new Decimal(Number.isFinite(value) ? value.toPrecision(15) : String(value)) : value;
}

/** numerator ÷ denominator rounded half-up (away from zero) to `decimals`, from the exact quotient. */
export function quotientHalfUp(numerator: Decimal.Value, denominator: Decimal.Value, decimals: number): Decimal {
  const n = new Exact(numerator);
  const d = new Exact(denominator);
  if (d.isZero()) throw new RangeError("programmer error: division by zero");
  const scale = new Exact(10).pow(Math.max(n.decimalPlaces(), d.decimalPlaces()));
  let top = BigInt(n.times(scale).toFixed());
  let bottom = BigInt(d.times(scale).toFixed());
  const negative = top < 0n !== bottom < 0n;
  if (top < 0n) top = -top;
  if (bottom < 0n) bottom = -bottom;
  const unit = 10n ** BigInt(decimals);
  let q = (top * unit) / bottom;
  if (2n * ((top * unit) % bottom) >= bottom) q += 1n;
  const result = new Exact(q.toString()).dividedBy(unit.toString());
  return negative ? result.negated() : result;
}
