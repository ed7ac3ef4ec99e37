// `nddr generate --out DIR` writes and removes only files nddr made: never through a link, never over a
// file of the user's, and on exit 1 it removes only its own stale return.txt / return.xlsx (QA F12).
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";
import { excelStyleRegister } from "../support/excel-style";

let tmp: string;
let workbook: string;
let out: string;
beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-out-"));
  workbook = join(tmp, "register.xlsx");
  writeFileSync(workbook, await excelStyleRegister());
  out = join(tmp, "out");
  mkdirSync(out);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const generate = (io = capture()) => main(["generate", workbook, "--out", out], io);

/** A blank template: its return has errors, so a run exits 1. */
async function blankWorkbook(): Promise<string> {
  const blank = join(tmp, "blank.xlsx");
  expect(await main(["template", blank], capture())).toBe(0);
  return blank;
}

test("a symbolic link named return.txt in --out is refused and the file it points to is unchanged", async () => {
  writeFileSync(join(tmp, "notes.txt"), "my notes");
  symlinkSync("../notes.txt", join(out, "return.txt"));
  const io = capture();
  expect(await generate(io)).toBe(2);
  expect(io.text()).toContain("is a link");
  expect(readFileSync(join(tmp, "notes.txt"), "utf8")).toBe("my notes");
  expect(readlinkSync(join(out, "return.txt"))).toBe("../notes.txt");
  expect(existsSync(join(out, "return.json"))).toBe(false);
});

test("a user's own return.xlsx in --out is refused and kept, and nothing is written", async () => {
  writeFileSync(join(out, "return.xlsx"), "the user's spreadsheet");
  const io = capture();
  expect(await generate(io)).toBe(2);
  expect(io.text()).toContain("was not made by nddr");
  expect(readFileSync(join(out, "return.xlsx"), "utf8")).toBe("the user's spreadsheet");
  expect(existsSync(join(out, "return.json"))).toBe(false);
});

test("a user's own return.json in --out is refused and kept", async () => {
  writeFileSync(join(out, "return.json"), JSON.stringify({ mine: true }));
  expect(await generate()).toBe(2);
  expect(JSON.parse(readFileSync(join(out, "return.json"), "utf8"))).toEqual({ mine: true });
});

test("with errors in the workbook a user's own return.txt is refused, not deleted", async () => {
  writeFileSync(join(out, "return.txt"), "kept");
  expect(await main(["generate", await blankWorkbook(), "--out", out], capture())).toBe(2);
  expect(readFileSync(join(out, "return.txt"), "utf8")).toBe("kept");
});

test("files nddr made are replaced by a second run", async () => {
  expect(await generate()).toBe(0);
  const first = lstatSync(join(out, "return.xlsx")).ino;
  expect(await generate()).toBe(0);
  expect(lstatSync(join(out, "return.xlsx")).isFile()).toBe(true);
  expect(lstatSync(join(out, "return.xlsx")).ino).not.toBe(first); // a new file renamed into place
});

test("with errors (exit 1) the stale return.txt and return.xlsx nddr made are removed", async () => {
  expect(await generate()).toBe(0);
  expect(await main(["generate", await blankWorkbook(), "--out", out], capture())).toBe(1);
  expect(existsSync(join(out, "return.txt"))).toBe(false);
  expect(existsSync(join(out, "return.xlsx"))).toBe(false);
  expect(existsSync(join(out, "return.json"))).toBe(true);
});

test("a second name (hard link) of an earlier return.txt keeps its content when the return is written again", async () => {
  expect(await generate()).toBe(0);
  linkSync(join(out, "return.txt"), join(tmp, "kept-copy.txt"));
  const before = readFileSync(join(tmp, "kept-copy.txt"));
  expect(await main(["generate", workbook, "--out", out, "--lang", "zh-HK"], capture())).toBe(0);
  expect(readFileSync(join(tmp, "kept-copy.txt")).equals(before)).toBe(true);
  expect(readFileSync(join(out, "return.txt")).equals(before)).toBe(false);
});

test("a folder named return.json in --out is refused", async () => {
  mkdirSync(join(out, "return.json"));
  const io = capture();
  expect(await generate(io)).toBe(2);
  expect(io.text()).toContain(`cannot write ${join(out, "return.json")}: a folder is in the way`);
});
