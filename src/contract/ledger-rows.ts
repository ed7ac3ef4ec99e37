// The ledger's rows as the parser hands them to the domain. Their prices and amounts were checked when
// read, but each one's exact Decimal is built the first time the domain asks for it: a ledger kept for
// years holds 100,000s of prices, a return uses its period's few, and building them all was most of the
// time of reading a large ledger (docs/decisions.md, "Large ledgers").
import type Decimal from "decimal.js";
import type { EventType } from "../domain/event-types";
import type { IsoDate } from "../domain/dates";
import type {
  Movement, MovementField, Repurchase, RepurchaseField, RepurchaseMethod, RowOrigin, TreasurySale, TreasurySaleField,
} from "../domain/ledger";
import { exactAmount, type AmountValue } from "./cell-reader";

// Each getter's first call replaces the number read with its Decimal, which later calls return. A row's
// RowOrigin is made when asked for too, from the row's number: an object per row was a third of parsing.

/** Makes the RowOrigin of one of a table's rows from its number. */
export interface RowOrigins<F extends string> {
  originOf(row: number): RowOrigin<F>;
}

/** A row that knows its place: its number, and how to make its RowOrigin. */
abstract class PlacedRow<F extends string> {
  readonly #origins: RowOrigins<F>;
  readonly #row: number;

  constructor(origins: RowOrigins<F>, row: number) {
    this.#origins = origins;
    this.#row = row;
  }

  get origin(): RowOrigin<F> {
    return this.#origins.originOf(this.#row);
  }
}

export class MovementRow extends PlacedRow<MovementField> implements Movement {
  #price: AmountValue | undefined;

  constructor(
    readonly classKey: string,
    readonly date: IsoDate,
    readonly type: EventType,
    readonly details: string,
    readonly shares: number | undefined,
    readonly issuedChange: number | undefined,
    readonly treasuryChange: number | undefined,
    price: AmountValue | undefined,
    readonly currency: string | undefined,
    readonly mandate: IsoDate | undefined,
    readonly cancelledOn: IsoDate | undefined,
    readonly grantedOn: IsoDate | undefined,
    origins: RowOrigins<MovementField>,
    row: number,
  ) {
    super(origins, row);
    this.#price = price;
  }

  get price(): Decimal | undefined {
    const v = this.#price;
    return typeof v === "number" ? (this.#price = exactAmount(v)) : v;
  }
}

/** The prices every trade row has: Repurchase and TreasurySale. */
abstract class TradeRow<F extends string> extends PlacedRow<F> {
  #highest: AmountValue;
  #lowest: AmountValue | undefined;
  #aggregate: AmountValue;

  constructor(highest: AmountValue, lowest: AmountValue | undefined, aggregate: AmountValue, origins: RowOrigins<F>, row: number) {
    super(origins, row);
    this.#highest = highest;
    this.#lowest = lowest;
    this.#aggregate = aggregate;
  }

  get highest(): Decimal {
    const v = this.#highest;
    return typeof v === "number" ? (this.#highest = exactAmount(v)) : v;
  }

  get lowest(): Decimal | undefined {
    const v = this.#lowest;
    return typeof v === "number" ? (this.#lowest = exactAmount(v)) : v;
  }

  get aggregate(): Decimal {
    const v = this.#aggregate;
    return typeof v === "number" ? (this.#aggregate = exactAmount(v)) : v;
  }
}

export class RepurchaseRow extends TradeRow<RepurchaseField> implements Repurchase {
  constructor(
    readonly classKey: string,
    readonly tradingDate: IsoDate,
    readonly shares: number,
    readonly method: RepurchaseMethod,
    readonly exchange: string | undefined,
    highest: AmountValue,
    lowest: AmountValue | undefined,
    aggregate: AmountValue,
    readonly currency: string,
    readonly heldAs: "Cancellation" | "Treasury",
    readonly cancelledOn: IsoDate | undefined,
    readonly mandate: IsoDate | undefined,
    origins: RowOrigins<RepurchaseField>,
    row: number,
  ) {
    super(highest, lowest, aggregate, origins, row);
  }
}

export class TreasurySaleRow extends TradeRow<TreasurySaleField> implements TreasurySale {
  constructor(
    readonly classKey: string,
    readonly tradingDate: IsoDate,
    readonly shares: number,
    readonly exchange: string,
    highest: AmountValue,
    lowest: AmountValue | undefined,
    aggregate: AmountValue,
    readonly currency: string,
    readonly mandate: IsoDate | undefined,
    origins: RowOrigins<TreasurySaleField>,
    row: number,
  ) {
    super(highest, lowest, aggregate, origins, row);
  }
}
