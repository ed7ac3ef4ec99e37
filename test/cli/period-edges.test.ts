// QA round 6 (R1–R3) from the command line: a filed return generated again after later returns were
// logged, a repurchase whose cancellation is scheduled after the return is submitted, a row's date typed
// in a future year, and a treasury sale of an earlier period whose prices were wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const B_OPENING = 34_528_336_530;
const A_OPENING = 614_034_470;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-edges-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function run(data: InputWorkbookData, today: string) {
  const workbook = join(tmp, "register.xlsx");
  writeFileSync(workbook, new Uint8Array(await buildInputWorkbook(data).xlsx.writeBuffer()));
  const io = capture();
  const out = join(tmp, "out");
  const rc = await main(["generate", workbook, "--out", out, "--today", today], io);
  const json = JSON.parse(readFileSync(join(out, "return.json"), "utf8"));
  return { rc, text: io.text(), json };
}

const issuer = (changes: Record<string, Date | string | null>) => ({ ...SENSETIME_2024_12_18.issuer, ...changes });

test("a filed return generates again after a later return is logged: it opens on the return before it", async () => {
  const { rc, text, json } = await run({
    ...SENSETIME_2024_12_18,
    issuer: issuer({ "Status": "New Submission" }),
    log: [
      [null, day("2024-11-30"), "B", B_OPENING, 0, null, null],
      [null, day("2024-11-30"), "A", A_OPENING, 0, null, null],
      // This return, filed; then the next one.
      [null, day("2024-12-17"), "B", B_OPENING + 1_865_000_000, 0, null, null],
      [null, day("2024-12-17"), "A", A_OPENING, 0, null, null],
      [null, day("2024-12-20"), "B", B_OPENING + 1_865_000_000, 0, null, null],
      [null, day("2024-12-20"), "A", A_OPENING, 0, null, null],
    ],
  }, "2024-12-23");
  expect(text).not.toMatch(/OPENING_/);
  expect(rc).toBe(0);
  expect(json.openingFollows).toMatchObject({ closingDate: "2024-11-30", sheet: "Log", cell: "B3" });
});

test("a repurchase cancelled on settlement after today closes the return on its trading date, with its shares in Part B", async () => {
  const { rc, text, json } = await run({
    ...SENSETIME_2024_12_18,
    issuer: issuer({ "Date submitted": null }),
    movements: [],
    repurchases: [["B", day("2024-12-03"), 1_000, "On the Exchange", null, 1.6, 1.5, 1_550, "HKD", "Cancellation", day("2024-12-05"), day("2024-06-01")]],
    mandates: [["B", "Repurchase", day("2024-06-01"), 3_000_000_000, 34_000_000_000, 0]],
  }, "2024-12-04");
  expect(text).not.toMatch(/SUBMITTED_BEFORE_CLOSING/);
  expect(rc).toBe(0);
  expect(json.closingDate).toBe("2024-12-03");
  const classB = json.sectionI.find((c: { classKey: string }) => c.classKey === "B");
  expect(classB.partB.map((p: { shares: number; date: string }) => [p.date, p.shares])).toEqual([["2024-12-03", 1_000]]);
});

test("a row's date typed in a future year is the error, at that row's cell", async () => {
  const [placing] = SENSETIME_2024_12_18.movements!;
  const { rc, text } = await run({
    ...SENSETIME_2024_12_18,
    issuer: issuer({ "Date submitted": null }),
    movements: [placing, ["A", day("2052-12-17"), "Share scheme - new shares to other participants", "2020 scheme", 1_000]],
  }, "2024-12-18");
  expect(rc).toBe(1);
  expect(text).toMatch(/Movements!B3 +SUBMITTED_BEFORE_CLOSING: Today, 2024-12-18 \(Date submitted is blank\), is before the closing date 2052-12-17, the date at Movements!B3/);
});

test("a treasury sale of an earlier period with a wrong aggregate does not block this return", async () => {
  const { rc, text } = await run({
    ...SENSETIME_2024_12_18,
    classes: [SENSETIME_2024_12_18.classes![0].map((v, i) => (i === 9 ? 10_000 : v)), SENSETIME_2024_12_18.classes![1]],
    treasurySales: [["B", day("2024-10-02"), 500, "On the Exchange", 11, 11, 99_999, "HKD", null]],
    mandates: [["B", "General mandate", day("2024-06-01"), 6_000_000_000, 34_000_000_000, 0]],
  }, "2024-12-18");
  expect(text).not.toMatch(/AGGREGATE_OUT_OF_RANGE/);
  expect(rc).toBe(0);
});
