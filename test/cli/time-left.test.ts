// `nddr generate` on the clock it runs by: after "A return is due by 08:30 on …", how long is left, or how
// long ago the deadline passed (QA round 6: a return generated at 10:00 on its deadline day said only
// "is due by 08:30" that day). The SenseTime example's placing of 17 December is due by 08:30 on 18 December.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture-io";

const EXAMPLE = resolve(__dirname, "../../examples/sensetime-2024-12-18.xlsx");
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-left-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const run = async (now: string, ...extra: string[]) => {
  const io = capture(now.slice(0, 10), now);
  expect(await main(["generate", EXAMPLE, "--out", join(tmp, "out"), ...extra], io)).toBe(0);
  return io.lines;
};

test("after 08:30 on the deadline day it says how long ago the deadline passed", async () => {
  expect(await run("2024-12-18T10:00:00+08:00")).toContain("Overdue by 1 h 30 min (10:00 in Hong Kong now).");
});

test("before the deadline it says how long is left", async () => {
  expect(await run("2024-12-18T07:00:00+08:00")).toContain("1 h 30 min left (07:00 in Hong Kong now).");
});

test("with --today another day than the clock's, there is no time of day to measure from", async () => {
  const lines = await run("2024-12-19T10:00:00+08:00", "--today", "2024-12-18");
  expect(lines.filter((l) => /Overdue|left \(/.test(l))).toEqual([]);
});
