// Tables: found by name across the workbook, added over a range, grown by rows as Excel grows them.
import { NotSimulated, writeValue } from "./cell-input";
import { argumentBytes, fail, type PathNode, type SimContext } from "./context";
import { cellAt, ensureCell, isEmptyCell, MAX_ROWS, overlaps, parseRect, sameName, sheetById, sheetNamed, type Rect, type SimSheet, type SimTable } from "./model";
import { checkName } from "./names";
import { api, ClientObject, NOT_LOADED, props } from "./proxy";
import { RangeApi } from "./range";
import { WorksheetApi } from "./workbook";

export class TableCollectionApi {
  private loadedItems: TableApi[] | undefined;
  constructor(private readonly ctx: SimContext, private readonly path: PathNode, private readonly ws: WorksheetApi | undefined) {}

  /** The collection's tables (the workbook's, or one sheet's), with the listed properties loaded. */
  load(spec?: unknown): this {
    const wanted = props(spec).map((p) => (p.startsWith("items/") ? p.slice(6) : p === "items" ? "name" : p));
    for (const p of wanted) if (!["name", "showHeaders", "showTotals"].includes(p)) throw new NotSimulated(`the simulated host cannot load Table.${p} from the collection`);
    const wantsFlags = wanted.some((p) => p !== "name");
    this.ctx.enqueue({
      member: "TableCollection.load", requirement: api(wantsFlags ? "1.3" : "1.1"), argumentBytes: argumentBytes(spec ?? null), target: this.path,
      run: () => {
        const wb = this.ctx.host.workbook;
        const sheet = this.ws?.must();
        const tables = wb.tables.filter((t) => !sheet || t.sheetId === sheet.id);
        return { items: tables.map((t) => ({ name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals })) };
      },
      deliver: (r) => {
        this.loadedItems = (r as { items: { name: string; showHeaders: boolean; showTotals: boolean }[] }).items.map((x) => {
          const t = new TableApi(this.ctx, this.path, x.name, false);
          t.receive(Object.fromEntries(wanted.map((p) => [p, x[p as keyof typeof x]])));
          return t;
        });
      },
    });
    return this;
  }

  get items(): TableApi[] {
    if (!this.loadedItems) throw NOT_LOADED("TableCollection.items");
    return this.loadedItems;
  }

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
  /** Properties delivered by a collection's load. */
  receive(values: Record<string, unknown>): void {
    this.take(values);
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
