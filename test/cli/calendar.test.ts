// The calendar through the command line, from a workbook on disk: confirmed closure days read from
// NDDR_Issuer, and a change beyond the holiday tables (return written, no deadline, no crash).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { ISSUER_FIELDS } from "../../src/contract/tables";
import { capture } from "../support/capture-io";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "nddr-calendar-"));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** The SenseTime placing moved to `placed`, with the given settings changed. */
function placingOn(placed: string, settings: Record<string, unknown>): InputWorkbookData {
  const [placing] = SENSETIME_2024_12_18.movements!;
  return {
    ...SENSETIME_2024_12_18,
    issuer: { ...SENSETIME_2024_12_18.issuer, ...settings } as InputWorkbookData["issuer"],
    movements: [[placing![0], day(placed), ...placing!.slice(2)]],
  };
}

async function run(data: InputWorkbookData, today: string) {
  const file = join(tmp, "in.xlsx");
  const out = join(tmp, "out");
  await buildInputWorkbook(data).xlsx.writeFile(file);
  const io = capture(today);
  const code = await main(["generate", file, "--out", out, "--today", today], io);
  return { code, text: io.text(), json: JSON.parse(readFileSync(join(out, "return.json"), "utf8")) };
}

describe("nddr generate and the calendar", () => {
  it("a Severe Weather Trading day confirmed as a closure moves the deadline (typhoon, 24 Sep 2025)", async () => {
    const data = placingOn("2025-09-23", {
      "Opening date": day("2025-08-31"), "Date submitted": day("2025-09-25"),
      "Closure days": "2025-09-24", "Confirmed closure days": day("2025-09-24"),
    });
    const { code, json } = await run(data, "2025-09-25");
    expect(code).toBe(0);
    expect(json.deadline).toBe("2025-09-25T08:30:00+08:00");
    expect(json.findings).toEqual([]);
  });

  it("an unconfirmed one does not, and is a warning at its cell", async () => {
    const data = placingOn("2025-09-23", { "Opening date": day("2025-08-31"), "Date submitted": day("2025-09-24"), "Closure days": "2025-09-24" });
    const { code, json } = await run(data, "2025-09-24");
    expect(code).toBe(0);
    expect(json.deadline).toBe("2025-09-24T08:30:00+08:00");
    expect(json.findings).toMatchObject([{ code: "CLOSURE_DAY_NOT_CONFIRMED", severity: "warning", sheet: "Issuer", cell: `B${ISSUER_FIELDS.findIndex((f) => f.label === "Closure days") + 2}` }]);
  });

  it("beyond the holiday tables the return is written with no deadline, and the console says why", async () => {
    const data = placingOn("2035-12-31", { "Opening date": day("2035-11-30"), "Date submitted": day("2036-01-02") });
    const { code, text, json } = await run(data, "2036-01-02");
    expect(code).toBe(0);
    expect([json.returnDue, json.deadline]).toEqual([true, null]);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["DEADLINE_NOT_COMPUTED"]);
    expect(text).toContain("its deadline could not be worked out");
  });
});
