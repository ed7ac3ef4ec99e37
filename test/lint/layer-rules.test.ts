// The layer rules of .dependency-cruiser.cjs refuse what they say they refuse: run on a small tree laid
// out like src/ with one forbidden import each, and on nothing forbidden.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-layers-"));
  writeFileSync(join(tmp, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "commonjs", target: "es2022", strict: true } }));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(tmp, path, ".."), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
}

/** The rules broken, by name (depcruise exits non-zero on an error). */
function broken(): string[] {
  try {
    execFileSync(join(ROOT, "node_modules/.bin/depcruise"), ["src", "--config", join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "err"], { cwd: tmp, encoding: "utf8" });
    return [];
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? "");
    return [...out.matchAll(/error ([\w-]+):/g)].map((m) => m[1]).sort();
  }
}

test("a domain module importing the clock of common/ breaks domain-is-pure", () => {
  write({ "src/common/hk-clock.ts": "export const now = 1;\n", "src/domain/a.ts": 'import { now } from "../common/hk-clock";\nexport const a = now;\n' });
  expect(broken()).toEqual(["domain-is-pure"]);
});

test("a layout module importing an adapter breaks core-layers-import-no-adapter", () => {
  write({ "src/adapters/exceljs/w.ts": "export const w = 1;\n", "src/layout/l.ts": 'import { w } from "../adapters/exceljs/w";\nexport const l = w;\n' });
  expect(broken()).toEqual(["core-layers-import-no-adapter"]);
});

test("the reader importing node:fs breaks shared-code-runs-in-the-browser", () => {
  write({ "src/adapters/xlsx-read/r.ts": 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n' });
  expect(broken()).toEqual(["shared-code-runs-in-the-browser"]);
});

test("the command line using node:fs and the adapters breaks nothing", () => {
  write({ "src/adapters/xlsx-patch/p.ts": "export const p = 1;\n", "src/cli/c.ts": 'import { readFileSync } from "node:fs";\nimport { p } from "../adapters/xlsx-patch/p";\nexport const c = [readFileSync, p];\n' });
  expect(broken()).toEqual([]);
});
