// The user's workbook is never harmed: each way the command line used to overwrite, delete or lose it,
// tried again. Each ends in a clear refusal (or a new file), with the workbook byte for byte as it was —
// or, for --log, with only the Log sheet, the log table and the recalculation flag changed.
import JSZip from "jszip";
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, lstatSync, writeFileSync, existsSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readWorkbookFile, replaceWorkbookFile } from "../../src/adapters/xlsx-patch/workbook-file";
import { readSheet } from "../../src/adapters/xlsx-patch/sheet-xml";
import { capture } from "../support/capture-io";
import { LOG_SHEET, excelStyleRegister, zipEntries } from "../support/excel-style";

let tmp: string;
let workbook: string;
let original: Buffer;
beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-safety-"));
  workbook = join(tmp, "register.xlsx");
  writeFileSync(workbook, await excelStyleRegister());
  original = readFileSync(workbook);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const unchanged = (path = workbook) => expect(readFileSync(path).equals(original)).toBe(true);

/** A register whose return has an error (no closing date): the run that used to delete return.xlsx. */
async function withError(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  zip.file("xl/sharedStrings.xml", strings.replace("<t>Closing date</t>", "<t>Closing dat</t>"));
  writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
  original = readFileSync(path);
}

describe("an output that is the workbook itself", () => {
  test("generate return.xlsx --out <its folder> refuses and writes nothing", async () => {
    const input = join(tmp, "return.xlsx");
    writeFileSync(input, original);
    const io = capture();
    expect(await main(["generate", input, "--out", tmp], io)).toBe(2);
    expect(io.text()).toContain("is the workbook being read");
    unchanged(input);
    expect(existsSync(join(tmp, "return.json"))).toBe(false);
  });

  test("with errors in the workbook, it is not deleted either", async () => {
    const input = join(tmp, "return.xlsx");
    writeFileSync(input, original);
    await withError(input);
    expect(await main(["generate", input, "--out", tmp], capture())).toBe(2);
    unchanged(input);
  });

  test("reached through a symbolic link in --out", async () => {
    mkdirSync(join(tmp, "out"));
    symlinkSync(workbook, join(tmp, "out", "return.xlsx"));
    expect(await main(["generate", workbook, "--out", join(tmp, "out")], capture())).toBe(2);
    unchanged();
  });

  test("reached through a hard link in --out", async () => {
    mkdirSync(join(tmp, "out"));
    linkSync(workbook, join(tmp, "out", "return.txt"));
    expect(await main(["generate", workbook, "--out", join(tmp, "out")], capture())).toBe(2);
    unchanged();
  });

  test("next --out naming the workbook by another path refuses", async () => {
    expect(await main(["next", workbook, "--out", join(tmp, ".", "register.xlsx")], capture())).toBe(2);
    unchanged();
  });
});

describe("nddr next never overwrites a file", () => {
  beforeEach(async () => {
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
  });

  test("an existing <wb>-next.xlsx is kept and the copy takes the next free name", async () => {
    const mine = join(tmp, "register-next.xlsx");
    writeFileSync(mine, "my own file");
    const io = capture();
    expect(await main(["next", workbook], io)).toBe(0);
    expect(readFileSync(mine, "utf8")).toBe("my own file");
    expect(io.text()).toContain(join(tmp, "register-next-2.xlsx"));
    expect((await zipEntries(readFileSync(join(tmp, "register-next-2.xlsx")))).has("xl/workbook.xml")).toBe(true);
  });

  test("next on a copy made by next takes the next free -next-n name, not -next-next", async () => {
    expect(await main(["next", workbook], capture())).toBe(0);
    const first = join(tmp, "register-next.xlsx");
    const before = readFileSync(first);
    expect(await main(["next", first], capture())).toBe(0);
    expect(existsSync(join(tmp, "register-next-next.xlsx"))).toBe(false);
    expect(readFileSync(first).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "register-next-2.xlsx"))).toBe(true);
    expect(await main(["next", join(tmp, "register-next-2.xlsx")], capture())).toBe(0);
    expect(existsSync(join(tmp, "register-next-3.xlsx"))).toBe(true);
  });

  test("a name of the user's that only looks like a copy (register-next-2024) is kept whole", async () => {
    const own = join(tmp, "register-next-2024.xlsx");
    writeFileSync(own, readFileSync(workbook));
    expect(await main(["next", own], capture())).toBe(0);
    expect(existsSync(join(tmp, "register-next-2024-next.xlsx"))).toBe(true);
  });

  test("--out naming an existing file refuses and keeps it", async () => {
    const mine = join(tmp, "other.xlsx");
    writeFileSync(mine, "my own file");
    const io = capture();
    expect(await main(["next", workbook, "--out", mine], io)).toBe(2);
    expect(io.text()).toContain("already exists");
    expect(readFileSync(mine, "utf8")).toBe("my own file");
  });

  test("the copy asks Excel to recalculate on open", async () => {
    expect(await main(["next", workbook], capture())).toBe(0);
    const wb = (await zipEntries(readFileSync(join(tmp, "register-next.xlsx")))).get("xl/workbook.xml")!.toString();
    expect(wb).toContain('fullCalcOnLoad="1"');
  });
});

describe("macro-enabled workbooks", () => {
  beforeEach(async () => {
    workbook = join(tmp, "register.xlsm");
    writeFileSync(workbook, await excelStyleRegister({ macros: true }));
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
    original = readFileSync(workbook);
  });

  test("next on .xlsm writes .xlsm with the macro content type and the VBA project", async () => {
    expect(await main(["next", workbook], capture())).toBe(0);
    const copy = await zipEntries(readFileSync(join(tmp, "register-next.xlsm")));
    expect(copy.get("[Content_Types].xml")!.toString()).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(copy.get("xl/vbaProject.bin")!.equals((await zipEntries(original)).get("xl/vbaProject.bin")!)).toBe(true);
    expect(existsSync(join(tmp, "register-next.xlsx"))).toBe(false);
  });

  test("next --out with .xlsx on an .xlsm refuses: Excel would not open it", async () => {
    const io = capture();
    expect(await main(["next", workbook, "--out", join(tmp, "copy.xlsx")], io)).toBe(2);
    expect(io.text()).toContain("--out must end in .xlsm");
    expect(existsSync(join(tmp, "copy.xlsx"))).toBe(false);
    unchanged();
  });
});

describe("--log replaces the workbook only when it is safe", () => {
  test("keeps every other part byte for byte and every original row and cell of the Log sheet", async () => {
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
    const [before, after] = [await zipEntries(original), await zipEntries(readFileSync(workbook))];
    const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k)!));
    expect(changed).toEqual(expect.arrayContaining([LOG_SHEET, "xl/workbook.xml", "xl/styles.xml"]));
    expect(changed).toHaveLength(4); // and the log table, and the styles (the closing date's date format)
    const [b, a] = [before.get(LOG_SHEET)!.toString(), after.get(LOG_SHEET)!.toString()];
    const cells = (xml: string) => new Map(readSheet(xml).rows.flatMap((r) => r.cells).map((c) => [`${c.col}:${c.row}`, xml.slice(c.el.start, c.el.end)]));
    const [cb, ca] = [cells(b), cells(a)];
    for (const [at, xml] of cb) expect([at, ca.get(at)]).toEqual([at, xml]);
    expect(ca.size).toBe(cb.size + 12);
  });

  test("a save made while it runs is not lost: refused, the save kept", async () => {
    const io = capture();
    const excelSave = Buffer.concat([original, Buffer.from("saved in Excel")]);
    // now() is asked for just before the log is written: the moment a user might save in Excel.
    io.now = () => {
      writeFileSync(workbook, excelSave);
      return "2024-12-18T08:01:02+08:00";
    };
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], io)).toBe(2);
    expect(io.text()).toContain("changed since nddr read it");
    expect(readFileSync(workbook).equals(excelSave)).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.includes("nddr"))).toEqual([]);
  });

  test("a read-only workbook is refused before anything is written", async () => {
    chmodSync(workbook, 0o444);
    const io = capture();
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], io)).toBe(2);
    expect(io.text()).toContain("read-only");
    unchanged();
    expect(existsSync(join(tmp, "out"))).toBe(false);
  });

  test("a workbook open in Excel (its ~$ owner file beside it) is refused", async () => {
    writeFileSync(join(tmp, "~$register.xlsx"), "owner");
    const io = capture();
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], io)).toBe(2);
    expect(io.text()).toContain("open in Excel");
    unchanged();
  });

  test("a 0600 workbook stays 0600", async () => {
    chmodSync(workbook, 0o600);
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
    expect(statSync(workbook).mode & 0o777).toBe(0o600);
  });

  test("a workbook with a second name (a hard link) is refused: replacing one name would leave the other as it was", async () => {
    const other = join(tmp, "other-name.xlsx");
    linkSync(workbook, other);
    const io = capture();
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log"], io)).toBe(2);
    expect(io.text()).toContain("hard links");
    unchanged();
    expect(readFileSync(other).equals(original)).toBe(true);
    expect(statSync(other).ino).toBe(statSync(workbook).ino);
  });

  test("a symbolic link stays a link, and the file it points to is updated", async () => {
    const link = join(tmp, "link.xlsx");
    symlinkSync(workbook, link);
    expect(await main(["generate", link, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(workbook).equals(original)).toBe(false);
  });

  test("Generated at follows --today", async () => {
    expect(await main(["generate", workbook, "--out", join(tmp, "out"), "--log", "--today", "2024-12-19"], capture())).toBe(0);
    const sheet = (await zipEntries(readFileSync(workbook))).get(LOG_SHEET)!.toString();
    expect(sheet).toContain("2024-12-19T08:01:02+08:00");
    expect(sheet).not.toContain("2024-12-18T08:01:02+08:00");
  });

  test("replacing refuses a file changed since it was read, at the adapter too", () => {
    const read = readWorkbookFile(workbook);
    if (!read.ok) throw new Error(read.reason);
    writeFileSync(workbook, "saved elsewhere");
    expect(replaceWorkbookFile(read.workbook, new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: expect.stringMatching(/changed since nddr read it/) });
    expect(readFileSync(workbook, "utf8")).toBe("saved elsewhere");
  });
});

test("template never overwrites an existing file", async () => {
  const io = capture();
  expect(await main(["template", workbook], io)).toBe(2);
  expect(io.text()).toContain("never overwrites");
  unchanged();
});

test("a file over 2 GB is refused in one sentence, not with Node's buffer error", async () => {
  const big = join(tmp, "big.xlsx");
  writeFileSync(big, "");
  truncateSync(big, 2 ** 31 + 1024); // sparse: no disk is used
  const io = capture();
  expect(await main(["generate", big, "--out", join(tmp, "out")], io)).toBe(2);
  expect(io.text()).toMatch(/cannot read .*big\.xlsx: it is 2\.0 GB, more than the 2 GB a workbook nddr reads may be\./);
  expect(io.text()).not.toMatch(/out of range/);
});
