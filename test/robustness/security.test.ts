// Security of the outputs and of the code: text typed by a user that looks like a formula stays text in
// return.xlsx and cannot start a field of return.txt as a formula; no source file builds HTML or code from
// strings (innerHTML, outerHTML, insertAdjacentHTML, document.write, eval, new Function).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook, type InputCell } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import { generateFromXlsx } from "../../src/files/return-files";
import { neutraliseFormula } from "../../src/render/formula-text";

const ROOT = resolve(__dirname, "../..");
const INJECTIONS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"];

async function returnWith(text: string) {
  const data = SENSETIME_2024_12_18;
  const issuer = { ...data.issuer, "Issuer name": text, "Submitted by": text, "Title": text };
  const classes = data.classes!.map((row) => row.map((v, i) => (i === 1 || i === 2 || i === 5 ? text : v)) as InputCell[]);
  const movements = data.movements!.map((row) => row.map((v, i) => (i === 3 ? text : v)) as InputCell[]);
  const wb = buildInputWorkbook({ ...data, issuer, classes, movements });
  const result = await generateFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "2024-12-18" as IsoDate);
  if (!result.ok || !result.files.xlsx || !result.files.text) throw new Error(`no return: ${JSON.stringify(result.ok && result.generation.findings)}`);
  return result.files;
}

describe("formula injection in the exports", () => {
  it.each(INJECTIONS)("return.xlsx holds %j as text, in no formula cell", async (text) => {
    const { xlsx } = await returnWith(text);
    const zip = await JSZip.loadAsync(xlsx!);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/);
    // And it is there as a string: the reader trims the tab or return that led it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx! as unknown as ArrayBuffer);
    const values: ExcelJS.CellValue[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push(c.value))));
    expect(values.filter((v) => typeof v === "object" && v !== null && "formula" in v)).toEqual([]);
    expect(values).toContain(text.trim());
  });

  it.each(INJECTIONS)("no tab-separated field of return.txt starts with %j", async (text) => {
    const { text: txt } = await returnWith(text);
    const fields = txt!.split("\n").flatMap((line) => line.split("\t"));
    expect(fields.filter((f) => f === text || f.startsWith(text.trim()))).toEqual([]);
    expect(fields).toContain(`'${text.trim()}`);
  });

  test("neutraliseFormula leaves ordinary text alone", () => {
    for (const t of ["WVR ordinary shares", "B", "H shares (RMB)", "", "2024-12-17", "股份", "-979,000", "-1.5 %"]) expect(neutraliseFormula(t)).toBe(t);
  });
});

describe("no HTML or code built from strings", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|html)$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, "src"));
  const FORBIDDEN: [string, RegExp][] = [
    ["innerHTML", /\binnerHTML\b/], ["outerHTML", /\bouterHTML\b/], ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
    ["document.write", /\bdocument\.write(ln)?\s*\(/], ["eval", /(^|[^.\w])eval\s*\(/], ["new Function", /\bnew\s+Function\s*\(/],
    ["setTimeout with a string", /\bset(Timeout|Interval)\s*\(\s*["'`]/], ["javascript: URL", /javascript:/i],
  ];

  test("src/ has source files to scan", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)("no file in src/ uses %s", (_, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, "utf8"))).map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual([]);
  });
});
