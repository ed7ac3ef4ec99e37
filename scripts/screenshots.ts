// Regenerates the README's pictures of the output: the demo return (and its Chinese version) through
// LibreOffice to PDF, then PNG pages with pdftoppm into docs/images/. Run with `npm run screenshots`.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { IsoDate } from "../src/domain/dates";
import { generateFromXlsx } from "../src/files/return-files";
import type { Language } from "../src/labels";
import { convert, pdfToPngs } from "./libreoffice";

// Compiled to lib/scripts/screenshots.js, two levels below the repository.
const ROOT = resolve(__dirname, "../..");
const IMAGES = join(ROOT, "docs/images");
/** Small enough for the repository, large enough to read the figures. */
const DPI = 64;

async function shoot(lang: Language, pages: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "nddr-shots-"));
  try {
    const bytes = readFileSync(join(ROOT, "examples/sensetime-2024-12-18.xlsx"));
    const result = await generateFromXlsx(bytes, "2024-12-18" as IsoDate, { lang });
    if (!result.ok || !result.files.xlsx) throw new Error("the demo example gave no return");
    const xlsx = join(work, "return.xlsx");
    writeFileSync(xlsx, result.files.xlsx);
    const pngs = pdfToPngs(convert(xlsx, "pdf", work), join(work, "page"), DPI);
    pngs.slice(0, pages).forEach((png, i) => {
      const target = join(IMAGES, `return-${lang}-page${i + 1}.png`);
      copyFileSync(png, target);
      process.stdout.write(`wrote ${target} (${statSync(target).size} bytes)\n`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await shoot("en", 2);
  await shoot("zh-HK", 1);
}

main().catch((e) => {
  process.stderr.write(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
