// "Set up input tables" against the fake Excel: adds what is missing, touches nothing that exists.
import { setUpInputTables, LISTS_SHEET } from "../../src/excel/setup-tables";
import { parseLedger } from "../../src/contract/parse-ledger";
import { readWorkbook } from "../../src/excel/read-workbook";
import { cell, FakeContext, newSheet, newState, putValues } from "../support/fake-excel";
import { exampleTables, workbookOf } from "../support/fake-workbooks";

const ctx = (state: ReturnType<typeof newState>) => new FakeContext(state) as unknown as Excel.RequestContext;

describe("Set up input tables", () => {
  test("in an empty workbook adds every contract table, with dropdowns on a hidden lists sheet, in 3 syncs", async () => {
    const state = newState();
    state.sheets.push(newSheet("Sheet1"));
    const result = await setUpInputTables(ctx(state));
    expect(result.added.map((a) => a.table)).toEqual(["NDDR_Issuer", "NDDR_Classes", "NDDR_Movements", "NDDR_Repurchases", "NDDR_Mandates", "NDDR_Log"]);
    expect(state.syncs).toBe(3);
    const lists = state.sheets.find((s) => s.name === LISTS_SHEET)!;
    expect(lists.props.visibility).toBe("Hidden");
    const movements = state.sheets.find((s) => s.name === "Movements")!;
    expect(cell(movements, "C2")!.validation).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/^='NDDR Lists'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/) } });
    expect(cell(movements, "B2")!.numberFormat).toBe("yyyy-mm-dd");
  });

  test("the tables it adds read back as the contract (only the missing-data errors remain)", async () => {
    const state = newState();
    await setUpInputTables(ctx(state));
    const snapshot = await readWorkbook(ctx(state));
    const codes = new Set(parseLedger(snapshot.tables).findings.map((f) => f.code));
    expect(codes.has("MISSING_TABLE")).toBe(false);
    expect(codes.has("MISSING_COLUMN")).toBe(false);
  });

  test("keeps existing tables and never writes into a user's sheet of the same name", async () => {
    const state = workbookOf((await exampleTables()).filter((t) => t.name !== "NDDR_Movements"));
    const mine = newSheet("Movements");
    putValues(mine, "A1", [["my own movements list"]]);
    state.sheets.push(mine);
    const before = state.sheets.flatMap((s) => [...s.cells].map(([k, c]) => `${s.name}!${k}=${JSON.stringify(c.value)}`));
    const result = await setUpInputTables(ctx(state));
    expect(result.added).toEqual([{ table: "NDDR_Movements", sheet: "Movements (2)" }]);
    expect(result.kept).toEqual(["NDDR_Issuer", "NDDR_Classes", "NDDR_Repurchases", "NDDR_Mandates", "NDDR_Log"]);
    const after = new Set(state.sheets.flatMap((s) => [...s.cells].map(([k, c]) => `${s.name}!${k}=${JSON.stringify(c.value)}`)));
    expect(before.filter((b) => !after.has(b))).toEqual([]);
  });

  test("does nothing when every table is there", async () => {
    const state = workbookOf(await exampleTables());
    const sheets = state.sheets.length;
    const result = await setUpInputTables(ctx(state));
    expect(result.added).toEqual([]);
    expect(state.sheets.length).toBe(sheets);
  });
});
