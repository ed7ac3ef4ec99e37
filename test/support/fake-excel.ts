// A hand-written fake of the part of the Excel JavaScript API the add-in uses. Like Excel, it queues
// every command until context.sync(), reads loaded properties only after a sync, refuses duplicate
// sheet names and missing items, turns number-like text into numbers unless the cell is formatted
// "@", and can be told to fail a given sync. Self-contained (no imports): the browser tests inject
// a transpiled copy as window.Excel.

export type FakeValue = string | number | boolean | { error: string } | { formula: string };

export interface FakeCell {
  value: FakeValue | "";
  numberFormat: string;
  format: Record<string, unknown>;
  hyperlink?: unknown;
  validation?: unknown;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  names: Map<string, { formula: string; comment?: string }>;
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  props: Record<string, unknown>;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  active?: string;
  selected?: { sheet: string; address: string };
  createdWorkbooks: string[];
  syncs: number;
  /** Sync number (1-based, counted over all contexts) that fails, after running `afterOps` of its commands. */
  failOnSync?: { sync: number; afterOps?: number };
}

type Op = () => void;

const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const letters = (n: number): string => {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const key = (r: number, c: number): string => `${letters(c)}${r}`;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function parseRect(address: string): { top: number; left: number; bottom: number; right: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
  const top = Number(m[2]);
  const left = col(m[1]!);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

export function newSheet(name: string): FakeSheet {
  return { name, cells: new Map(), names: new Map(), merges: [], columnWidths: new Map(), rowHeights: new Map(), props: {} };
}

export function newState(): FakeState {
  return { sheets: [], tables: [], createdWorkbooks: [], syncs: 0 };
}

/** Puts values into a sheet as a user would type them (no conversion). */
export function putValues(sheet: FakeSheet, topLeft: string, rows: FakeValue[][]): void {
  const { top, left } = parseRect(topLeft);
  rows.forEach((row, r) => row.forEach((v, c) => {
    const cell = cellAt(sheet, top + r, left + c);
    cell.value = v;
  }));
}

export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  const k = key(row, column);
  let cell = sheet.cells.get(k);
  if (!cell) sheet.cells.set(k, (cell = { value: "", numberFormat: "General", format: {} }));
  return cell;
}

export function cell(sheet: FakeSheet, address: string): FakeCell | undefined {
  return sheet.cells.get(address.toUpperCase());
}

/** A user's table over data already in the sheet. */
export function addTable(state: FakeState, sheet: FakeSheet, name: string, address: string): FakeTable {
  const t = { name, sheet, ...parseRect(address) };
  state.tables.push(t);
  return t;
}

class NotLoaded extends Error {}

/** Records property sets along a path (range.format.font.bold = true → "font.bold"). */
function recorder(path: string, onSet: (path: string, value: unknown) => void, methods: Record<string, unknown> = {}): any {
  return new Proxy({}, {
    get: (_t, prop: string) => (prop in methods ? methods[prop] : recorder(path ? `${path}.${prop}` : prop, onSet)),
    set: (_t, prop: string, value) => {
      onSet(path ? `${path}.${prop}` : prop, value);
      return true;
    },
  });
}

export class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: any;
  constructor(readonly state: FakeState) {
    this.workbook = new WorkbookProxy(this);
  }

  async sync(): Promise<void> {
    this.state.syncs++;
    const ops = this.queue.splice(0);
    const fail = this.state.failOnSync;
    const stopAt = fail && fail.sync === this.state.syncs ? (fail.afterOps ?? 0) : Infinity;
    for (let i = 0; i < ops.length; i++) {
      if (i >= stopAt) throw new Error("GeneralException: the fake failed this sync on purpose");
      ops[i]!();
    }
    if (stopAt !== Infinity) throw new Error("GeneralException: the fake failed this sync on purpose");
  }

  sheetNamed(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => same(x.name, name));
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }
}

abstract class Loadable {
  protected loaded: Record<string, unknown> | undefined;
  constructor(protected readonly ctx: FakeContext) {}
  protected abstract snapshot(): Record<string, unknown>;
  load(_props?: unknown): this {
    this.ctx.queue.push(() => (this.loaded = this.snapshot()));
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded || !(prop in this.loaded)) throw new NotLoaded(`PropertyNotLoaded: ${prop}`);
    return this.loaded[prop] as T;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly tables: TablesProxy;
  readonly application: any;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetsProxy(ctx);
    this.tables = new TablesProxy(ctx, undefined);
    this.application = { suspendScreenUpdatingUntilNextSync: () => undefined, suspendApiCalculationUntilNextSync: () => undefined };
  }
}

class WorksheetsProxy extends Loadable {
  protected snapshot() {
    return {
      items: this.ctx.state.sheets.map((s) => {
        const item = new SheetProxy(this.ctx, () => s, s);
        item.preload(); // items come loaded with their names
        return item;
      }),
    };
  }
  get items(): SheetProxy[] {
    return this.read<SheetProxy[]>("items");
  }
  getItem(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.sheetNamed(name));
  }
  getItemOrNullObject(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.state.sheets.find((x) => same(x.name, name)), undefined, true);
  }
  add(name: string): SheetProxy {
    const proxy = new SheetProxy(this.ctx, () => undefined);
    this.ctx.queue.push(() => {
      if (this.ctx.state.sheets.some((s) => same(s.name, name))) throw new Error(`ItemAlreadyExists: sheet ${name}`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
      const s = newSheet(name);
      this.ctx.state.sheets.push(s);
      proxy.bind(s);
    });
    return proxy;
  }
}

class SheetProxy extends Loadable {
  private bound: FakeSheet | undefined;
  readonly names: any;
  readonly tables: TablesProxy;
  readonly freezePanes: any;
  readonly pageLayout: any;
  constructor(ctx: FakeContext, private readonly resolveFn: () => FakeSheet | undefined, bound?: FakeSheet, private readonly nullable = false) {
    super(ctx);
    this.bound = bound;
    const sheet = () => this.sheet();
    this.names = {
      add: (name: string, formula: string, comment?: string) => ctx.queue.push(() => sheet().names.set(name.toLowerCase(), { formula, comment })),
      getItemOrNullObject: (name: string) => new NamedItemProxy(ctx, () => sheet().names.get(name.toLowerCase()) ? name : undefined),
    };
    this.tables = new TablesProxy(ctx, sheet);
    this.freezePanes = { freezeRows: (n: number) => ctx.queue.push(() => (sheet().props.frozenRows = n)) };
    this.pageLayout = recorder("pageLayout", (p, v) => ctx.queue.push(() => (sheet().props[p] = v)), {
      setPrintTitleRows: (rows: string) => ctx.queue.push(() => (sheet().props["pageLayout.printTitleRows"] = rows)),
    });
  }
  bind(s: FakeSheet): void {
    this.bound = s;
  }
  preload(): void {
    this.loaded = this.snapshot();
  }
  sheet(): FakeSheet {
    const s = this.bound ?? this.resolveFn();
    if (!s) throw new Error("ItemNotFound: sheet");
    return (this.bound = s);
  }
  protected snapshot() {
    const s = this.nullable ? this.resolveFn() : this.sheet();
    return { name: s?.name, isNullObject: !s };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.ctx.queue.push(() => {
      const s = this.sheet();
      if (this.ctx.state.sheets.some((x) => x !== s && same(x.name, value))) throw new Error(`ItemAlreadyExists: sheet ${value}`);
      s.name = value;
    });
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  set visibility(v: string) {
    this.ctx.queue.push(() => (this.sheet().props.visibility = v));
  }
  set showGridlines(v: boolean) {
    this.ctx.queue.push(() => (this.sheet().props.showGridlines = v));
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const s = this.sheet();
      const st = this.ctx.state;
      st.sheets = st.sheets.filter((x) => x !== s);
      st.tables = st.tables.filter((t) => t.sheet !== s);
    });
  }
  activate(): void {
    this.ctx.queue.push(() => (this.ctx.state.active = this.sheet().name));
  }
  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), ...parseRect(address) }));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), top: row + 1, left: column + 1, bottom: row + rows, right: column + columns }));
  }
}

class NamedItemProxy extends Loadable {
  constructor(ctx: FakeContext, private readonly find: () => string | undefined) {
    super(ctx);
  }
  protected snapshot() {
    const n = this.find();
    return { name: n, isNullObject: n === undefined };
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

type Where = { sheet: FakeSheet; top: number; left: number; bottom: number; right: number };

class RangeProxy extends Loadable {
  readonly format: any;
  readonly dataValidation: any;
  constructor(ctx: FakeContext, private readonly where: () => Where) {
    super(ctx);
    const each = (fn: (c: FakeCell) => void) => ctx.queue.push(() => {
      const w = this.where();
      for (let r = w.top; r <= w.bottom; r++) for (let c = w.left; c <= w.right; c++) fn(cellAt(w.sheet, r, c));
    });
    const borders = {
      getItem: (edge: string) => recorder(`border.${edge}`, (p, v) => each((c) => (c.format[p] = v))),
    };
    this.format = recorder("", (p, v) => {
      if (p === "columnWidth" || p === "rowHeight") {
        ctx.queue.push(() => {
          const w = this.where();
          if (p === "columnWidth") for (let c = w.left; c <= w.right; c++) w.sheet.columnWidths.set(c, v as number);
          else for (let r = w.top; r <= w.bottom; r++) w.sheet.rowHeights.set(r, v as number);
        });
      } else each((c) => (c.format[p] = v));
    }, { borders });
    this.dataValidation = recorder("", (_p, v) => each((c) => (c.validation = v)));
  }
  protected snapshot() {
    const w = this.where();
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    for (let r = w.top; r <= w.bottom; r++) {
      const vr: unknown[] = [];
      const tr: string[] = [];
      for (let c = w.left; c <= w.right; c++) {
        const v = w.sheet.cells.get(key(r, c))?.value ?? "";
        if (typeof v === "object") {
          vr.push("error" in v ? v.error : 0);
          tr.push("error" in v ? "Error" : "Double");
        } else {
          vr.push(v);
          tr.push(v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
        }
      }
      values.push(vr);
      valueTypes.push(tr);
    }
    const quoted = /^[A-Za-z0-9_]+$/.test(w.sheet.name) ? w.sheet.name : `'${w.sheet.name.replace(/'/g, "''")}'`;
    const address = `${quoted}!${key(w.top, w.left)}${w.bottom > w.top || w.right > w.left ? `:${key(w.bottom, w.right)}` : ""}`;
    return { values, valueTypes, address };
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.grid(v, (c, x) => {
      if (x === null) return;
      if (typeof x === "string" && c.numberFormat !== "@") {
        if (/^-?\d+(\.\d+)?$/.test(x)) return void (c.value = Number(x));
        if (x.startsWith("=")) return void (c.value = { formula: x });
      }
      c.value = x as FakeValue;
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  set numberFormat(v: unknown[][]) {
    this.grid(v, (c, x) => (c.numberFormat = String(x)));
  }
  set hyperlink(v: unknown) {
    this.ctx.queue.push(() => {
      const w = this.where();
      cellAt(w.sheet, w.top, w.left).hyperlink = v;
    });
  }
  merge(_across?: boolean): void {
    this.ctx.queue.push(() => {
      const w = this.where();
      w.sheet.merges.push(`${key(w.top, w.left)}:${key(w.bottom, w.right)}`);
    });
  }
  select(): void {
    this.ctx.queue.push(() => {
      const w = this.where();
      this.ctx.state.selected = { sheet: w.sheet.name, address: key(w.top, w.left) };
    });
  }
  /** Excel's rule: the array must match the range's size exactly. */
  private grid(v: unknown[][], put: (c: FakeCell, x: unknown) => void): void {
    this.ctx.queue.push(() => {
      const w = this.where();
      const rows = w.bottom - w.top + 1;
      const cols = w.right - w.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols)) throw new Error(`InvalidArgument: ${v.length}x${v[0]?.length} array for a ${rows}x${cols} range`);
      v.forEach((row, r) => row.forEach((x, c) => put(cellAt(w.sheet, w.top + r, w.left + c), x)));
    });
  }
}

class TablesProxy {
  constructor(private readonly ctx: FakeContext, private readonly sheet: (() => FakeSheet) | undefined) {}
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.state.tables.find((t) => same(t.name, name)), true);
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const t = this.ctx.state.tables.find((x) => same(x.name, name));
      if (!t) throw new Error(`ItemNotFound: table ${name}`);
      return t;
    });
  }
  add(address: string, _hasHeaders: boolean): TableProxy {
    let made: FakeTable | undefined;
    this.ctx.queue.push(() => {
      const sheet = this.sheet ? this.sheet() : this.ctx.sheetNamed(address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, ""));
      made = { name: `Table${this.ctx.state.tables.length + 1}`, sheet, ...parseRect(address) };
      this.ctx.state.tables.push(made);
    });
    return new TableProxy(this.ctx, () => made);
  }
}

class TableProxy extends Loadable {
  readonly rows: { add: (index: number | undefined, values: unknown[][]) => void };
  constructor(ctx: FakeContext, private readonly find: () => FakeTable | undefined, private readonly nullable = false) {
    super(ctx);
    this.rows = {
      add: (_index, values) => ctx.queue.push(() => {
        const t = this.table();
        values.forEach((row, r) => row.forEach((x, c) => (cellAt(t.sheet, t.bottom + 1 + r, t.left + c).value = x as FakeValue)));
        t.bottom += values.length;
      }),
    };
  }
  private table(): FakeTable {
    const t = this.find();
    if (!t) throw new Error("ItemNotFound: table");
    return t;
  }
  protected snapshot() {
    const t = this.nullable ? this.find() : this.table();
    return { name: t?.name, isNullObject: !t, showHeaders: true, showTotals: false };
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.ctx.queue.push(() => {
      if (this.ctx.state.tables.some((t) => same(t.name, v))) throw new Error(`ItemAlreadyExists: table ${v}`);
      this.table().name = v;
    });
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  get worksheet(): SheetProxy {
    return new SheetProxy(this.ctx, () => this.table().sheet);
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.table();
      return { sheet: t.sheet, top: t.top, left: t.left, bottom: t.bottom, right: t.right };
    });
  }
}

/** The global `Excel` namespace over a state: Excel.run and Excel.createWorkbook. */
export function fakeExcel(state: FakeState) {
  return {
    run: async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(state)),
    createWorkbook: async (base64?: string): Promise<void> => {
      state.createdWorkbooks.push(base64 ?? "");
    },
  };
}
