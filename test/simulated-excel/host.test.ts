// The simulated Excel behaves as Excel does where the add-in could be fooled by a kinder fake: each
// behaviour below is one Excel is documented to have (Office.js reference and "Excel performance").
import { emptyWorkbook, newSheet, type SimWorkbook } from "../../src/simulated-excel/model";
import { PLATFORMS } from "../../src/simulated-excel/platforms";
import { createSimulatedHost, type SimulatedHost } from "../../src/simulated-excel/host";
import { cell, hostOf, sheet } from "../support/simulated";

function book(): SimWorkbook {
  const wb = emptyWorkbook();
  const s = newSheet(wb, "Data");
  s.rows[1] = [null, { v: "Shares" }, { v: 12 }, { e: "#N/A" }, { f: "=B1*2", v: 24 }, null, null, { f: "=NOW()" }];
  wb.active = "Data";
  return wb;
}

const run = <T>(host: SimulatedHost, batch: (context: Excel.RequestContext) => Promise<T>) => host.excel.run(batch);

describe("the simulated Excel, like Excel", () => {
  test("runs nothing before context.sync(): a value set is not in the workbook until then", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [["later"]];
      expect(cell(sheet(host.workbook, "Data")!, "A2")).toBeUndefined();
      await context.sync();
      expect(cell(sheet(host.workbook, "Data")!, "A2")!.v).toBe("later");
    });
  });

  test("a property cannot be read before it was loaded and synced (PropertyNotLoaded)", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:E1").load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(() => range.valueTypes).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(range.values).toEqual([["Shares", 12, "#N/A", 24, ""]]);
    });
  });

  test("values and valueTypes: errors as their text with type Error, empty as \"\" with type Empty, formulas as their cached value", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:F1").load("values,valueTypes");
      await context.sync();
      expect(range.valueTypes).toEqual([["String", "Double", "Error", "Double", "Empty", "Empty"]]);
    });
  });

  test("a formula saved without its result is not read as empty: Excel would calculate it, the simulated host refuses to guess", async () => {
    const host = hostOf(book());
    await expect(run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:G1").load("values");
      await context.sync();
    })).rejects.toThrow(/Data!G1 holds a formula \(=NOW\(\)\) with no saved result/);
  });

  test("getItemOrNullObject gives an object whose isNullObject is known after the sync; commands on it fail with ItemNotFound", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const there = context.workbook.worksheets.getItemOrNullObject("data");
      await context.sync();
      expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
      missing.activate();
      await expect(context.sync()).rejects.toMatchObject({ name: "RichApi.Error", code: "ItemNotFound" });
    });
  });

  test("text typed as a number, a date or TRUE becomes one, unless the cell is formatted as text", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A3:D3").values = [["00020", "2024-12-17", "TRUE", "5%"]];
      const text = ws.getRange("A4:B4");
      text.numberFormat = [["@", "@"]];
      text.values = [["00020", "2024-12-17"]];
      await context.sync();
    });
    const s = sheet(host.workbook, "Data")!;
    expect([cell(s, "A3")!.v, cell(s, "B3")!.v, cell(s, "C3")!.v, cell(s, "D3")!.v]).toEqual([20, 45643, true, 0.05]);
    expect([cell(s, "A4")!.v, cell(s, "B4")!.v]).toEqual(["00020", "2024-12-17"]);
  });

  test("a bracketed negative typed as text, which Excel turns into a number with a format of its own, is refused, not kept as text", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A7").values = [["(400,400,000)"]];
      await expect(context.sync()).rejects.toThrow(/bracketed negative/);
    });
  });

  test("a 2-D write must be the size of the range (InvalidArgument), and the rest of the sync does not run", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A5:B5").values = [["one"]];
      ws.getRange("A6").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(cell(sheet(host.workbook, "Data")!, "A6")).toBeUndefined();
  });

  test("sheet names: at most 31 characters, none of : \\ / ? * [ ], unique whatever the case", async () => {
    for (const name of ["a".repeat(32), "Q1/Q2", "data", "History"]) {
      const host = hostOf(book());
      await run(host, async (context) => {
        context.workbook.worksheets.add(name);
        await expect(context.sync()).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
      });
    }
  });

  test("the last visible sheet can be neither hidden nor deleted", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded); Windows does not", async () => {
    const big = () => {
      const wb = book();
      const s = sheet(wb, "Data")!;
      for (let r = 10; r < 10 + 30_000; r++) s.rows[r] = [null, { v: `A fairly long piece of text in row ${r} of the ledger, as details of an event often are: ${"words ".repeat(20)}` }, { v: r * 1.5 }, { v: "HKD" }];
      return wb;
    };
    const read = (host: SimulatedHost) => run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A10:C30009").load("values,valueTypes");
      await context.sync();
    });
    await expect(read(hostOf(big(), "web"))).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(read(hostOf(big(), "windows"))).resolves.toBeUndefined();
  });

  test("the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded), and nothing of it runs", async () => {
    const host = hostOf(book(), "web");
    const rows = Array.from({ length: 40_000 }, (_, i) => [`Row ${i} with some words in it, ${"and more words ".repeat(8)}`, i, "HKD"]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A10:C40009").values = rows;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(cell(sheet(host.workbook, "Data")!, "A10")).toBeUndefined();
  });

  test("no platform gets more than five million cells at once (RangeExceedsLimit)", async () => {
    const host = hostOf(book(), "windows");
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1_000_000, 6).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });

  test("a member of a requirement set the platform lacks fails with ApiNotFound (Excel 2021 has ExcelApi 1.14)", async () => {
    const host = hostOf(book(), "windows-ltsc2021");
    expect(host.office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(host.office.context.requirements.isSetSupported("ExcelApi", "1.15")).toBe(false);
    expect(host.office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    const web = hostOf(book(), "web");
    expect(web.office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
  });

  test("Workbook.use1904DateSystem exists only where preview APIs run, and gives the workbook's date system", async () => {
    const wb = book();
    wb.date1904 = true;
    const production = hostOf(wb);
    await run(production, async (context) => expect("use1904DateSystem" in context.workbook).toBe(false));
    const preview = createSimulatedHost(wb, { ...PLATFORMS.mac, previewApis: true });
    await run(preview, async (context) => {
      const workbook = context.workbook as Excel.Workbook & { use1904DateSystem: boolean };
      workbook.load("use1904DateSystem");
      await context.sync();
      expect(workbook.use1904DateSystem).toBe(true);
    });
  });

  test("Range.text shows serial 0 as the year 1900 or 1904, by the workbook's date system", async () => {
    for (const [date1904, year] of [[false, "1900"], [true, "1904"]] as const) {
      const wb = book();
      wb.date1904 = date1904;
      const host = hostOf(wb);
      await run(host, async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("H1");
        r.numberFormat = [["yyyy"]];
        r.values = [[0]];
        r.load("text");
        await context.sync();
        expect(r.text).toEqual([[year]]);
      });
    }
  });

  test("a table cannot overlap another, and rows added to it push the cells below down", async () => {
    const wb = book();
    const s = sheet(wb, "Data")!;
    s.rows[20] = [null, { v: "Key" }, { v: "Value" }];
    s.rows[21] = [null, { v: "a" }, { v: 1 }];
    s.rows[23] = [null, { v: "note below" }];
    const host = hostOf(wb);
    await run(host, async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const t = ws.tables.add("A20:B21", true);
      t.name = "Pairs";
      await context.sync();
      context.workbook.tables.getItem("Pairs").rows.add(undefined, [["b", 2], ["c", 3]]);
      await context.sync();
      ws.tables.add("B21:C22", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(cell(s, "A22")!.v).toBe("b");
    expect(cell(s, "A25")!.v).toBe("note below");
    expect(host.workbook.tables.find((t) => t.name === "Pairs")!.range).toEqual({ top: 20, left: 1, bottom: 23, right: 2 });
  });

  test("a table header cell emptied becomes Column1 and names its column; a name another column has gets a number", async () => {
    const wb = book();
    const s = sheet(wb, "Data")!;
    s.rows[20] = [null, { v: "Key" }, { v: "Value" }, { v: "Note" }];
    s.rows[21] = [null, { v: "a" }, { v: 1 }, { v: "x" }];
    const host = hostOf(wb);
    await run(host, async (context) => {
      const t = context.workbook.worksheets.getItem("Data").tables.add("A20:C21", true);
      t.name = "Pairs";
      await context.sync();
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("B20").values = [[""]];
      ws.getRange("C20").values = [["key"]];
      await context.sync();
    });
    expect(cell(s, "B20")!.v).toBe("Column1");
    expect(cell(s, "C20")!.v).toBe("key2");
    expect(host.workbook.tables.find((t) => t.name === "Pairs")!.columns).toEqual(["Key", "Column1", "key2"]);
  });

  test("two table headers swapped in one write keep their names; a number typed as a header is not simulated", async () => {
    const wb = book();
    const s = sheet(wb, "Data")!;
    s.rows[20] = [null, { v: "Key" }, { v: "Value" }];
    s.rows[21] = [null, { v: "a" }, { v: 1 }];
    const host = hostOf(wb);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A20:B21", true).name = "Pairs";
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A20:B20").values = [["Value", "Key"]];
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A20").values = [[2025]];
      await expect(context.sync()).rejects.toThrow(/only text or nothing into a table's header row/);
    });
    expect(host.workbook.tables.find((t) => t.name === "Pairs")!.columns).toEqual(["Value", "Key"]);
  });

  test("counts every sync and the bytes of each request and response", async () => {
    const host = hostOf(book());
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:E1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A9").values = [["x".repeat(1000)]];
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.log[0]!.responseBytes).toBeGreaterThan(JSON.stringify([["Shares", 12, "#N/A", 24, ""]]).length);
    expect(host.stats.log[1]!.requestBytes).toBeGreaterThan(1000);
    expect(host.stats.cellsRead).toBe(5);
  });
});
