// monthly-return.json: the machine-readable Monthly Return, for audit and for the chain (its closing is
// the next NDDR's opening). Written for every generation, with the return when there is one and always
// with the findings. Share counts are numbers; amounts and prices are printed decimal strings. The same
// in every language.
import type { MonthlyGeneration } from "../domain/monthly-return/generate";
import type { MonthlyReturn, OtherMovementBlock, PartI } from "../domain/monthly-return/model";
import { EN } from "../labels/en";
import { detailsText, typeOfSharesText } from "../labels/values";
import { jsonFinding } from "./return-json";
import type { Provenance } from "./provenance";

export function monthlyReturnJson(generation: MonthlyGeneration, stamp?: Provenance): object {
  const mr = generation.monthly;
  const findings = generation.findings.map(jsonFinding);
  const origin = stamp ? { generator: stamp.generator, inputFingerprint: stamp.inputFingerprint, language: stamp.language } : {};
  if (!mr) return { form: "FF301", monthEnded: null, deadline: null, findings, ...origin };
  return {
    form: mr.form,
    issuer: mr.issuer,
    status: mr.status,
    board: mr.board,
    monthEnded: mr.monthEnded,
    dateSubmitted: mr.dateSubmitted,
    deadline: mr.deadline,
    partI: partI(mr.partI),
    partII: mr.partII.map(partIIClass),
    partIII: { ...mr.partIII, E: mr.partIII.E.map(otherBlock) },
    partIV: null,
    partV: mr.partV,
    findings,
    submittedBy: mr.submittedBy,
    title: mr.title,
    ...origin,
  };
}

export function monthlyReturnJsonText(generation: MonthlyGeneration, stamp?: Provenance): string {
  return JSON.stringify(monthlyReturnJson(generation, stamp), null, 2) + "\n";
}

/** The contract's keys first: classKey, opening, change, closing; then the class block and public float. */
function partIIClass(c: MonthlyReturn["partII"][number]): object {
  return {
    classKey: c.classKey,
    opening: c.opening,
    change: c.change,
    closing: c.closing,
    classOfShares: c.classOfShares,
    typeOfShares: typeOfSharesText(EN, c.typeOfShares),
    listed: c.listed,
    stockCode: c.stockCode,
    description: c.description,
    multiCounter: c.multiCounter,
    publicFloat: c.publicFloat,
  };
}

/** The model's fields in its order, the type of shares worded as the English form does. */
function partI(p: PartI): object {
  return { ...p, classes: p.classes.map((c) => ({ ...c, typeOfShares: typeOfSharesText(EN, c.typeOfShares) })) };
}

/** Part III (E): the details worded as the English form does. */
function otherBlock(b: OtherMovementBlock): object {
  return { ...b, lines: b.lines.map((line) => ({ ...line, details: detailsText(EN, line.details) })) };
}
