// Part III(A): share options under the issuer's share option schemes. MR_Schemes gives each scheme's
// options outstanding at one date and MR_OptionMovements the grants, exercises, cancellations and
// lapses, and the adjustments a capital reorganisation makes; the shares issued or transferred come
// from the scheme's rows in NDDR_Movements (Details = scheme key), never typed twice. Outstanding at the
// close = preceding + granted − exercised − cancelled − lapsed ± adjusted; funds raised = Σ options
// exercised × exercise price, per currency (an adjustment raises none: exercises after it carry the
// adjusted price on their own rows).
import { Exact } from "../exact";
import { finding, type Finding } from "../finding";
import { cellOf, movementEffect, type Movement } from "../ledger";
import { formatShares } from "../printing";
import type { Money } from "../return-model";
import type { OptionMovement, OptionMovementKind, ShareScheme } from "./input";
import type { SchemeBlock, SchemeLine } from "./model";
import { inMonth, type ReturnMonth } from "./month";

/** Adjusted rows carry their own sign. */
const SIGN: Readonly<Record<OptionMovementKind, 1 | -1>> = { Granted: 1, Exercised: -1, Cancelled: -1, Lapsed: -1, Adjusted: 1 };

/** Options outstanding at the close of `date`, from the scheme's count at its own date. */
export function outstandingAt(scheme: ShareScheme, movements: readonly OptionMovement[], date: string): number {
  let n = scheme.outstanding;
  for (const m of movements) {
    const signed = SIGN[m.movement] * m.options;
    if (m.date > scheme.outstandingAt && m.date <= date) n += signed;
    else if (m.date > date && m.date <= scheme.outstandingAt) n -= signed;
  }
  return n;
}

export interface SchemeMonth {
  readonly classKey: string;
  readonly month: ReturnMonth;
  readonly schemes: readonly ShareScheme[];
  /** Option movements of these schemes, any date. */
  readonly optionMovements: ReadonlyMap<ShareScheme, readonly OptionMovement[]>;
  /** This class's NDDR_Movements rows of the month, by the scheme their Details name. */
  readonly rows: ReadonlyMap<ShareScheme, readonly Movement[]>;
}

export function buildSchemeBlock(input: SchemeMonth): { block: SchemeBlock | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const lines: SchemeLine[] = [];
  const funds = new Map<string, InstanceType<typeof Exact>>();
  let issued = 0;
  let treasury = 0;
  for (const scheme of input.schemes) {
    const movements = input.optionMovements.get(scheme) ?? [];
    const rows = input.rows.get(scheme) ?? [];
    const inThisMonth = movements.filter((m) => inMonth(m.date, input.month));
    const moved = (kind: OptionMovementKind) => inThisMonth.filter((m) => m.movement === kind).reduce((a, m) => a + m.options, 0);
    const opening = outstandingAt(scheme, movements, input.month.previousMonthEnd);
    const closing = outstandingAt(scheme, movements, input.month.monthEnd);
    let newShares = 0;
    let treasuryShares = 0;
    for (const row of rows) {
      const effect = movementEffect(row);
      issued += effect.issued;
      treasury += effect.treasury;
      if (effect.treasury < 0) treasuryShares -= effect.treasury;
      newShares += effect.issued + Math.min(effect.treasury, 0);
    }
    const printed = scheme.approvalDate === undefined || scheme.approvalDate <= input.month.monthEnd;
    if (!printed && rows.length === 0 && inThisMonth.length === 0) continue;
    if (opening < 0 || closing < 0) {
      findings.push(finding("OPTIONS_BELOW_ZERO", "error",
        `Scheme ${scheme.key} would have ${formatShares(Math.min(opening, closing))} options outstanding in ${input.month.month}. ` +
          `Check Outstanding (counted at ${scheme.outstandingAt}) and the scheme's rows in MR_OptionMovements.`,
        cellOf(scheme.origin, "outstanding")));
    }
    const exercised = moved("Exercised");
    if (exercised !== newShares + treasuryShares) {
      findings.push(finding("EXERCISES_NOT_ALLOTTED", "warning",
        `Scheme ${scheme.key}: ${formatShares(exercised)} options exercised in ${input.month.month} (MR_OptionMovements), but ${formatShares(newShares + treasuryShares)} shares ` +
          `issued or transferred under it (NDDR_Movements rows with Details "${scheme.key}"). Shares count when allotted: check the dates, or record the allotment.`,
        cellOf(scheme.origin, "key")));
    }
    for (const m of inThisMonth) {
      if (m.movement !== "Exercised" || m.exercisePrice === undefined) continue;
      const currency = m.currency ?? "";
      funds.set(currency, (funds.get(currency) ?? new Exact(0)).plus(new Exact(m.options).times(m.exercisePrice.toFixed())));
    }
    const adjusted = inThisMonth.some((m) => m.movement === "Adjusted") ? { adjusted: moved("Adjusted") } : {};
    lines.push({
      schemeKey: scheme.key,
      particulars: scheme.particulars,
      approvalDate: scheme.approvalDate ?? null,
      outstandingOpening: opening,
      granted: moved("Granted"),
      exercised: 0 - exercised,
      cancelled: 0 - moved("Cancelled"),
      lapsed: 0 - moved("Lapsed"),
      ...adjusted,
      outstandingClosing: closing,
      newShares,
      treasuryShares,
      issuableAtClose: Math.max(closing, 0),
    });
  }
  if (lines.length === 0) return { block: null, findings };
  const fundsRaised: Money[] = [...funds].map(([currency, amount]) => ({ currency, amount: amount.toFixed() }));
  return { block: { classKey: input.classKey, schemes: lines, total: { issued, treasury }, fundsRaised }, findings };
}
