// Office.context.document.settings on the simulated Excel, as Office has them: each runtime works on its
// own copy, only saveAsync puts it in the workbook, refreshAsync reads the workbook again, and only what
// JSON can carry is stored. The language chosen in the pane reaches the ribbon through them.
import { generateReturnFromRibbon } from "../../src/ribbon/commands";
import { saveLanguage, savedLanguage, LANGUAGE_KEY } from "../../src/common/preferences";
import { officeHostFrom } from "../../src/adapters/officejs/host";
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

describe("document settings in the workbook's file", () => {
  test("saved with the workbook as Excel keeps them, and read again when it is opened", async () => {
    const { saveSimWorkbook, loadSimWorkbook } = await import("../../src/adapters/exceljs/simulated-workbook");
    const JSZip = (await import("jszip")).default;
    const host = hostOf(workbookOf(await exampleTables()));
    await saveLanguage(officeHostFrom(host.office, host.excel, "").settings, "zh-HK");
    const bytes = await saveSimWorkbook(host.workbook);
    const zip = await JSZip.loadAsync(bytes);
    const part = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
    expect(part).toContain('<we:property name="nddr.language" value="&quot;zh-HK&quot;"/>');
    expect(await zip.file("_rels/.rels")!.async("string")).toContain("relationships/webextensiontaskpanes");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("application/vnd.ms-office.webextension+xml");
    const reopened = await loadSimWorkbook(bytes);
    if (!reopened.ok) throw new Error(reopened.reason);
    expect(reopened.workbook.settings).toEqual({ "nddr.language": '"zh-HK"' });
    expect(await savedLanguage(officeHostFrom(hostOf(reopened.workbook).office, host.excel, "").settings)).toBe("zh-HK");
  });

  test("another add-in's settings in the file are not ours", async () => {
    const { loadSimWorkbook, saveSimWorkbook } = await import("../../src/adapters/exceljs/simulated-workbook");
    const JSZip = (await import("jszip")).default;
    const wb = workbookOf(await exampleTables());
    wb.settings = { "nddr.language": '"zh-HK"' };
    const zip = await JSZip.loadAsync(await saveSimWorkbook(wb));
    const part = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
    zip.file("xl/webextensions/webextension1.xml", part.replace(/<we:reference id="[^"]*"/, '<we:reference id="wa104380862"'));
    const reopened = await loadSimWorkbook(await zip.generateAsync({ type: "uint8array" }));
    expect(reopened.ok && reopened.workbook.settings).toBeUndefined();
  });

  test("our add-in's Ids are the manifests'", async () => {
    const { ADDIN_IDS } = await import("../../src/adapters/exceljs/web-extension-settings");
    const { readFileSync } = await import("fs");
    const manifest = readFileSync(`${__dirname}/../../manifest.xml`, "utf8");
    const { PRODUCTION_ID } = require("../../scripts/deploy-manifest");
    expect(ADDIN_IDS).toEqual([/<Id>([^<]+)<\/Id>/.exec(manifest)![1], PRODUCTION_ID]);
  });
});
