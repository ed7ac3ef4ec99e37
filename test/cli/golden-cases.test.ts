// `nddr generate` (and `nddr monthly`) on every golden case's input.xlsx as committed (test/golden/<case>/,
// picked up as it is added): the exit case.json's findings call for, the three files, each finding
// printed at its cell, and the same .json in Chinese but for its language. The figures themselves are
// held against the published return on every host by test/parity/golden-hosts.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { Language } from "../../src/labels";
import { capture, type Captured } from "../support/capture-io";
import { goldenCases, type GoldenCase } from "../support/golden-cases";

interface Run {
  readonly code: number;
  readonly io: Captured;
  readonly out: string;
  readonly json: { readonly findings: readonly { code: string; sheet?: string; cell?: string }[]; readonly [key: string]: unknown };
}

const base = (c: GoldenCase) => (c.spec.month ? "monthly-return" : "return");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-golden-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function nddr(c: GoldenCase, lang: Language): Promise<Run> {
  const { today, month } = c.spec;
  const io = capture(today, `${today}T12:00:00+08:00`);
  const out = join(tmp, c.name, lang);
  const command = month ? ["monthly", join(c.dir, "input.xlsx"), "--month", month] : ["generate", join(c.dir, "input.xlsx")];
  const code = await main([...command, "--out", out, "--today", today, "--lang", lang], io);
  return { code, io, out, json: JSON.parse(readFileSync(join(out, `${base(c)}.json`), "utf8")) };
}

describe.each(goldenCases().map((c) => [c.name, c] as const))("nddr on golden case %s", (_, c) => {
  const command = c.spec.month ? "nddr monthly" : "nddr generate";
  // A case whose findings (case.json) hold an error has no return: exit 1 and only the .json.
  const errors = Array.isArray(c.spec.findings) && c.spec.findings.some(([, severity]) => severity === "error");
  let en: Run;
  beforeAll(async () => {
    en = await nddr(c, "en");
  });

  test(`${command} exits ${errors ? 1 : 0} and writes ${errors ? "only its .json" : "its .xlsx, .json and .txt"}`, () => {
    expect(en.code).toBe(errors ? 1 : 0);
    for (const ext of ["xlsx", "json", "txt"]) expect(existsSync(join(en.out, `${base(c)}.${ext}`))).toBe(ext === "json" || !errors);
  });

  test(`${command} prints each finding of its .json on a line of its own, at its sheet and cell`, () => {
    for (const f of en.json.findings) {
      const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}` : "workbook";
      expect(en.io.lines.filter((l) => l.includes(` ${where} `) && l.includes(` ${f.code}: `))).toHaveLength(1);
    }
  });

  test(`${command} --lang zh-HK writes the same .json but for its language`, async () => {
    const zh = await nddr(c, "zh-HK");
    expect(zh.code).toBe(en.code);
    expect({ ...zh.json, language: "en" }).toEqual(en.json);
    expect(zh.json.language).toBe("zh-HK");
  });
});
