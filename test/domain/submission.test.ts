// Date submitted (default: today), its checks against the closing date and the deadline, and the order
// of findings (errors first).
import { codes, findingsOf, generate, returnOf, T } from "./ledger-builder";

const placingOn17Dec = { movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1 }] };

describe("date submitted", () => {
  test("defaults to options.today", () => {
    expect(returnOf(generate(placingOn17Dec, "2024-12-18")).dateSubmitted).toBe("2024-12-18");
  });

  test("a Date submitted setting wins over today", () => {
    const g = generate({ ...placingOn17Dec, issuer: { dateSubmitted: "2024-12-17" } }, "2024-12-18");
    expect(returnOf(g).dateSubmitted).toBe("2024-12-17");
  });

  test("a date submitted before the closing date is an error SUBMITTED_BEFORE_CLOSING at the Date submitted cell", () => {
    const g = generate({ ...placingOn17Dec, issuer: { dateSubmitted: "2024-12-16" } });
    expect(findingsOf(g, "SUBMITTED_BEFORE_CLOSING")).toMatchObject([{ severity: "error", sheet: "Issuer", cell: "B5" }]);
    expect(g.ok).toBe(false);
  });

  test("today before the closing date (no Date submitted setting) is the same error", () => {
    const g = generate(placingOn17Dec, "2024-12-16");
    expect(codes(g)).toContain("SUBMITTED_BEFORE_CLOSING");
  });

  test("a return submitted on the closing date is not an error", () => {
    const g = generate(placingOn17Dec, "2024-12-17");
    expect(codes(g)).not.toContain("SUBMITTED_BEFORE_CLOSING");
    expect(g.ok).toBe(true);
  });

  test("a return submitted after the deadline day is a warning RETURN_LATE, and the return is still ok", () => {
    // placing Tue 17 Dec → due Wed 18 Dec 08:30; submitted Thu 19 Dec
    const g = generate(placingOn17Dec, "2024-12-19");
    expect(findingsOf(g, "RETURN_LATE")).toMatchObject([{ severity: "warning", sheet: "Issuer", cell: "B5", rule: "MB 13.25A(1)" }]);
    expect(g.ok).toBe(true);
  });

  test("RETURN_LATE cites the GEM rule on GEM", () => {
    const g = generate({ ...placingOn17Dec, issuer: { board: "GEM" } }, "2024-12-19");
    expect(findingsOf(g, "RETURN_LATE")).toMatchObject([{ rule: "GEM 17.27A(1)" }]);
  });

  test("a return submitted on the deadline day is not late", () => {
    expect(codes(generate(placingOn17Dec, "2024-12-18"))).not.toContain("RETURN_LATE");
  });

  test("a return submitted on the deadline day that also reports a change of that day is late", () => {
    // placing Tue 17 Dec → due Wed 18 Dec 08:30; the return also holds a placing of 18 Dec, so it was not ready by 08:30
    const g = generate({ movements: [...placingOn17Dec.movements, { date: "2024-12-18", type: T.placingNew, shares: 1 }] }, "2024-12-18");
    const [late] = findingsOf(g, "RETURN_LATE");
    expect(late).toMatchObject({ severity: "warning", breach: true, sheet: "Issuer", cell: "B5" });
    expect(late.message).toMatch(/change of 2024-12-18 .*needed its own return \(closing date 2024-12-17\) by 08:30 on 2024-12-18/);
    expect(g.ok).toBe(true);
  });

  test("a return submitted on the deadline day whose changes all came before it is not late", () => {
    const g = generate({ movements: [...placingOn17Dec.movements, { date: "2024-12-17", type: T.warrants, shares: 1 }] }, "2024-12-18");
    expect(codes(g)).not.toContain("RETURN_LATE");
  });

  test("a Resubmission of a logged return is not late: it corrects a return filed before", () => {
    const log = [{ closingDate: "2024-11-30", closingIssued: 1_000_000 }, { closingDate: "2024-12-17", closingIssued: 1_000_001 }];
    expect(codes(generate({ ...placingOn17Dec, log, issuer: { status: "Resubmission" } }, "2025-01-20"))).not.toContain("RETURN_LATE");
  });

  test("a return NDDR_Log holds as it stands, generated again after its deadline, is not late: it was filed then", () => {
    const log = [{ closingDate: "2024-11-30", closingIssued: 1_000_000 }, { closingDate: "2024-12-17", closingIssued: 1_000_001 }];
    expect(codes(generate({ ...placingOn17Dec, log }, "2024-12-20"))).not.toContain("RETURN_LATE");
  });

  test("a Status of Resubmission with no return logged on its closing date is judged as any return", () => {
    expect(codes(generate({ ...placingOn17Dec, issuer: { status: "Resubmission" } }, "2025-01-20"))).toContain("RETURN_LATE");
  });

  test("a return that is not due is never late", () => {
    // a 5% event below 5%, submitted a month later
    const g = generate({ movements: [{ date: "2024-12-17", type: T.warrants, shares: 1 }] }, "2025-01-17");
    expect(codes(g)).not.toContain("RETURN_LATE");
  });
});

describe("findings are sorted errors first", () => {
  test("an error on a later sheet comes before a warning on an earlier sheet", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 0, openingTreasury: 0 }],
      movements: [
        { date: "2024-12-17", type: T.placingNew, shares: 100 },           // PERCENT_WITHOUT_BASE warning on Classes
        { date: "2024-12-17", type: T.schemeTreasuryDirectors, shares: 5 }, // TREASURY_BELOW_ZERO error on Movements
      ],
    }, "2024-12-19"); // late, but with an error standing lateness is not judged (rule 21)
    const severities = g.findings.map((f) => f.severity);
    expect(new Set(codes(g))).toEqual(new Set(["PERCENT_WITHOUT_BASE", "TREASURY_BELOW_ZERO"]));
    expect(severities).toEqual(["error", "warning"]);
  });

  test("the return's findings are the same sorted list", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }],
      movements: [{ date: "2024-12-17", type: T.schemeTreasuryDirectors, shares: 5 }],
    }, "2024-12-19");
    expect(returnOf(g).findings).toEqual(g.findings);
    expect(g.findings[0].severity).toBe("error");
  });

  test("findings of one severity are in sheet then row order", () => {
    const g = generate({
      classes: [{ key: "A", openingTreasury: 0 }, { key: "B", openingTreasury: 0 }],
      movements: [
        { classKey: "B", date: "2024-12-17", type: T.cancelTreasury, shares: 1, row: 12 },
        { classKey: "A", date: "2024-12-17", type: T.cancelTreasury, shares: 1, row: 3 },
      ],
    }, "2024-12-18");
    expect(findingsOf(g, "TREASURY_BELOW_ZERO").map((f) => f.cell)).toEqual(["E3", "E12"]);
  });
});
