// scripts/lint.js refuses a note cited in src/ that is not a file of the repository, so that every
// "docs/rules.md 20" a comment gives can be looked up; run on small trees laid out like this one.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const LINT = resolve(__dirname, "../../scripts/lint.js");
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-citations-"));
  mkdirSync(join(tmp, "src/domain"), { recursive: true });
  mkdirSync(join(tmp, "docs"), { recursive: true });
  writeFileSync(join(tmp, "docs/rules.md"), "# rules\n");
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function lint(source: string) {
  writeFileSync(join(tmp, "src/domain/a.ts"), source);
  const run = spawnSync(process.execPath, [LINT], { env: { ...process.env, NDDR_LINT_ROOT: tmp }, encoding: "utf8" });
  return { code: run.status, said: run.stderr };
}

test("a comment citing docs/rules.md, which exists, passes", () => {
  expect(lint("// Closing = opening + changes (docs/rules.md 2).\nexport const a = 1;\n").code).toBe(0);
});

test("a comment citing a bare rules.md fails, naming the file and line", () => {
  const run = lint("export const a = 1;\n// Closing = opening + changes (rules.md 2).\n");
  expect(run.code).toBe(1);
  expect(run.said).toContain("src/domain/a.ts:2: cites rules.md");
});

test("a comment citing a note outside the repository fails", () => {
  expect(lint("// See /work/shared/reference/ff305-addendum.md §3.2.\nexport const a = 1;\n").code).toBe(1);
});
