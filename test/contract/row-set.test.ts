// RowSet finds repeated rows by hash; the oracle here is the plain JSON key of the compared cells.
import fc from "fast-check";
import type { CellValue } from "../../src/contract/grid";
import { RowSet } from "../../src/contract/row-set";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, 1, 2, 1.5, 45_000, 2 ** 40, -3),
  // "abcde" and "axcye" share the characters the hash samples (ends and middle), so their rows collide.
  fc.constantFrom("", "1", "A", "a", "Scheme 1", "Scheme 2", "x".repeat(3_000), "x".repeat(2_999) + "y", "abcde", "axcye"),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }),
);

/** What firstOf answers for each row in turn. */
const firsts = (rows: CellValue[][], columns: number[]) => {
  const set = new RowSet(rows, columns);
  return rows.map((_, i) => set.firstOf(i));
};

describe("RowSet", () => {
  test("reports the first row with the same compared cells, exactly when a JSON key would", () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 300 }), (rows) => {
      const seen = new Map<string, number>();
      const expected = rows.map((row, i) => {
        const key = JSON.stringify([row[0], row[2], null]);
        if (!seen.has(key)) seen.set(key, i);
        return seen.get(key) === i ? -1 : seen.get(key);
      });
      expect(firsts(rows, [0, 2, -1])).toEqual(expected);
    }), { numRuns: 300 });
  });

  test("remembers only the rows it was given", () => {
    const rows = [[1], [1], [1]];
    const set = new RowSet(rows, [0]);
    expect(set.firstOf(1)).toBe(-1);
    expect(set.firstOf(2)).toBe(1);
  });

  test("tells a number from the same digits typed as text", () => {
    expect(firsts([[1], ["1"], [1]], [0])).toEqual([-1, -1, 0]);
  });

  test("tells two long texts apart that differ only where the hash does not look", () => {
    const a = "a".repeat(1_000);
    const b = "a".repeat(500) + "b" + "a".repeat(499);
    expect(firsts([[a], [b], [b]], [0])).toEqual([-1, -1, 1]);
  });

  test("tells apart thousands of rows whose hashes collide", () => {
    const rows = Array.from({ length: 4_000 }, (_, i) => [i % 2 ? "abcde" : "axcye", Math.floor(i / 2) % 1_000]);
    expect(firsts(rows, [0, 1])).toEqual(rows.map((_, i) => (i < 2_000 ? -1 : i - 2_000)));
  });

  test("treats equal Excel errors as the same cell and different ones as different", () => {
    expect(firsts([[{ error: "#N/A" }], [{ error: "#REF!" }], [{ error: "#N/A" }]], [0])).toEqual([-1, -1, 0]);
  });

  test("with no column compared, every row repeats the first (the hash's start value alone still finds its slot)", () => {
    expect(firsts([[1], [2], [3]], [])).toEqual([-1, 0, 0]);
  });
});
