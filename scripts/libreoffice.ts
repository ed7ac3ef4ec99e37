// LibreOffice headless as an independent reader of return.xlsx: converts it to PDF (page count,
// pictures) and to CSV as displayed (what a user sees in each cell). Each run gets its own profile
// directory, since soffice refuses to share one; soffice exits 0 even when it fails, so the output
// file is what tells.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/** UTF-8 (76), comma, double quotes, from row 1, and token 9 "save cell contents as shown". */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true";
/** The same, for one sheet only: token 12 is the sheet's number (LibreOffice 7.2 and later). */
const csvFilterForSheet = (sheet: number): string => `${CSV_FILTER},false,false,${sheet}`;
/** Excel 2007–365 .xlsx, as LibreOffice writes it. */
const XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML";

export function hasLibreOffice(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Converts `file` into `outDir` as "pdf", "csv" (its first sheet) or "xlsx"; the path of the new file, or an error saying what soffice said. */
export function convert(file: string, format: "pdf" | "csv" | "xlsx", outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "nddr-lo-profile-"));
  try {
    const result = spawnSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore",
        "--convert-to", format === "csv" ? CSV_FILTER : format === "xlsx" ? XLSX_FILTER : "pdf", "--outdir", outDir, file],
      { encoding: "utf8", timeout: 120_000 },
    );
    const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${format}`));
    if (!existsSync(out)) throw new Error(`soffice did not write ${out}: ${result.error?.message ?? ""} ${result.stderr ?? ""}`.trim());
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** One sheet of a workbook (1-based, in the workbook's order) as CSV "as shown"; soffice names the file after the sheet. */
export function sheetAsCsv(file: string, sheet: number, sheetName: string, outDir: string): string[][] {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "nddr-lo-profile-"));
  try {
    const result = spawnSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", csvFilterForSheet(sheet), "--outdir", outDir, file],
      { encoding: "utf8", timeout: 120_000 },
    );
    const out = join(outDir, `${basename(file).replace(/\.[^.]+$/, "")}-${sheetName}.csv`);
    if (!existsSync(out)) throw new Error(`soffice did not write ${out}: ${result.error?.message ?? ""} ${result.stderr ?? ""}`.trim());
    return readCsv(out);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Page count and poppler's page size line ("595.304 x 841.89 pts (A4)"). */
export function pdfInfo(pdf: string): { pages: number; pageSize: string } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return { pages: Number(pages[1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? "" };
}

export function pdfPageCount(pdf: string): number {
  return pdfInfo(pdf).pages;
}

/** PNG pages of a PDF at `dpi`, named <prefix>-1.png, <prefix>-2.png …; their paths. */
export function pdfToPngs(pdf: string, prefix: string, dpi: number): string[] {
  // Grey levels: a third of the size of colour pages, and the form is black on white anyway.
  execFileSync("pdftoppm", ["-png", "-gray", "-r", String(dpi), pdf, prefix]);
  const pages = pdfPageCount(pdf);
  // pdftoppm pads the page number to the width of the page count.
  const width = String(pages).length;
  return Array.from({ length: pages }, (_, i) => `${prefix}-${String(i + 1).padStart(width, "0")}.png`);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += ch;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

export function readCsv(path: string): string[][] {
  return parseCsv(readFileSync(path, "utf8"));
}
