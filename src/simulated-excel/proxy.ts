// The proxy objects of the simulated Excel API: an object path in the request, properties delivered by
// loads, commands on the queue. Each member's requirement set is Microsoft's reference's.
import { NotSimulated } from "./cell-input";
import { argumentBytes, fail, RichApiError, type PathNode, type Requirement, type SimContext } from "./context";
import type { SimWorkbook } from "./model";

export const api = (version: string): Requirement => ({ set: "ExcelApi", version });

export const NOT_LOADED = (member: string) =>
  new RichApiError("PropertyNotLoaded", `The property '${member}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export function props(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => props(s));
  throw new NotSimulated("the simulated host loads properties named in a string or an array");
}

/** A proxy: an object path in the request, properties delivered by loads, commands on the queue. */
export abstract class ClientObject implements PathNode {
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
