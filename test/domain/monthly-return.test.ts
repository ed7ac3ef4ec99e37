// FF305 Note 1 (rules 8 and 17): a return opens at the later of the last Next Day Disclosure Return's and
// the last Monthly Return's closing; NDDR_Log holds both kinds, and the 5% count starts at that opening.
// Rule case: MINISO's Monthly Return for September 2024 closed at 1,259,282,577 issued shares, and its
// NDDR of 18 October 2024 opened on 30 September 2024 with that balance (cases/miniso-group-mr-20241004.json).
import { planNextReturn } from "../../src/domain/next-return";
import { buildLedger, classOf, findingsOf, generate, returnOf, T, type LedgerSpec, type LogSpec } from "./ledger-builder";

const MR = "Monthly Return" as const;
const MINISO_SEPTEMBER = 1_259_282_577;
/** An NDDR closing 20 September (row 2), then the Monthly Return for September (row 3). */
const LOG: LogSpec[] = [
  { closingDate: "2024-09-20", closingIssued: MINISO_SEPTEMBER },
  { closingDate: "2024-09-30", closingIssued: MINISO_SEPTEMBER, returnKind: MR },
];
const spec = (openingDate: string, extra: Partial<LedgerSpec> = {}): LedgerSpec => ({
  issuer: { openingDate, dateSubmitted: "2024-10-18" },
  classes: [{ key: "A", openingIssued: MINISO_SEPTEMBER }],
  log: LOG,
  movements: [{ date: "2024-10-17", type: T.other, details: "See Part B", issuedChange: 0, treasuryChange: 0 }],
  ...extra,
});
const opening = (g: ReturnType<typeof generate>) => g.findings.filter((f) => f.code.startsWith("OPENING"));

describe("Note 1: the opening is the later of the last NDDR and the last Monthly Return", () => {
  test("opening on the Monthly Return's month-end with its balances passes", () => {
    expect(opening(generate(spec("2024-09-30")))).toEqual([]);
  });

  test("opening on the last NDDR's closing while a later Monthly Return is logged is an error naming that Monthly Return and its cell", () => {
    const [f] = findingsOf(generate(spec("2024-09-20")), "OPENING_BEFORE_MONTHLY_RETURN");
    expect([f.severity, `${f.sheet}!${f.cell}`, f.related]).toEqual(["error", "Issuer!B6", [{ sheet: "Log", cell: "B3" }, { sheet: "Log", cell: "B2" }]]);
    expect(f.message).toContain("Monthly Return logged for class A at Log!B3 closed later, on 2024-09-30");
    expect(f.message).toContain("Next Day Disclosure Return logged at Log!B2");
  });

  test("an opening balance that differs from the Monthly Return's closing is an error naming the Monthly Return", () => {
    const g = generate({ ...spec("2024-09-30"), classes: [{ key: "A", openingIssued: MINISO_SEPTEMBER - 701_740 }] });
    const [f] = findingsOf(g, "OPENING_MISMATCHES_LOG");
    expect([`${f.sheet}!${f.cell}`, f.related]).toEqual(["Classes!I2", [{ sheet: "Log", cell: "D3" }]]);
    expect(f.message).toContain("the last Monthly Return closed with 1,259,282,577");
  });

  test("a Monthly Return older than the last NDDR does not move the opening", () => {
    const log: LogSpec[] = [{ closingDate: "2024-08-31", closingIssued: 1, returnKind: MR }, { closingDate: "2024-09-30", closingIssued: MINISO_SEPTEMBER }];
    expect(opening(generate({ ...spec("2024-09-30"), log }))).toEqual([]);
  });

  test("a Monthly Return closing on this return's closing date is not the return it opens on: it closes with this one", () => {
    const log: LogSpec[] = [...LOG, { closingDate: "2024-10-17", closingIssued: MINISO_SEPTEMBER, returnKind: MR }];
    const g = generate({ ...spec("2024-09-30"), log });
    expect(opening(g)).toEqual([]);
    expect(returnOf(g).openingFollows).toMatchObject({ returnKind: MR, closingDate: "2024-09-30", cell: "B3" });
  });

  test("nor does it make this return one generated again: a later NDDR is still an overlap", () => {
    const log: LogSpec[] = [...LOG, { closingDate: "2024-10-17", closingIssued: MINISO_SEPTEMBER, returnKind: MR }, { closingDate: "2024-10-21", closingIssued: MINISO_SEPTEMBER }];
    expect(opening(generate({ ...spec("2024-09-30"), log })).map((f) => f.code)).toEqual(["OPENING_BEFORE_LOGGED_CLOSING"]);
  });

  test("the return says which logged return it opens on", () => {
    expect(returnOf(generate(spec("2024-09-30"))).openingFollows).toEqual({ returnKind: MR, closingDate: "2024-09-30", sheet: "Log", cell: "B3" });
  });
});

describe("rule 17: the 5% count starts at the Monthly Return's closing", () => {
  test("5% events before the month-end were in the Monthly Return and are not counted", () => {
    const movements = [
      { date: "2024-09-25", type: T.schemeNewOthers, details: "2020 scheme", shares: 40_000_000 },
      { date: "2024-10-03", type: T.schemeNewOthers, details: "2020 scheme", shares: 1_000 },
    ];
    const g = generate({ ...spec("2024-09-30"), movements, classes: [{ key: "A", openingIssued: MINISO_SEPTEMBER + 40_000_000 }],
      log: [LOG[0], { ...LOG[1], closingIssued: MINISO_SEPTEMBER + 40_000_000 }] });
    expect(classOf(g).fivePercent.aggregate).toBe(1_000);
  });
});

describe("nddr next opens at the later of the two", () => {
  test("a Monthly Return logged after the last NDDR sets the opening date and balances", () => {
    const plan = planNextReturn(buildLedger({ log: [{ closingDate: "2024-09-20", closingIssued: 5 }, { closingDate: "2024-09-30", closingIssued: 7, returnKind: MR }] }));
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.openingDate).toBe("2024-09-30");
    expect(plan.edits.map((e) => [e.at.cell, e.value])).toContainEqual(["I2", 7]);
    expect(plan.edits[0].says).toContain("closing of the Monthly Return logged at Log!B3");
  });

  test("an NDDR logged after the Monthly Return sets them", () => {
    const plan = planNextReturn(buildLedger({ log: [{ closingDate: "2024-09-30", closingIssued: 7, returnKind: MR }, { closingDate: "2024-10-08", closingIssued: 6 }] }));
    if (!plan.ok) throw new Error(plan.reason);
    expect([plan.openingDate, plan.edits.find((e) => e.at.cell === "I2")?.value]).toEqual(["2024-10-08", 6]);
  });
});
