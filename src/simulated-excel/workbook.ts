// Workbook, worksheets and the parts of a worksheet the add-in sets (freeze panes, page layout, page breaks).
import { NotSimulated } from "./cell-input";
import { argumentBytes, fail, type PathNode, type Requirement, type SimContext } from "./context";
import { isEmptyCell, MAX_COLUMNS, MAX_ROWS, newSheet, parseRect, sameName, sheetById, sheetNamed, type SimSheet, type SimWorkbook } from "./model";
import { NamedItemCollectionApi } from "./names";
import { PageBreakCollectionApi } from "./page-breaks";
import { api, ClientObject, NOT_LOADED, props } from "./proxy";
import { RangeApi } from "./range";
import { TableCollectionApi, type TableApi } from "./tables";

export class WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: TableCollectionApi;
  readonly application: ApplicationApi;
  private readonly root: PathNode = { argumentBytes: 0 };
  constructor(ctx: SimContext) {
    this.worksheets = new WorksheetCollectionApi(ctx, this.root);
    this.tables = new TableCollectionApi(ctx, this.root, undefined);
    this.application = new ApplicationApi(ctx, this.root);
    // Workbook.use1904DateSystem is ExcelApi BETA (preview only as of August 2026): only the beta
    // office.js has it, and only hosts that run preview APIs answer it.
    if (ctx.host.profile.previewApis) {
      let loaded: boolean | undefined;
      Object.defineProperty(this, "use1904DateSystem", { enumerable: true, get: () => {
        if (loaded === undefined) throw NOT_LOADED("Workbook.use1904DateSystem");
        return loaded;
      } });
      (this as unknown as { load(p: string): void }).load = (p: string) => {
        if (props(p).some((x) => x !== "use1904DateSystem")) throw new NotSimulated(`the simulated host cannot load Workbook.${p}`);
        // No numbered set carries it yet: the member exists only where preview APIs run.
        ctx.enqueue({ member: "Workbook.use1904DateSystem", argumentBytes: 20, target: this.root,
          run: () => ({ use1904DateSystem: ctx.host.workbook.date1904 }), deliver: (r) => (loaded = (r as { use1904DateSystem: boolean }).use1904DateSystem) });
      };
    }
  }
}

class ApplicationApi {
  constructor(private readonly ctx: SimContext, private readonly path: PathNode) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({ member: "Application.suspendScreenUpdatingUntilNextSync", requirement: api("1.9"), argumentBytes: 0, target: this.path, run: () => undefined });
  }
}

// --- worksheets --------------------------------------------------------------------------------------

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

function checkSheetName(wb: SimWorkbook, name: string, self?: SimSheet): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || BAD_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'") || sameName(name, "History")) {
    fail("InvalidArgument", `"${name}" is not a valid worksheet name.`);
  }
  if (wb.sheets.some((s) => s !== self && sameName(s.name, name))) fail("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
}

class WorksheetCollectionApi extends ClientObject {
  constructor(ctx: SimContext, parent: PathNode) {
    super(ctx, parent, 0, "WorksheetCollection");
  }
  protected exists() {
    return this.workbook.sheets;
  }
  protected properties() {
    return {};
  }
  override load(spec?: unknown): this {
    const wanted = props(spec).map((p) => (p.startsWith("items/") ? p.slice(6) : p === "items" ? "name" : p));
    this.ctx.enqueue({
      member: "WorksheetCollection.load", argumentBytes: argumentBytes(spec ?? null), target: this,
      run: () => ({ items: this.workbook.sheets.map((s) => ({ id: s.id, ...Object.fromEntries(wanted.map((p) => [p, sheetProperty(s, p)])) })) }),
      deliver: (r) => {
        const items = (r as { items: ({ id: number } & Record<string, unknown>)[] }).items.map((x) => {
          const ws = new WorksheetApi(this.ctx, this, 8, { id: x.id });
          ws.receive(x);
          return ws;
        });
        this.loaded.set("items", items);
      },
    });
    return this;
  }
  get items(): WorksheetApi[] {
    return this.read("items");
  }
  getItem(name: string): WorksheetApi {
    return new WorksheetApi(this.ctx, this, argumentBytes(name), { name });
  }
  getItemOrNullObject(name: string): WorksheetApi {
    return new WorksheetApi(this.ctx, this, argumentBytes(name), { name }, true, api("1.4"));
  }
  add(name?: string): WorksheetApi {
    const ws = new WorksheetApi(this.ctx, this, argumentBytes(name ?? null), { pending: true });
    this.ctx.enqueue({
      member: "WorksheetCollection.add", requirement: api("1.1"), argumentBytes: argumentBytes(name ?? null), target: this,
      run: () => {
        const wb = this.workbook;
        let wanted = name;
        if (wanted === undefined) for (let n = wb.sheets.length + 1; !wanted || sheetNamed(wb, wanted); n++) wanted = `Sheet${n}`;
        checkSheetName(wb, wanted);
        ws.bind(newSheet(wb, wanted).id);
      },
    });
    return ws;
  }
}

function sheetProperty(s: SimSheet, p: string): unknown {
  switch (p) {
    case "name": return s.name;
    case "visibility": return s.visibility;
    case "id": return `{${s.id}}`;
    case "showGridlines": return s.showGridlines ?? true;
    default: throw new NotSimulated(`the simulated host cannot load Worksheet.${p}`);
  }
}

type SheetRef = { name: string } | { id: number } | { pending: true } | { table: TableApi };

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetApi extends ClientObject {
  private boundId: number | undefined;
  readonly names: NamedItemCollectionApi;
  readonly tables: TableCollectionApi;
  readonly freezePanes: FreezePanesApi;
  readonly pageLayout: PageLayoutApi;
  readonly horizontalPageBreaks: PageBreakCollectionApi;

  constructor(ctx: SimContext, parent: PathNode, bytes: number, private readonly ref: SheetRef, nullable = false, requirement?: Requirement) {
    super(ctx, parent, bytes, "Worksheet", nullable);
    if ("id" in ref) this.boundId = ref.id;
    if (requirement) ctx.enqueue({ member: "WorksheetCollection.getItemOrNullObject", marker: true, requirement, argumentBytes: 0, target: this, run: () => undefined });
    this.names = new NamedItemCollectionApi(ctx, this);
    this.tables = new TableCollectionApi(ctx, this, this);
    this.freezePanes = new FreezePanesApi(ctx, this);
    this.pageLayout = new PageLayoutApi(ctx, this);
    this.horizontalPageBreaks = new PageBreakCollectionApi(ctx, this);
  }

  bind(id: number): void {
    this.boundId = id;
  }

  receive(values: Record<string, unknown>): void {
    this.take({ ...values, isNullObject: false });
  }

  /** The sheet now (followed by its id once found, as Excel follows an object through renames). */
  sheet(): SimSheet | undefined {
    const wb = this.workbook;
    if (this.boundId !== undefined) return sheetById(wb, this.boundId);
    const ref = this.ref;
    let found: SimSheet | undefined;
    if ("name" in ref) found = sheetNamed(wb, ref.name);
    else if ("table" in ref) found = ref.table.sheet();
    if (found) this.boundId = found.id;
    return found;
  }

  must(): SimSheet {
    return this.sheet() ?? fail("ItemNotFound", "The requested worksheet does not exist.");
  }

  protected exists() {
    return this.sheet();
  }

  protected properties() {
    const s = () => this.must();
    return {
      name: () => s().name,
      visibility: () => s().visibility,
      showGridlines: () => s().showGridlines ?? true,
    };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.command("name", () => {
      const s = this.must();
      checkSheetName(this.workbook, value, s);
      const old = s.name;
      s.name = value;
      if (this.workbook.active === old) this.workbook.active = value;
    }, api("1.1"), value);
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.command("visibility", () => {
      if (!VISIBILITIES.includes(value)) fail("InvalidArgument", `"${value}" is not a worksheet visibility.`);
      const s = this.must();
      if (value !== "Visible" && this.workbook.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      }
      s.visibility = value as SimSheet["visibility"];
      if (value !== "Visible" && sameName(this.workbook.active ?? "", s.name)) this.workbook.active = this.workbook.sheets.find((x) => x.visibility === "Visible")?.name;
    }, api("1.1"), value);
  }
  set showGridlines(value: boolean) {
    this.command("showGridlines", () => void (this.must().showGridlines = value === true), api("1.8"), value);
  }

  delete(): void {
    this.command("delete", () => {
      const wb = this.workbook;
      const s = this.must();
      if (s.visibility === "Visible" && wb.sheets.filter((x) => x.visibility === "Visible").length === 1) fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
      if (wb.active && sameName(wb.active, s.name)) wb.active = wb.sheets.find((x) => x.visibility === "Visible")?.name;
      if (wb.selection && sameName(wb.selection.sheet, s.name)) wb.selection = undefined;
    }, api("1.1"));
  }

  activate(): void {
    this.command("activate", () => {
      const s = this.must();
      if (s.visibility !== "Visible") fail("InvalidOperation", `The hidden worksheet "${s.name}" cannot be activated.`);
      this.workbook.active = s.name;
    }, api("1.1"));
  }

  getRange(address?: string): RangeApi {
    return new RangeApi(this.ctx, this, argumentBytes(address ?? null), () => {
      const sheet = this.sheet();
      if (!sheet) return undefined;
      const rect = address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } : parseRect(address);
      if (!rect || (address !== undefined && address.includes("!"))) fail("InvalidArgument", `"${address}" is not an address on this worksheet.`);
      return { sheet, rect };
    }, api("1.1"));
  }

  /** The smallest range holding every cell with a value or formula; a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi {
    // Without valuesOnly Excel counts formatted cells too, which the model does not follow.
    if (valuesOnly !== true) throw new NotSimulated("the simulated host finds the used range of values only (valuesOnly = true)");
    return new RangeApi(this.ctx, this, argumentBytes(valuesOnly), () => {
      const sheet = this.sheet();
      if (!sheet) return undefined;
      let rect: { top: number; left: number; bottom: number; right: number } | undefined;
      sheet.rows.forEach((row, r) => row?.forEach((cell, c) => {
        if (isEmptyCell(cell)) return;
        rect = rect ? { top: Math.min(rect.top, r), left: Math.min(rect.left, c), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, c) } : { top: r, left: c, bottom: r, right: c };
      }));
      return rect && { sheet, rect };
    }, api("1.4"), true);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeApi {
    return new RangeApi(this.ctx, this, argumentBytes(row, column, rows, columns), () => {
      const sheet = this.sheet();
      if (!sheet) return undefined;
      const ok = [row, column, rows, columns].every(Number.isInteger) && row >= 0 && column >= 0 && rows >= 1 && columns >= 1 && row + rows <= MAX_ROWS && column + columns <= MAX_COLUMNS;
      if (!ok) fail("InvalidArgument", `getRangeByIndexes(${row}, ${column}, ${rows}, ${columns}) is outside the worksheet.`);
      return { sheet, rect: { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns } };
    }, api("1.7"));
  }
}

class FreezePanesApi {
  constructor(private readonly ctx: SimContext, private readonly ws: WorksheetApi) {}
  freezeRows(count: number): void {
    this.ctx.enqueue({ member: "WorksheetFreezePanes.freezeRows", requirement: api("1.7"), argumentBytes: argumentBytes(count), target: this.ws, run: () => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) fail("InvalidArgument", `Cannot freeze ${count} rows.`);
      this.ws.must().frozenRows = count;
    } });
  }
}

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_SIZES = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5"];

/** worksheet.pageLayout (ExcelApi 1.9): every property checked as Excel checks it, stored by path. */
class PageLayoutApi {
  readonly headersFooters: { defaultForAllPages: Record<string, string> };
  constructor(private readonly ctx: SimContext, private readonly ws: WorksheetApi) {
    const footerKeys = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    const all: Record<string, string> = {};
    for (const k of footerKeys) {
      Object.defineProperty(all, k, { enumerable: true, set: (v: string) => this.put(`headersFooters.defaultForAllPages.${k}`, v, typeof v === "string" && v.length <= 255) });
    }
    this.headersFooters = { defaultForAllPages: all };
  }
  private put(path: string, value: unknown, valid: boolean): void {
    this.ctx.enqueue({ member: `PageLayout.${path}`, requirement: api("1.9"), argumentBytes: argumentBytes(value), target: this.ws, run: () => {
      if (!valid) fail("InvalidArgument", `PageLayout.${path} cannot be ${JSON.stringify(value)}.`);
      this.ws.must().pageLayout[path] = value;
    } });
  }
  set orientation(v: string) { this.put("orientation", v, ORIENTATIONS.includes(v)); }
  set paperSize(v: string) { this.put("paperSize", v, PAPER_SIZES.includes(v)); }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) { this.put("zoom", v, typeof v === "object" && v !== null); }
  set centerHorizontally(v: boolean) { this.put("centerHorizontally", v, typeof v === "boolean"); }
  set leftMargin(v: number) { this.put("leftMargin", v, v >= 0); }
  set rightMargin(v: number) { this.put("rightMargin", v, v >= 0); }
  set topMargin(v: number) { this.put("topMargin", v, v >= 0); }
  set bottomMargin(v: number) { this.put("bottomMargin", v, v >= 0); }
  setPrintTitleRows(rows: string): void {
    this.put("printTitleRows", rows, /^\$?\d+:\$?\d+$/.test(rows));
  }
}
