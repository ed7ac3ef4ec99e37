// Why a return is due, read off published returns: SenseTime's placing (an "always" event, MB
// 13.25A(2)(a)(i)) and Tencent's buyback (MB 10.06(4)(a)); and how urgent the 08:30 deadline is.
import type { NddrReturn } from "../../src/domain/return-model";
import { prepareReturn } from "../../src/pipeline/prepare-return";
import { deadlineUrgency } from "../../src/render/deadline-urgency";
import { dueReasons } from "../../src/taskpane/due-reasons";
import { exampleTables } from "../support/simulated";
import { generate, returnOf, T } from "../domain/ledger-builder";

async function nddrOf(file: string, today: string): Promise<NddrReturn> {
  const nddr = (await prepareReturn(await exampleTables(file), { today: today as never, language: "en" })).generation.nddr;
  if (!nddr) throw new Error("no return");
  return nddr;
}

describe("why a return is due", () => {
  test("SenseTime: the placing of 17 December 2024 under MB 13.25A(2)(a)(i)", async () => {
    expect(dueReasons(await nddrOf("sensetime-2024-12-18.xlsx", "2024-12-18"))).toEqual([{
      date: "2024-12-17",
      what: "Placing/subscription - new shares involved: 1,865,000,000 class B shares on 17 December 2024",
      rule: "MB 13.25A(2)(a)(i)",
    }]);
  });

  test("Tencent: the repurchase of 13 June 2025 under MB 10.06(4)(a)", async () => {
    const reasons = dueReasons(await nddrOf("tencent-2025-06-13.xlsx", "2025-06-13"));
    expect(reasons[0]).toEqual({
      date: "2025-06-13",
      what: "Repurchase of 982,000 class T shares on 13 June 2025 (On the Exchange)",
      rule: "MB 10.06(4)(a), 13.25A(2)(a)(viii)",
    });
  });
});

describe("the 5% crossing among the reasons (rule 17: the deadline runs from the event that reaches 5%)", () => {
  // Opening 1,000,010: the threshold is ⌈50,000.5⌉ = 50,001; 30,000 (3 Jun) + 20,001 (5 Jun) reach it on 5 Jun.
  const nddr = returnOf(generate({
    issuer: { openingDate: "2025-05-30" },
    classes: [{ key: "A", openingIssued: 1_000_010 }],
    movements: [
      { date: "2025-06-03", type: T.schemeNewOthers, details: "2023 scheme", shares: 30_000 },
      { date: "2025-06-05", type: T.schemeNewOthers, details: "2023 scheme", shares: 20_001 },
      { date: "2025-06-10", type: T.placingNew, shares: 1 },
    ],
  }, "2025-06-11"));

  test("a crossing on 5 June is listed before an \"always\" event of 10 June, dated 5 June", () => {
    expect(nddr.deadline).toBe("2025-06-06T08:30:00+08:00");
    expect(dueReasons(nddr).map((r) => r.date)).toEqual(["2025-06-05", "2025-06-10"]);
  });

  test("the 5% reason names the day it was reached", () => {
    expect(dueReasons(nddr)[0].what).toBe('"5%" events of class A reached 5% of the issued shares on 05 June 2025: 50,001 shares (5 %)');
  });
});

describe("the deadline's urgency", () => {
  const deadline = "2024-12-18T08:30:00+08:00";
  test("hours left on the evening before", () => {
    expect(deadlineUrgency(deadline, new Date("2024-12-17T23:30:00+08:00"))).toEqual({ urgency: "hours", hoursLeft: 9, text: "9 h 00 min left" });
  });
  test("minutes left just before", () => {
    expect(deadlineUrgency(deadline, new Date("2024-12-18T08:10:00+08:00")).text).toBe("20 minutes left");
  });
  test("overdue once 08:30 has passed", () => {
    expect(deadlineUrgency(deadline, new Date("2024-12-18T10:45:00+08:00"))).toEqual({ urgency: "overdue", hoursLeft: -3, text: "Overdue by 2 h 15 min" });
  });
  test("days left when far away", () => {
    expect(deadlineUrgency(deadline, new Date("2024-12-14T08:30:00+08:00"))).toMatchObject({ urgency: "later", text: "4 days left" });
  });
});
