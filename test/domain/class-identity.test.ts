// Two classes whose printed blocks are alike (class and type of shares, listing, stock codes, description)
// cannot be told apart on a return: a warning at the later class's key, in the NDDR and the Monthly Return.
import { classesTellApart } from "../../src/domain/class-identity";
import { RETURN_CHECKS } from "../../src/domain/checks";
import type { ShareClass } from "../../src/domain/ledger";
import { MONTHLY_CHECKS } from "../../src/domain/monthly-return/checks";
import { findingsOf, generate, shareClass } from "./ledger-builder";

const cls = (key: string, row: number, over: Partial<ShareClass> = {}): ShareClass => ({ ...shareClass({ key }, row), ...over });
const located = (classes: ShareClass[]) => classesTellApart({ classes }).map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

describe("classes whose blocks print alike", () => {
  test("the same class under two keys: a warning at the second key, naming the first", () => {
    const [f] = classesTellApart({ classes: [cls("H", 2), cls("H shares", 3)] });
    expect(`${f.severity} ${f.sheet}!${f.cell}`).toBe("warning Classes!A3");
    expect(f.message).toMatch(/Class "H shares" prints the same class block as class "H" \(Classes!A2\)/);
    expect(f.related).toEqual([{ sheet: "Classes", cell: "A2" }]);
  });

  test("letter case and spacing do not tell classes apart", () => {
    expect(located([cls("A", 2), cls("B", 3, { classOfShares: "ORDINARY  shares " })])).toEqual(["warning Classes!A3"]);
  });

  test("a stock code tells them apart", () => {
    expect(located([cls("A", 2), cls("B", 3, { stockCode: "80001" })])).toEqual([]);
  });

  test("a description tells them apart", () => {
    expect(located([cls("A", 2), cls("B", 3, { description: "RMB counter" })])).toEqual([]);
  });

  test("a type of shares tells them apart", () => {
    expect(located([cls("A", 2), cls("B", 3, { typeOfShares: "Preference" })])).toEqual([]);
  });

  test("two unlisted classes of one name print alike too", () => {
    expect(located([cls("A", 2, { listed: false, stockCode: undefined }), cls("B", 3, { listed: false, stockCode: undefined })])).toEqual(["warning Classes!A3"]);
  });

  test("a third class like the first two is reported as well", () => {
    expect(located([cls("A", 2), cls("B", 3), cls("C", 4)])).toEqual(["warning Classes!A3", "warning Classes!A4"]);
  });

  test("the return is still written", () => {
    const g = generate({ classes: [{ key: "A" }, { key: "B" }] });
    expect(findingsOf(g, "CLASSES_PRINT_ALIKE")).toHaveLength(1);
    expect(g.ok).toBe(true);
  });

  test("both returns run the check", () => {
    expect([RETURN_CHECKS.includes(classesTellApart), MONTHLY_CHECKS.includes(classesTellApart)]).toEqual([true, true]);
  });
});
