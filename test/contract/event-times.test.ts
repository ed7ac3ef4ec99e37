// Rule 18 (R-T2): an event time given in another time zone counts on its Hong Kong date.
import { CellReader } from "../../src/contract/cell-reader";

const at = { sheet: "Movements", cell: "B2" };
const read = (text: string) => new CellReader().date(text, at, "Date");

describe("dates typed with a time", () => {
  it("moves a 4 p.m. New York Monday event to Tuesday in Hong Kong", () => {
    expect(read("2024-12-16T16:00:00-05:00")).toBe("2024-12-17");
  });

  it("keeps a UTC time before 16:00 on the same Hong Kong date", () => {
    expect(read("2024-12-17T07:59Z")).toBe("2024-12-17");
  });

  it("reads an offset written without a colon", () => {
    expect(read("2024-12-16T16:00:00-0500")).toBe("2024-12-17");
  });

  it("takes a time without a zone as Hong Kong time", () => {
    expect(read("2024-12-17 23:30")).toBe("2024-12-17");
  });

  it("rejects a time that is not a time, at its cell", () => {
    const r = new CellReader();
    expect(r.date("2024-12-17T25:00:00+08:00", at, "Date")).toBeUndefined();
    expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["BAD_DATE B2"]);
  });
});

describe("dates that are not dates", () => {
  it("reports a serial number beyond Excel's last date at its cell instead of failing", () => {
    const r = new CellReader();
    expect(r.date(1_865_000_000, at, "Date")).toBeUndefined();
    expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["BAD_DATE B2"]);
  });

  it("reads a zoned time written with a space and a lower-case t alike", () => {
    expect(read("2024-12-16 16:00-05:00")).toBe("2024-12-17");
    expect(read("2024-12-16t16:00:00-05:00")).toBe("2024-12-17");
  });
});
