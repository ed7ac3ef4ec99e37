// The e-form view's fields, against published returns: SenseTime's NDDR of 18 December 2024 (figures
// from test/golden/sensetime-2024-12-18) and Tencent's of 13 June 2025
// (docs/research/hkex-nddr-research.md §4), in the FF305 order of that note's §2–5, as raw values to key or paste.
import { readFileSync } from "fs";
import { join } from "path";
import type { NddrReturn } from "../../src/domain/return-model";
import { eformDate, eformFields, ZH_CONFIRMED_LABELS, type EformBlock } from "../../src/layout/eform-fields";
import { prepareReturn } from "../../src/pipeline/prepare-return";
import type { Language } from "../../src/labels";
import { exampleTables } from "../support/simulated";

async function nddrOf(file: string, today: string, language: Language = "en"): Promise<NddrReturn> {
  const prepared = await prepareReturn(await exampleTables(file), { today: today as never, language });
  if (!prepared.generation.nddr) throw new Error("no return");
  return prepared.generation.nddr;
}

const pairs = (block: EformBlock) => block.fields.map((f) => [f.label, f.value]);
const value = (block: EformBlock, id: string) => block.fields.find((f) => f.id === id)?.value;

describe("e-form fields", () => {
  test("SenseTime class 1 in the e-form's order: identity, opening balance, the placing, closing balance", async () => {
    const blocks = eformFields(await nddrOf("sensetime-2024-12-18.xlsx", "2024-12-18"), "en");
    const class1 = blocks.find((b) => b.id === "I.1")!;
    expect(pairs(class1)).toEqual([
      ["Class of shares", "WVR ordinary shares"],
      ["Type of shares", "B"],
      ["Listed on the Exchange", "Yes"],
      ["Stock code (if listed)", "00020"],
      ["Multi-counter stock code", "80020 RMB"],
      ["Opening balance as at (Note 1)", "30/11/2024"],
      ["Number of issued shares (excluding treasury shares)", "34528336530"],
      ["Number of treasury shares", "0"],
      ["Total number of issued shares", "34528336530"],
      ["1). Event", "Placing/subscription - new shares involved"],
      ["Details", expect.stringContaining("Completion of the placing of new Class B shares under general mandate")],
      ["Date of changes", "17/12/2024"],
      ["Number of issued shares (excluding treasury shares)", "1865000000"],
      ["As a % of existing number of issued shares (excluding treasury shares) before the relevant event (Note 3)", "5.4"],
      ["Number of treasury shares", "0"],
      ["Issue/ selling price per share (Note 4) — Currency", "HKD"],
      ["Issue/ selling price per share (Note 4) — Amount", "1.5"],
      ["Closing balance as at (Notes 5 and 6)", "17/12/2024"],
      ["Number of issued shares (excluding treasury shares)", "36393336530"],
      ["Number of treasury shares", "0"],
      ["Total number of issued shares", "36393336530"],
    ]);
  });

  test("SenseTime class 2 carries the filler line Other (please specify) / Not applicable", async () => {
    const blocks = eformFields(await nddrOf("sensetime-2024-12-18.xlsx", "2024-12-18"), "en");
    const class2 = blocks.find((b) => b.id === "I.2")!;
    expect(value(class2, "I.2.type")).toBe("A");
    expect(value(class2, "I.2.listed")).toBe("No");
    expect(value(class2, "I.2.opening.issued")).toBe("614034470");
    expect(value(class2, "I.2.event.1.type")).toBe("Other (please specify)");
    expect(value(class2, "I.2.event.1.details")).toBe("Not applicable");
    expect(value(class2, "I.2.event.1.issued")).toBe("0");
  });

  test("blocks follow the form: header, Section I by class, confirmation, Sections II and III, submitter", async () => {
    const blocks = eformFields(await nddrOf("tencent-2025-06-13.xlsx", "2025-06-13"), "en");
    expect(blocks.map((b) => b.id)).toEqual(["header", "I.1", "confirmation", "II.1", "submitter"]);
    expect(pairs(blocks[0]!).map(([label]) => label)).toEqual(["Status", "Name of Issuer", "Date Submitted"]);
  });

  test("Tencent's repurchase report: one row per trading date, totals and the mandate, raw", async () => {
    const blocks = eformFields(await nddrOf("tencent-2025-06-13.xlsx", "2025-06-13"), "en");
    const report = blocks.find((b) => b.id === "II.1")!;
    const rows = report.fields.filter((f) => f.id.startsWith("II.1.row.1."));
    expect(rows.map((f) => f.value)).toEqual(["13/06/2025", "982000", "On the Exchange", "HKD", "515", "506.5", "500382813.6"]);
    expect(value(report, "II.1.total")).toBe("982000");
    expect(value(report, "II.1.forCancellation")).toBe("982000");
    expect(value(report, "II.1.forTreasury")).toBe("0");
    expect(report.fields.filter((f) => f.id.startsWith("II.1.mandate.")).map((f) => f.value))
      .toEqual(["14/05/2025", "918901866", "19588000", "0.21317", "13/07/2025"]);
  });

  test("no value carries a thousands separator, a currency before a number, or a % sign", async () => {
    for (const [file, today] of [["sensetime-2024-12-18.xlsx", "2024-12-18"], ["tencent-2025-06-13.xlsx", "2025-06-13"]] as const) {
      for (const block of eformFields(await nddrOf(file, today), "en")) {
        for (const f of block.fields) {
          if (/^-?[\d,.]+$/.test(f.value)) expect(f.value).not.toContain(",");
          expect(f.value).not.toMatch(/^(HKD|USD|RMB) ?\d/);
          expect(f.value).not.toMatch(/%$/);
        }
      }
    }
  });

  test("in Chinese, labels not confirmed on a filed form are flagged and confirmed ones are not", async () => {
    const blocks = eformFields(await nddrOf("sensetime-2024-12-18.xlsx", "2024-12-18", "zh-HK"), "zh-HK");
    const class1 = blocks.find((b) => b.id === "I.1")!;
    const byId = (id: string) => class1.fields.find((f) => f.id === id)!;
    expect(byId("I.1.class")).toMatchObject({ label: "股份類別", value: "WVR ordinary shares" });
    expect(byId("I.1.class").unconfirmed).toBeUndefined();
    expect(byId("I.1.listed")).toMatchObject({ label: "於本交易所上市", value: "是", unconfirmed: true });
    expect(byId("I.1.opening.issued").value).toBe("34528336530");
  });

  test("the confirmed Chinese labels are exactly those src/labels/zh-HK.ts marks [C]", () => {
    const source = readFileSync(join(__dirname, "..", "..", "src", "labels", "zh-HK.ts"), "utf8");
    const marked = [...source.matchAll(/^\s+(\w+): "[^"]*",\s*\/\/ \[C[\],]/gm)].map((m) => m[1]);
    expect([...ZH_CONFIRMED_LABELS].sort()).toEqual([...new Set(marked)].sort());
  });

  test("dates go in as DD/MM/YYYY", () => {
    expect(eformDate("2024-12-17" as never)).toBe("17/12/2024");
  });
});
