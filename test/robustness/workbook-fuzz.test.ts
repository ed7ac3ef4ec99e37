// Fuzzing at the workbook level: malformed .xlsx files (error values, formulas, rich text, 3,000-character
// pastes, emoji, missing tables and columns, damaged or truncated zips, files that are no workbook at all)
// through `nddr generate`. Whatever the file: exit 0, 1 or 2; never a stack trace; on exit 1 a readable
// return.json with an error finding. Most run in-process; a few through the real `node bin/nddr.js`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SENSETIME_2024_12_18, TENCENT_2025_06_13 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { main, type Io } from "../../src/cli/main";
import type { IsoDate } from "../../src/domain/dates";

/** A frame of a Node stack trace, or the "internal error" line that stands in for one. */
const STACK_TRACE = /^\s+at |internal error/m;

type Damage = (wb: ExcelJS.Workbook) => void;
type Bytes = () => Promise<Uint8Array>;

async function workbookBytes(damage: Damage, data = SENSETIME_2024_12_18): Promise<Uint8Array> {
  const wb = buildInputWorkbook(data);
  damage(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
const set = (name: string, cell: string, value: ExcelJS.CellValue): Damage => (wb) => {
  sheet(wb, name).getCell(cell).value = value;
};

async function rezip(edit: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookBytes(() => {}));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

async function flipBytes(fraction: number): Promise<Uint8Array> {
  const bytes = await workbookBytes(() => {});
  const out = Uint8Array.from(bytes);
  for (let i = Math.floor(out.length * fraction); i < Math.floor(out.length * fraction) + 64 && i < out.length; i++) out[i] ^= 0x5a;
  return out;
}

// Movements: A Class key, B Date, C Event type, D Details, E Shares, F Issued change, G Treasury change, H Price, I Currency
// Classes: A Class key … E Stock code … I Opening issued, J Opening treasury; Issuer: Value in B2…B15
const CASES: [string, Bytes][] = [
  ["an #REF! error in Shares", () => workbookBytes(set("Movements", "E2", { error: "#REF!" } as ExcelJS.CellErrorValue))],
  ["an #N/A error in the Opening date", () => workbookBytes(set("Issuer", "B6", { error: "#N/A" } as ExcelJS.CellErrorValue))],
  ["a #DIV/0! error in the Class key", () => workbookBytes(set("Classes", "A2", { error: "#DIV/0!" } as ExcelJS.CellErrorValue))],
  ["a formula with a cached result in Shares", () => workbookBytes(set("Movements", "E2", { formula: "1000*2", result: 2000 } as ExcelJS.CellFormulaValue))],
  ["a formula without a cached result in Shares", () => workbookBytes(set("Movements", "E2", { formula: "SUM(Z1:Z9)" } as ExcelJS.CellFormulaValue))],
  ["a formula whose result is an error", () => workbookBytes(set("Movements", "H2", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue))],
  ["formula text typed in Details", () => workbookBytes(set("Movements", "D2", "=HYPERLINK(\"http://example.com\",\"x\")"))],
  ["rich text in the Event type", () => workbookBytes(set("Movements", "C2", { richText: [{ text: "Placing/subscription - " }, { text: "new shares involved", font: { bold: true } }] }))],
  ["a hyperlink in the Currency", () => workbookBytes(set("Movements", "I2", { text: "HKD", hyperlink: "http://example.com" }))],
  ["a 3,000-character Details", () => workbookBytes(set("Movements", "D2", "x".repeat(3_000)))],
  ["a 3,000-character Class key", () => workbookBytes(set("Classes", "A2", "股".repeat(3_000)))],
  ["emoji in the Issuer name and Shares", () => workbookBytes((wb) => { set("Issuer", "B2", "📈 Rocket 🚀 Ltd")(wb); set("Movements", "E2", "🚀")(wb); })],
  ["negative, fractional and huge share counts", () => workbookBytes((wb) => { set("Movements", "E2", -5)(wb); set("Classes", "I2", 1.5)(wb); set("Classes", "J2", 1e300)(wb); })],
  ["a date in the year 1800 and one in 9999", () => workbookBytes((wb) => { set("Movements", "B2", new Date(Date.UTC(1800, 0, 1)))(wb); set("Issuer", "B6", new Date(Date.UTC(9999, 11, 31)))(wb); })],
  ["text where dates belong", () => workbookBytes((wb) => { set("Movements", "B2", "17/12/2024")(wb); set("Issuer", "B6", "yesterday")(wb); })],
  ["booleans everywhere in a row", () => workbookBytes((wb) => { for (const c of "ABCDEFGHI") set("Movements", `${c}2`, true)(wb); })],
  ["the NDDR_Movements table removed", () => workbookBytes((wb) => sheet(wb, "Movements").removeTable("NDDR_Movements"))],
  ["the NDDR_Classes table removed", () => workbookBytes((wb) => sheet(wb, "Classes").removeTable("NDDR_Classes"))],
  ["the NDDR_Issuer table removed", () => workbookBytes((wb) => sheet(wb, "Issuer").removeTable("NDDR_Issuer"))],
  ["every sheet but one removed", () => workbookBytes((wb) => { for (const ws of [...wb.worksheets]) if (ws.name !== "Instructions") wb.removeWorksheet(ws.id); })],
  ["the Shares and Date headers renamed", () => workbookBytes((wb) => { set("Movements", "E1", "Number")(wb); set("Movements", "B1", "When")(wb); })],
  ["an error value as a header", () => workbookBytes(set("Classes", "A1", { error: "#NAME?" } as ExcelJS.CellErrorValue))],
  ["the same class key twice and the same movement twice", () => workbookBytes((wb) => {
    const ws = sheet(wb, "Classes");
    for (const c of "ABCDEFGHIJ") ws.getCell(`${c}3`).value = ws.getCell(`${c}2`).value;
    const mv = sheet(wb, "Movements");
    mv.getTable("NDDR_Movements").addRow(SENSETIME_2024_12_18.movements![0].map((v) => v as ExcelJS.CellValue));
    mv.getTable("NDDR_Movements").commit();
  })],
  ["a buyback with the prices swapped and an aggregate that cannot be", () => workbookBytes((wb) => {
    set("Repurchases", "F2", 1)(wb);
    set("Repurchases", "G2", 999)(wb);
    set("Repurchases", "H21", 0.01)(wb);
  }, TENCENT_2025_06_13)],
  ["an empty file", async () => new Uint8Array()],
  ["a text file named .xlsx", async () => new TextEncoder().encode("Class key,Date\nB,2024-12-17\n")],
  ["random bytes", async () => Uint8Array.from({ length: 4_096 }, (_, i) => (i * 2_654_435_761) >>> 24)],
  ["a zip cut in half", async () => (await workbookBytes(() => {})).slice(0, 6_000)],
  ["a zip with damaged bytes in the middle", () => flipBytes(0.5)],
  ["a zip with damaged bytes near the start", () => flipBytes(0.05)],
  ["a zip without xl/workbook.xml", () => rezip((zip) => { zip.remove("xl/workbook.xml"); })],
  ["a zip whose sheet XML is not XML", () => rezip((zip) => { zip.file("xl/worksheets/sheet3.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\""); })],
  ["a zip whose table range runs beyond column XFD", () => rezip(async (zip) => {
    const name = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/ref="[^"]+"/, 'ref="A1:ZZZZ9"'));
  })],
  ["a zip whose table part is missing", () => rezip((zip) => {
    zip.remove(Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!);
  })],
  ["a zip of something else", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "not a workbook");
    return zip.generateAsync({ type: "uint8array" });
  }],
];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-fuzz-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function check(code: number, output: string, out: string): void {
  expect([0, 1, 2]).toContain(code);
  expect(output).not.toMatch(STACK_TRACE);
  if (code === 0 || code === 1) {
    const json = JSON.parse(readFileSync(join(out, "return.json"), "utf8")) as { form: string; findings: { severity: string }[] };
    expect(json.form).toBe("FF305");
    if (code === 1) expect(json.findings.some((f) => f.severity === "error")).toBe(true);
    expect(existsSync(join(out, "return.xlsx"))).toBe(code === 0);
  } else {
    expect(output).toMatch(/^nddr: cannot read /m);
  }
}

describe("nddr generate on malformed workbooks, in-process", () => {
  test(`there are at least 30 kinds of malformed workbook`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("%s: exit 0, 1 or 2, no stack trace, return.json with an error on exit 1", async (name, bytes) => {
    const file = join(tmp, `${name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, await bytes());
    const out = join(tmp, `out-${name.replace(/\W+/g, "-")}`);
    const lines: string[] = [];
    const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t), today: () => "2024-12-18" as IsoDate };
    const code = await main(["generate", file, "--out", out, "--today", "2024-12-18"], io);
    check(code, lines.join("\n"), out);
  });
});

describe("what nddr generate tells the user of a file it cannot read", () => {
  async function run(name: string): Promise<{ code: number; text: string }> {
    const file = join(tmp, `told-${name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, await CASES.find(([n]) => n === name)![1]());
    const lines: string[] = [];
    const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t), today: () => "2024-12-18" as IsoDate };
    const code = await main(["generate", file, "--out", join(tmp, `told-out-${name.replace(/\W+/g, "-")}`)], io);
    return { code, text: lines.join("\n") };
  }

  it.each(["a zip of something else", "a zip without xl/workbook.xml"])("%s is not a workbook: exit 2, not a list of missing tables", async (name) => {
    const { code, text } = await run(name);
    expect([code, text]).toEqual([2, expect.stringContaining("it has no worksheet, so it is not an Excel workbook")]);
  });

  it("a damaged part is called damaged, without the reader's internal error", async () => {
    const { code, text } = await run("a zip whose table part is missing");
    expect([code, text]).toEqual([2, expect.stringContaining("(a part of the file is damaged)")]);
    expect(text).not.toMatch(/undefined|Cannot read|is not a function/);
  });
});

describe("node bin/nddr.js on malformed workbooks, as a user runs it", () => {
  const bin = resolve(__dirname, "../../bin/nddr.js");
  const built = existsSync(resolve(__dirname, "../../lib/src/cli/main.js"));
  const run = built ? it : it.skip;
  if (!built) process.stderr.write("workbook-fuzz: lib/ is not built (npm run build:cli); skipping the child-process runs\n");

  const picks = ["an #REF! error in Shares", "the NDDR_Classes table removed", "a zip with damaged bytes in the middle", "a 3,000-character Class key"];
  run.each(picks)("%s", async (name) => {
    const bytes = CASES.find(([n]) => n === name)![1];
    const file = join(tmp, `child-${name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, await bytes());
    const out = join(tmp, `child-out-${name.replace(/\W+/g, "-")}`);
    const r = spawnSync(process.execPath, [bin, "generate", file, "--out", out, "--today", "2024-12-18"], { encoding: "utf8", timeout: 60_000 });
    check(r.status ?? -1, `${r.stdout}\n${r.stderr}`, out);
  });
});

describe("node bin/nddr.js when its output cannot be written", () => {
  const bin = resolve(__dirname, "../../bin/nddr.js");
  const built = existsSync(resolve(__dirname, "../../lib/src/cli/main.js"));
  const run = built ? it : it.skip;
  const example = resolve(__dirname, "../../examples/sensetime-2024-12-18.xlsx");

  /** Runs the command with stdout and stderr as given; resolves with its exit code. */
  const exitOf = (args: readonly string[], stdio: ("pipe" | "ignore" | number)[], onStart: (child: ChildProcess) => void = () => {}) =>
    new Promise<number>((done) => {
      const child = spawn(process.execPath, [bin, ...args], { stdio });
      onStart(child);
      child.on("close", (code) => done(code ?? -1));
    });

  run("a reader that closed the pipe (| head -0) changes neither the exit code nor the files", async () => {
    const out = join(tmp, "closed-pipe");
    const code = await exitOf(["generate", example, "--out", out, "--today", "2024-12-18"], ["ignore", "pipe", "pipe"], (child) => {
      child.stdout!.destroy();
      child.stderr!.destroy();
    });
    expect([code, existsSync(join(out, "return.txt"))]).toEqual([0, true]);
  });

  run("a full disk behind stdout (/dev/full) changes neither the exit code nor the files", async () => {
    const out = join(tmp, "dev-full");
    const full = openSync("/dev/full", "w");
    const code = await exitOf(["generate", example, "--out", out, "--today", "2024-12-18"], ["ignore", full, full]);
    closeSync(full);
    expect([code, existsSync(join(out, "return.txt"))]).toEqual([0, true]);
  });

  run("an unreadable file still exits 2 when stderr's reader has gone", async () => {
    const code = await exitOf(["generate", join(tmp, "no-such-file.xlsx"), "--out", join(tmp, "gone")], ["ignore", "pipe", "pipe"], (child) => {
      child.stdout!.destroy();
      child.stderr!.destroy();
    });
    expect(code).toBe(2);
  });
});
