// Note 2 aggregation (same class + type + details = one line), line numbering, and rule 6 (the filler line).
import { classOf, generate, returnOf, T } from "./ledger-builder";

describe("Note 2: aggregation into event lines", () => {
  test("rows with the same class, type and details form one line with the shares summed", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.optionsOthers, details: "2020 option deed", shares: 100 },
        { date: "2024-12-05", type: T.optionsOthers, details: "2020 option deed", shares: 250 },
        { date: "2024-12-04", type: T.optionsOthers, details: "2020 option deed", shares: 50 },
      ],
    });
    const events = classOf(g).events;
    expect(events).toHaveLength(1);
    expect(events[0].issuedChange).toBe(400); // 100 + 250 + 50
  });

  test("details that differ only in letter case and spacing name the same scheme", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.optionsOthers, details: "2020 Option Deed", shares: 100 },
        { date: "2024-12-05", type: T.optionsOthers, details: "2020  option deed ", shares: 250 },
      ],
    });
    expect(classOf(g).events.map((e) => [e.details, e.issuedChange])).toEqual([[{ kind: "typed", text: "2020 Option Deed" }, 350]]);
  });

  test("an aggregated line is dated the latest date of its rows", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.optionsOthers, details: "2020 option deed", shares: 100 },
        { date: "2024-12-05", type: T.optionsOthers, details: "2020 option deed", shares: 250 },
        { date: "2024-12-04", type: T.optionsOthers, details: "2020 option deed", shares: 50 },
      ],
    });
    expect(classOf(g).events[0].date).toBe("2024-12-05");
  });

  test("an aggregated line keeps the type and details", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.conversion, details: "2027 notes", shares: 1 },
        { date: "2024-12-03", type: T.conversion, details: "2027 notes", shares: 1 },
      ],
    });
    expect(classOf(g).events[0]).toMatchObject({ eventType: T.conversion, details: { kind: "typed", text: "2027 notes" }, filler: false });
  });

  test("different details make two lines", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.schemeNewOthers, details: "2018 scheme", shares: 100 },
        { date: "2024-12-03", type: T.schemeNewOthers, details: "2023 scheme", shares: 200 },
      ],
    });
    expect(classOf(g).events.map((e) => [e.details, e.issuedChange])).toEqual([[{ kind: "typed", text: "2018 scheme" }, 100], [{ kind: "typed", text: "2023 scheme" }, 200]]);
  });

  test("the same details under different event types make two lines", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.schemeNewOthers, details: "2023 scheme", shares: 100 },
        { date: "2024-12-03", type: T.schemeNewDirectors, details: "2023 scheme", shares: 200 },
      ],
    });
    expect(classOf(g).events.map((e) => e.eventType)).toEqual([T.schemeNewOthers, T.schemeNewDirectors]);
  });

  test("the same type and details in different classes stay in their own class", () => {
    const g = generate({
      classes: [{ key: "A" }, { key: "B" }],
      movements: [
        { classKey: "A", date: "2024-12-02", type: T.warrants, details: "W1", shares: 10 },
        { classKey: "B", date: "2024-12-03", type: T.warrants, details: "W1", shares: 20 },
      ],
    });
    expect(classOf(g, "A").events.map((e) => e.issuedChange)).toEqual([10]);
    expect(classOf(g, "B").events.map((e) => e.issuedChange)).toEqual([20]);
  });

  test("details differing only in surrounding or repeated spaces are the same details", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.warrants, details: "2025  warrants", shares: 10 },
        { date: "2024-12-03", type: T.warrants, details: " 2025 warrants ", shares: 20 },
      ],
    });
    expect(classOf(g).events.map((e) => e.issuedChange)).toEqual([30]); // 10 + 20
  });

  test("lines are numbered 1..n in date order, whatever the order of the rows", () => {
    const g = generate({
      movements: [
        { date: "2024-12-10", type: T.rights, shares: 3 },
        { date: "2024-12-02", type: T.consideration, details: "Acquisition of X", shares: 1 },
        { date: "2024-12-05", type: T.placingNew, shares: 2 },
      ],
    });
    expect(classOf(g).events.map((e) => [e.no, e.date, e.eventType])).toEqual([
      [1, "2024-12-02", T.consideration],
      [2, "2024-12-05", T.placingNew],
      [3, "2024-12-10", T.rights],
    ]);
  });

  test("an aggregated line takes its place by its latest date", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.warrants, details: "W1", shares: 1 }, // W1 group: latest 2024-12-09
        { date: "2024-12-05", type: T.placingNew, shares: 2 },
        { date: "2024-12-09", type: T.warrants, details: "W1", shares: 1 },
      ],
    });
    expect(classOf(g).events.map((e) => [e.no, e.eventType])).toEqual([[1, T.placingNew], [2, T.warrants]]);
  });

  test("each class numbers its lines from 1", () => {
    const g = generate({
      classes: [{ key: "A" }, { key: "B" }],
      movements: [
        { classKey: "A", date: "2024-12-02", type: T.placingNew, shares: 1 },
        { classKey: "A", date: "2024-12-03", type: T.rights, shares: 1 },
        { classKey: "B", date: "2024-12-04", type: T.rights, shares: 1 },
      ],
    });
    expect(classOf(g, "A").events.map((e) => e.no)).toEqual([1, 2]);
    expect(classOf(g, "B").events.map((e) => e.no)).toEqual([1]);
  });

  test("each line carries the category of its event type", () => {
    const g = generate({
      movements: [
        { date: "2024-12-02", type: T.placingNew, shares: 1 },
        { date: "2024-12-03", type: T.warrants, shares: 1 },
      ],
    });
    expect(classOf(g).events.map((e) => e.category)).toEqual(["always", "five-percent"]);
  });
});

describe("rule 6: a Part A with no line prints one filler line", () => {
  const twoClasses = () => generate({
    classes: [{ key: "A", openingIssued: 1_000_000, openingTreasury: 5 }, { key: "B", openingIssued: 614_034_470 }],
    movements: [{ classKey: "A", date: "2024-12-17", type: T.placingNew, shares: 100 }],
  });

  test('the filler is "Other (please specify)" / "Not applicable"', () => {
    const events = classOf(twoClasses(), "B").events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ no: 1, eventType: "Other (please specify)", details: { kind: "notApplicable" }, filler: true });
  });

  test("the filler is dated the closing date", () => {
    expect(classOf(twoClasses(), "B").events[0].date).toBe("2024-12-17");
  });

  test("the filler changes nothing and has no %, no price", () => {
    const cls = classOf(twoClasses(), "B");
    expect(cls.events[0]).toMatchObject({ issuedChange: 0, treasuryChange: 0, percent: null, price: null });
    // 614,034,470 + 0
    expect(cls.closing).toMatchObject({ issued: 614_034_470, treasury: 0, total: 614_034_470 });
  });

  test("the filler does not make a return due", () => {
    const g = generate({ issuer: { openingDate: "2024-11-30", closingDate: "2024-12-17" } }, "2024-12-18");
    expect(classOf(g).events[0].filler).toBe(true);
    expect(returnOf(g)).toMatchObject({ returnDue: false, deadline: null });
  });

  test("rows outside the period leave Part A empty, so the filler prints", () => {
    const g = generate({
      issuer: { openingDate: "2024-11-30", closingDate: "2024-12-10" },
      movements: [{ date: "2024-12-11", type: T.placingNew, shares: 100 }],
    });
    expect(classOf(g).events).toMatchObject([{ filler: true, date: "2024-12-10" }]);
  });

  test("a class with lines has no filler", () => {
    expect(classOf(twoClasses(), "A").events.every((e) => !e.filler)).toBe(true);
  });
});
