// Worksheet-scoped defined names (ExcelApi 1.4): the add-in marks its sheets with one.
import { argumentBytes, fail, type SimContext } from "./context";
import { sameName } from "./model";
import { api, ClientObject } from "./proxy";
import type { WorksheetApi } from "./workbook";

const NAME_RULE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const looksLikeCell = (n: string) => /^[A-Za-z]{1,3}\d+$/.test(n) || /^[Rr]\d*[Cc]\d*$/.test(n) || /^[RrCc]$/.test(n);

export function checkName(name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !NAME_RULE.test(name) || looksLikeCell(name)) fail("InvalidArgument", `"${name}" is not a valid name.`);
}

export class NamedItemCollectionApi {
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
  get formula(): string {
    return this.read("formula");
  }
}
