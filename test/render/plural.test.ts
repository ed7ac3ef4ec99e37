// Counts in the sentences every host prints (the command line, the ribbon's notice, Mark as filed).
import { plural } from "../../src/render/due-text";

test("one of a thing is singular", () => {
  expect(plural(1, "error")).toBe("1 error");
});

test("a word ending in ch takes es, as in breaches", () => {
  expect(plural(2, "breach")).toBe("2 breaches");
});

test("counts print with thousands separators", () => {
  expect(plural(12000, "row")).toBe("12,000 rows");
});
