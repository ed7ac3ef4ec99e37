// The effect of each kind of event on issued (ΔI) and treasury (ΔT) shares, per the event types table
// of the workbook contract, with the treasury-share transfers in particular.
import { classOf, generate, T } from "./ledger-builder";

/** One event of `type` on a class with 1,000,000 issued and 10,000 treasury shares: its line and closing balance. */
function oneEvent(spec: { type: string; shares?: number; issuedChange?: number; treasuryChange?: number; cancelledOn?: string }) {
  const g = generate({
    classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 10_000 }],
    movements: [{ date: "2024-12-17", details: "d", ...spec }],
  });
  const cls = classOf(g);
  return { line: cls.events[0], closing: cls.closing, findings: g.findings };
}

describe("effect of each event type", () => {
  test.each([
    T.placingNew, T.consideration, "Open offer", T.rights, "Bonus issue", "Scrip dividend", T.schemeNewDirectors,
    T.schemeNewOthers, "Exercise of options outside a share scheme - directors", T.optionsOthers, T.warrants, T.conversion,
  ])("%s: +n issued, treasury unchanged", (type) => {
    const { line, closing } = oneEvent({ type, shares: 300 });
    expect([line.issuedChange, line.treasuryChange]).toEqual([300, 0]);
    expect(closing).toMatchObject({ issued: 1_000_300, treasury: 10_000, total: 1_010_300 }); // 1,000,000 + 300; 10,000
  });

  test.each([T.placingTreasury, T.schemeTreasuryDirectors, T.schemeTreasuryOthers, T.otherTreasuryTransfer])(
    "%s: +n issued, −n treasury, total unchanged",
    (type) => {
      const { line, closing } = oneEvent({ type, shares: 300 });
      expect([line.issuedChange, line.treasuryChange]).toEqual([300, -300]);
      // I 1,000,000 + 300; T 10,000 − 300; N 1,010,000 unchanged
      expect(closing).toMatchObject({ issued: 1_000_300, treasury: 9_700, total: 1_010_000 });
    },
  );

  test("Share scheme - treasury shares to other participants: the % is on the issued side (300 ÷ 1,000,000 = 0.03)", () => {
    expect(oneEvent({ type: T.schemeTreasuryOthers, shares: 300 }).line.percent).toBe("0.03");
  });

  test("Redemption of shares: −n issued, treasury unchanged", () => {
    const { line, closing } = oneEvent({ type: T.redemption, shares: 300, cancelledOn: "2024-12-17" });
    expect([line.issuedChange, line.treasuryChange]).toEqual([-300, 0]);
    expect(closing).toMatchObject({ issued: 999_700, treasury: 10_000, total: 1_009_700 }); // 1,000,000 − 300
  });

  test("Cancellation of treasury shares: issued unchanged, −n treasury", () => {
    const { line, closing } = oneEvent({ type: T.cancelTreasury, shares: 300 });
    expect([line.issuedChange, line.treasuryChange]).toEqual([0, -300]);
    // I 1,000,000; T 10,000 − 300 = 9,700; N 1,009,700
    expect(closing).toMatchObject({ issued: 1_000_000, treasury: 9_700, total: 1_009_700 });
  });

  test("Other (please specify) takes its given signed changes", () => {
    const { line, closing } = oneEvent({ type: T.other, issuedChange: -1_200, treasuryChange: 1_200 });
    expect([line.issuedChange, line.treasuryChange]).toEqual([-1_200, 1_200]);
    // I 1,000,000 − 1,200; T 10,000 + 1,200
    expect(closing).toMatchObject({ issued: 998_800, treasury: 11_200, total: 1_010_000 });
    expect(line.percent).toBe("0.12"); // 1,200 ÷ 1,000,000 × 100
  });

  test("Other (please specify) ignores a Shares value: only the given changes count", () => {
    const { line } = oneEvent({ type: T.other, shares: 999, issuedChange: 5, treasuryChange: 0 });
    expect([line.issuedChange, line.treasuryChange]).toEqual([5, 0]);
  });

  test("Other (please specify) with only a treasury change leaves issued unchanged", () => {
    const { line } = oneEvent({ type: T.other, treasuryChange: -400 });
    expect([line.issuedChange, line.treasuryChange]).toEqual([0, -400]);
  });

  test("Capital reorganisation takes its given signed changes (a 10-into-1 consolidation)", () => {
    // I 1,000,000 → 100,000: ΔI −900,000; T 10,000 → 1,000: ΔT −9,000
    const { line, closing } = oneEvent({ type: T.capitalReorganisation, issuedChange: -900_000, treasuryChange: -9_000 });
    expect([line.issuedChange, line.treasuryChange]).toEqual([-900_000, -9_000]);
    expect(closing).toMatchObject({ issued: 100_000, treasury: 1_000, total: 101_000 });
    expect(line.percent).toBe("90"); // 900,000 ÷ 1,000,000 × 100
  });

  test("given changes of several rows add up in one line", () => {
    const g = generate({
      classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 10_000 }],
      movements: [
        { date: "2024-12-02", type: T.other, details: "Transfers to trustee", issuedChange: 100, treasuryChange: -100 },
        { date: "2024-12-03", type: T.other, details: "Transfers to trustee", issuedChange: 50, treasuryChange: -50 },
      ],
    });
    expect(classOf(g).events.map((e) => [e.issuedChange, e.treasuryChange])).toEqual([[150, -150]]); // 100 + 50
  });
});
