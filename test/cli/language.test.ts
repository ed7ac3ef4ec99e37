// `nddr generate --lang`: zh-HK writes the Chinese return (in any letter case), anything else is a
// usage error naming the languages there are, and nothing is written.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type Io } from "../../src/cli/main";
import type { IsoDate } from "../../src/domain/dates";

const EXAMPLE = join(__dirname, "../../examples/sensetime-2024-12-18.xlsx");

function capture(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (t) => lines.push(t), err: (t) => lines.push(t), today: () => "2024-12-18" as IsoDate };
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-lang-"));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const lines = (path: string) => readFileSync(path, "utf8").split("\n");

describe("nddr generate --lang", () => {
  it.each(["zh-HK", "zh-hk", "ZH-HK"])("--lang %s writes return.txt under the Chinese title 翌日披露報表", async (lang) => {
    const io = capture();
    expect(await main(["generate", EXAMPLE, "--out", tmp, "--lang", lang], io)).toBe(0);
    expect(lines(join(tmp, "return.txt"))).toContain("翌日披露報表");
  });

  it("prints Chinese dates and labels with the same figures", async () => {
    await main(["generate", EXAMPLE, "--out", tmp, "--lang=zh-HK"], capture());
    const text = lines(join(tmp, "return.txt"));
    expect(text).toContain("呈交日期: 2024年12月18日");
    expect(text).toContain(["於下列日期開始時的結存(註1) 2024年11月30日", "34,528,336,530", "", "0", "", "34,528,336,530"].join("\t"));
    expect(text).toContain(["於下列日期結束時的結存 (註5及6) 2024年12月17日", "36,393,336,530", "", "0", "", "36,393,336,530"].join("\t"));
    expect(text.find((l) => l.startsWith("1). 配售/認購 - 涉及新股份 "))?.split("\t").slice(1)).toEqual(["1,865,000,000", "5.4 %", "", "HKD 1.5", ""]);
  });

  it("writes the Chinese return sheet with the same numbers and formats", async () => {
    await main(["generate", EXAMPLE, "--out", tmp, "--lang", "zh-HK"], capture());
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, "return.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("翌日披露報表");
    const numbers: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "number" && numbers.push(`${c.value}|${c.numFmt}`))));
    expect(numbers).toEqual(expect.arrayContaining(["34528336530|#,##0", "1865000000|#,##0", "36393336530|#,##0", "614034470|#,##0"]));
  });

  it("refuses a language it cannot print, naming the ones it can, and writes nothing", async () => {
    const io = capture();
    expect(await main(["generate", EXAMPLE, "--out", tmp, "--lang", "fr"], io)).toBe(2);
    expect(io.lines.join("\n")).toContain("--lang fr: the return prints in en or zh-HK");
    expect(existsSync(join(tmp, "return.txt"))).toBe(false);
  });
});
