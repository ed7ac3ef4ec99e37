// Mark as filed on the command line: `nddr file` (and --month for a Monthly Return), and
// `nddr generate --log` / `nddr monthly --log`, which are the same filing after generating. Generating
// alone never touches the workbook; filing appends the closing balances to NDDR_Log once.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { readTables } from "../support/exceljs-tables";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";
import { monthlyGrids, s } from "../support/monthly-grids";
import { MINISO_MONTHLY } from "../support/monthly-golden-workbooks";
import { workbookFromGrids } from "../support/parity";

const published = JSON.parse(readFileSync(join(__dirname, "../fixtures/published/miniso-nddr-2024-10-18.json"), "utf8"));

async function logRowsOf(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return readTables(wb).find((t) => t.name === "NDDR_Log")!.rows.filter((r) => r.some((v) => v !== null));
}

let tmp: string;
let sensetime: string;
beforeEach(async () => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-file-"));
  sensetime = join(tmp, "register.xlsx");
  writeFileSync(sensetime, new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer()));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe("nddr file", () => {
  test("appends one row per class with the closing balances, and prints them", async () => {
    const io = capture();
    expect(await main(["file", sensetime], io)).toBe(0);
    expect((await logRowsOf(sensetime)).map((r) => r.slice(0, 5).concat(r[6]))).toEqual([
      ["2024-12-18T08:01:02+08:00", 45643, "B", 36_393_336_530, 0, "Next Day Disclosure Return"], // 45643: 17 December 2024, a date
      ["2024-12-18T08:01:02+08:00", 45643, "A", 614_034_470, 0, "Next Day Disclosure Return"],
    ]);
    expect(io.text()).toContain("Class B: 36,393,336,530 issued (excluding treasury), 0 treasury at the close of 2024-12-17.");
    expect(io.text()).toContain("Marked as filed: the Next Day Disclosure Return closing 17 December 2024, 2 rows added to NDDR_Log.");
  });

  test("filing twice appends once, says so, and leaves the file byte for byte as it was", async () => {
    await main(["file", sensetime], capture());
    const once = readFileSync(sensetime);
    const io = capture();
    expect(await main(["file", sensetime], io)).toBe(0);
    expect(io.text()).toContain("NDDR_Log already records the Next Day Disclosure Return closing 17 December 2024 with these balances: nothing appended");
    expect(readFileSync(sensetime).equals(once)).toBe(true);
  });

  test("nddr generate --log appends exactly what nddr file appends: one behaviour", async () => {
    const copy = join(tmp, "copy.xlsx");
    writeFileSync(copy, readFileSync(sensetime));
    expect(await main(["file", sensetime], capture())).toBe(0);
    expect(await main(["generate", copy, "--out", join(tmp, "out"), "--log"], capture())).toBe(0);
    expect(await logRowsOf(copy)).toEqual(await logRowsOf(sensetime));
  });

  test("nddr generate without --log never changes the workbook, and says how to mark the return as filed", async () => {
    const before = readFileSync(sensetime);
    const io = capture();
    expect(await main(["generate", sensetime, "--out", join(tmp, "out")], io)).toBe(0);
    expect(await main(["generate", sensetime, "--out", join(tmp, "out")], capture())).toBe(0);
    expect(readFileSync(sensetime).equals(before)).toBe(true);
    expect(io.text()).toContain(`Once it is submitted on HKEXnews, mark it as filed: nddr file ${sensetime}`);
  });

  test("a return with errors is not filed: exit 1, the error printed, the workbook unchanged", async () => {
    const book = buildInputWorkbook(SENSETIME_2024_12_18);
    book.getWorksheet("Movements")!.getCell("E2").value = "many";
    writeFileSync(sensetime, new Uint8Array(await book.xlsx.writeBuffer()));
    const before = readFileSync(sensetime);
    const io = capture();
    expect(await main(["file", sensetime], io)).toBe(1);
    expect(io.text()).toMatch(/error +Movements!E2/);
    expect(io.text()).toContain("cannot have been filed");
    expect(readFileSync(sensetime).equals(before)).toBe(true);
  });

  test.each([[["--lang", "en"], "Unknown option --lang"], [["--month", "09/2024"], "write the month as YYYY-MM"], [["--today", "yesterday"], "--today must be a date"]])(
    "usage error %j: exit 2, nothing written", async (args, message) => {
      const before = readFileSync(sensetime);
      const io = capture();
      expect(await main(["file", sensetime, ...args], io)).toBe(2);
      expect(io.text()).toContain(message);
      expect(readFileSync(sensetime).equals(before)).toBe(true);
    });
});

describe("a Monthly Return filed, and the next NDDR opening on it", () => {
  // MINISO's ledger, kept from 31 August 2024: the Monthly Return for September moves the opening on.
  const AUGUST = { ...MINISO_MONTHLY, issuer: { ...MINISO_MONTHLY.issuer, "Opening date": s("2024-08-31") }, log: [] };
  let workbook: string;
  beforeEach(async () => {
    workbook = join(tmp, "miniso.xlsx");
    writeFileSync(workbook, await workbookFromGrids(monthlyGrids(AUGUST)));
  });

  test("nddr file --month logs it with Return \"Monthly Return\" at the month-end, once", async () => {
    expect(await main(["monthly", workbook, "--month", "2024-09", "--out", join(tmp, "out"), "--today", "2024-10-04"], capture("2024-10-04"))).toBe(0);
    expect(await main(["file", workbook, "--month", "2024-09", "--today", "2024-10-04"], capture("2024-10-04"))).toBe(0);
    expect(await main(["file", workbook, "--month", "2024-09", "--today", "2024-10-04"], capture("2024-10-04"))).toBe(0);
    expect((await logRowsOf(workbook)).map((r) => [r[1], r[2], r[3], r[4], r[6]])).toEqual([
      [45565, "O", published.section_I[0].part_A.opening_balance.issued_excl_treasury.value, 0, "Monthly Return"],
    ]);
  });

  test("nddr file --month refuses a log whose Return header was cleared: its rows would be read back as an NDDR's", async () => {
    const grids = monthlyGrids(AUGUST).map((g) => (g.name === "NDDR_Log" ? { ...g, headers: g.headers.map((h) => (h === "Return" ? "Column7" : h)) } : g));
    expect(grids.find((g) => g.name === "NDDR_Log")?.headers).toContain("Column7");
    writeFileSync(workbook, await workbookFromGrids(grids));
    const before = readFileSync(workbook);
    const io = capture("2024-10-04");
    expect(await main(["file", workbook, "--month", "2024-09", "--today", "2024-10-04"], io)).toBe(1);
    expect(io.text()).toContain(`NDDR_Log has no column "Return"`);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  test("nddr file --month for a month whose month before was never logged warns at the last one logged, and still logs it", async () => {
    const first = capture("2024-10-04");
    expect(await main(["file", workbook, "--month", "2024-09", "--today", "2024-10-04"], first)).toBe(0);
    expect(first.text()).not.toContain("MONTHLY_PRECEDING_NOT_LOGGED");
    // 2024-11 typed for 2024-10: October's return was never logged.
    const io = capture("2024-12-04");
    expect(await main(["file", workbook, "--month", "2024-11", "--today", "2024-12-04"], io)).toBe(0);
    const warning = io.lines.find((l) => l.includes("MONTHLY_PRECEDING_NOT_LOGGED"));
    expect(warning).toMatch(/^warning\s+Log!B2\s/);
    expect(warning).toContain("No Monthly Return is logged for the month ended 31 October 2024, though one is for the month ended 30 September 2024 (Log!B2)");
    expect((await logRowsOf(workbook)).map((r) => r[6])).toEqual(["Monthly Return", "Monthly Return"]);
  });

  test("generate the Monthly Return, file it, nddr next, generate the NDDR of 18 October 2024: it opens on the Monthly Return and closes as published", async () => {
    expect(await main(["monthly", workbook, "--month", "2024-09", "--out", join(tmp, "mr"), "--today", "2024-10-04", "--log"], capture("2024-10-04"))).toBe(0);
    const copy = join(tmp, "miniso-october.xlsx");
    const next = capture();
    expect(await main(["next", workbook, "--out", copy], next)).toBe(0);
    expect(next.text()).toContain("Monthly Return");
    const io = capture("2024-10-18");
    expect(await main(["generate", copy, "--out", join(tmp, "nddr"), "--today", "2024-10-18"], io)).toBe(0);
    const json = JSON.parse(readFileSync(join(tmp, "nddr", "return.json"), "utf8"));
    expect(json.findings).toEqual([]);
    expect(json.openingFollows).toMatchObject({ returnKind: "Monthly Return", closingDate: "2024-09-30" });
    const [cls] = json.sectionI;
    expect(cls.opening).toMatchObject({ date: "2024-09-30", issued: published.section_I[0].part_A.opening_balance.issued_excl_treasury.value });
    expect(cls.closing.issued).toBe(published.section_I[0].part_A.closing_balance.issued_excl_treasury.value);
  });
});
