// The findings list's grouping: by kind, errors first, then breaches, warnings, infos; counts; and the
// errors in the order "Next error" walks them. Linear work, so 100,000 findings group at once.
import { finding, sortFindings, type Finding } from "../../src/domain/finding";
import { countsSentence, groupFindings, kindTitle } from "../../src/taskpane/finding-groups";

const at = (sheet: string, cell: string) => ({ sheet, cell });

describe("grouping findings", () => {
  // In a generation's order, as every host hands them over.
  const findings: Finding[] = sortFindings([
    finding("DUPLICATE_ROW", "warning", "Row 5 repeats row 4.", at("Movements", "A5")),
    finding("SHARES_NOT_INTEGER", "error", "Shares must be whole.", at("Movements", "E9")),
    finding("MANDATE_EXCEEDED", "warning", "The mandate is exceeded.", at("Movements", "K3")),
    finding("SHARES_NOT_INTEGER", "error", "Shares must be whole.", at("Movements", "E3")),
    finding("UNKNOWN_CLASS", "error", "Class Z is unknown.", at("Movements", "A7")),
    finding("HOLIDAY_COMPUTED", "info", "2028 is computed.", null),
  ]);

  test("errors first, then breaches, warnings, infos; the bigger group first within a kind", () => {
    const { groups } = groupFindings(findings);
    expect(groups.map((g) => [g.kind, g.code, g.findings.length])).toEqual([
      ["error", "SHARES_NOT_INTEGER", 2], ["error", "UNKNOWN_CLASS", 1], ["breach", "MANDATE_EXCEEDED", 1],
      ["warning", "DUPLICATE_ROW", 1], ["info", "HOLIDAY_COMPUTED", 1],
    ]);
  });

  test("within a group, in sheet order; Next error walks the groups' order", () => {
    const { groups, errors } = groupFindings(findings);
    expect(groups[0]!.findings.map((f) => f.cell)).toEqual(["E3", "E9"]);
    expect(errors.map((f) => f.cell)).toEqual(["E3", "E9", "A7"]);
  });

  test("counts each kind and says them in words", () => {
    const { counts } = groupFindings(findings);
    expect(counts).toEqual({ error: 3, breach: 1, warning: 1, info: 1 });
    expect(countsSentence(counts)).toBe("3 errors, 1 breach, 1 warning, 1 info");
    expect(countsSentence({ error: 0, breach: 2, warning: 0, info: 0 })).toBe("2 breaches");
  });

  test("a code reads as words", () => {
    expect(kindTitle("MANDATE_EXCEEDED")).toBe("Mandate exceeded");
  });

  test("100,000 findings of three kinds make three groups holding every one", () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      finding(["SHARES_NOT_INTEGER", "DATE_INVALID", "DUPLICATE_ROW"][i % 3]!, i % 3 === 2 ? "warning" : "error", "x", at("Movements", `E${i + 2}`)));
    const { groups, errors } = groupFindings(many);
    expect(groups.map((g) => g.findings.length).reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(groups).toHaveLength(3);
    expect(errors).toHaveLength(66_667);
  });
});
