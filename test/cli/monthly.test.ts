// `nddr monthly`: the Monthly Return from a workbook file, with generate's exit codes and file safety.
// The workbooks are written by exceljs from the golden ledgers (test/support/monthly-golden-workbooks.ts);
// what is printed is held against the published returns' own figures.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";
import { monthlyGrids, s, type MonthlyWorkbook } from "../support/monthly-grids";
import { MONTHLY_GOLDEN, MINISO_MONTHLY } from "../support/monthly-golden-workbooks";
import { workbookFromGrids } from "../support/parity";

const published = (name: string) => JSON.parse(readFileSync(join(__dirname, "../fixtures/published", name), "utf8"));
const FIXTURES: Record<string, string> = { "2024-09": "miniso-mr-2024-09.json", "2024-12": "alibaba-mr-2024-12.json", "2023-05": "zhihu-mr-2023-05.json" };

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-monthly-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function file(w: MonthlyWorkbook, name = "register.xlsx"): Promise<string> {
  const path = join(tmp, name);
  writeFileSync(path, await workbookFromGrids(monthlyGrids(w)));
  return path;
}

/** The printed figures of a published Part II row: issued, treasury, total (v1.1), or the one figure (v1.0.1). */
type Printed = { printed?: string; issued_excl_treasury?: { printed: string }; treasury?: { printed: string }; total_issued?: { printed: string } };
const figures = (b: Printed): string[] => (b.printed !== undefined ? [b.printed] : [b.issued_excl_treasury!.printed, b.treasury!.printed, ...(b.total_issued ? [b.total_issued.printed] : [])]);

describe.each(MONTHLY_GOLDEN)("nddr monthly: $name", (c) => {
  test("exits 0, writes the three files, and prints the published Part II figures of every class", async () => {
    const io = capture(c.today);
    const out = join(tmp, "out");
    expect(await main(["monthly", await file(c.workbook), "--month", c.month, "--out", out, "--today", c.today], io)).toBe(0);
    for (const name of ["monthly-return.json", "monthly-return.txt", "monthly-return.xlsx"]) expect(existsSync(join(out, name))).toBe(true);
    const lines = io.lines;
    // Classes print in the form's order, each with its three rows.
    (published(FIXTURES[c.month]!).part_II_issued as Record<string, Printed>[]).forEach((cls, i) => {
      const row = (label: string, b: Printed) => {
        const line = lines.filter((l) => l.trim().startsWith(label))[i];
        const printed = line?.trim().split(/\s{2,}/).slice(1);
        // v1.0.1 printed one figure (issued = total, no treasury column); v1.1 prints each column.
        expect(printed).toEqual(b.printed !== undefined ? expect.arrayContaining(figures(b)) : figures(b));
      };
      row("Balance at close of preceding month", cls.balance_close_preceding_month);
      row("Increase / decrease (-)", cls.increase_decrease);
      row("Balance at close of the month", cls.balance_close_of_month);
    });
  });
});

test("prints MINISO's deadline: 08:30 on the fifth business day after the National Day holiday", async () => {
  const io = capture("2024-10-04");
  expect(await main(["monthly", await file(MINISO_MONTHLY), "--month", "2024-09", "--out", join(tmp, "out"), "--today", "2024-10-04"], io)).toBe(0);
  expect(io.text()).toContain("It is due by 08:30 on 08 October 2024 (Hong Kong time).");
  expect(io.text()).toContain("Once it is submitted on HKEXnews, mark it as filed: nddr file");
});

test("never changes the workbook", async () => {
  const path = await file(MINISO_MONTHLY);
  const before = readFileSync(path);
  await main(["monthly", path, "--month", "2024-09", "--out", join(tmp, "out"), "--today", "2024-10-04"], capture());
  expect(readFileSync(path).equals(before)).toBe(true);
});

test("--lang zh-HK prints the Chinese Monthly Return with the same figures", async () => {
  const out = join(tmp, "out");
  expect(await main(["monthly", await file(MINISO_MONTHLY), "--month", "2024-09", "--out", out, "--today", "2024-10-04", "--lang", "zh-HK"], capture())).toBe(0);
  const text = readFileSync(join(out, "monthly-return.txt"), "utf8");
  expect(text).toContain("月報表");
  expect(text).toContain("1,259,282,577");
});

test("errors: exit 1, the json lists them, and stale .txt and .xlsx from an earlier run are removed", async () => {
  const out = join(tmp, "out");
  const good = await file(MINISO_MONTHLY, "good.xlsx");
  await main(["monthly", good, "--month", "2024-09", "--out", out, "--today", "2024-10-04"], capture());
  const bad = await file({ ...MINISO_MONTHLY, authorisedCapital: [["O", null, 10_000_000_000, 0, "USD"]] }, "bad.xlsx");
  const io = capture("2024-10-04");
  expect(await main(["monthly", bad, "--month", "2024-09", "--out", out, "--today", "2024-10-04"], io)).toBe(1);
  expect(io.text()).toMatch(/error +AuthorisedCapital!D2 +PAR_VALUE_ZERO/);
  expect(JSON.parse(readFileSync(join(out, "monthly-return.json"), "utf8")).findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "PAR_VALUE_ZERO" })]));
  expect(existsSync(join(out, "monthly-return.txt"))).toBe(false);
  expect(existsSync(join(out, "monthly-return.xlsx"))).toBe(false);
});

test.each([
  [["--out", "x"], "--month is required"],
  [["--month", "Sept 2024"], "--month Sept 2024: write the month as YYYY-MM"],
  [["--month", "2024-13"], "write the month as YYYY-MM"],
  [["--month", "2024-09", "--lang", "fr"], "--lang fr"],
])("usage error %j: exit 2", async (args, message) => {
  const io = capture();
  expect(await main(["monthly", await file(MINISO_MONTHLY), ...args], io)).toBe(2);
  expect(io.text()).toContain(message);
});

test("refuses an --out where an output would be the workbook itself (exit 2, nothing written)", async () => {
  const path = await file(MINISO_MONTHLY, "monthly-return.xlsx");
  const before = readFileSync(path);
  const io = capture();
  expect(await main(["monthly", path, "--month", "2024-09", "--out", tmp], io)).toBe(2);
  expect(io.text()).toContain("is the workbook being read");
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(existsSync(join(tmp, "monthly-return.json"))).toBe(false);
});

test("a file that is not a workbook: exit 2, in words", async () => {
  const path = join(tmp, "notes.xlsx");
  writeFileSync(path, "Class key,Date\n");
  const io = capture();
  expect(await main(["monthly", path, "--month", "2024-09", "--out", join(tmp, "out")], io)).toBe(2);
  expect(io.text()).toMatch(/cannot read .*notes\.xlsx/);
  expect(io.text()).not.toMatch(/internal error/i);
});

test("a month whose movements are in the ledger shows them in Part II", async () => {
  const path = await file({ ...MINISO_MONTHLY, movements: [["O", s("2024-09-10"), "Share scheme - new shares to other participants", "2020 Scheme", 1_000, null, null, 5, "HKD"]] });
  const io = capture("2024-10-04");
  expect(await main(["monthly", path, "--month", "2024-09", "--out", join(tmp, "out"), "--today", "2024-10-04"], io)).toBe(0);
  expect(io.lines.find((l) => l.trim().startsWith("Increase / decrease"))?.trim().split(/\s{2,}/).slice(1)).toEqual(["1,000", "0"]);
});
