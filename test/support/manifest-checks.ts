// Offline checks of an add-in manifest (the development manifest.xml, or the production one the
// build writes for a team's host). `npm run validate` needs Microsoft's web service, so these cover
// what we can check locally: structure, element order, resource references, URLs, the ribbon function
// names registered in src/ribbon/commands.ts, and the icon files.
import { existsSync, readFileSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

// --- a tiny XML reader (elements, attributes, text; no DTDs), enough for a manifest ------------

export interface XmlElement {
  name: string; // local name, prefix dropped ("bt:Image" -> "Image")
  qname: string; // as written
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(parseInt(e.slice(e[1] === "x" ? 2 : 1), e[1] === "x" ? 16 : 10)) : (ENTITIES[e] ?? m),
  );

export function parseXml(src: string): XmlElement {
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w.:-]+)\s*>|<([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+/y;
  const stack: XmlElement[] = [];
  let rootEl: XmlElement | undefined;
  const where = (i: number): string => `line ${src.slice(0, i).split("\n").length}`;
  for (let i = 0, m: RegExpExecArray | null; i < src.length; i = token.lastIndex) {
    token.lastIndex = i;
    if (!(m = token.exec(src))) throw new Error(`manifest.xml: malformed XML at ${where(i)}`);
    const [whole, close, open, attrText, selfClose] = m;
    const top = stack[stack.length - 1];
    if (close !== undefined) {
      if (top?.qname !== close) throw new Error(`manifest.xml: </${close}> does not close <${top?.qname}> at ${where(i)}`);
      stack.pop();
    } else if (open !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? "");
      }
      const el: XmlElement = { name: open.replace(/^.*:/, ""), qname: open, attrs, children: [], text: "" };
      if (top) top.children.push(el);
      else if (rootEl) throw new Error(`manifest.xml: second root element at ${where(i)}`);
      else rootEl = el;
      if (!selfClose) stack.push(el);
    } else if (!whole.startsWith("<")) {
      if (top) top.text += decode(whole);
      else if (whole.trim()) throw new Error(`manifest.xml: text outside the root element at ${where(i)}`);
    }
  }
  if (stack.length || !rootEl) throw new Error("manifest.xml: unclosed elements");
  return rootEl;
}

export const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
export const child = (el: XmlElement, name: string): XmlElement => {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.qname}> has no <${name}>`);
  return found;
};
export const descend = (el: XmlElement, ...names: string[]): XmlElement => names.reduce(child, el);

export function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (png.subarray(0, 8).toString("hex") !== signature || png.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Documented order of children (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering). */
const ORDER: Record<string, string[]> = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
    "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
    "Permissions", "Dictionary", "VersionOverrides", "ExtendedOverrides"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

export interface ManifestPlace {
  /** Where every URL of the manifest must point: "https://localhost:3000/" or the team's base. */
  readonly base: string;
  /** The file behind a URL under `base`, to check that it exists (and an icon's size). */
  readonly fileOf: (url: string) => string | undefined;
}

/** Registers the checks of one manifest as jest tests. */
export function checkManifest(label: string, xml: string, place: ManifestPlace): void {
  const manifest = parseXml(xml);
  const elements = all(manifest);
  const versionOverrides = child(manifest, "VersionOverrides");
  const resources = child(versionOverrides, "Resources");
  const resourceGroups = {
    Images: child(resources, "Images").children,
    Urls: child(resources, "Urls").children,
    ShortStrings: child(resources, "ShortStrings").children,
    LongStrings: child(resources, "LongStrings").children,
  };
  const resourceById = new Map(Object.values(resourceGroups).flat().map((r) => [r.attrs.id ?? "", r]));

  describe(label, () => {
    test("is a task pane add-in for Excel with a GUID id and a four-part version", () => {
      expect(manifest.qname).toBe("OfficeApp");
      expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
      expect(child(manifest, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(child(manifest, "Version").text.trim()).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
      expect(descend(manifest, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
      expect(child(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
      expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
      expect(descend(versionOverrides, "Hosts", "Host").attrs["xsi:type"]).toBe("Workbook");
    });

    test("requires ExcelApi 1.8 or later", () => {
      const sets = descend(manifest, "Requirements", "Sets");
      const excelApi = sets.children.find((s) => s.name === "Set" && s.attrs.Name === "ExcelApi");
      const version = (excelApi?.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1").split(".").map(Number);
      expect(version.length).toBe(2);
      expect(version[0]! > 1 || (version[0] === 1 && version[1]! >= 8)).toBe(true);
    });

    test("keeps the schema's element order", () => {
      const misplaced: string[] = [];
      for (const el of elements) {
        const order = ORDER[el.name];
        if (!order) continue;
        const known = el.children.map((c) => order.indexOf(c.name)).filter((i) => i >= 0);
        known.forEach((pos, k) => {
          if (k > 0 && pos < known[k - 1]!) misplaced.push(`<${el.qname}>: <${order[pos]}> after <${order[known[k - 1]!]}>`);
        });
      }
      expect(misplaced).toEqual([]);
    });

    test("resource ids are unique, at most 32 characters, and strings fit their limits", () => {
      const ids = Object.values(resourceGroups).flat().map((r) => r.attrs.id ?? "");
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => id.length === 0 || id.length > 32)).toEqual([]);
      const tooLong = (list: XmlElement[], max: number) =>
        list.filter((s) => (s.attrs.DefaultValue ?? "").length > max).map((s) => s.attrs.id);
      expect(tooLong(resourceGroups.ShortStrings, 125)).toEqual([]);
      expect(tooLong(resourceGroups.LongStrings, 250)).toEqual([]);
    });

    test("every id (resources, group, controls, task pane) is at most 32 characters", () => {
      const ids = elements.flatMap((e) => [e.attrs.id, e.name === "TaskpaneId" ? e.text.trim() : undefined]).filter((id): id is string => id !== undefined);
      expect(ids.length).toBeGreaterThan(10);
      expect(ids.filter((id) => id.length === 0 || id.length > 32)).toEqual([]);
    });

    test("every resid resolves to a resource of the right kind", () => {
      const kindOf = (el: XmlElement, parent: XmlElement): keyof typeof resourceGroups => {
        if (el.name === "Image") return "Images";
        if (["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(el.name)) return "Urls";
        if (el.name === "Description" && parent.name !== "VersionOverrides") return "LongStrings";
        return "ShortStrings";
      };
      const problems: string[] = [];
      for (const parent of elements) {
        for (const el of parent.children) {
          const resid = el.attrs.resid;
          if (resid === undefined) continue;
          if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
          const kind = kindOf(el, parent);
          if (!resourceGroups[kind].some((r) => r.attrs.id === resid)) problems.push(`<${el.qname} resid="${resid}"> is not in bt:${kind}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test("every URL is https, under the add-in's base, and names a file that is served", () => {
      const urls: string[] = [];
      for (const el of elements) {
        for (const [name, value] of Object.entries(el.attrs)) {
          if (!name.startsWith("xmlns") && /^[a-z][\w+.-]*:\/\//i.test(value)) urls.push(value);
        }
        if (el.name !== "AppDomain" && /^[a-z][\w+.-]*:\/\//i.test(el.text.trim())) urls.push(el.text.trim());
      }
      // The elements that must hold a URL really do.
      const urlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"];
      for (const el of elements.filter((e) => urlElements.includes(e.name) && e.attrs.DefaultValue !== undefined)) {
        expect(urls).toContain(el.attrs.DefaultValue);
      }
      for (const r of [...resourceGroups.Images, ...resourceGroups.Urls]) expect(urls).toContain(r.attrs.DefaultValue);

      expect(urls.filter((u) => new URL(u).protocol !== "https:")).toEqual([]);
      // Every page and picture comes from where the add-in is served, and that place has the file.
      expect(urls.filter((u) => !u.startsWith(place.base))).toEqual([]);
      const unserved = urls.filter((u) => u !== place.base).filter((u) => !place.fileOf(u) || !existsSync(place.fileOf(u)!));
      expect(unserved).toEqual([]);
      // An app domain is an origin: the base's own.
      expect(elements.filter((e) => e.name === "AppDomain").map((e) => e.text.trim())).toEqual([new URL(place.base).origin]);
    });

    test("every ribbon FunctionName is registered with Office.actions.associate", () => {
      const source = read("src/ribbon/commands.ts").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      const associated = [...source.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
      const functionNames = elements.filter((e) => e.name === "FunctionName").map((e) => e.text.trim());
      expect(functionNames.length).toBeGreaterThan(0);
      for (const name of functionNames) expect(associated).toContain(name);
      // ExecuteFunction buttons run in the FunctionFile page, which must be commands.html.
      const functionFile = descend(versionOverrides, "Hosts", "Host", "DesktopFormFactor", "FunctionFile");
      expect(resourceById.get(functionFile.attrs.resid ?? "")?.attrs.DefaultValue).toBe(`${place.base}commands.html`);
    });

    test("icons exist at the sizes the manifest claims", () => {
      const expectations: Array<[string | undefined, number]> = [
        [child(manifest, "IconUrl").attrs.DefaultValue, 32],
        [child(manifest, "HighResolutionIconUrl").attrs.DefaultValue, 64],
      ];
      for (const icon of elements.filter((e) => e.name === "Image" && e.attrs.size !== undefined)) {
        expectations.push([resourceById.get(icon.attrs.resid ?? "")?.attrs.DefaultValue, Number(icon.attrs.size)]);
      }
      for (const [url, size] of expectations) {
        const file = url === undefined ? undefined : place.fileOf(url);
        expect(url).toMatch(/\/assets\/[^/]+\.png$/);
        expect({ url, ...pngSize(file!) }).toEqual({ url, width: size, height: size });
      }
      // Every ribbon icon at each size Office asks for (16, 32 and 80 at least; all eight for every scaling).
      for (const icon of elements.filter((e) => e.name === "Icon")) {
        expect(icon.children.map((i) => Number(i.attrs.size))).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
      }
    });
  });
}
