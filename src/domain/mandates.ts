// What the mandates of NDDR_Mandates have been used for, and whether any was exceeded (rules 11 and 19):
// - a repurchase mandate by repurchases on the Exchange or another stock exchange;
// - a general mandate (MB 13.36(2)(b)) by new shares issued and treasury shares sold or transferred
//   under it — an NDDR_Movements row naming it in Mandate, and the on-market sales of NDDR_TreasurySales.
// Both count "Used before ledger" too. Going over is a breach (rule 20): a warning naming the mandate and
// the row that took its use over, never a block.
import { compareDates, type IsoDate, type Period } from "./dates";
import { Exact } from "./exact";
import { finding, type CellRef, type Finding } from "./finding";
import { cellOf, movementEffect, type Board, type Mandate, type Movement, type Repurchase, type RowOrigin, type TreasurySale } from "./ledger";
import { formatShares } from "./printing";
import { ruleRef, type RuleTopic } from "./rule-numbers";

/** A row drawing on a mandate: a repurchase, an issue or transfer, a sale of treasury shares. */
export interface MandateDraw {
  readonly date: IsoDate;
  readonly shares: number;
  /** The resolution date the row names; when it names none, the latest mandate resolved by `date` if `defaultsToLatest`. */
  readonly mandate?: IsoDate;
  readonly defaultsToLatest: boolean;
  /** Whether it uses the mandate up (a repurchase by private arrangement names a mandate but is not item (a)). */
  readonly counts: boolean;
  /** "Placing/subscription - new shares involved on 2024-12-17", for messages. */
  readonly what: string;
  /** Its share count's cell and its Mandate cell, worked out when a finding needs them (a ledger has 100,000s of rows). */
  at(): CellRef;
  mandateAt(): CellRef;
}

const KIND: Record<Mandate["kind"], { name: string; verb: string; limitPercent: number; rule: RuleTopic; aboveLimit: string }> = {
  // MB 10.06(1)(c): at most 10% of the issued shares at the resolution.
  "Repurchase": { name: "repurchase mandate", verb: "repurchased", limitPercent: 10, rule: "repurchase-report", aboveLimit: "MANDATE_ABOVE_TEN_PERCENT" },
  // MB 13.36(2)(b): at most 20%.
  "General mandate": { name: "general mandate", verb: "issued or sold", limitPercent: 20, rule: "general-mandate", aboveLimit: "GENERAL_MANDATE_ABOVE_TWENTY_PERCENT" },
};

const ON_AN_EXCHANGE: ReadonlySet<Repurchase["method"]> = new Set(["On the Exchange", "On another stock exchange"]);

/**
 * A draw made from its row: one object per row of 100,000s, which words its message and finds its cells
 * only when a finding needs them (two closures and a text per row were most of what the draws allocated).
 */
class RowDraw<F extends string> implements MandateDraw {
  constructor(
    readonly date: IsoDate, readonly shares: number, readonly mandate: IsoDate | undefined,
    readonly defaultsToLatest: boolean, readonly counts: boolean,
    /** "The repurchase of": `what` adds the date. */
    private readonly whatOf: string,
    private readonly origin: RowOrigin<F | "mandate">, private readonly sharesField: F,
  ) {}

  get what(): string {
    return `${this.whatOf} ${this.date}`;
  }

  at(): CellRef {
    return cellOf(this.origin, this.sharesField);
  }

  mandateAt(): CellRef {
    return cellOf(this.origin, "mandate");
  }
}

/** Repurchases draw on the repurchase mandate they name, else the latest resolved by their trading date. */
export function repurchaseDraws(rows: readonly Repurchase[]): MandateDraw[] {
  // Part B item 3 counts repurchases on the Exchange or another stock exchange, not off-market ones.
  return rows.map((r) => new RowDraw(r.tradingDate, r.shares, r.mandate, true, ON_AN_EXCHANGE.has(r.method),
    "The repurchase of", r.origin, "shares"));
}

/**
 * The general mandate's draws: on-market sales of treasury shares (under the mandate they name, else the
 * latest), and movements that name one in Mandate — a placing or consideration issue may use a specific
 * mandate instead, so a movement without a Mandate uses none.
 */
export function generalMandateDraws(movements: readonly Movement[], sales: readonly TreasurySale[]): MandateDraw[] {
  const draws: MandateDraw[] = sales.map((s) => new RowDraw(s.tradingDate, s.shares, s.mandate, true, true,
    "The sale of treasury shares of", s.origin, "shares"));
  // An index loop: this runs once per class over 100,000s of movements, often before the optimizer has
  // compiled it, and for-of then allocated an iterator result per row.
  for (let i = 0; i < movements.length; i++) {
    const m = movements[i];
    if (m.mandate === undefined) continue;
    const issued = movementEffect(m).issued;
    if (issued <= 0) continue;
    draws.push(new RowDraw(m.date, issued, m.mandate, false, true,
      `${m.type.label} of`, m.origin, m.type.issued === "given" ? "issuedChange" : "shares"));
  }
  return draws;
}

/** A Mandate on a movement that issues no shares and transfers no treasury shares draws on nothing. */
export function checkMovementMandates(movements: readonly Movement[]): Finding[] {
  return movements
    .filter((m) => m.mandate !== undefined && movementEffect(m).issued <= 0)
    .map((m) => finding("MANDATE_ON_NON_ISSUE", "warning",
      `"${m.type.label}" issues no shares and transfers no treasury shares, so it uses no general mandate; its Mandate is ignored. Clear the cell.`,
      cellOf(m.origin, "mandate")));
}

/** The mandates of one kind, by resolution date. */
export function mandatesOfKind(mandates: readonly Mandate[], kind: Mandate["kind"]): Mandate[] {
  return mandates.filter((m) => m.kind === kind).sort((a, b) => compareDates(a.resolutionDate, b.resolutionDate));
}

/** The mandate a row draws on: the one it names, else (trade tables) the latest resolved by its date. */
export function mandateOfDraw(sorted: readonly Mandate[], draw: Pick<MandateDraw, "date" | "mandate" | "defaultsToLatest">): Mandate | undefined {
  if (draw.mandate !== undefined) return sorted.find((m) => m.resolutionDate === draw.mandate);
  if (!draw.defaultsToLatest) return undefined;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i].resolutionDate <= draw.date) return sorted[i];
  return undefined;
}

/** The draws that use `mandate` up, in date order: made on or after the resolution, and drawing on it. */
function drawsOn(mandate: Mandate, sorted: readonly Mandate[], draws: readonly MandateDraw[]): MandateDraw[] {
  return draws
    .filter((d) => d.counts && d.date >= mandate.resolutionDate && mandateOfDraw(sorted, d) === mandate)
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Shares used under the mandate to date: what was used before the ledger, and every draw since. */
export function usedUnder(mandate: Mandate, sorted: readonly Mandate[], draws: readonly MandateDraw[]): number {
  return drawsOn(mandate, sorted, draws).reduce((used, d) => used + d.shares, mandate.usedBeforeLedger);
}

export interface MandateCheck {
  readonly kind: Mandate["kind"];
  readonly classKey: string;
  /** The class's mandates (every kind). */
  readonly mandates: readonly Mandate[];
  /** The class's draws up to the closing date: use runs back to the resolution. */
  readonly draws: readonly MandateDraw[];
  readonly period: Period;
  readonly board: Board;
}

/**
 * The mandates drawn on in the period: names that match no mandate, mandates named before they were
 * granted, more authorised than the Listing Rules allow, and use beyond what is authorised (a breach).
 */
export function checkMandateDraws(check: MandateCheck): Finding[] {
  const { name, verb, limitPercent, rule, aboveLimit } = KIND[check.kind];
  const sorted = mandatesOfKind(check.mandates, check.kind);
  const out: Finding[] = [];
  const used = new Set<Mandate>();
  for (const d of check.draws) {
    if (d.date <= check.period.openingDate || d.date > check.period.closingDate) continue;
    const mandate = mandateOfDraw(sorted, d);
    if (d.mandate !== undefined && !mandate) {
      out.push(finding("UNKNOWN_MANDATE", "error",
        `No ${name} of class ${check.classKey} was resolved on ${d.mandate}. Add it to NDDR_Mandates (Kind: ${check.kind}) or correct the date.`, d.mandateAt()));
    } else if (mandate && d.date < mandate.resolutionDate) {
      out.push(finding("MANDATE_NOT_YET_GRANTED", "error",
        `${d.what} names the ${name} resolved on ${mandate.resolutionDate}, after it: a mandate is used only once granted. Check the date or the Mandate.`, d.mandateAt()));
    } else if (mandate && d.counts) {
      used.add(mandate);
    }
  }
  for (const mandate of sorted.filter((m) => used.has(m))) {
    const authorisedAt = cellOf(mandate.origin, "authorised");
    if (new Exact(mandate.authorised).times(100).greaterThan(new Exact(mandate.issuedAtResolution).times(limitPercent))) {
      out.push(finding(aboveLimit, "warning",
        `The ${name} of ${mandate.resolutionDate} authorises ${formatShares(mandate.authorised)} shares, more than ${limitPercent}% of the ${formatShares(mandate.issuedAtResolution)} issued at the resolution. Check both figures.`,
        authorisedAt));
    }
    const onMandate = drawsOn(mandate, sorted, check.draws);
    const exceeded = crossing(mandate, onMandate);
    if (!exceeded) continue;
    const exceededAt = exceeded === "before ledger" ? cellOf(mandate.origin, "usedBeforeLedger") : exceeded.at();
    const mandateText = `the ${name} of ${mandate.resolutionDate} (${authorisedAt.sheet}!${authorisedAt.cell})`;
    const total = usedUnder(mandate, sorted, check.draws);
    out.push(exceeded === "before ledger"
      ? finding("MANDATE_EXCEEDED", "warning",
        `Used before ledger, ${formatShares(mandate.usedBeforeLedger)} shares, is already more than the ${formatShares(mandate.authorised)} that ${mandateText} authorises; ` +
          `${formatShares(total)} have been ${verb} under it to date. A breach of the mandate: report it, or check both figures.`,
        exceededAt, { rule: ruleRef(check.board, rule), related: [authorisedAt] })
      : finding("MANDATE_EXCEEDED", "warning",
        `${exceeded.what} (${exceededAt.sheet}!${exceededAt.cell}) takes the shares ${verb} under ${mandateText} beyond the ${formatShares(mandate.authorised)} it authorises` +
          `${earlierUse(mandate, onMandate.slice(0, onMandate.indexOf(exceeded)))}; ` +
          `${formatShares(total)} have been ${verb} under it to date. A breach of the mandate: report it, or check the rows and the mandate.`,
        exceededAt, { rule: ruleRef(check.board, rule), related: [authorisedAt, ...onMandate.slice(0, onMandate.indexOf(exceeded)).map((d) => d.at())] }));
  }
  return out;
}

/** ", after Used before ledger (n) and Placing … of … (Movements!E2, n)": what had used the mandate before. */
function earlierUse(mandate: Mandate, earlier: readonly MandateDraw[]): string {
  const shown = 5;
  const parts = [
    ...(mandate.usedBeforeLedger > 0 ? [`Used before ledger (${formatShares(mandate.usedBeforeLedger)})`] : []),
    ...earlier.slice(0, shown).map((d) => {
      const at = d.at();
      return `${d.what} (${at.sheet}!${at.cell}, ${formatShares(d.shares)})`;
    }),
  ];
  if (parts.length === 0) return "";
  const more = earlier.length > shown ? ` and ${earlier.length - shown} more` : "";
  return `, after ${parts.join(", ")}${more}`;
}

/** The draw that first takes the mandate's use beyond what it authorises, if any. */
function crossing(mandate: Mandate, draws: readonly MandateDraw[]): MandateDraw | "before ledger" | undefined {
  let used = mandate.usedBeforeLedger;
  if (used > mandate.authorised) return "before ledger";
  for (const d of draws) {
    used += d.shares;
    if (used > mandate.authorised) return d;
  }
  return undefined;
}
