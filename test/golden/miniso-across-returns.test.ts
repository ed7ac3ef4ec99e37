// MINISO's two published returns side by side: the Monthly Return for September 2024 closes where the NDDR
// of 18 October 2024 opens (Note 1), from the one ledger. The figures of each are checked by the golden
// cases miniso-monthly-2024-09-30 and miniso-2024-10-18; this checks how they join up, and the Monthly
// Return's JSON shape and Chinese print.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseLedger } from "../../src/contract/parse-ledger";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import { generateReturn } from "../../src/domain/generate-return";
import { generateMonthlyReturn, type MonthlyReturn } from "../../src/domain/monthly-return";
import { generateMonthlyFromTables } from "../../src/files/monthly-files";
import { MINISO_MONTHLY } from "../support/monthly-golden-workbooks";
import { monthlyGrids, partRows, s, type MonthlyWorkbook } from "../support/monthly-grids";

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "../fixtures/published", name), "utf8"));
const MR = fixture("miniso-mr-2024-09.json");
const NDDR = fixture("miniso-nddr-2024-10-18.json");
const REQUEST = { month: "2024-09", today: MR.date_submitted.iso as IsoDate };

describe("MINISO's Monthly Return for September 2024 and its NDDR of 18 October 2024", () => {
  let mr: MonthlyReturn;
  beforeAll(() => {
    const parsed = parseMonthlyLedger(monthlyGrids(MINISO_MONTHLY));
    mr = generateMonthlyReturn(parsed.ledger, REQUEST, parsed.findings).monthly!;
  });

  it("closes where the NDDR opens", () => {
    const parsed = parseLedger(monthlyGrids(MINISO_MONTHLY));
    const opening = generateReturn(parsed.ledger, { today: NDDR.date_submitted.iso as IsoDate }, parsed.findings).nddr!.sectionI[0].opening;
    expect(opening.date).toBe(mr.monthEnded);
    expect({ issued: opening.issued, treasury: opening.treasury, total: opening.total }).toEqual(mr.partII[0].closing);
  });

  it("lets the NDDR open on it once logged as a Monthly Return", () => {
    const logged: MonthlyWorkbook = { ...MINISO_MONTHLY, log: [[null, s(mr.monthEnded), "O", mr.partII[0].closing.issued, mr.partII[0].closing.treasury, null, "Monthly Return"]] };
    const parsed = parseLedger(monthlyGrids(logged));
    const nddr = generateReturn(parsed.ledger, { today: NDDR.date_submitted.iso as IsoDate }, parsed.findings);
    expect(nddr.findings).toEqual([]);
    expect(nddr.nddr!.sectionI[0].closing.issued).toBe(NDDR.section_I[0].part_A.closing_balance.issued_excl_treasury.value);
  });
});

describe("MINISO's Monthly Return for September 2024, as written", () => {
  let text: string;
  let zh: string;
  let json: Record<string, unknown>;
  beforeAll(async () => {
    const en = await generateMonthlyFromTables(monthlyGrids(MINISO_MONTHLY), REQUEST);
    text = en.files.text!;
    json = JSON.parse(en.files.json);
    zh = (await generateMonthlyFromTables(monthlyGrids(MINISO_MONTHLY), { ...REQUEST, lang: "zh-HK" })).files.text!;
  });

  it("writes monthly-return.json in the contract's shape", () => {
    expect(json).toEqual(expect.objectContaining({ form: "FF301", findings: [], partIII: expect.objectContaining({ A: [], E: [] }) }));
    expect((json.partII as object[]).map((c) => Object.keys(c).slice(0, 4))).toEqual([["classKey", "opening", "change", "closing"]]);
  });

  it("prints 月報表 in Chinese with the same figures", () => {
    expect(zh.split("\n")[0]).toContain("月報表");
    expect(zh).toContain(`截至月份: 2024年9月30日`);
    expect(partRows(zh, "II. ").filter((r) => /結存|增加/.test(r[0])).map((r) => r.slice(1))).toEqual(
      partRows(text, "II. ").filter((r) => /^(Balance|Increase)/.test(r[0])).map((r) => r.slice(1)),
    );
  });
});
