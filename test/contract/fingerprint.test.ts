// The input fingerprint is stored in users' NDDR_Log and exports, so its value is fixed by its
// definition: "sha256:" and the first 16 hex digits of the SHA-256 of the UTF-8 of JSON.stringify of
// [name, sheet, headerRow, firstColumn, headers, rows(, "1904")] for each contract table but the log,
// sorted by name ignoring case. Checked here against that definition, computed with Node's own hash,
// on random tables holding every kind of cell and every character JSON escapes.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { inputFingerprint } from "../../src/contract/fingerprint";
import type { CellValue, TableGrid } from "../../src/contract/grid";
import { CONTRACT_TABLES } from "../../src/contract/tables";

const LOG = "nddr_log";
const contractNames = CONTRACT_TABLES.map((t) => t.name);

function byDefinition(tables: readonly TableGrid[]): string {
  const counted = tables
    .filter((t) => contractNames.some((n) => n.toLowerCase() === t.name.toLowerCase()) && t.name.toLowerCase() !== LOG)
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .map((t) => [t.name, t.sheet, t.headerRow, t.firstColumn, t.headers, t.rows, ...(t.date1904 ? ["1904"] : [])]);
  return `sha256:${createHash("sha256").update(JSON.stringify(counted), "utf8").digest("hex").slice(0, 16)}`;
}

// Quotes, backslashes, control characters, lone and paired surrogates, two- and three-byte UTF-8.
const text = fc.string({
  unit: fc.oneof(fc.constantFrom('"', "\\", "\n", "\t", "\u0000", "\u001f", "\u007f", "\ud800", "\udfff", "é", "e\u0301", "中", "😀", "\u2028"), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 12,
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: text, weight: 3 },
  { arbitrary: fc.integer({ min: -1e6, max: 1e6 }), weight: 2 },
  { arbitrary: fc.constantFrom(45_000, 9_000_000_000, 2 ** 53, 1e21, 1e-7, -0), weight: 1 },
  { arbitrary: fc.double(), weight: 2 }, // NaN and ±Infinity included: JSON writes them as null
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom("#N/A", "#REF!", "#DIV/0!").map((error) => ({ error })), weight: 1 },
  { arbitrary: text.map((formula) => ({ formula })), weight: 1 },
);

// Contract names in any letter case, the log, near names and other tables (which must not count).
const tableName = fc.oneof(
  fc.constantFrom(...contractNames).chain((n) => fc.constantFrom(n, n.toLowerCase(), n.toUpperCase())),
  fc.constantFrom("NDDR_Movements3", "nddr_movements ", "Table1", "NDDR_Log"),
);

const table: fc.Arbitrary<TableGrid> = fc
  .record({
    name: tableName,
    sheet: text,
    headerRow: fc.integer({ min: 1, max: 1_048_576 }),
    firstColumn: fc.integer({ min: 1, max: 16_384 }),
    width: fc.integer({ min: 1, max: 6 }),
    date1904: fc.option(fc.boolean(), { nil: undefined }),
  })
  .chain(({ width, date1904, ...at }) =>
    fc
      .record({
        headers: fc.array(cell, { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
      })
      .map((grid) => ({ ...at, ...grid, ...(date1904 === undefined ? {} : { date1904 }) })),
  );

test("the input fingerprint is the SHA-256 of JSON.stringify of the contract tables but the log, sorted by name", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(table, { selector: (t) => t.name.toLowerCase(), maxLength: 6 }), async (tables) => {
      expect(await inputFingerprint(tables)).toBe(byDefinition(tables));
    }),
    { numRuns: 300 },
  );
});
