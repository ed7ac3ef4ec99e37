// A return generated again for a closing date NDDR_Log already holds, with other closing balances: a row
// was changed or added since that return was filed. A warning at the logged figure, saying both ways out.
import type { IsoDate } from "../../src/domain/dates";
import { generateReturn } from "../../src/domain/generate-return";
import { buildLedger, findingsOf, generate, T } from "./ledger-builder";

// Opening 2024-11-30 with 1,000,000 issued shares of class A; a placing of 1,000 on 17 December.
const placing = { movements: [{ date: "2024-12-17", type: T.placingNew, shares: 1_000 }] };
const filed = (closingIssued: number) => ({ closingDate: "2024-12-17", closingIssued });
const opening = { closingDate: "2024-11-30", closingIssued: 1_000_000 };
const at = (g: ReturnType<typeof generate>) => findingsOf(g, "RETURN_DIFFERS_FROM_LOGGED").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

test("generated again as filed: nothing to say", () => {
  expect(at(generate({ ...placing, log: [opening, filed(1_001_000)] }, "2024-12-18"))).toEqual([]);
});

test("a row changed since the return was filed: a warning at the logged closing figure", () => {
  const g = generate({ ...placing, log: [opening, filed(1_000_500)] }, "2024-12-18");
  expect(at(g)).toEqual(["warning Log!D3"]);
  expect(findingsOf(g, "RETURN_DIFFERS_FROM_LOGGED")[0].message).toMatch(/closed class A with 1,000,500 issued shares; this one closes with 1,001,000\. .*set Status to Resubmission/);
  expect(g.ok).toBe(true);
});

test("a Resubmission says so already: nothing more", () => {
  expect(at(generate({ ...placing, issuer: { status: "Resubmission" }, log: [opening, filed(1_000_500)] }, "2024-12-18"))).toEqual([]);
});

test("a return filed twice is judged by its last filing", () => {
  expect(at(generate({ ...placing, log: [opening, filed(1_000_500), filed(1_001_000)] }, "2024-12-18"))).toEqual([]);
});

describe("while a row that may be of the class is left out for an error (QA round 8, P3)", () => {
  const withLeftOut = (classKey: string | null) => {
    const ledger = { ...buildLedger({ ...placing, log: [opening, filed(1_000_500)] }), rowsLeftOut: [{ classKey }] };
    return generateReturn(ledger, { today: "2024-12-18" as IsoDate });
  };

  test("a row of the class left out: its cell's error is said, not that the filed return differs", () => {
    expect(at(withLeftOut("A"))).toEqual([]);
    expect(at(withLeftOut("a"))).toEqual([]);
  });

  test("a row left out whose class key could not be read: nothing said of any class", () => {
    expect(at(withLeftOut(null))).toEqual([]);
  });

  test("a row of another class left out: this class is still compared", () => {
    expect(at(withLeftOut("B"))).toEqual(["warning Log!D3"]);
  });

  test("a row naming no class (a typo of which class?): nothing said", () => {
    expect(at(generate({ movements: [...placing.movements, { classKey: "AX", date: "2024-12-16", type: T.placingNew, shares: 10 }], log: [opening, filed(1_000_500)] }, "2024-12-18"))).toEqual([]);
  });
});
