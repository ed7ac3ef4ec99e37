// Ranges: values and their types, number formats, formats, merges, links and validation — the cells
// the add-in reads and writes, with the limit on cells per get.
import { cellText, NotSimulated, writeValue } from "./cell-input";
import { fail, RichApiError, type PathNode, type Requirement, type SimContext } from "./context";
import { a1, cellAt, ensureCell, overlaps, parseRect, qualified, sameName, sheetNamed, type CellFormat, type Rect, type SimCell, type SimSheet, type SimWorkbook } from "./model";
import { api, ClientObject } from "./proxy";

const EDGE_NAMES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];

type Where = { sheet: SimSheet; rect: Rect };

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
const COLOR = /^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/;

export class RangeApi extends ClientObject {
  readonly format: RangeFormatApi;
  readonly dataValidation: { rule: unknown };
  constructor(ctx: SimContext, parent: PathNode, bytes: number, readonly where: () => Where | undefined, requirement: Requirement, nullable = false) {
    super(ctx, parent, bytes, "Range", nullable);
    ctx.enqueue({ member: "Range", marker: true, requirement, argumentBytes: 0, target: this, run: () => undefined });
    this.format = new RangeFormatApi(ctx, this);
    const dv = {} as { rule: unknown };
    Object.defineProperty(dv, "rule", { enumerable: true, set: (rule: unknown) => this.setValidation(rule) });
    this.dataValidation = dv;
  }
  must(): Where {
    return this.where() ?? fail("ItemNotFound", "The range's worksheet or table does not exist.");
  }
  protected exists() {
    return this.where();
  }
  private cells(): number {
    const { rect } = this.must();
    return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  }
  /** A get of cell contents: limited to the platform's cells per get. */
  private grid<T>(f: (c: SimCell | undefined, sheet: SimSheet, r: number, col: number) => T): T[][] {
    const { sheet, rect } = this.must();
    const cells = this.cells();
    if (cells > this.ctx.host.profile.cellsPerGet) fail("RangeExceedsLimit", `The cell count in the range (${cells.toLocaleString("en")}) has exceeded the maximum supported number (${this.ctx.host.profile.cellsPerGet.toLocaleString("en")}).`);
    this.ctx.host.stats.cellsRead += cells;
    const merged = sheet.merges.filter((m) => overlaps(m, rect));
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      const cellsOfRow = sheet.rows[r];
      for (let c = rect.left; c <= rect.right; c++) {
        // Only a merged area's first cell holds a value.
        const hidden = merged.length > 0 && merged.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
        row.push(f(hidden ? undefined : (cellsOfRow?.[c] ?? undefined), sheet, r, c));
      }
      out.push(row);
    }
    return out;
  }
  protected properties() {
    return {
      address: () => {
        const { sheet, rect } = this.must();
        return qualified(sheet.name, rect);
      },
      rowCount: () => this.must().rect.bottom - this.must().rect.top + 1,
      columnCount: () => this.must().rect.right - this.must().rect.left + 1,
      values: () => this.grid((c, sheet, r, col) => (calculated(c, sheet, r, col)?.e ?? c?.v ?? "")),
      valueTypes: () => this.grid((c, sheet, r, col) => (calculated(c, sheet, r, col)?.e !== undefined ? "Error" : c?.v === undefined ? "Empty" : typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : "String")),
      text: () => this.grid((c, sheet, r, col) => cellText(calculated(c, sheet, r, col), this.workbook.date1904)),
      numberFormat: () => this.grid((c) => c?.nf ?? "General"),
    };
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get text(): string[][] {
    return this.read("text");
  }

  /** Excel's rule for a 2-D set: the array's size must be the range's. */
  private setGrid(
    member: string, value: unknown, put: (cell: SimCell, v: unknown) => void, requirement: Requirement,
    after?: (sheet: SimSheet, rect: Rect) => void,
  ): void {
    this.command(member, () => {
      const { sheet, rect } = this.must();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
        fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${cols}).`);
      }
      (value as unknown[][]).forEach((row, i) => row.forEach((v, j) => put(ensureCell(sheet, rect.top + i, rect.left + j), v)));
      after?.(sheet, rect);
    }, requirement, value);
  }
  set values(value: unknown[][]) {
    this.setGrid("values", value, (cell, v) => writeValue(cell, v, this.workbook.date1904), api("1.1"),
      (sheet, rect) => renameTableHeaders(this.workbook, sheet, rect));
  }
  set numberFormat(value: unknown[][]) {
    this.setGrid("numberFormat", value, (cell, v) => {
      if (v === null) return;
      if (typeof v !== "string" || v.length > 255) fail("InvalidArgument", `${JSON.stringify(v)} is not a number format.`);
      if (v === "General") delete cell.nf;
      else cell.nf = v;
    }, api("1.1"));
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.command("hyperlink", () => {
      const { sheet, rect } = this.must();
      if (!link || (!link.documentReference && !link.address)) fail("InvalidArgument", "A hyperlink needs an address or a document reference.");
      if (link.documentReference) {
        const bang = link.documentReference.lastIndexOf("!");
        const target = bang > 0 ? link.documentReference.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : "";
        if (bang < 0 || !parseRect(link.documentReference.slice(bang + 1))) fail("InvalidArgument", `"${link.documentReference}" is not a reference.`);
        if (!sheetNamed(this.workbook, target)) fail("InvalidArgument", `The hyperlink's sheet "${target}" does not exist.`);
      }
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = ensureCell(sheet, r, c);
          cell.link = { ...link };
          if (link.textToDisplay !== undefined) writeValue(cell, cell.nf === "@" ? link.textToDisplay : `'${link.textToDisplay}`, this.workbook.date1904);
        }
      }
    }, api("1.7"), link);
  }
  merge(across = false): void {
    this.command("merge", () => {
      const { sheet, rect } = this.must();
      if (across) throw new NotSimulated("the simulated host merges whole areas only");
      if (this.workbook.tables.some((t) => t.sheetId === sheet.id && overlaps(t.range, rect))) fail("MergedRangeConflict", "Cannot merge cells inside a table.");
      if (sheet.merges.some((m) => overlaps(m, rect))) fail("InvalidOperation", "The range overlaps merged cells.");
      if (rect.top === rect.bottom && rect.left === rect.right) return;
      // Excel keeps the upper-left value only.
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) {
        if (r === rect.top && c === rect.left) continue;
        const cell = cellAt(sheet, r, c);
        if (cell) {
          delete cell.v;
          delete cell.e;
          delete cell.f;
        }
      }
      sheet.merges.push({ ...rect });
    }, api("1.2"), across);
  }
  select(): void {
    this.command("select", () => {
      const { sheet, rect } = this.must();
      if (!this.workbook.active || !sameName(this.workbook.active, sheet.name)) fail("InvalidOperation", `The range is not on the active worksheet; activate "${sheet.name}" first.`);
      this.workbook.selection = { sheet: sheet.name, address: a1(rect.top, rect.left) + (rect.bottom > rect.top || rect.right > rect.left ? `:${a1(rect.bottom, rect.right)}` : "") };
    }, api("1.1"));
  }
  private setValidation(rule: unknown): void {
    this.command("dataValidation.rule", () => {
      const { sheet, rect } = this.must();
      const list = (rule as { list?: { source?: unknown; inCellDropDown?: boolean } })?.list;
      if (!list || typeof list.source !== "string") throw new NotSimulated("the simulated host sets list validations only");
      const source = list.source;
      if (source.startsWith("=")) {
        const ref = source.slice(1);
        const bang = ref.lastIndexOf("!");
        const sheetName = bang > 0 ? ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : sheet.name;
        if (!parseRect(ref) || (bang > 0 && !sheetNamed(this.workbook, sheetName))) fail("InvalidArgument", `The list source ${source} is not a reference to cells.`);
      } else if (source.length > 255) {
        fail("InvalidArgument", "A list typed into a validation rule holds at most 255 characters.");
      }
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) ensureCell(sheet, r, c).dv = rule;
    }, api("1.8"), rule);
  }

  /** Sets one format property on every cell (or column, row) of the range. */
  formatSet(path: string, value: unknown, valid: boolean, requirement: Requirement = api("1.1")): void {
    this.command(`format.${path}`, () => {
      if (!valid) fail("InvalidArgument", `format.${path} cannot be ${JSON.stringify(value)}.`);
      const { sheet, rect } = this.must();
      if (path === "columnWidth") {
        for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths[c] = value as number;
        return;
      }
      if (path === "rowHeight") {
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights[r] = value as number;
        return;
      }
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) setFormat((ensureCell(sheet, r, c).fmt ??= {}), path, value, rect, r, c);
      }
    }, requirement, value);
  }
}

/**
 * The cell as Excel would show it. A formula the file kept no result for (written by a program that does
 * not calculate) is calculated by Excel when it opens the file; the simulated host cannot calculate, so it
 * refuses to say what Excel would answer rather than answer empty (docs/decisions.md, "Formulas without a
 * saved result").
 */
function calculated(c: SimCell | undefined, sheet: SimSheet, r: number, col: number): SimCell | undefined {
  if (c?.f !== undefined && c.v === undefined && c.e === undefined) {
    const formula = c.f.length > 1 ? ` (${c.f.length > 60 ? `${c.f.slice(0, 59)}…` : c.f})` : "";
    throw new NotSimulated(`cell ${sheet.name}!${a1(r, col)} holds a formula${formula} with no saved result, which Excel would calculate on opening the file and the simulated Excel cannot. Open the file in Excel (it calculates) and save it, or type the value`);
  }
  return c;
}

function setFormat(fmt: CellFormat, path: string, value: unknown, rect: Rect, r: number, c: number): void {
  const edge = /^borders\.(\w+)\.(style|weight|color)$/.exec(path);
  if (edge) {
    // A range's edges land on its outer cells; inside edges on the cells between.
    const [, name, prop] = edge as unknown as [string, string, "style" | "weight" | "color"];
    const put = (e: string) => (((fmt.borders ??= {})[e] ??= {})[prop] = value as string);
    if (name === "EdgeTop" && r === rect.top) put("EdgeTop");
    else if (name === "EdgeBottom" && r === rect.bottom) put("EdgeBottom");
    else if (name === "EdgeLeft" && c === rect.left) put("EdgeLeft");
    else if (name === "EdgeRight" && c === rect.right) put("EdgeRight");
    else if (name === "InsideHorizontal") {
      if (r > rect.top) put("EdgeTop");
      if (r < rect.bottom) put("EdgeBottom");
    } else if (name === "InsideVertical") {
      if (c > rect.left) put("EdgeLeft");
      if (c < rect.right) put("EdgeRight");
    }
    return;
  }
  const keys: Record<string, keyof CellFormat> = {
    "font.name": "fontName", "font.size": "fontSize", "font.bold": "bold", "font.italic": "italic", "font.color": "fontColor",
    "fill.color": "fill", horizontalAlignment: "horizontal", verticalAlignment: "vertical", wrapText: "wrap",
  };
  const key = keys[path];
  if (!key) throw new NotSimulated(`the simulated host cannot set format.${path}`);
  (fmt as Record<string, unknown>)[key] = value;
}

class RangeFormatApi {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(private readonly ctx: SimContext, private readonly range: RangeApi) {
    const setter = (target: Record<string, unknown>, name: string, path: string, valid: (v: unknown) => boolean, requirement?: Requirement) =>
      Object.defineProperty(target, name, { enumerable: true, set: (v: unknown) => range.formatSet(path, v, valid(v), requirement) });
    this.font = {};
    setter(this.font, "name", "font.name", (v) => typeof v === "string" && v.length > 0 && v.length <= 31);
    setter(this.font, "size", "font.size", (v) => typeof v === "number" && v >= 1 && v <= 409);
    setter(this.font, "bold", "font.bold", (v) => typeof v === "boolean");
    setter(this.font, "italic", "font.italic", (v) => typeof v === "boolean");
    setter(this.font, "color", "font.color", (v) => typeof v === "string" && COLOR.test(v));
    this.fill = {};
    setter(this.fill, "color", "fill.color", (v) => typeof v === "string" && COLOR.test(v));
    this.borders = {
      getItem: (edge: string) => {
        if (!EDGE_NAMES.includes(edge)) throw new RichApiError("InvalidArgument", `"${edge}" is not a border.`);
        const b: Record<string, unknown> = {};
        setter(b, "style", `borders.${edge}.style`, (v) => typeof v === "string" && BORDER_STYLES.includes(v));
        setter(b, "weight", `borders.${edge}.weight`, (v) => typeof v === "string" && BORDER_WEIGHTS.includes(v));
        setter(b, "color", `borders.${edge}.color`, (v) => typeof v === "string" && COLOR.test(v));
        return b;
      },
    };
    void this.ctx;
  }
  set horizontalAlignment(v: string) {
    this.range.formatSet("horizontalAlignment", v, H_ALIGN.includes(v));
  }
  set verticalAlignment(v: string) {
    this.range.formatSet("verticalAlignment", v, V_ALIGN.includes(v));
  }
  set wrapText(v: boolean) {
    this.range.formatSet("wrapText", v, typeof v === "boolean");
  }
  set columnWidth(v: number) {
    this.range.formatSet("columnWidth", v, typeof v === "number" && v >= 0 && v <= 255 * 7.5, api("1.2"));
  }
  set rowHeight(v: number) {
    this.range.formatSet("rowHeight", v, typeof v === "number" && v >= 0 && v <= 409, api("1.2"));
  }
}

/**
 * What Excel does after cells of a table's header row are written: the header is text and names its
 * column; an emptied one becomes "Column1" (the first number free), a name another column has gets a
 * number ("Shares2"). The written headers are named left to right against the table's other columns and
 * those already named in this write. A header cell is never left blank while the header row shows.
 * Excel keeps a header as text; what it makes of a number, a date or TRUE typed there is not simulated.
 */
function renameTableHeaders(wb: SimWorkbook, sheet: SimSheet, written: Rect): void {
  for (const t of wb.tables) {
    if (t.sheetId !== sheet.id || !t.showHeaders || written.top > t.range.top || written.bottom < t.range.top) continue;
    const from = Math.max(written.left, t.range.left) - t.range.left;
    const to = Math.min(written.right, t.range.right) - t.range.left;
    const taken = t.columns.filter((_, j) => j < from || j > to);
    for (let j = from; j <= to; j++) {
      const cell = ensureCell(sheet, t.range.top, t.range.left + j);
      if (cell.v !== undefined && cell.v !== null && typeof cell.v !== "string") throw new NotSimulated("the simulated host writes only text or nothing into a table's header row");
      const typed = typeof cell.v === "string" ? cell.v : "";
      let header = typed;
      if (header === "") for (let n = 1; header === "" || taken.some((h) => sameName(h, header)); n++) header = `Column${n}`;
      else for (let n = 2; taken.some((h) => sameName(h, header)); n++) header = `${typed}${n}`;
      cell.v = header;
      delete cell.e;
      delete cell.f;
      t.columns[j] = header;
      taken.push(header);
    }
  }
}
