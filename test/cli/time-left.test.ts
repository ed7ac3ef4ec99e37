// `nddr generate` on the clock it runs by: after "A return is due by 08:30 on …", how long is left, or how
// long ago the deadline passed (QA round 6: a return generated at 10:00 on its deadline day said only
// "is due by 08:30" that day). SenseTime's placing of 17 December is due by 08:30 on 18 December; the
// workbook here is the example as a new return submitted today (Date submitted left blank).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-left-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const run = async (now: string, settings: Record<string, unknown> = {}, ...extra: string[]) => {
  const workbook = join(tmp, "register.xlsx");
  const issuer = { ...SENSETIME_2024_12_18.issuer, "Status": "New Submission", "Date submitted": null, ...settings };
  writeFileSync(workbook, new Uint8Array(await buildInputWorkbook({ ...SENSETIME_2024_12_18, issuer }).xlsx.writeBuffer()));
  const io = capture(now.slice(0, 10), now);
  expect(await main(["generate", workbook, "--out", join(tmp, "out"), ...extra], io)).toBe(0);
  return io.lines.filter((l) => /Overdue|left \(/.test(l));
};

test("after 08:30 on the deadline day it says how long ago the deadline passed", async () => {
  expect(await run("2024-12-18T10:00:00+08:00")).toEqual(["Overdue by 1 h 30 min (10:00 in Hong Kong now)."]);
});

test("before the deadline it says how long is left", async () => {
  expect(await run("2024-12-18T07:00:00+08:00")).toEqual(["1 h 30 min left (07:00 in Hong Kong now)."]);
});

test("days after the deadline it counts days", async () => {
  expect(await run("2024-12-21T10:00:00+08:00")).toEqual(["Overdue by 3 days (10:00 in Hong Kong now)."]);
});

test("a return submitted on another day than the clock's (Date submitted, or --today) has no time of day to measure from", async () => {
  expect(await run("2024-12-19T10:00:00+08:00", { "Date submitted": new Date("2024-12-18T00:00:00Z") })).toEqual([]);
  expect(await run("2024-12-19T10:00:00+08:00", {}, "--today", "2024-12-18")).toEqual([]);
});

test("a Resubmission gets no time line: it corrects a return already filed", async () => {
  expect(await run("2024-12-18T10:00:00+08:00", { "Status": "Resubmission" })).toEqual([]);
});

test("a return NDDR_Log already holds gets no time line: it was submitted", async () => {
  // The example's classes closed on 17 December as filed (return.json's closing balances), logged as such.
  const log = [[new Date("2024-12-18T07:55:00Z"), new Date("2024-12-17T00:00:00Z"), "B", 36_393_336_530, 0, null, null], [new Date("2024-12-18T07:55:00Z"), new Date("2024-12-17T00:00:00Z"), "A", 614_034_470, 0, null, null]];
  const workbook = join(tmp, "logged.xlsx");
  const issuer = { ...SENSETIME_2024_12_18.issuer, "Status": "New Submission", "Date submitted": null };
  writeFileSync(workbook, new Uint8Array(await buildInputWorkbook({ ...SENSETIME_2024_12_18, issuer, log } as typeof SENSETIME_2024_12_18).xlsx.writeBuffer()));
  const io = capture("2024-12-18", "2024-12-18T10:00:00+08:00");
  await main(["generate", workbook, "--out", join(tmp, "out2")], io);
  expect(io.lines.filter((l) => /Overdue|left \(/.test(l))).toEqual([]);
});
