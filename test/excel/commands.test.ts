// The ribbon's Generate return: the one-click path. It must always complete its event and tell the
// user what happened — success, the errors to fix, or why it failed — in a dialog, not the console.
import { generateReturnFromRibbon } from "../../src/ribbon/commands";
import { addinHost, exampleTables, hostOf, withCell, workbookOf } from "../support/simulated";

const NOW = () => new Date("2024-12-18T00:30:00Z");
const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };

describe("ribbon Generate return", () => {
  test("writes the return sheet, says so in a notice, and completes the event", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    const e = event();
    const outcome = await generateReturnFromRibbon(e, addinHost(host), NOW);
    expect(host.workbook.sheets.map((s) => s.name)).toContain("NDDR 2024-12-17");
    expect(host.notices).toEqual([expect.objectContaining({ kind: "success", message: expect.stringContaining('written to sheet "NDDR 2024-12-17"') })]);
    expect(host.notices[0]!.message).toContain("A return is due by 08:30 on 18 December 2024 (Hong Kong time).");
    expect(outcome.generation?.returnSheet).toBe("NDDR 2024-12-17");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("with errors, writes the findings, selects the first bad cell, names both in a notice and completes the event", async () => {
    const host = hostOf(workbookOf(withCell(await exampleTables(), "NDDR_Classes", 0, "Opening issued", "lots")));
    const e = event();
    await generateReturnFromRibbon(e, addinHost(host), NOW);
    expect(host.workbook.selection).toEqual({ sheet: "Classes", address: "I2" });
    expect(host.workbook.sheets.map((s) => s.name)).toContain("NDDR Findings");
    expect(host.notices).toEqual([expect.objectContaining({ kind: "errors", message: expect.stringMatching(/1 error to fix, listed on sheet "NDDR Findings"\. The first is selected: Classes!I2/) })]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("a breach gets a notice of its own kind, named before anything else, and the return is still written", async () => {
    // Date submitted 20 December for a change on the 17th: due 08:30 on the 18th, so RETURN_LATE (a breach).
    const tables = await exampleTables();
    const issuer = tables.find((t) => t.name === "NDDR_Issuer")!;
    const row = issuer.rows.findIndex((r) => r[0] === "Date submitted");
    const host = hostOf(workbookOf(withCell(tables, "NDDR_Issuer", row, "Value", 45646)));
    await generateReturnFromRibbon(event(), addinHost(host), NOW);
    expect(host.workbook.sheets.map((s) => s.name)).toContain("NDDR 2024-12-17");
    const [notice] = host.notices;
    expect(notice).toMatchObject({ kind: "breach", title: "Return written, with 1 breach of the Listing Rules" });
    expect(notice!.message).toMatch(/^BREACH \(RETURN_LATE\): see sheet "NDDR Findings"/);
    expect(notice!.message).not.toMatch(/\d+ warnings? on sheet/);
  });

  test("when Excel fails, tells the user why in a notice and completes the event", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    host.failSync(1);
    const e = event();
    const outcome = await generateReturnFromRibbon(e, addinHost(host), NOW);
    expect(outcome).toEqual(expect.objectContaining({ ok: false, error: expect.anything() }));
    expect(host.notices).toEqual([expect.objectContaining({ kind: "failure", message: expect.stringMatching(/^Generate return failed: .*\(GeneralException\)/) })]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("completes the event only once the user has closed the notice", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    const order: string[] = [];
    const addin = addinHost(host);
    const e = { completed: () => order.push("completed") } as unknown as Office.AddinCommands.Event;
    await generateReturnFromRibbon(e, { ...addin, showNotice: async (n) => void order.push(`notice ${n.kind}`) }, NOW);
    expect(order).toEqual(["notice success", "completed"]);
  });

  test("prints the return sheet in the language asked for", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    await generateReturnFromRibbon(event(), addinHost(host), NOW, { language: "zh-HK" });
    const texts = host.workbook.sheets.find((s) => s.name === "NDDR 2024-12-17")!.rows.flat().map((c) => c?.v);
    expect(texts).toContain("翌日披露報表");
  });
});
