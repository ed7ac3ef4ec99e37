#!/usr/bin/env node
// A before/after net for reshaping work: runs the command line over every example and golden workbook
// and writes what it produced (return.json, return.txt, the Monthly Return's, exit code and messages)
// under one directory, so two commits can be compared with `diff -r`.
//
//   node scripts/snapshot-outputs.js <out-dir> [--repo <checkout>]
//
// The workbooks are this checkout's (examples/*.xlsx, test/golden/<case>/input.xlsx); --repo runs
// another checkout's command line over them (it is built there first), so an older commit can be
// snapshotted with today's cases:
//   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/
//   node scripts/snapshot-outputs.js /tmp/snap-before --repo /tmp/before
//   node scripts/snapshot-outputs.js /tmp/snap-after && diff -r /tmp/snap-before /tmp/snap-after
//
// Each workbook is generated in English and in Chinese on the date in its name (or its case.json's
// "today"), and its Monthly Return for every month its return opens or closes in (and case.json's
// "month"). The .xlsx outputs are left out: their zip bytes carry times; their cells are in return.txt.
"use strict";
const { execFileSync, spawnSync } = require("node:child_process");
const { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { basename, join, resolve } = require("node:path");

const LANGS = ["en", "zh-HK"];
const HERE = resolve(__dirname, "..");

function usage(message) {
  process.stderr.write(`${message ? message + "\n" : ""}Usage: node scripts/snapshot-outputs.js <out-dir> [--repo <checkout>]\n`);
  process.exit(2);
}

function parse(argv) {
  let out;
  let repo = HERE;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--repo") repo = resolve(argv[++i] ?? usage("--repo needs a directory"));
    else if (!out && !argv[i].startsWith("-")) out = resolve(argv[i]);
    else usage(`Unknown argument ${argv[i]}`);
  }
  if (!out) usage();
  return { out, repo };
}

/** Every workbook to run: { name, path, today, months }. */
function cases() {
  const found = [];
  const examples = join(HERE, "examples");
  for (const f of readdirSync(examples).filter((f) => /\.xlsx$/i.test(f)).sort()) {
    found.push({ name: `examples-${basename(f, ".xlsx")}`, path: join(examples, f), today: dateIn(f), months: [] });
  }
  const golden = join(HERE, "test", "golden");
  for (const dir of readdirSync(golden, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const path = join(golden, dir, "input.xlsx");
    if (!existsSync(path)) continue;
    const spec = existsSync(join(golden, dir, "case.json")) ? JSON.parse(readFileSync(join(golden, dir, "case.json"), "utf8")) : {};
    found.push({ name: `golden-${dir}`, path, today: spec.today ?? dateIn(dir), months: spec.month ? [spec.month] : [] });
  }
  return found;
}

function dateIn(name) {
  const m = /(\d{4}-\d{2}-\d{2})/.exec(name);
  if (!m) throw new Error(`${name}: no date in its name and no case.json "today"`);
  return m[1];
}

/** Runs the command line; its messages are kept with the temporary paths written as placeholders. */
function run(repo, args, outDir, workbook) {
  const r = spawnSync(process.execPath, [join(repo, "bin", "nddr.js"), ...args], { cwd: repo, encoding: "utf8" });
  const tidy = (s) => (s ?? "").split(outDir).join("<out>").split(workbook).join("<workbook>");
  return `exit ${r.status}\n--- stdout\n${tidy(r.stdout)}--- stderr\n${tidy(r.stderr)}`;
}

/** Runs one command into a fresh directory and copies its .json/.txt (and the run's messages) to `dest`. */
function snapshot(repo, command, c, extra, lang, dest) {
  const tmp = mkdtempSync(join(tmpdir(), "nddr-snap-"));
  const outDir = join(tmp, "out");
  try {
    const log = run(repo, [command, c.path, ...extra, "--out", outDir, "--lang", lang, "--today", c.today], outDir, c.path);
    mkdirSync(dest, { recursive: true });
    writeFileSync(join(dest, "run.txt"), log);
    if (existsSync(outDir)) {
      for (const f of readdirSync(outDir).filter((f) => /\.(json|txt)$/.test(f))) copyFileSync(join(outDir, f), join(dest, f));
    }
    return existsSync(join(dest, "return.json")) ? JSON.parse(readFileSync(join(dest, "return.json"), "utf8")) : undefined;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The months a return touches: those of its classes' opening dates and of its closing date. */
function monthsOf(json) {
  const dates = [json?.closingDate, ...(json?.sectionI ?? []).map((c) => c.opening?.date)];
  return dates.filter((d) => typeof d === "string" && /^\d{4}-\d{2}/.test(d)).map((d) => d.slice(0, 7));
}

function main() {
  const { out, repo } = parse(process.argv.slice(2));
  if (!existsSync(join(repo, "bin", "nddr.js"))) usage(`${repo} is not a checkout of the project (no bin/nddr.js)`);
  execFileSync("npm", ["run", "-s", "build:cli"], { cwd: repo, stdio: "inherit" });
  mkdirSync(out, { recursive: true });
  const commit = spawnSync("git", ["rev-parse", "HEAD"], { cwd: repo, encoding: "utf8" }).stdout.trim();
  const list = cases();
  writeFileSync(join(out, "README.txt"), `nddr outputs of ${repo} (commit ${commit || "unknown"}), cases from ${HERE}\n${list.map((c) => `${c.name}: ${c.path} --today ${c.today}`).join("\n")}\n`);
  for (const c of list) {
    const months = new Set(c.months);
    for (const lang of LANGS) {
      const json = snapshot(repo, "generate", c, [], lang, join(out, c.name, "generate", lang));
      for (const m of monthsOf(json)) months.add(m);
    }
    for (const month of [...months].sort()) {
      for (const lang of LANGS) snapshot(repo, "monthly", c, ["--month", month], lang, join(out, c.name, `monthly-${month}`, lang));
    }
    process.stdout.write(`${c.name}: generate${[...months].map((m) => `, monthly ${m}`).join("")}\n`);
  }
  process.stdout.write(`Written to ${out}\n`);
}

main();
