// Replacing a return sheet the user has edited since the add-in wrote it: the pane asks first, the
// ribbon (which cannot ask) keeps the edited sheet and writes beside it. What counts as an edit: a value
// typed, changed or cleared on the sheet — anywhere on it — since it was written, even after the
// workbook was saved and opened again.
import { saveSimWorkbook } from "../../src/adapters/exceljs/simulated-workbook";
import { generateReturnFromRibbon } from "../../src/ribbon/commands";
import { CONTENT_NAME } from "../../src/adapters/officejs/edited-sheets";
import { generateInExcel, type GenerateInExcelOptions } from "../../src/adapters/officejs/generate-in-excel";
import type { TableGrid } from "../../src/contract/grid";
import type { SimulatedHost } from "../../src/simulated-excel/host";
import { ensureCell } from "../../src/simulated-excel/model";
import { excelPort } from "../../src/taskpane/excel-port";
import type { GenerateOutcome } from "../../src/taskpane/port";
import { addinHost, cell, exampleTables, hostOf, openXlsx, sheet, workbookOf } from "../support/simulated";

const NOW = new Date("2024-12-18T00:30:00Z");
const RETURN_SHEET = "NDDR 2024-12-17";
const OPTIONS: GenerateInExcelOptions = { now: NOW, features: { api19: true } };
const event = () => ({ completed: () => undefined }) as unknown as Office.AddinCommands.Event;

let sensetime: TableGrid[];
beforeAll(async () => {
  sensetime = await exampleTables();
});

async function generated(): Promise<SimulatedHost> {
  const host = hostOf(workbookOf(sensetime));
  await host.excel.run((context) => generateInExcel(context, OPTIONS));
  return host;
}
const returnSheets = (host: SimulatedHost) => host.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("NDDR 2024"));
const type = (host: SimulatedHost, address: [number, number], value: string | number) => {
  ensureCell(sheet(host.workbook, RETURN_SHEET)!, ...address).v = value;
};
const asResult = (o: GenerateOutcome) => {
  if (!o.ok) throw new Error(o.reason);
  return o;
};

describe("an edited return sheet", () => {
  test("unedited, it is replaced without a question", async () => {
    const host = await generated();
    const outcome = asResult(await excelPort(addinHost(host)).generate(NOW, "en"));
    expect(outcome.confirmReplace).toBeUndefined();
    expect(returnSheets(host)).toEqual([RETURN_SHEET]);
  });

  test("the pane asks first and writes nothing: no new sheet, the edited one as it was", async () => {
    const host = await generated();
    type(host, [2, 1], "checked by JC");
    const before = JSON.stringify(host.workbook.sheets.map((s) => [s.name, s.rows]));
    const outcome = asResult(await excelPort(addinHost(host)).generate(NOW, "en"));
    expect(outcome.confirmReplace?.sheet).toBe(RETURN_SHEET);
    expect(outcome.summary).toMatch(/Sheet "NDDR 2024-12-17" was changed since the add-in wrote it\. Nothing was written yet/);
    expect(JSON.stringify(host.workbook.sheets.map((s) => [s.name, s.rows]))).toBe(before);
  });

  test("after the question, proceeding replaces it with the new return", async () => {
    const host = await generated();
    type(host, [2, 1], "checked by JC");
    const outcome = asResult(await excelPort(addinHost(host)).generate(NOW, "en"));
    const replaced = asResult(await outcome.confirmReplace!.proceed());
    expect(replaced.confirmReplace).toBeUndefined();
    expect(returnSheets(host)).toEqual([RETURN_SHEET]);
    expect(cell(sheet(host.workbook, RETURN_SHEET)!, "A2")?.v).not.toBe("checked by JC");
  });

  test("the ribbon keeps it and writes the return beside it, and says so", async () => {
    const host = await generated();
    type(host, [20, 2], 1);
    const outcome = await generateReturnFromRibbon(event(), addinHost(host), () => NOW);
    expect(returnSheets(host)).toEqual([RETURN_SHEET, `${RETURN_SHEET} (2)`]);
    expect(cell(sheet(host.workbook, RETURN_SHEET)!, "B20")?.v).toBe(1);
    expect(outcome.generation?.keptEdited).toBe(RETURN_SHEET);
    expect(host.notices[0]!.message).toContain(`written to sheet "${RETURN_SHEET} (2)". Sheet "${RETURN_SHEET}" was changed since the add-in wrote it, so it was kept`);
  });

  test("a second ribbon click replaces the return it wrote beside, rather than adding a third", async () => {
    const host = await generated();
    type(host, [20, 2], 1);
    await generateReturnFromRibbon(event(), addinHost(host), () => NOW);
    await generateReturnFromRibbon(event(), addinHost(host), () => NOW);
    expect(returnSheets(host)).toEqual([RETURN_SHEET, `${RETURN_SHEET} (2)`]);
  });

  test("a note typed beyond the return's cells is an edit too", async () => {
    const host = await generated();
    type(host, [400, 30], "see the board minutes");
    expect(asResult(await excelPort(addinHost(host)).generate(NOW, "en")).confirmReplace?.sheet).toBe(RETURN_SHEET);
  });

  test("a figure cleared is an edit", async () => {
    const host = await generated();
    const figure = sheet(host.workbook, RETURN_SHEET)!.rows.flat().find((c) => c?.v === 36393336530)!;
    delete figure.v;
    expect(asResult(await excelPort(addinHost(host)).generate(NOW, "en")).confirmReplace?.sheet).toBe(RETURN_SHEET);
  });

  test("a sheet of ours whose fingerprint was removed counts as edited: we cannot tell", async () => {
    const host = await generated();
    const ws = sheet(host.workbook, RETURN_SHEET)!;
    ws.names = ws.names.filter((n) => n.name !== CONTENT_NAME);
    expect(asResult(await excelPort(addinHost(host)).generate(NOW, "en")).confirmReplace?.sheet).toBe(RETURN_SHEET);
  });

  test("the fingerprint is kept in the file: saved, reopened and unedited, the sheet is replaced without a question", async () => {
    const first = await generated();
    const host = hostOf(await openXlsx(await saveSimWorkbook(first.workbook)));
    expect(asResult(await excelPort(addinHost(host)).generate(NOW, "en")).confirmReplace).toBeUndefined();
    expect(returnSheets(host)).toEqual([RETURN_SHEET]);
  });

  test("saved and reopened, an edit is still seen", async () => {
    const first = await generated();
    type(first, [2, 1], "checked by JC");
    const host = hostOf(await openXlsx(await saveSimWorkbook(first.workbook)));
    expect(asResult(await excelPort(addinHost(host)).generate(NOW, "en")).confirmReplace?.sheet).toBe(RETURN_SHEET);
  });
});

// QA round 10a, F1: a check-up Generate after Mark as filed turned the filed return's sheet into an empty one.
describe("the sheet of a return NDDR_Log records as filed", () => {
  async function filed(): Promise<SimulatedHost> {
    const host = hostOf(workbookOf(sensetime));
    const port = excelPort(addinHost(host));
    const generatedNow = asResult(await port.generate(NOW, "en"));
    const marked = await port.markAsFiled({ kind: "nddr", prepared: generatedNow.prepared }, NOW);
    if (!marked.ok) throw new Error(marked.reason);
    return host;
  }

  test("unedited, the pane still asks before replacing it, and says it is the filed copy", async () => {
    const host = await filed();
    const before = JSON.stringify(sheet(host.workbook, RETURN_SHEET)!.rows);
    const outcome = asResult(await excelPort(addinHost(host)).generate(NOW, "en"));
    expect(outcome.confirmReplace).toMatchObject({ sheet: RETURN_SHEET, filed: true });
    expect(outcome.summary).toContain(`Sheet "${RETURN_SHEET}" holds the return that NDDR_Log records as filed. Nothing was written yet`);
    expect(JSON.stringify(sheet(host.workbook, RETURN_SHEET)!.rows)).toBe(before);
  });

  test("the ribbon keeps it and writes beside it, saying why", async () => {
    const host = await filed();
    const outcome = await generateReturnFromRibbon(event(), addinHost(host), () => NOW);
    expect(returnSheets(host)).toEqual([RETURN_SHEET, `${RETURN_SHEET} (2)`]);
    expect(outcome.generation?.keptEdited).toBe(RETURN_SHEET);
    expect(host.notices.at(-1)!.message).toContain(`Sheet "${RETURN_SHEET}" holds the return that NDDR_Log records as filed, so it was kept`);
  });

  test("after the question, proceeding replaces it", async () => {
    const host = await filed();
    const outcome = asResult(await excelPort(addinHost(host)).generate(NOW, "en"));
    expect(asResult(await outcome.confirmReplace!.proceed()).confirmReplace).toBeUndefined();
    expect(returnSheets(host)).toEqual([RETURN_SHEET]);
  });
});
