// Fuzzing at the grid level: random valid ledgers and ledgers broken in random ways go straight into
// parseLedger → generateReturn → the text and JSON renderers. Whatever the input, the run ends with a
// return or with findings, never an exception; every finding says what is wrong and where; and for every
// valid ledger the return's own arithmetic holds.
import fc from "fast-check";
import { parseLedger } from "../../src/contract/parse-ledger";
import type { TableGrid } from "../../src/contract/grid";
import type { IsoDate } from "../../src/domain/dates";
import { generateReturn, type Generation } from "../../src/domain/generate-return";
import { layoutReturn } from "../../src/layout/return-layout";
import { returnJsonText } from "../../src/render/return-json";
import { renderReturnText } from "../../src/render/return-text";
import { brokenLedger, validLedger } from "./arbitraries";

function generate(grids: readonly TableGrid[], today: IsoDate): Generation {
  const parsed = parseLedger(grids);
  return generateReturn(parsed.ledger, { today }, parsed.findings);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("bad input never crashes the generation", () => {
  test("a broken ledger gives findings or a return, and the renderers accept whatever comes out", () => {
    fc.assert(fc.property(brokenLedger(), ({ grids, today }) => {
      const g = generate(grids, today);
      expect(g.ok).toBe(g.nddr !== null && !g.findings.some((f) => f.severity === "error"));
      expect(JSON.parse(returnJsonText(g)).form).toBe("FF305");
      if (g.ok) {
        expect(renderReturnText(g.nddr!).length).toBeGreaterThan(0);
        expect(layoutReturn(g.nddr!).cells.length).toBeGreaterThan(0);
      } else {
        expect(g.findings.length).toBeGreaterThan(0);
      }
    }), { numRuns: 400 });
  });

  test("every finding has a known severity, a message of a few lines, and a sheet and A1 cell or neither", () => {
    fc.assert(fc.property(brokenLedger(), ({ grids, today }) => {
      for (const f of generate(grids, today).findings) {
        expect(f.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(f.message.length).toBeGreaterThan(10);
        // Long cell text is clipped: a 3,000-character paste does not flood the findings list.
        expect(f.message.length).toBeLessThan(600);
        if (f.cell !== null) expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
        if (f.cell !== null) expect(f.sheet).not.toBeNull();
      }
    }), { numRuns: 300 });
  });

  test("every error of a broken ledger that has its tables names a cell, or a table that is missing", () => {
    fc.assert(fc.property(brokenLedger(), ({ grids, today }) => {
      for (const f of generate(grids, today).findings.filter((x) => x.severity === "error")) {
        if (f.cell === null) expect(["MISSING_TABLE", "NO_LEDGER_TABLE"]).toContain(f.code);
      }
    }), { numRuns: 300 });
  });
});

describe("invariants of every valid ledger", () => {
  test("a valid ledger gives a return without errors", () => {
    fc.assert(fc.property(validLedger(), ({ grids, today }) => {
      const g = generate(grids, today);
      expect(g.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(g.ok).toBe(true);
    }), { numRuns: 200 });
  });

  test("balances roll forward: closing = opening + Σ event changes, for issued and treasury shares", () => {
    fc.assert(fc.property(validLedger(), ({ grids, today }) => {
      for (const cls of generate(grids, today).nddr!.sectionI) {
        expect(cls.closing.issued).toBe(cls.opening.issued + sum(cls.events.map((e) => e.issuedChange)));
        expect(cls.closing.treasury).toBe(cls.opening.treasury + sum(cls.events.map((e) => e.treasuryChange)));
      }
    }), { numRuns: 200 });
  });

  test("totals tie: total = issued + treasury, and Section II's total = for cancellation + for treasury = Σ its rows", () => {
    fc.assert(fc.property(validLedger(), ({ grids, today }) => {
      const nddr = generate(grids, today).nddr!;
      for (const cls of nddr.sectionI) {
        expect(cls.opening.total).toBe(cls.opening.issued + cls.opening.treasury);
        expect(cls.closing.total).toBe(cls.closing.issued + cls.closing.treasury);
      }
      for (const report of nddr.sectionII) {
        expect(report.totalShares).toBe(sum(report.rows.map((r) => r.shares)));
        expect(report.totalShares).toBe(report.forCancellation + report.forTreasury);
      }
    }), { numRuns: 200 });
  });

  test("Section II reports every repurchase traded in the period, once", () => {
    fc.assert(fc.property(validLedger(), ({ grids, today, repurchases, openingDate, closingDate }) => {
      const nddr = generate(grids, today).nddr!;
      const traded = repurchases.filter((r) => r.tradingDate > openingDate && r.tradingDate <= closingDate);
      expect(sum(nddr.sectionII.map((s) => s.totalShares))).toBe(sum(traded.map((r) => r.shares)));
    }), { numRuns: 200 });
  });

  test("Part B = shares held for cancellation, traded by the closing date, minus those cancelled by it", () => {
    fc.assert(fc.property(validLedger(), ({ grids, today, repurchases, closingDate }) => {
      const nddr = generate(grids, today).nddr!;
      for (const cls of nddr.sectionI) {
        const mine = repurchases.filter((r) => r.classKey === cls.classKey && r.heldAs === "Cancellation" && r.tradingDate <= closingDate);
        const held = sum(mine.map((r) => r.shares));
        const cancelled = sum(mine.filter((r) => r.cancelledOn !== null && r.cancelledOn <= closingDate).map((r) => r.shares));
        expect(sum(cls.partB.map((l) => l.shares))).toBe(held - cancelled);
      }
    }), { numRuns: 200 });
  });
});
