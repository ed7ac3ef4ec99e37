// Fuzzing the Monthly Return: broken NDDR ledgers (the NDDR fuzz's own arbitraries) with MR_* tables
// full of wrong values — Excel errors, text in number columns, negative and huge numbers, emoji, long
// pastes, unknown keys — and odd months. Whatever comes in, the run ends with a Monthly Return or with
// findings, never an exception, and the renderers accept what comes out.
import fc from "fast-check";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import { MONTHLY_TABLES } from "../../src/contract/tables";
import type { IsoDate } from "../../src/domain/dates";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { MONTHLY_ZH_HK } from "../../src/labels/monthly-zh-HK";
import { layoutMonthlyReturn } from "../../src/layout/monthly-layout";
import { monthlyReturnJsonText } from "../../src/render/monthly-json";
import { renderMonthlyReturnText } from "../../src/render/monthly-text";
import { grid, s } from "../support/monthly-grids";
import { brokenLedger, validLedger } from "./arbitraries";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, "", "  ", "B", "Unknown", "2020 Scheme", "CB", "Yes", "No", "Maybe", "Granted", "Exercised", "Lapsed", "Issued", "Converted",
    "Warrants", "Convertibles", "Other arrangement", "HKD", "USD", "XYZ", "2024-13-45", "=SUM(A1)", "😀", "x".repeat(3_000), { error: "#N/A" }, { error: "#REF!" },
    true, 0, -1, 0.5, 1e20, Number.MAX_SAFE_INTEGER, s("2024-10-15"), s("2026-01-20"), "1,000", "0.00001"),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.integer({ min: s("2024-01-01"), max: s("2026-12-31") }),
);

const monthlyTables: fc.Arbitrary<TableGrid[]> = fc.tuple(...MONTHLY_TABLES.map((spec) =>
  fc.option(fc.array(fc.array(cell, { minLength: spec.columns.length, maxLength: spec.columns.length }), { maxLength: 6 }), { nil: undefined })
    .map((rows) => (rows === undefined ? [] : [grid(spec, rows)])))).map((gs) => gs.flat());

const month = fc.oneof(fc.constantFrom("2024-10", "2024-12", "2025-02", "2026-01", "2026-03", "1989-01", "2024-00", "", "October"),
  fc.tuple(fc.integer({ min: 2023, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`));

function run(grids: readonly TableGrid[], m: string, today: IsoDate) {
  const parsed = parseMonthlyLedger(grids);
  return generateMonthlyReturn(parsed.ledger, { month: m, today }, parsed.findings);
}

describe("bad input never crashes the Monthly Return", () => {
  test("broken ledgers with random MR tables give findings or a return, and every output renders", () => {
    fc.assert(fc.property(brokenLedger(), monthlyTables, month, ({ grids, today }, mr, m) => {
      const g = run([...grids, ...mr], m, today);
      expect(g.ok).toBe(g.monthly !== null && !g.findings.some((f) => f.severity === "error"));
      expect(JSON.parse(monthlyReturnJsonText(g)).form).toBe("FF301");
      if (g.monthly) {
        expect(renderMonthlyReturnText(g.monthly).length).toBeGreaterThan(0);
        expect(renderMonthlyReturnText(g.monthly, MONTHLY_ZH_HK).length).toBeGreaterThan(0);
        expect(layoutMonthlyReturn(g.monthly).cells.length).toBeGreaterThan(0);
      }
      for (const f of g.findings) {
        expect(f.message.length).toBeLessThan(700);
        if (f.cell !== null) expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      }
    }), { numRuns: 250 });
  });

  test("a valid ledger gives a Monthly Return whose Part III totals are Part II's change", () => {
    fc.assert(fc.property(validLedger(), month, ({ grids, today }, m) => {
      const g = run(grids, m, today);
      if (!g.monthly) return;
      for (const cls of g.monthly.partII) {
        expect(g.monthly.partIII.totals.find((t) => t.classKey === cls.classKey)).toEqual({ classKey: cls.classKey, ...cls.change });
        expect(cls.closing.issued).toBe(cls.opening.issued + cls.change.issued);
        expect(cls.closing.treasury).toBe(cls.opening.treasury + cls.change.treasury);
      }
    }), { numRuns: 150 });
  });
});
