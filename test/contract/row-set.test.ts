// RowSet finds repeated rows by hash; the oracle here is the plain JSON key of the compared cells.
import fc from "fast-check";
import type { CellValue } from "../../src/contract/grid";
import { RowSet } from "../../src/contract/row-set";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, 1, 2, 1.5, 45_000, 2 ** 40, -3),
  fc.constantFrom("", "1", "A", "a", "Scheme 1", "Scheme 2", "x".repeat(3_000), "x".repeat(2_999) + "y"),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }),
);

describe("RowSet", () => {
  test("reports the first row with the same compared cells, exactly when a JSON key would", () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), (rows) => {
      const set = new RowSet<number>([0, 2, -1]);
      const seen = new Map<string, number>();
      rows.forEach((row, i) => {
        const key = JSON.stringify([row[0], row[2], null]);
        expect(set.seenBefore(row, i)).toBe(seen.get(key));
        if (!seen.has(key)) seen.set(key, i);
      });
    }), { numRuns: 300 });
  });

  test("tells a number from the same digits typed as text", () => {
    const set = new RowSet<number>([0]);
    expect(set.seenBefore([1], 1)).toBeUndefined();
    expect(set.seenBefore(["1"], 2)).toBeUndefined();
    expect(set.seenBefore([1], 3)).toBe(1);
  });

  test("tells two long texts apart that differ only where the hash does not look", () => {
    const set = new RowSet<number>([0]);
    const a = "a".repeat(1_000);
    const b = "a".repeat(500) + "b" + "a".repeat(499);
    expect(set.seenBefore([a], 1)).toBeUndefined();
    expect(set.seenBefore([b], 2)).toBeUndefined();
    expect(set.seenBefore([b], 3)).toBe(2);
  });

  test("treats equal Excel errors as the same cell and different ones as different", () => {
    const set = new RowSet<number>([0]);
    expect(set.seenBefore([{ error: "#N/A" }], 1)).toBeUndefined();
    expect(set.seenBefore([{ error: "#REF!" }], 2)).toBeUndefined();
    expect(set.seenBefore([{ error: "#N/A" }], 3)).toBe(1);
  });
});
