// The ribbon's notice says whether a return is due in the words the command line and the pane use.
import { outcomeNotice } from "../../src/adapters/officejs/run-generate";
import type { ExcelGeneration } from "../../src/adapters/officejs/generate-in-excel";

const written = (nddr: { returnDue: boolean | null; deadline: string | null }): ExcelGeneration =>
  ({
    returnSheet: "NDDR 2036-01-25",
    generation: { ok: true, logged: false, findings: [], nddr: { ...nddr, closingDate: "2036-01-25", sectionI: [{ classKey: "A", fivePercent: { aggregate: 2_500, percent: "0.25", headroom: 47_500 } }] } },
  }) as unknown as ExcelGeneration;

describe("the ribbon's notice on whether a return is due", () => {
  test("due without a computable deadline says a return is due, never that none is", () => {
    const { message } = outcomeNotice(written({ returnDue: true, deadline: null }));
    expect(message).toContain("A return is due; its deadline could not be worked out");
    expect(message).not.toMatch(/no return is due/i);
  });

  test("not due says why, in the command line's words", () => {
    expect(outcomeNotice(written({ returnDue: false, deadline: null })).message).toContain("No change in the period makes a return due yet");
  });

  test("not due gives each class's 5% running total and headroom, as the command line does", () => {
    expect(outcomeNotice(written({ returnDue: false, deadline: null })).message)
      .toContain("Class A: 5% events so far 2,500 shares (0.25 %); 47,500 more shares of 5% events before a return is due.");
  });
});
