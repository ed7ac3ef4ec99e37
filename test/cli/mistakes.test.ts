// The command line against workbooks on disk: a workbook full of mistakes must give exit 1, no return,
// and a return.json naming each wrong cell; unreadable input and bad usage give exit 2; never a stack trace.
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook, type InputCell, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { capture, type Captured } from "../support/capture-io";
import { ISSUER_FIELDS } from "../../src/contract/tables";

/** What a stack trace looks like in Node's output: "    at fn (file.js:12:34)" or "Error: …" + frames. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|native|<anonymous>)$/m;

function expectNoStackTrace(io: Captured): void {
  expect(io.text()).not.toMatch(STACK_FRAME);
  expect(io.text()).not.toMatch(/internal error/i);
}

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  sheet: string | null;
  cell: string | null;
}

function readReturnJson(dir: string): { findings: JsonFinding[]; [key: string]: unknown } {
  return JSON.parse(readFileSync(join(dir, "return.json"), "utf8"));
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-cli-"));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Classes: Class key, Class of shares, Type, Listed, Stock code, Description, MC code, MC description, Opening issued, Opening treasury
// Movements: A Class key, B Date, C Event type, D Details, E Shares, F Issued change, G Treasury change, H Price, I Currency
const PLACING = SENSETIME_2024_12_18.movements![0];
const MISTAKES: InputWorkbookData = {
  issuer: SENSETIME_2024_12_18.issuer,
  classes: [
    ["B", "WVR ordinary shares", "B", "Yes", "00020", null, "80020", "RMB", 34_528_336_530, 1_000], // row 2
    ["A", "WVR ordinary shares", "A", "No", null, null, null, null, 614_034_470, 0], // row 3
    ["X", "Preference shares", null, "Yes", "0020", null, null, null, 1_000, 0], // row 4: stock code of four digits
  ],
  movements: [
    PLACING, // row 2: fine
    ["Z", day("2024-12-17"), "Exercise of warrants", "Warrants 2024", 1_000, null, null, null, null], // row 3: unknown class key
    ["B", day("2024-12-17"), "Exercise of warrants", "Warrants 2025", "a lot", null, null, null, null], // row 4: text in Shares
    ["B", "2024-13-45", "Exercise of warrants", "Warrants 2026", 1_000, null, null, null, null], // row 5: bad date
    ["B", day("2024-12-17"), "Placement of shares", null, 1_000, null, null, null, null], // row 6: unknown event type
    ["B", day("2024-12-17"), "Exercise of warrants", "Warrants 2027", 10.5, null, null, null, null], // row 7: fractional shares
    ["B", day("2024-12-17"), "Exercise of warrants", "Warrants 2028", 1_000, null, null, null, "HKD"], // row 8: #N/A in Price, set below
    ["B", day("2024-12-17"), "Cancellation of treasury shares", null, 5_000, null, null, null, null], // row 9: more than the 1,000 held
    ["X", day("2024-12-17"), "Cancellation of treasury shares", null, 5, null, null, null, null], // row 10: class X holds none (its stock code is wrong too)
  ] satisfies (readonly InputCell[])[],
};

const EXPECTED_ERRORS = [
  { code: "STOCK_CODE_NOT_FIVE_DIGITS", sheet: "Classes", cell: "E4" },
  { code: "UNKNOWN_CLASS_KEY", sheet: "Movements", cell: "A3" },
  { code: "TEXT_IN_NUMBER_COLUMN", sheet: "Movements", cell: "E4" },
  { code: "BAD_DATE", sheet: "Movements", cell: "B5" },
  { code: "UNKNOWN_EVENT_TYPE", sheet: "Movements", cell: "C6" },
  { code: "FRACTIONAL_SHARES", sheet: "Movements", cell: "E7" },
  { code: "EXCEL_ERROR_VALUE", sheet: "Movements", cell: "H8" },
  { code: "TREASURY_BELOW_ZERO", sheet: "Movements", cell: "E9" },
  // Rule 22: class X's four-digit stock code does not hide the checks of its rows.
  { code: "TREASURY_BELOW_ZERO", sheet: "Movements", cell: "E10" },
];

async function writeMistakes(path: string): Promise<void> {
  const wb = buildInputWorkbook(MISTAKES);
  wb.getWorksheet("Movements")!.getCell("H8").value = { error: "#N/A" };
  await wb.xlsx.writeFile(path);
}

async function generate(file: string, out: string, io = capture()): Promise<{ code: number; io: Captured }> {
  const code = await main(["generate", file, "--out", out, "--today", "2024-12-18"], io);
  return { code, io };
}

describe("nddr generate on a workbook full of mistakes", () => {
  let file: string;
  let out: string;
  beforeEach(async () => {
    file = join(tmp, "mistakes.xlsx");
    out = join(tmp, "out");
    await writeMistakes(file);
  });

  it("exits with 1", async () => {
    const { code } = await generate(file, out);
    expect(code).toBe(1);
  });

  it("writes neither return.xlsx nor return.txt", async () => {
    await generate(file, out);
    expect(existsSync(join(out, "return.xlsx"))).toBe(false);
    expect(existsSync(join(out, "return.txt"))).toBe(false);
  });

  it("writes a parseable return.json", async () => {
    await generate(file, out);
    const json = readReturnJson(out);
    expect(json.form).toBe("FF305");
    expect(Array.isArray(json.findings)).toBe(true);
  });

  it.each(EXPECTED_ERRORS)("reports $code at $sheet!$cell in return.json", async ({ code, sheet, cell }) => {
    await generate(file, out);
    expect(readReturnJson(out).findings).toContainEqual(expect.objectContaining({ code, severity: "error", sheet, cell }));
  });

  it("names a sheet and a cell for every error", async () => {
    await generate(file, out);
    const errors = readReturnJson(out).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThanOrEqual(EXPECTED_ERRORS.length);
    for (const f of errors) expect([f.code, f.sheet, f.cell]).toEqual([f.code, expect.any(String), expect.stringMatching(/^[A-Z]+\d+$/)]);
  });

  it("reports no error on the valid rows", async () => {
    await generate(file, out);
    const wrongCells = new Set(EXPECTED_ERRORS.map((e) => `${e.sheet}!${e.cell}`));
    const errors = readReturnJson(out).findings.filter((f) => f.severity === "error");
    expect(errors.filter((f) => !wrongCells.has(`${f.sheet}!${f.cell}`))).toEqual([]);
  });

  it("lists each error with its cell on the console, without a stack trace", async () => {
    const { io } = await generate(file, out);
    for (const e of EXPECTED_ERRORS) expect(io.text()).toContain(`${e.sheet}!${e.cell}`);
    expect(io.text()).toMatch(/No return written: \d+ errors to fix/);
    expectNoStackTrace(io);
  });

  it("deletes a return.xlsx and return.txt left by an earlier run", async () => {
    const good = join(tmp, "good.xlsx");
    await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeFile(good);
    expect((await generate(good, out)).code).toBe(0);
    expect(existsSync(join(out, "return.xlsx"))).toBe(true);
    expect(existsSync(join(out, "return.txt"))).toBe(true);

    expect((await generate(file, out)).code).toBe(1);
    expect(existsSync(join(out, "return.xlsx"))).toBe(false);
    expect(existsSync(join(out, "return.txt"))).toBe(false);
  });
});

describe("nddr generate on a workbook with one error (docs/rules.md 21)", () => {
  // SenseTime's placing, with its Shares typed as words: the one row that makes the return due is in error.
  const ONE_ERROR: InputWorkbookData = { ...SENSETIME_2024_12_18, movements: [PLACING.map((v, i) => (i === 4 ? "1.865 billion" : v))] };
  let out: string;
  let run: { code: number; io: Captured };
  beforeEach(async () => {
    const file = join(tmp, "one-error.xlsx");
    out = join(tmp, "out");
    await buildInputWorkbook(ONE_ERROR).xlsx.writeFile(file);
    run = await generate(file, out);
  });

  it("reports that one error, and only it", () => {
    expect(readReturnJson(out).findings.map((f) => [f.code, f.severity, `${f.sheet}!${f.cell}`])).toEqual([["TEXT_IN_NUMBER_COLUMN", "error", "Movements!E2"]]);
  });

  it("gives returnDue null and no deadline in return.json, never false", () => {
    expect([readReturnJson(out).returnDue, readReturnJson(out).deadline]).toEqual([null, null]);
  });

  it("says on the console that it can't tell whether a return is due", () => {
    expect(run.code).toBe(1);
    expect(run.io.text()).toContain("Can't tell whether a return is due until the errors are fixed.");
    expect(run.io.text()).not.toMatch(/no change in the period makes a return due/i);
  });
});

describe("nddr generate on a workbook with a breach (docs/rules.md 20)", () => {
  it("writes the return (exit 0) and shouts the breach on the console", async () => {
    const file = join(tmp, "late.xlsx");
    const out = join(tmp, "out");
    await buildInputWorkbook({ ...SENSETIME_2024_12_18, issuer: { ...SENSETIME_2024_12_18.issuer, "Date submitted": day("2024-12-20") } }).xlsx.writeFile(file);
    const { code, io } = await generate(file, out);
    expect(code).toBe(0);
    expect(io.lines).toContainEqual(expect.stringMatching(/^BREACH +Issuer!B5 +RETURN_LATE: /));
    expect(readReturnJson(out).findings).toContainEqual(expect.objectContaining({ code: "RETURN_LATE", severity: "warning", breach: true }));
  });
});

describe("nddr generate on a valid workbook", () => {
  it("exits with 0 and writes return.xlsx, return.json and return.txt", async () => {
    const file = join(tmp, "sensetime.xlsx");
    const out = join(tmp, "out");
    await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeFile(file);
    const { code, io } = await generate(file, out);
    expect(code).toBe(0);
    for (const f of ["return.xlsx", "return.json", "return.txt"]) expect(existsSync(join(out, f))).toBe(true);
    expect(readReturnJson(out).findings).toEqual([]);
    expectNoStackTrace(io);
  });
});

describe("nddr generate on unreadable input", () => {
  it("exits with 2 for a file that does not exist, naming it", async () => {
    const missing = join(tmp, "nowhere.xlsx");
    const { code, io } = await generate(missing, join(tmp, "out"));
    expect(code).toBe(2);
    expect(io.text()).toContain(missing);
    expect(existsSync(join(tmp, "out", "return.json"))).toBe(false);
    expectNoStackTrace(io);
  });

  it("exits with 2 for a file that is not an .xlsx workbook, without a stack trace", async () => {
    const file = join(tmp, "x.xlsx");
    writeFileSync(file, "hello");
    const { code, io } = await generate(file, join(tmp, "out"));
    expect(code).toBe(2);
    expect(io.text()).toContain("cannot read");
    expect(existsSync(join(tmp, "out", "return.json"))).toBe(false);
    expectNoStackTrace(io);
  });

  it("exits with 2 for an empty file", async () => {
    const file = join(tmp, "empty.xlsx");
    writeFileSync(file, "");
    const { code, io } = await generate(file, join(tmp, "out"));
    expect(code).toBe(2);
    expectNoStackTrace(io);
  });

  it("exits with 2 for a directory given as the workbook, saying it is a folder", async () => {
    const { code, io } = await generate(tmp, join(tmp, "out"));
    expect(code).toBe(2);
    expect(io.text()).toContain("is a folder, not a workbook file");
    expectNoStackTrace(io);
  });

  it("exits with 2 for an --out that is a file, saying it cannot write there", async () => {
    const file = join(tmp, "sensetime.xlsx");
    await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeFile(file);
    const notADir = join(tmp, "taken");
    writeFileSync(notADir, "x");
    const { code, io } = await generate(file, notADir);
    expect(code).toBe(2);
    expect(io.text()).toContain(`cannot write to ${notADir}`);
    expectNoStackTrace(io);
  });

  it("exits with 2 and names the file when an output cannot be written", async () => {
    const file = join(tmp, "sensetime.xlsx");
    await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeFile(file);
    const out = join(tmp, "blocked");
    mkdirSync(join(out, "return.json"), { recursive: true });
    const { code, io } = await generate(file, out);
    expect(code).toBe(2);
    expect(io.text()).toContain(`cannot write ${join(out, "return.json")}`);
    expectNoStackTrace(io);
  });

  it("exits with 1 and reports the missing tables for a workbook without them", async () => {
    const file = join(tmp, "plain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await wb.xlsx.writeFile(file);
    const out = join(tmp, "out");
    const { code, io } = await generate(file, out);
    expect(code).toBe(1);
    const findings = readReturnJson(out).findings;
    expect(findings.filter((f) => f.code === "MISSING_TABLE").map((f) => f.severity)).toEqual(["error", "error"]);
    expectNoStackTrace(io);
  });
});

describe("nddr usage", () => {
  it("exits with 2 for an unknown command, printing the usage", async () => {
    const io = capture();
    expect(await main(["generat", "x.xlsx"], io)).toBe(2);
    expect(io.text()).toContain('Unknown command "generat"');
    expect(io.text()).toContain("Usage:");
  });

  it("exits with 2 without a command", async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.text()).toContain("Usage:");
  });

  it("exits with 2 for generate without a workbook", async () => {
    const io = capture();
    expect(await main(["generate"], io)).toBe(2);
  });

  it("exits with 2 for an empty --out= rather than writing into the current folder", async () => {
    const io = capture();
    expect(await main(["generate", "x.xlsx", "--out="], io)).toBe(2);
    expect(io.text()).toContain("Option --out needs a value.");
  });

  it("exits with 2 for an unknown option", async () => {
    const io = capture();
    expect(await main(["generate", "x.xlsx", "--output", tmp], io)).toBe(2);
    expect(io.text()).toContain("--output");
  });

  it("exits with 2 for an option without its value", async () => {
    const io = capture();
    expect(await main(["generate", "x.xlsx", "--out"], io)).toBe(2);
  });

  it("exits with 2 for a --today that is not a date", async () => {
    const file = join(tmp, "sensetime.xlsx");
    await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeFile(file);
    const io = capture();
    expect(await main(["generate", file, "--out", tmp, "--today", "18/12/2024"], io)).toBe(2);
    expect(existsSync(join(tmp, "return.json"))).toBe(false);
  });

  it("exits with 0 for --help", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.text()).toContain("nddr generate");
  });
});

describe("nddr template", () => {
  it("writes a workbook that generate reads back, reporting the blank required settings at their cells", async () => {
    const file = join(tmp, "blank.xlsx");
    const out = join(tmp, "out");
    const io = capture();
    expect(await main(["template", file], io)).toBe(0);
    expect(existsSync(file)).toBe(true);

    const { code, io: genIo } = await generate(file, out);
    expect(code).toBe(1);
    expect(existsSync(join(out, "return.json"))).toBe(true);
    expect(existsSync(join(out, "return.xlsx"))).toBe(false);
    expect(existsSync(join(out, "return.txt"))).toBe(false);
    const findings = readReturnJson(out).findings;
    // NDDR_Issuer starts at A1 with one row per setting, so setting i has its Value at B(i + 2).
    const required = ISSUER_FIELDS.flatMap((f, i) => (f.required ? [{ label: f.label, cell: `B${i + 2}` }] : []));
    expect(required.map((r) => r.label)).toEqual(["Issuer name", "Opening date", "Submitted by", "Title"]);
    for (const r of required) {
      expect(findings).toContainEqual(expect.objectContaining({ code: "MISSING_VALUE", severity: "error", sheet: "Issuer", cell: r.cell }));
    }
    expectNoStackTrace(genIo);
  });

  it("reports only the blank required settings for a blank template", async () => {
    const file = join(tmp, "blank.xlsx");
    const out = join(tmp, "out");
    await main(["template", file], capture());
    await generate(file, out);
    expect(readReturnJson(out).findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      "error MISSING_VALUE Issuer!B2",
      "error MISSING_VALUE Issuer!B6",
      "error MISSING_VALUE Issuer!B8",
      "error MISSING_VALUE Issuer!B9",
    ]);
  });

  it("exits with 2 when the file cannot be written", async () => {
    const io = capture();
    expect(await main(["template", join(tmp, "no", "such", "dir", "t.xlsx")], io)).toBe(2);
    expect(io.text()).toContain("cannot write");
    expectNoStackTrace(io);
  });

  it("exits with 2 without a file name", async () => {
    expect(await main(["template"], capture())).toBe(2);
  });
});
