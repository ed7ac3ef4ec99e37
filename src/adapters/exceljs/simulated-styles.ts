// A workbook's cell formats (styles.xml) as the simulated Excel keeps them: each cell's number format
// code (what Range.numberFormat and Range.text use) and, for saving the workbook back, its font, fill,
// borders and alignment as an exceljs style. Read with the command line's tokenizer, so prefixed XML
// reads alike.
import type ExcelJS from "exceljs";
import { readXmlPart, type Package } from "../xlsx-read/package-parts";
import type { Tag } from "../xlsx-read/xml-stream";

export interface CellStyle {
  readonly numFmt?: string;
  readonly style?: Partial<ExcelJS.Style>;
}

export interface FileStyles {
  cellStyle(xf: number): CellStyle | undefined;
}

/** ECMA-376 18.8.30: the number formats every workbook has without writing them. */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

type Font = Partial<ExcelJS.Font>;
type Side = Partial<ExcelJS.Border>;

export async function readStyles(pkg: Package, part: string): Promise<FileStyles> {
  const formats = new Map<number, string>();
  const fonts: Font[] = [];
  const fills: (ExcelJS.Fill | undefined)[] = [];
  const borders: Partial<ExcelJS.Borders>[] = [];
  const xfs: { numFmt: number; font?: number; fill?: number; border?: number; alignment?: Partial<ExcelJS.Alignment> }[] = [];
  const stack: string[] = [];
  let side: Side | undefined;
  const color = (tag: Tag) => {
    const rgb = tag.attr("rgb");
    return rgb ? { argb: rgb } : undefined;
  };
  await readXmlPart(pkg, part, {
    open(tag) {
      const parent = stack[stack.length - 1];
      const name = tag.name;
      if (!tag.selfClosing) stack.push(name);
      if (name === "numFmt") formats.set(Number(tag.attr("numFmtId")), tag.attr("formatCode") ?? "General");
      else if (name === "font" && parent === "fonts") fonts.push({});
      else if (parent === "font" && stack.includes("fonts")) {
        const f = fonts[fonts.length - 1]!;
        const val = tag.attr("val");
        if (name === "b") f.bold = val !== "0" && val !== "false";
        else if (name === "i") f.italic = val !== "0" && val !== "false";
        else if (name === "sz" && val) f.size = Number(val);
        else if (name === "name" && val) f.name = val;
        else if (name === "color" && color(tag)) f.color = color(tag);
      } else if (name === "fill" && parent === "fills") fills.push(undefined);
      else if (name === "patternFill" && stack.includes("fills")) {
        const type = tag.attr("patternType");
        if (type && type !== "none") fills[fills.length - 1] = { type: "pattern", pattern: type as ExcelJS.FillPatterns };
      } else if (name === "fgColor" && stack.includes("fills")) {
        const f = fills[fills.length - 1];
        if (f && f.type === "pattern" && color(tag)) f.fgColor = color(tag);
      } else if (name === "border" && parent === "borders") borders.push({});
      else if (parent === "border" && ["left", "right", "top", "bottom"].includes(name)) {
        const style = tag.attr("style");
        side = style ? { style: style as ExcelJS.BorderStyle } : undefined;
        if (side) borders[borders.length - 1]![name as "left"] = side;
      } else if (name === "color" && parent && ["left", "right", "top", "bottom"].includes(parent) && side && color(tag)) side.color = color(tag);
      else if (name === "xf" && parent === "cellXfs") {
        const n = (k: string) => (tag.attr(k) === undefined ? undefined : Number(tag.attr(k)));
        xfs.push({ numFmt: n("numFmtId") ?? 0, font: n("fontId"), fill: n("fillId"), border: n("borderId") });
      } else if (name === "alignment" && stack.includes("cellXfs")) {
        const xf = xfs[xfs.length - 1];
        const h = tag.attr("horizontal");
        const v = tag.attr("vertical");
        const wrap = tag.attr("wrapText");
        if (xf) xf.alignment = { ...(h ? { horizontal: h as ExcelJS.Alignment["horizontal"] } : {}), ...(v ? { vertical: (v === "center" ? "middle" : v) as ExcelJS.Alignment["vertical"] } : {}), ...(wrap === "1" || wrap === "true" ? { wrapText: true } : {}) };
      }
    },
    close(name) {
      if (stack[stack.length - 1] === name) stack.pop();
      if (["left", "right", "top", "bottom"].includes(name)) side = undefined;
    },
    text() {},
  });
  const made = new Map<number, CellStyle>();
  return {
    cellStyle(index: number) {
      const xf = xfs[index];
      if (!xf) return undefined;
      let out = made.get(index);
      if (!out) {
        const numFmt = formats.get(xf.numFmt) ?? BUILT_IN[xf.numFmt] ?? "General";
        const font = xf.font !== undefined && xf.font > 0 ? fonts[xf.font] : undefined;
        const fill = xf.fill !== undefined ? fills[xf.fill] : undefined;
        const border = xf.border !== undefined && xf.border > 0 ? borders[xf.border] : undefined;
        const style: Partial<ExcelJS.Style> = {
          ...(numFmt !== "General" ? { numFmt } : {}),
          ...(font ? { font } : {}),
          ...(fill && (fill as ExcelJS.FillPattern).fgColor ? { fill } : {}),
          ...(border && Object.keys(border).length > 0 ? { border } : {}),
          ...(xf.alignment && Object.keys(xf.alignment).length > 0 ? { alignment: xf.alignment } : {}),
        };
        out = { numFmt, ...(Object.keys(style).length > 0 ? { style } : {}) };
        made.set(index, out);
      }
      return out;
    },
  };
}
