// The members of the Excel JavaScript API that the add-in uses, over a SimWorkbook, with Excel's rules:
// nothing happens until context.sync(); a property can be read only after it was loaded and synced;
// *OrNullObject gives an object whose isNullObject says whether it exists (any command on a missing one
// fails with ItemNotFound); names, sizes and enumerations are checked as Excel checks them; each member
// belongs to the requirement set Microsoft's reference gives it.
import { cellText, NotSimulated, writeValue } from "./cell-input";
import { argumentBytes, fail, RichApiError, type PathNode, type Requirement, type SimContext } from "./context";
import {
  a1, cellAt, ensureCell, isEmptyCell, MAX_COLUMNS, MAX_ROWS, newSheet, overlaps, parseRect, qualified, sameName, sheetById, sheetNamed,
  type CellFormat, type Rect, type SimCell, type SimSheet, type SimTable, type SimWorkbook,
} from "./model";

const api = (version: string): Requirement => ({ set: "ExcelApi", version });

const NOT_LOADED = (member: string) =>
  new RichApiError("PropertyNotLoaded", `The property '${member}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

function props(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => props(s));
  throw new NotSimulated("the simulated host loads properties named in a string or an array");
}

/** A proxy: an object path in the request, properties delivered by loads, commands on the queue. */
abstract class ClientObject implements PathNode {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    readonly ctx: SimContext,
    readonly parentPath: PathNode | undefined,
    readonly argumentBytes: number,
    protected readonly typeName: string,
    protected readonly nullable = false,
  ) {
    if (nullable) {
      // Office loads isNullObject by itself at the next sync.
      ctx.enqueue({ member: `${typeName}.isNullObject`, marker: true, argumentBytes: 0, target: this, run: () => ({ isNullObject: this.exists() === undefined }), deliver: (r) => this.take(r) });
    }
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  /** The thing this proxy stands for, or undefined for a missing one (only a nullable proxy may be missing). */
  protected abstract exists(): unknown;

  /** Loadable properties: name → reader. */
  protected abstract properties(): Record<string, () => unknown>;

  load(spec?: unknown): this {
    const wanted = props(spec);
    this.ctx.enqueue({
      member: `${this.typeName}.load`, argumentBytes: argumentBytes(spec ?? null), target: this,
      run: () => this.snapshot(wanted),
      deliver: (r) => this.take(r),
    });
    return this;
  }

  protected snapshot(wanted: string[]): Record<string, unknown> {
    const readers = this.properties();
    const found = this.exists();
    if (found === undefined && !this.nullable) fail("ItemNotFound", `The requested ${this.typeName} does not exist.`);
    const out: Record<string, unknown> = { isNullObject: found === undefined };
    for (const p of wanted.length ? wanted : Object.keys(readers)) {
      const reader = readers[p];
      if (!reader) throw new NotSimulated(`the simulated host cannot load ${this.typeName}.${p}`);
      out[p] = found === undefined ? null : reader();
    }
    return out;
  }

  protected take(result: unknown): void {
    for (const [k, v] of Object.entries(result as Record<string, unknown>)) this.loaded.set(k, v);
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw NOT_LOADED(`${this.typeName}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  /** Queues a command; it fails with ItemNotFound when the object is missing. */
  protected command(member: string, run: () => void, requirement?: Requirement, ...args: unknown[]): void {
    this.ctx.enqueue({
      member: `${this.typeName}.${member}`, requirement, argumentBytes: argumentBytes(...args), target: this,
      run: () => {
        if (this.exists() === undefined) fail("ItemNotFound", `The requested ${this.typeName} does not exist.`);
        run();
      },
    });
  }

  protected get workbook(): SimWorkbook {
    return this.ctx.host.workbook;
  }
}

// --- workbook ----------------------------------------------------------------------------------------

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

const EDGE_NAMES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];
const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetApi extends ClientObject {
  private boundId: number | undefined;
  readonly names: NamedItemCollectionApi;
  readonly tables: TableCollectionApi;
  readonly freezePanes: FreezePanesApi;
  readonly pageLayout: PageLayoutApi;

  constructor(ctx: SimContext, parent: PathNode, bytes: number, private readonly ref: SheetRef, nullable = false, requirement?: Requirement) {
    super(ctx, parent, bytes, "Worksheet", nullable);
    if ("id" in ref) this.boundId = ref.id;
    if (requirement) ctx.enqueue({ member: "WorksheetCollection.getItemOrNullObject", marker: true, requirement, argumentBytes: 0, target: this, run: () => undefined });
    this.names = new NamedItemCollectionApi(ctx, this);
    this.tables = new TableCollectionApi(ctx, this, this);
    this.freezePanes = new FreezePanesApi(ctx, this);
    this.pageLayout = new PageLayoutApi(ctx, this);
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

// --- names -------------------------------------------------------------------------------------------

const NAME_RULE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const looksLikeCell = (n: string) => /^[A-Za-z]{1,3}\d+$/.test(n) || /^[Rr]\d*[Cc]\d*$/.test(n) || /^[RrCc]$/.test(n);

function checkName(name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !NAME_RULE.test(name) || looksLikeCell(name)) fail("InvalidArgument", `"${name}" is not a valid name.`);
}

class NamedItemCollectionApi {
  constructor(private readonly ctx: SimContext, private readonly ws: WorksheetApi) {}
  add(name: string, reference: string, comment?: string): NamedItemApi {
    const item = new NamedItemApi(this.ctx, this.ws, name, false);
    this.ctx.enqueue({ member: "NamedItemCollection.add", requirement: api("1.4"), argumentBytes: argumentBytes(name, reference, comment ?? null), target: this.ws, run: () => {
      checkName(name);
      if (typeof reference !== "string" || !reference.startsWith("=")) fail("InvalidArgument", `A name's reference must be a formula; got ${JSON.stringify(reference)}.`);
      const sheet = this.ws.must();
      if (sheet.names.some((n) => sameName(n.name, name))) fail("ItemAlreadyExists", `The name "${name}" already exists on this worksheet.`);
      sheet.names.push({ name, formula: reference, ...(comment ? { comment } : {}) });
    } });
    return item;
  }
  getItemOrNullObject(name: string): NamedItemApi {
    return new NamedItemApi(this.ctx, this.ws, name, true);
  }
}

class NamedItemApi extends ClientObject {
  constructor(ctx: SimContext, private readonly ws: WorksheetApi, private readonly itemName: string, nullable: boolean) {
    super(ctx, ws, argumentBytes(itemName), "NamedItem", nullable);
    if (nullable) ctx.enqueue({ member: "NamedItemCollection.getItemOrNullObject", marker: true, requirement: api("1.4"), argumentBytes: 0, target: this, run: () => undefined });
  }
  protected exists() {
    return this.ws.sheet()?.names.find((n) => sameName(n.name, this.itemName));
  }
  protected properties() {
    const n = () => this.exists()!;
    return { name: () => n().name, formula: () => n().formula, comment: () => n().comment ?? "" };
  }
  get name(): string {
    return this.read("name");
  }
}

// --- tables ------------------------------------------------------------------------------------------

class TableCollectionApi {
  constructor(private readonly ctx: SimContext, private readonly path: PathNode, private readonly ws: WorksheetApi | undefined) {}

  getItem(name: string): TableApi {
    return new TableApi(this.ctx, this.path, name, false);
  }
  getItemOrNullObject(name: string): TableApi {
    const t = new TableApi(this.ctx, this.path, name, true);
    this.ctx.enqueue({ member: "TableCollection.getItemOrNullObject", marker: true, requirement: api("1.4"), argumentBytes: 0, target: t, run: () => undefined });
    return t;
  }

  add(address: string, hasHeaders: boolean): TableApi {
    const t = new TableApi(this.ctx, this.path, undefined, false);
    this.ctx.enqueue({ member: "TableCollection.add", requirement: api("1.1"), argumentBytes: argumentBytes(address, hasHeaders), target: this.path, run: () => {
      const wb = this.ctx.host.workbook;
      let sheet: SimSheet | undefined;
      if (this.ws) sheet = this.ws.must();
      else {
        const bang = address.lastIndexOf("!");
        sheet = bang > 0 ? sheetNamed(wb, address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : undefined;
      }
      if (!sheet) fail("InvalidArgument", `"${address}" names no worksheet.`);
      if (!hasHeaders) throw new NotSimulated("the simulated host adds tables over a range that has its header row");
      const rect = parseRect(address);
      if (!rect) fail("InvalidArgument", `"${address}" is not a range address.`);
      // A table has a data row: over a header row alone, Excel adds an empty one.
      if (rect.bottom === rect.top) rect.bottom++;
      if (wb.tables.some((x) => x.sheetId === sheet!.id && overlaps(x.range, rect))) fail("InvalidOperation", "A table can't overlap another table.");
      if (sheet.merges.some((m) => overlaps(m, rect))) fail("MergedRangeConflict", "A table can't overlap merged cells.");
      const columns: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = cellAt(sheet, rect.top, c);
        let header = cell && !isEmptyCell(cell) ? String(cell.e ?? cell.v ?? "") : "";
        if (header === "") header = `Column${c - rect.left + 1}`;
        for (let n = 2; columns.some((h) => sameName(h, header)); n++) header = `${header}${n}`;
        columns.push(header);
        const target = ensureCell(sheet, rect.top, c);
        target.v = header;
        delete target.e;
        delete target.f;
      }
      let name = "";
      for (let n = wb.tables.length + 1; !name || wb.tables.some((x) => sameName(x.name, name)); n++) name = `Table${n}`;
      const table: SimTable = { name, sheetId: sheet.id, range: rect, showHeaders: true, showTotals: false, columns };
      wb.tables.push(table);
      t.bind(table);
    } });
    return t;
  }
}

export class TableApi extends ClientObject {
  private bound: SimTable | undefined;
  readonly rows: TableRowCollectionApi;
  readonly columns: TableColumnCollectionApi;
  constructor(ctx: SimContext, parent: PathNode, private readonly lookup: string | undefined, nullable: boolean) {
    super(ctx, parent, argumentBytes(lookup ?? null), "Table", nullable);
    this.rows = new TableRowCollectionApi(ctx, this);
    this.columns = new TableColumnCollectionApi(ctx, this);
  }
  bind(t: SimTable): void {
    this.bound = t;
  }
  table(): SimTable | undefined {
    if (this.bound && this.workbook.tables.includes(this.bound)) return this.bound;
    if (this.bound) return undefined;
    const found = this.lookup === undefined ? undefined : this.workbook.tables.find((t) => sameName(t.name, this.lookup!));
    if (found) this.bound = found;
    return found;
  }
  must(): SimTable {
    return this.table() ?? fail("ItemNotFound", `The table ${this.lookup ?? ""} does not exist.`);
  }
  sheet(): SimSheet | undefined {
    const t = this.table();
    return t ? sheetById(this.workbook, t.sheetId) : undefined;
  }
  protected exists() {
    return this.table();
  }
  protected properties() {
    const t = () => this.must();
    return { name: () => t().name, showHeaders: () => t().showHeaders, showTotals: () => t().showTotals };
  }
  override load(spec?: unknown): this {
    for (const p of props(spec)) {
      if (p === "showHeaders" || p === "showTotals") this.ctx.enqueue({ member: `Table.${p}`, marker: true, requirement: api("1.3"), argumentBytes: 0, target: this, run: () => undefined });
    }
    return super.load(spec);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.command("name", () => {
      checkName(value);
      const wb = this.workbook;
      const self = this.must();
      if (wb.tables.some((t) => t !== self && sameName(t.name, value)) || wb.names.some((n) => sameName(n.name, value))) fail("InvalidArgument", `The name "${value}" is already in use.`);
      self.name = value;
    }, api("1.1"), value);
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  get worksheet(): WorksheetApi {
    const ws = new WorksheetApi(this.ctx, this, 0, { table: this }, this.nullable);
    this.ctx.enqueue({ member: "Table.worksheet", marker: true, requirement: api("1.2"), argumentBytes: 0, target: ws, run: () => undefined });
    return ws;
  }
  getRange(): RangeApi {
    return new RangeApi(this.ctx, this, 0, () => {
      const t = this.table();
      const sheet = t && sheetById(this.workbook, t.sheetId);
      if (!t || !sheet) return this.nullable ? undefined : fail("ItemNotFound", "The table does not exist.");
      return { sheet, rect: { ...t.range } };
    }, api("1.1"));
  }
}

class TableColumnCollectionApi extends ClientObject {
  constructor(ctx: SimContext, private readonly tableApi: TableApi) {
    super(ctx, tableApi, 0, "TableColumnCollection");
  }
  protected exists() {
    return this.tableApi.table();
  }
  protected properties() {
    return {};
  }
  override load(spec?: unknown): this {
    if (props(spec).some((p) => p !== "items/name")) throw new NotSimulated("the simulated host loads table columns' names only");
    this.ctx.enqueue({ member: "TableColumnCollection.load", requirement: api("1.1"), argumentBytes: argumentBytes(spec ?? null), target: this,
      run: () => ({ items: (this.tableApi.table()?.columns ?? []).map((name) => ({ name })) }),
      deliver: (r) => this.loaded.set("items", (r as { items: { name: string }[] }).items) });
    return this;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
}

class TableRowCollectionApi {
  constructor(private readonly ctx: SimContext, private readonly tableApi: TableApi) {}
  add(index: number | undefined | null, values: unknown[][]): void {
    const several = Array.isArray(values) && values.length > 1;
    this.ctx.enqueue({ member: "TableRowCollection.add", requirement: api(several ? "1.4" : "1.1"), argumentBytes: argumentBytes(index ?? null, values), target: this.tableApi, run: () => {
      const wb = this.ctx.host.workbook;
      const t = this.tableApi.must();
      const sheet = sheetById(wb, t.sheetId)!;
      const width = t.range.right - t.range.left + 1;
      if (!Array.isArray(values) || values.length === 0 || values.some((r) => !Array.isArray(r) || r.length !== width)) {
        fail("InvalidArgument", `The rows must have ${width} values each.`);
      }
      if (index !== undefined && index !== null) throw new NotSimulated("the simulated host appends table rows at the end only");
      const n = values.length;
      const at = t.showTotals ? t.range.bottom : t.range.bottom + 1;
      // Excel shifts the cells below the table (in its columns) down to make room.
      const below: Rect = { top: at, left: t.range.left, bottom: MAX_ROWS, right: t.range.right };
      if (wb.tables.some((x) => x !== t && x.sheetId === sheet.id && overlaps(x.range, below)) || sheet.merges.some((m) => overlaps(m, below))) {
        fail("InsertDeleteConflict", "The insert operation attempted resulted in a conflict.");
      }
      for (let r = MAX_ROWS - n + 1; r <= MAX_ROWS; r++) {
        for (let c = t.range.left; c <= t.range.right; c++) if (!isEmptyCell(cellAt(sheet, r, c))) fail("NonBlankCellOffSheet", "Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.");
      }
      const last = sheet.rows.length - 1;
      for (let r = last; r >= at; r--) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (let c = t.range.left; c <= t.range.right; c++) {
          const target = (sheet.rows[r + n] ??= []);
          target[c] = row[c] ?? null;
          row[c] = null;
        }
      }
      values.forEach((row, i) => row.forEach((v, j) => {
        const cell = ensureCell(sheet, at + i, t.range.left + j);
        // The new row takes the number formats of the row above, as Excel extends a table's formatting.
        const above = cellAt(sheet, at - 1, t.range.left + j);
        if (above?.nf && !cell.nf) cell.nf = above.nf;
        writeValue(cell, v, wb.date1904);
      }));
      t.range = { ...t.range, bottom: t.range.bottom + n };
    } });
  }
}

// --- ranges ------------------------------------------------------------------------------------------

type Where = { sheet: SimSheet; rect: Rect };

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
const COLOR = /^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/;

export class RangeApi extends ClientObject {
  readonly format: RangeFormatApi;
  readonly dataValidation: { rule: unknown };
  constructor(ctx: SimContext, parent: PathNode, bytes: number, readonly where: () => Where | undefined, requirement: Requirement) {
    super(ctx, parent, bytes, "Range");
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
      values: () => this.grid((c) => {
        if (c?.f !== undefined && c.v === undefined && c.e === undefined) this.ctx.host.stats.uncalculatedFormulasRead++;
        return c?.e ?? c?.v ?? "";
      }),
      valueTypes: () => this.grid((c) => (c?.e !== undefined ? "Error" : c?.v === undefined ? "Empty" : typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : "String")),
      text: () => this.grid((c) => cellText(c, this.workbook.date1904)),
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
  private setGrid(member: string, value: unknown, put: (cell: SimCell, v: unknown) => void, requirement: Requirement): void {
    this.command(member, () => {
      const { sheet, rect } = this.must();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
        fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${cols}).`);
      }
      (value as unknown[][]).forEach((row, i) => row.forEach((v, j) => put(ensureCell(sheet, rect.top + i, rect.left + j), v)));
    }, requirement, value);
  }
  set values(value: unknown[][]) {
    this.setGrid("values", value, (cell, v) => writeValue(cell, v, this.workbook.date1904), api("1.1"));
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
