// setZipEntryDates: every entry of an exceljs package gets the given date in both of its headers,
// its content untouched; bytes that are not a zip come back as they were.
import ExcelJS from "exceljs";
import { setZipEntryDates } from "../../src/adapters/exceljs/zip-dates";
import { readZip, unzipEntries } from "../support/zip";

async function smallPackage(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = 42;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** DOS date of 18 December 2024: (2024 − 1980) << 9 | 12 << 5 | 18. */
const DEC_18_2024 = (44 << 9) | (12 << 5) | 18;

describe("setZipEntryDates", () => {
  it("dates every entry, central and local header, at midnight of the given day", async () => {
    const dated = readZip(setZipEntryDates(await smallPackage(), new Date("2024-12-18T00:00:00Z")));
    expect(dated.length).toBeGreaterThan(5);
    for (const e of dated) expect(e.dos).toEqual({ central: [DEC_18_2024, 0], local: [DEC_18_2024, 0] });
  });

  it("leaves every entry's content as it was", async () => {
    const original = await smallPackage();
    expect(unzipEntries(setZipEntryDates(original, new Date("2024-12-18T00:00:00Z")))).toEqual(unzipEntries(original));
  });

  it("returns bytes that are not a zip unchanged", () => {
    const notZip = new TextEncoder().encode("not a zip at all, just some text long enough to scan");
    expect(setZipEntryDates(notZip, new Date("2024-12-18T00:00:00Z"))).toBe(notZip);
  });
});
