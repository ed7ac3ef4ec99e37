// Part III for one class: which of the month's NDDR_Movements rows belong to a share option scheme (A),
// warrants (B), convertibles (C) or another arrangement (D) — their Details name the scheme or
// instrument — and (E) for the rest; then each section's block and the class's total of A to E, which
// is Part II's change because both come from the same rows.
import { eventType } from "../event-types";
import { finding, type Finding } from "../finding";
import { cellOf, type Mandate, type Movement, type Repurchase, type TreasurySale } from "../ledger";
import { clip, normalizeKey } from "../text-key";
import type { Instrument, InstrumentMovement, InstrumentSection, OptionMovement, ShareScheme } from "./input";
import { buildInstrumentBlock } from "./instruments";
import type { InstrumentBlock, OtherMovementBlock, SchemeBlock, SectionTotal } from "./model";
import type { ReturnMonth } from "./month";
import { buildOtherBlock } from "./other-movements";
import { buildSchemeBlock } from "./schemes";

type Section = "A" | InstrumentSection;

/** Event types whose rows belong to a scheme or an instrument when their Details name one. */
const SECTION_OF: ReadonlyMap<string, Section> = new Map([
  ...[
    "Share scheme - new shares to directors", "Share scheme - treasury shares to directors",
    "Share scheme - new shares to other participants", "Share scheme - treasury shares to other participants",
  ].map((label) => [eventType(label).label, "A"] as const),
  [eventType("Exercise of warrants").label, "Warrants"],
  [eventType("Conversion of convertible securities").label, "Convertibles"],
  [eventType("Exercise of options outside a share scheme - directors").label, "Other arrangement"],
  [eventType("Exercise of options outside a share scheme - others").label, "Other arrangement"],
]);

const TABLE_OF: Readonly<Record<Section, string>> = {
  A: "MR_Schemes", Warrants: "MR_Instruments (Section Warrants)", Convertibles: "MR_Instruments (Section Convertibles)",
  "Other arrangement": "MR_Instruments (Section Other arrangement)",
};
const LETTER: Readonly<Record<Section, string>> = { A: "A", Warrants: "B", Convertibles: "C", "Other arrangement": "D" };

/** Longest Details quoted whole as the key to type; a longer one is named by its cell, to copy. */
const QUOTED_KEY_MAX = 200;

/** The key must equal the Details (as Details compare), so it is never shown cut short. */
function keyToType(details: string, cell: string): string {
  return details.length <= QUOTED_KEY_MAX ? `add a row whose key is "${details}" (the Details of ${cell})` : `add a row whose key is a copy of the Details of ${cell}`;
}

export interface ClassMonth {
  readonly classKey: string;
  readonly month: ReturnMonth;
  /** This class's NDDR_Movements rows dated in the month. */
  readonly movements: readonly Movement[];
  readonly repurchases: readonly Repurchase[];
  /** This class's sales of treasury shares traded in the month. */
  readonly sales: readonly TreasurySale[];
  readonly mandates: readonly Mandate[];
  readonly schemes: readonly ShareScheme[];
  readonly optionMovements: ReadonlyMap<ShareScheme, readonly OptionMovement[]>;
  readonly instruments: readonly Instrument[];
  readonly instrumentMovements: ReadonlyMap<Instrument, readonly InstrumentMovement[]>;
  readonly priceDecimals: number;
}

export interface ClassPartIII {
  readonly A: SchemeBlock | null;
  readonly B: InstrumentBlock | null;
  readonly C: InstrumentBlock | null;
  readonly D: InstrumentBlock | null;
  readonly E: OtherMovementBlock | null;
  readonly total: SectionTotal;
  readonly findings: readonly Finding[];
}

export function buildClassPartIII(input: ClassMonth): ClassPartIII {
  const findings: Finding[] = [];
  const schemeRows = new Map<ShareScheme, Movement[]>();
  const instrumentRows = new Map<Instrument, Movement[]>();
  const other: Movement[] = [];
  const unclaimed = new Set<string>();
  const schemeByKey = new Map(input.schemes.map((s) => [normalizeKey(s.key), s]));
  const instrumentByKey = new Map(input.instruments.map((i) => [`${i.section}\u0000${normalizeKey(i.key)}`, i]));
  for (const row of input.movements) {
    const section = SECTION_OF.get(row.type.label);
    if (section === undefined) {
      other.push(row);
      continue;
    }
    const key = normalizeKey(row.details);
    const owner = section === "A" ? schemeByKey.get(key) : instrumentByKey.get(`${section}\u0000${key}`);
    if (owner) {
      const map = (section === "A" ? schemeRows : instrumentRows) as Map<object, Movement[]>;
      const list = map.get(owner);
      if (list) list.push(row);
      else map.set(owner, [row]);
      continue;
    }
    other.push(row);
    // One warning per scheme or instrument named, at its first row.
    if (unclaimed.has(`${section}\u0000${key}`)) continue;
    unclaimed.add(`${section}\u0000${key}`);
    const at = cellOf(row.origin, "details");
    const toPrint = `${keyToType(row.details, `${at.sheet}!${at.cell}`)}, or change these Details to a key already in ${TABLE_OF[section].split(" ")[0]}`;
    findings.push(finding(section === "A" ? "SCHEME_NOT_IN_MR_SCHEMES" : "INSTRUMENT_NOT_IN_MR_INSTRUMENTS", "warning",
      `"${row.type.label}" rows of class ${input.classKey} with Details "${clip(row.details)}" name nothing in ${TABLE_OF[section]}, so the Monthly Return prints them in Part III (E). ` +
        // Part III (A) is share options: an award scheme's shares have no options to print there (QA 10a, F5).
        (section === "A"
          ? `If they are options exercised under a share option scheme, print them in Part III (A): ${toPrint}. If they are shares awarded under a share award scheme (no options), (E) is where they belong and this can be ignored.`
          : `To print them in Part III (${LETTER[section]}), ${toPrint}.`),
      at));
  }

  const A = buildSchemeBlock({ classKey: input.classKey, month: input.month, schemes: input.schemes, optionMovements: input.optionMovements, rows: schemeRows });
  const instruments = (section: InstrumentSection) => buildInstrumentBlock({
    classKey: input.classKey, section, month: input.month,
    instruments: input.instruments.filter((i) => i.section === section), movements: input.instrumentMovements, rows: instrumentRows,
  });
  const [B, C, D] = (["Warrants", "Convertibles", "Other arrangement"] as const).map(instruments);
  const E = buildOtherBlock({
    classKey: input.classKey, month: input.month, rows: other, repurchases: input.repurchases, sales: input.sales,
    mandates: input.mandates, priceDecimals: input.priceDecimals,
  });
  const blocks = [A.block, B.block, C.block, D.block, E.block];
  const total = {
    issued: blocks.reduce((a, b) => a + (b?.total.issued ?? 0), 0),
    treasury: blocks.reduce((a, b) => a + (b?.total.treasury ?? 0), 0),
  };
  findings.push(...A.findings, ...B.findings, ...C.findings, ...D.findings, ...E.findings);
  return { A: A.block, B: B.block, C: C.block, D: D.block, E: E.block, total, findings };
}
