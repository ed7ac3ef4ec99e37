// return.txt: the return in the order and wording of the published form, one table row per line with
// tab-separated cells, so it can be compared line by line with a return on HKEXnews. The strings come
// from printReturn, the same lines the return sheet displays.
import type { NddrReturn } from "../domain/return-model";
import { EN, type FormLabels } from "../labels/en";
import { printReturn, type PrintedCell, type PrintedLine } from "../layout/printed-return";
import { neutraliseFormula } from "./formula-text";

export function renderReturnText(nddr: NddrReturn, labels: FormLabels = EN): string {
  return printedText(printReturn(nddr, labels));
}

/** Printed lines of any form as text: one line per table row, tab-separated cells. */
export function printedText(printed: readonly PrintedLine[]): string {
  const out = printed.flatMap(textLines);
  // Gaps never stack or end the text: one blank line at most between blocks.
  const lines = out.filter((line, i) => line !== "" || (i > 0 && out[i - 1] !== ""));
  while (lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n") + "\n";
}

function textLines(line: PrintedLine): string[] {
  switch (line.kind) {
    case "paragraph":
      return [line.text, ""];
    case "item":
      return [`- ${line.text}`];
    case "bullet":
      return [` - ${line.text}`];
    case "line":
      return [cells(line.cells)];
    case "field":
      return [line.text, ""];
    case "hint":
      return [line.text, ""];
    case "empty":
      return [line.heading, "", line.text, ""];
    case "headers":
      return line.rows.map(cells);
    case "row":
      return [cells(withoutTrailingPads(line.cells).map((c) => c.text))];
    case "gap":
      return [""];
  }
}

/** Tab-separated cells; a line break inside a cell prints as a space; no cell reads as a formula. */
const cells = (values: readonly string[]): string => values.map((v) => neutraliseFormula(v.replace(/\n/g, " "))).join("\t");

function withoutTrailingPads(row: readonly PrintedCell[]): readonly PrintedCell[] {
  let end = row.length;
  while (end > 1 && row[end - 1].kind === "pad") end--;
  return row.slice(0, end);
}
