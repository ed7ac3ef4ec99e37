// `generate --log` and `next` on workbooks as Excel and LibreOffice save them, not only as exceljs does:
// Excel writes no zip folder entries, shared strings and no default attributes, and the patch must keep
// its package exactly (a refusal that "the list of parts changed" made the roll-forward unusable).
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { hasLibreOffice } from "../../scripts/libreoffice";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { main } from "../../src/cli/main";
import { readContractTables } from "../../src/files/return-files";
import { capture } from "../support/capture-io";
import { excelStyle, libreOffice, type Resave } from "../support/resave";

jest.setTimeout(60_000);

let tmp: string;
beforeEach(() => (tmp = mkdtempSync(join(tmpdir(), "nddr-saved-"))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function saved(resave: Resave): Promise<string> {
  const bytes = await resave(new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer()));
  const path = join(tmp, "register.xlsx");
  writeFileSync(path, bytes);
  return path;
}

const names = async (path: string) => Object.keys((await JSZip.loadAsync(readFileSync(path))).files).sort();

const SAVERS: [string, Resave][] = [["as Excel saves it", excelStyle()], ...(hasLibreOffice() ? [["as LibreOffice saves it", libreOffice] as [string, Resave]] : [])];

describe.each(SAVERS)("a workbook %s", (_, resave) => {
  test("generate --log appends to NDDR_Log and keeps the package's parts", async () => {
    const path = await saved(resave);
    const before = await names(path);
    const io = capture();
    expect(await main(["generate", path, "--out", join(tmp, "out"), "--today", "2024-12-18", "--log"], io)).toBe(0);
    expect(await names(path)).toEqual(before);
    const read = await readContractTables(readFileSync(path));
    if (!read.ok) throw new Error(read.reason);
    expect(read.tables.find((t) => t.name === "NDDR_Log")!.rows.filter((r) => r.some((v) => v !== null))).toHaveLength(2);
  });

  test("next, after the return is logged, writes the next return's workbook", async () => {
    const path = await saved(resave);
    expect(await main(["generate", path, "--out", join(tmp, "out"), "--today", "2024-12-18", "--log"], capture())).toBe(0);
    expect(await main(["next", path], capture())).toBe(0);
    expect(await names(join(tmp, "register-next.xlsx"))).toEqual(await names(path));
  });
});
