// Office.context.document.settings on the simulated Excel, as Office has them: each runtime works on its
// own copy, only saveAsync puts it in the workbook, refreshAsync reads the workbook again, and only what
// JSON can carry is stored. The language chosen in the pane reaches the ribbon through them.
import { generateReturnFromRibbon } from "../../src/commands/commands";
import { saveLanguage, savedLanguage, LANGUAGE_KEY } from "../../src/common/preferences";
import { officeHostFrom } from "../../src/excel/host";
import { emptyWorkbook } from "../../src/simulated-excel/model";
import { documentSettings } from "../../src/simulated-excel/settings";
import { exampleTables, hostOf, workbookOf } from "../support/simulated";

const saved = (s: ReturnType<typeof documentSettings>) => new Promise<void>((resolve) => s.saveAsync(() => resolve()));
const refreshed = (s: ReturnType<typeof documentSettings>) => new Promise<void>((resolve) => s.refreshAsync(() => resolve()));

describe("document settings on the simulated Excel", () => {
  test("a setting reaches the workbook only through saveAsync", async () => {
    const wb = emptyWorkbook();
    const pane = documentSettings(wb);
    pane.set("nddr.language", "zh-HK");
    expect(wb.settings?.["nddr.language"]).toBeUndefined();
    expect(documentSettings(wb).get("nddr.language")).toBeNull();
    await saved(pane);
    expect(wb.settings).toEqual({ "nddr.language": '"zh-HK"' });
    expect(documentSettings(wb).get("nddr.language")).toBe("zh-HK");
  });

  test("a runtime started earlier sees a saved setting only after refreshAsync", async () => {
    const wb = emptyWorkbook();
    const ribbon = documentSettings(wb);
    const pane = documentSettings(wb);
    pane.set("k", 1);
    await saved(pane);
    expect(ribbon.get("k")).toBeNull();
    await refreshed(ribbon);
    expect(ribbon.get("k")).toBe(1);
  });

  test("refuses what JSON cannot carry, and hands back copies", () => {
    const s = documentSettings(emptyWorkbook());
    expect(() => s.set("f", () => 1)).toThrow(/cannot be stored/);
    expect(() => s.set("u", undefined)).toThrow(/cannot be stored/);
    expect(() => s.set("", 1)).toThrow(/non-empty string/);
    s.set("o", { a: [1] });
    (s.get("o") as { a: number[] }).a.push(2);
    expect(s.get("o")).toEqual({ a: [1] });
  });

  test("saveAsync calls back after it returns, as Office does", async () => {
    const s = documentSettings(emptyWorkbook());
    let called = false;
    s.saveAsync(() => (called = true));
    expect(called).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    expect(called).toBe(true);
  });
});

describe("the language of the return, kept in the workbook", () => {
  const NOW = () => new Date("2024-12-18T00:30:00Z");
  const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event;

  test("chosen in the pane, it is used by the ribbon's Generate return in another runtime", async () => {
    const host = hostOf(workbookOf(await exampleTables()));
    const ribbonOffice = host.newRuntime(); // the function file, loaded before the choice
    const pane = officeHostFrom(host.office, host.excel, "https://localhost:3000/taskpane.html");
    expect(await saveLanguage(pane.settings, "zh-HK")).toBe(true);
    expect(host.workbook.settings?.[LANGUAGE_KEY]).toBe('"zh-HK"');
    const ribbon = officeHostFrom(ribbonOffice, host.excel, "https://localhost:3000/commands.html");
    await generateReturnFromRibbon(event(), ribbon, NOW);
    const sheet = host.workbook.sheets.find((s) => s.name === "NDDR 2024-12-17")!;
    expect(JSON.stringify(sheet.rows)).toContain("翌日披露報表");
  });

  test("another workbook keeps its own choice (English by default)", async () => {
    const chinese = hostOf(workbookOf(await exampleTables()));
    await saveLanguage(officeHostFrom(chinese.office, chinese.excel, "").settings, "zh-HK");
    const other = hostOf(workbookOf(await exampleTables()));
    expect(await savedLanguage(officeHostFrom(other.office, other.excel, "").settings)).toBeUndefined();
    await generateReturnFromRibbon(event(), officeHostFrom(other.office, other.excel, "https://localhost:3000/commands.html"), NOW);
    const sheet = other.workbook.sheets.find((s) => s.name === "NDDR 2024-12-17")!;
    expect(JSON.stringify(sheet.rows)).toContain("Next Day Disclosure Return");
  });

  test("a value that is not a language we print counts as none", async () => {
    const host = hostOf(workbookOf([]));
    host.workbook.settings = { [LANGUAGE_KEY]: '"fr"' };
    expect(await savedLanguage(officeHostFrom(host.newRuntime(), host.excel, "").settings)).toBeUndefined();
  });
});
