// The ribbon's Generate return: the one-click path, which must always complete its event.
import { generateReturnFromRibbon } from "../../src/commands/commands";
import { fakeExcel, type FakeState } from "../support/fake-excel";
import { exampleTables, withCell, workbookOf } from "../support/fake-workbooks";

const NOW = () => new Date("2024-12-18T00:30:00Z");
const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
const excel = (state: FakeState) => fakeExcel(state) as unknown as typeof Excel;

describe("ribbon Generate return", () => {
  test("writes the return sheet and completes the event", async () => {
    const state = workbookOf(await exampleTables());
    const e = event();
    await generateReturnFromRibbon(e, excel(state), NOW);
    expect(state.sheets.map((s) => s.name)).toContain("NDDR 2024-12-17");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("with errors, writes the findings, selects the first bad cell and completes the event", async () => {
    const state = workbookOf(withCell(await exampleTables(), "NDDR_Classes", 0, "Opening issued", "lots"));
    const e = event();
    await generateReturnFromRibbon(e, excel(state), NOW);
    expect(state.selected).toEqual({ sheet: "Classes", address: "I2" });
    expect(state.sheets.map((s) => s.name)).toContain("NDDR Findings");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("completes the event when Excel fails", async () => {
    const state = workbookOf(await exampleTables());
    state.failOnSync = { sync: 1 };
    const e = event();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await generateReturnFromRibbon(e, excel(state), NOW);
    expect(e.completed).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
