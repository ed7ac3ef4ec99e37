// A capital reorganisation (a consolidation or subdivision) changes what each option, warrant,
// convertible or other arrangement over the class stands for, and the issuer adjusts their terms. Part
// III prints what MR_OptionMovements and MR_InstrumentMovements record: when nothing outstanding at a
// reorganisation of the month has an Adjusted row on or after it in the month, Part III would print the
// old figures (QA round 8, P4). A warning at the reorganisation's row says what to record, with the
// change the class's own ratio suggests. Never an error: the issuer's terms decide the adjustment.
import { addDays, type IsoDate } from "../dates";
import { eventType } from "../event-types";
import { Exact } from "../exact";
import { finding, type CellRef, type Finding } from "../finding";
import { cellOf, movementEffect, type Movement, type RowOrigin } from "../ledger";
import { formatShares, groupThousands } from "../printing";
import { changeBetween, type DatedChange, type Holding } from "./balances";
import type { Instrument, InstrumentMovement, OptionMovement, ShareScheme } from "./input";
import { amountAt } from "./instruments";
import type { ReturnMonth } from "./month";
import { outstandingAt } from "./schemes";

const REORGANISATION = eventType("Capital reorganisation").label;

/** "a", "a and b", "a, b and c". */
const listed = (items: readonly string[]): string => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

export interface ReorganisationMonth {
  readonly classKey: string;
  readonly month: ReturnMonth;
  /** The class's NDDR_Movements rows dated in the month. */
  readonly movements: readonly Movement[];
  /** The class's shares at the close of the preceding month, and every dated change of the class. */
  readonly opening: Holding;
  readonly changes: readonly DatedChange[];
  /** The class's schemes and instruments, with their movements (any date). */
  readonly schemes: readonly ShareScheme[];
  readonly optionMovements: ReadonlyMap<ShareScheme, readonly OptionMovement[]>;
  readonly instruments: readonly Instrument[];
  readonly instrumentMovements: ReadonlyMap<Instrument, readonly InstrumentMovement[]>;
}

/** An Adjusted row dated from `from` to the month's end: an adjustment of a reorganisation on `from`. */
const adjustedSince = (m: { movement: string; date: IsoDate }, from: IsoDate, month: ReturnMonth): boolean =>
  m.movement === "Adjusted" && m.date >= from && m.date <= month.monthEnd;

/** A reorganisation of the class in the month that changes its shares, and by how many. */
interface Reorganisation {
  readonly row: Movement;
  readonly change: number;
}

/** One warning per reorganisation of the month that leaves something outstanding unadjusted. */
export function unadjustedReorganisations(input: ReorganisationMonth): Finding[] {
  const { month } = input;
  const reorganisations = input.movements.flatMap((row): Reorganisation[] => {
    if (row.type.label !== REORGANISATION) return [];
    const effect = movementEffect(row);
    return effect.issued + effect.treasury === 0 ? [] : [{ row, change: effect.issued + effect.treasury }];
  });
  if (reorganisations.length === 0) return [];
  const first = reorganisations.reduce((a, r) => (r.row.date < a.row.date ? r : a));
  const adjustedFrom = (rows: readonly { movement: string; date: IsoDate }[], date: IsoDate) => rows.some((m) => adjustedSince(m, date, month));
  // An Adjusted row of the month dated before the reorganisation is the adjustment misdated: counted
  // out of what was outstanding, and named, so that the warning asks to re-date it, not for a second one.
  // Only before the month's first reorganisation of the class: after it, a row records that one.
  const earlier = <M extends { movement: string; date: IsoDate }>(rows: readonly M[], date: IsoDate) =>
    date !== first.row.date ? [] : rows.filter((m) => m.movement === "Adjusted" && m.date > month.previousMonthEnd && m.date < date);
  const misdated = (rows: readonly { origin: RowOrigin<"date"> }[], date: IsoDate): string | null => rows.length === 0 ? null :
    `the Adjusted row${rows.length > 1 ? "s" : ""} at ${rows.map((m) => { const c = cellOf(m.origin, "date"); return `${c.sheet}!${c.cell}`; }).join(", ")} ` +
    `${rows.length > 1 ? "are" : "is"} dated before ${date}: if ${rows.length > 1 ? "they record" : "it records"} this reorganisation, date ${rows.length > 1 ? "them" : "it"} ${date} or later`;
  const out: Finding[] = [];
  for (const { row, change } of reorganisations) {
    const dayBefore = addDays(row.date, -1);
    const schemes = input.schemes.flatMap((scheme) => {
      const moves = input.optionMovements.get(scheme) ?? [];
      const early = earlier(moves, row.date);
      const options = outstandingAt(scheme, moves.filter((m) => !early.includes(m)), dayBefore);
      return options > 0 && !adjustedFrom(moves, row.date) ? [{ scheme, options, early: misdated(early, row.date) }] : [];
    });
    const instruments = input.instruments.flatMap((instrument) => {
      const moves = input.instrumentMovements.get(instrument) ?? [];
      const early = earlier(moves, row.date);
      const amount = amountAt(instrument, moves.filter((m) => !early.includes(m)), dayBefore);
      return amount.greaterThan(0) && !adjustedFrom(moves, row.date) ? [{ instrument, amount, early: misdated(early, row.date) }] : [];
    });
    if (schemes.length === 0 && instruments.length === 0) continue;
    const moved = changeBetween(input.changes, month.previousMonthEnd, dayBefore);
    const before = input.opening.issued + input.opening.treasury + moved.issued + moved.treasury;
    const after = before + change;
    // What the class's ratio makes of a count: a suggestion only (fractions dropped, as entitlements are).
    const scaled = (n: number): string | null =>
      before > 0 && after >= 0 ? formatShares(new Exact(n).times(after).dividedToIntegerBy(before).toNumber() - n) : null;
    const what = [
      ...schemes.map(({ scheme, options }) => `${formatShares(options)} options under scheme "${scheme.key}"`),
      ...instruments.map(({ instrument, amount }) => instrument.section === "Other arrangement"
        ? `other arrangement "${instrument.key}" (${formatShares(amount.toNumber())} shares)`
        : `${instrument.section.toLowerCase()} "${instrument.key}" (${[instrument.currency, groupThousands(amount.toFixed())].filter(Boolean).join(" ")})`),
    ];
    const how = [
      ...schemes.map(({ scheme, options, early }) => {
        if (early) return `for "${scheme.key}", ${early}`;
        const change = scaled(options);
        return `in MR_OptionMovements for "${scheme.key}", Options = the signed change in options outstanding${change === null ? "" : ` (${change} at the class's ratio)`}`;
      }),
      ...instruments.map(({ instrument, amount, early }) => {
        if (early) return `for "${instrument.key}", ${early}`;
        if (instrument.section !== "Other arrangement") return `in MR_InstrumentMovements for "${instrument.key}", Conversion price = the adjusted price per share`;
        const change = scaled(amount.toNumber());
        return `in MR_InstrumentMovements for "${instrument.key}", Amount = the signed change in shares${change === null ? "" : ` (${change} at the class's ratio)`}`;
      }),
    ];
    const related: CellRef[] = [
      ...schemes.map(({ scheme }) => cellOf(scheme.origin, "key")),
      ...instruments.map(({ instrument }) => cellOf(instrument.origin, "key")),
    ];
    out.push(finding("REORGANISATION_NOT_ADJUSTED", "warning",
      `The capital reorganisation of class ${input.classKey} on ${row.date} (${formatShares(before)} shares become ${formatShares(after)}) leaves ` +
        `${listed(what)} outstanding with no Adjusted row dated from ${row.date} to ${month.monthEnd}, so Part III prints them unadjusted. ` +
        `Record the adjustment the terms provide as an Adjusted row on or after ${row.date}: ${how.join("; ")}.` +
        ` (A register made before Adjusted existed: allow it in the Movement column's list, Data > Data Validation` +
        `${instruments.some(({ instrument }) => instrument.section !== "Other arrangement") ? ", and add a Conversion price column to MR_InstrumentMovements" : ""}.)`,
      cellOf(row.origin, "eventType"), { related }));
  }
  return [...out, ...adjustmentsAgainstReorganisation(input, reorganisations, first)];
}

/**
 * An Adjusted row whose sign goes against the month's reorganisation of the class: a consolidation leaves
 * fewer options (or shares under an arrangement), a subdivision more. A typed sign is easy to get wrong and
 * Part III prints it as typed. Said only when every reorganisation of the class in the month goes one way.
 */
function adjustmentsAgainstReorganisation(input: ReorganisationMonth, reorganisations: readonly Reorganisation[], first: Reorganisation): Finding[] {
  if (new Set(reorganisations.map((r) => Math.sign(r.change))).size !== 1) return [];
  const fewer = first.change < 0;
  const against = (n: number) => (fewer ? n > 0 : n < 0);
  const say = (what: string, n: number, at: CellRef) => finding("ADJUSTMENT_AGAINST_REORGANISATION", "warning",
    `This Adjusted row ${n > 0 ? "adds" : "takes away"} ${formatShares(Math.abs(n))} ${what}, but the capital reorganisation of class ${input.classKey} on ${first.row.date} ` +
      `${fewer ? "consolidated" : "subdivided"} its shares, which leaves ${fewer ? "fewer" : "more"}. Check the sign: type ${fewer ? "a negative" : "a positive"} change ` +
      `unless the terms really provide otherwise.`, at, { related: [cellOf(first.row.origin, "eventType")] });
  const out: Finding[] = [];
  for (const scheme of input.schemes) {
    for (const m of input.optionMovements.get(scheme) ?? []) {
      if (adjustedSince(m, first.row.date, input.month) && against(m.options)) out.push(say(`options under "${scheme.key}"`, m.options, cellOf(m.origin, "options")));
    }
  }
  for (const instrument of input.instruments) {
    if (instrument.section !== "Other arrangement") continue;
    for (const m of input.instrumentMovements.get(instrument) ?? []) {
      const n = m.amount.toNumber();
      if (adjustedSince(m, first.row.date, input.month) && against(n)) out.push(say(`shares under "${instrument.key}"`, n, cellOf(m.origin, "amount")));
    }
  }
  return out;
}
