// Golden tests on published returns: an input workbook built with the template writer, generated the way
// the command line does, and the printed return read back as return.txt's tab-separated cells.
import { buildInputWorkbook, type InputWorkbookData } from "../../src/adapters/exceljs/write-input-workbook";
import type { IsoDate } from "../../src/domain/dates";
import type { Finding } from "../../src/domain/finding";
import { generateFromXlsx } from "../../src/generate";

export interface GoldenOutput {
  readonly text: string;
  /** return.json as a consumer reads it. */
  readonly json: any;
  readonly findings: readonly Finding[];
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function generateGolden(data: InputWorkbookData, today: string): Promise<GoldenOutput> {
  const bytes = await buildInputWorkbook(data).xlsx.writeBuffer();
  const result = await generateFromXlsx(bytes as ArrayBuffer, today as IsoDate);
  if (!result.readable || !result.files.text) {
    throw new Error(`expected a return, got: ${result.readable ? result.generation.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`).join("; ") : result.reason}`);
  }
  return { text: result.files.text, json: JSON.parse(result.files.json), findings: result.generation.findings };
}

/** The cells of the return.txt line that starts with `startsWith`. */
export function cells(text: string, startsWith: string): string[] {
  const line = text.split("\n").find((l) => l.startsWith(startsWith));
  if (!line) throw new Error(`no line starting "${startsWith}"`);
  return line.split("\t");
}

/** The figures of a printed line, blanks left out. */
export const figures = (text: string, startsWith: string): string[] => cells(text, startsWith).slice(1).filter(Boolean);
