// `npm run simulate` prints each finding in the command line's words: a breach shouts BREACH in both.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulateMain } from "../../src/cli/simulate";
import { EXAMPLES } from "../support/simulated";

jest.setTimeout(60_000);

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-sim-findings-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test("a breach is printed as BREACH, as the command line prints it", async () => {
  // Submitted on 20 December for a change on the 17th: due 08:30 on the 18th, so RETURN_LATE.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(EXAMPLES, "sensetime-2024-12-18.xlsx"));
  const issuer = wb.getWorksheet("Issuer")!;
  let found = false;
  issuer.eachRow((row) => {
    if (row.getCell(1).value === "Date submitted") {
      row.getCell(2).value = new Date(Date.UTC(2024, 11, 20));
      found = true;
    }
  });
  expect(found).toBe(true);
  const path = join(tmp, "late.xlsx");
  await wb.xlsx.writeFile(path);
  const err: string[] = [];
  const code = await simulateMain([path, "--out", join(tmp, "out"), "--today", "2024-12-20"], { out: () => {}, err: (t) => err.push(t), today: () => "2024-12-20" as never });
  expect(code).toBe(0);
  expect(err.filter((l) => l.includes("RETURN_LATE"))).toEqual([expect.stringMatching(/^BREACH\s+Issuer!B\d+\s+RETURN_LATE: /)]);
});

describe("npm run simulate reads its arguments as the command line does", () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await simulateMain(argv, { out: (t) => out.push(t), err: (t) => err.push(t), today: () => "2024-12-20" as never });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  test("--help prints the usage and exits 0", async () => {
    const r = await run(["--help"]);
    expect([r.code, r.out]).toEqual([0, expect.stringContaining("--out")]);
  });

  test("an unknown option is named, with exit 2", async () => {
    const r = await run(["wb.xlsx", "--output", "dir"]);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("Unknown option --output.")]);
  });
});
