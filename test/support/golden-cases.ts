// The golden cases of test/golden/<case>/: an input workbook, what it is run with (case.json) and the
// figures transcribed from the published return (expected.json). Read by the golden runner and by the
// before/after snapshot (scripts/snapshot-outputs.js reads case.json's today and month itself).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const GOLDEN_DIR = join(__dirname, "../golden");

/** A line of return.txt, found by how it starts, and what its tab-separated cells must hold. */
export interface ExpectedLine {
  readonly line: string;
  /** The cells after the label, from the first: each as printed (blanks included). */
  readonly cells?: readonly string[];
  /** The non-blank cells after the label, from the first. */
  readonly figures?: readonly string[];
  /** The whole label cell, or a part of it. */
  readonly label?: string;
  readonly labelContains?: string;
}

/** Figures transcribed from the published return, and nothing else. */
export interface Expected {
  readonly source: string;
  /** What return.json (monthly-return.json) holds, as a part of it: objects need only the keys given, arrays every item. */
  readonly json?: object;
  /** A text file of the published return, relative to the case: return.txt must match it line by line. */
  readonly text?: string;
  readonly firstLine?: string;
  readonly lines?: readonly ExpectedLine[];
  readonly contains?: readonly string[];
  /** Rows of a Monthly Return part (its heading's start), as non-blank cells: these rows, in this order. */
  readonly parts?: readonly { readonly part: string; readonly rows: readonly (readonly string[])[] }[];
}

/** How the case is run, and what was worked out by hand rather than transcribed. */
export interface CaseSpec {
  readonly title: string;
  readonly form: "FF305" | "FF301";
  /** The day it is generated on: the published Date Submitted. */
  readonly today: string;
  /** FF301: the month, YYYY-MM. */
  readonly month?: string;
  /** "none", "no errors", or every finding as [code, severity]. */
  readonly findings?: "none" | "no errors" | readonly (readonly [string, string])[];
  readonly findingsWhy?: string;
  /** Also run the input saved in the 1904 date system, as a rich workbook, and by LibreOffice. */
  readonly savedBy?: "every writer";
  /** Other workbooks (paths from the repository's root) that must give the same figures, e.g. a bundled example. */
  readonly examples?: readonly string[];
  /** A part of the return's JSON worked out by hand from the rules (deadlines, the ledger's own lines). */
  readonly worked?: object;
  readonly workedWhy?: string;
  readonly notes?: string;
}

export interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  readonly spec: CaseSpec;
  readonly expected: Expected;
  readonly input: Uint8Array;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(GOLDEN_DIR, d.name, "case.json")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(GOLDEN_DIR, name);
      const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8"));
      return { name, dir, spec: read("case.json"), expected: read("expected.json"), input: new Uint8Array(readFileSync(join(dir, "input.xlsx"))) };
    });
}
