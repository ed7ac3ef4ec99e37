// The golden tests: every test/golden/<case>/ (see README.md there) generated from its input workbook,
// saved by each writer it names, and compared with the figures transcribed from the published return.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hasLibreOffice } from "../../scripts/libreoffice";
import type { IsoDate } from "../../src/domain/dates";
import type { Finding } from "../../src/domain/finding";
import { generateFromXlsx } from "../../src/files/return-files";
import { generateMonthlyFromXlsx } from "../../src/files/monthly-files";
import { goldenCases, type GoldenCase } from "../support/golden-cases";
import { expectLine, inOrder, publishedLines } from "../support/golden-checks";
import { partRows } from "../support/monthly-grids";
import { comparableLines } from "../support/published-text";
import { excelStyle, libreOffice, type Resave } from "../support/resave";

const ROOT = join(__dirname, "../..");

interface Output {
  readonly text: string;
  readonly json: any;
  readonly findings: readonly Finding[];
}

async function generate(c: GoldenCase, bytes: Uint8Array): Promise<Output> {
  const { spec } = c;
  const today = spec.today as IsoDate;
  if (spec.form === "FF301") {
    const r = await generateMonthlyFromXlsx(bytes, { month: spec.month!, today });
    if (!r.ok) throw new Error(r.reason);
    return { text: r.files.text ?? "", json: JSON.parse(r.files.json), findings: r.prepared.generation.findings };
  }
  const r = await generateFromXlsx(bytes, today);
  if (!r.ok) throw new Error(r.reason);
  return { text: r.files.text ?? "", json: JSON.parse(r.files.json), findings: r.generation.findings };
}

/** The workbooks a case is run from: its input as committed, re-saved by the writers it names, and its examples. */
function sources(c: GoldenCase): [string, () => Promise<Uint8Array>][] {
  const saved = (how: string, resave: Resave): [string, () => Promise<Uint8Array>] => [how, () => resave(c.input)];
  return [
    ["input.xlsx as committed", async () => c.input],
    ...(c.spec.savedBy === "every writer"
      ? [
          saved("input.xlsx in the 1904 date system", excelStyle({ date1904: true })),
          saved("input.xlsx as a rich workbook (chart, defined names, notes column, other sheets)", excelStyle({ rich: true })),
          ...(hasLibreOffice() ? [saved("input.xlsx saved by LibreOffice", libreOffice)] : []),
        ]
      : []),
    ...(c.spec.examples ?? []).map((p): [string, () => Promise<Uint8Array>] => [p, async () => new Uint8Array(readFileSync(join(ROOT, p)))]),
  ];
}

describe.each(goldenCases().map((c) => [c.name, c] as const))("golden case %s", (_, c) => {
  const { spec, expected } = c;

  describe.each(sources(c))("from %s", (_how, bytes) => {
    let out: Output;
    beforeAll(async () => {
      out = await generate(c, await bytes());
    }, 60_000);

    it(`has ${typeof spec.findings === "string" ? spec.findings === "none" ? "no finding" : "no error" : "the findings expected"}`, () => {
      if (spec.findings === "none") expect(out.findings).toEqual([]);
      else if (spec.findings === "no errors") expect(out.findings.filter((f) => f.severity === "error")).toEqual([]);
      else if (spec.findings) expect(out.findings.map((f) => [f.code, f.severity])).toEqual(spec.findings);
    });

    it("carries the published figures in its JSON", () => {
      expect(out.json).toMatchObject(expected.json ?? {});
    });

    it("carries what was worked out by hand from the rules", () => {
      expect(out.json).toMatchObject(spec.worked ?? {});
    });

    if (expected.text) {
      it("prints return.txt identical, line by line, to the published return", () => {
        expect(comparableLines(out.text)).toEqual(publishedLines(c));
      });
    }

    if (expected.firstLine) {
      it("prints the published title", () => {
        expect(out.text.split("\n")[0]).toBe(expected.firstLine);
      });
    }

    // it.each refuses an empty table: a case without lines (text, parts) has no such test.
    if (expected.lines?.length) it.each(expected.lines.map((l) => [l.line, l] as const))("prints the published line %s", (_line, l) => {
      expectLine(out.text, l);
    });

    if (expected.contains?.length) it.each(expected.contains.map((t) => [t] as const))("prints the published text %j", (t) => {
      expect(out.text).toContain(t);
    });

    if (expected.parts?.length) it.each(expected.parts.map((p) => [p.part, p] as const))("prints the published rows of part %s", (_part, p) => {
      expect(inOrder(partRows(out.text, p.part), p.rows)).toEqual(p.rows);
    });
  });
});
