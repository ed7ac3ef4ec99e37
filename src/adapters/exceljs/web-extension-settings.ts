// The add-in's document settings (Office.context.document.settings) in an .xlsx, where Excel keeps them:
// a web extension part per add-in (xl/webextensions/webextensionN.xml, reached from taskpanes.xml and the
// package's relationships), whose <we:reference id> is the add-in's manifest Id and whose properties are
// the settings, each value the JSON of what was set. The simulated Excel reads and writes them here, so a
// setting saved by the add-in survives saving and reopening the workbook, as in Excel.
import type JSZip from "jszip";

/** Our add-in's Ids: the development manifest's and the production one (scripts/deploy-manifest.js). */
export const ADDIN_IDS: readonly string[] = ["844b39e7-d103-44fd-895e-bcbbee8b3b32", "51341725-101d-497c-b4a2-9ec563b1f688"];

const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TASKPANES_TYPE = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXTENSION_TYPE = "http://schemas.microsoft.com/office/2011/relationships/webextension";

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))).replace(/&amp;/g, "&");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Our add-in's settings in the file (name → JSON text), or undefined when it has none. */
export async function readAddinSettings(zip: JSZip): Promise<Record<string, string> | undefined> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const reference = /<(?:\w+:)?reference\b[^>]*>/.exec(xml)?.[0] ?? "";
    if (!ADDIN_IDS.includes((attr(reference, "id") ?? "").toLowerCase())) continue;
    const settings: Record<string, string> = {};
    for (const m of xml.matchAll(/<(?:\w+:)?property\b[^>]*>/g)) {
      const name = attr(m[0], "name");
      if (name !== undefined) settings[unescape(name)] = unescape(attr(m[0], "value") ?? "null");
    }
    return settings;
  }
  return undefined;
}

/** Adds our add-in's web extension with these settings to a package that has none. */
export async function writeAddinSettings(zip: JSZip, settings: Readonly<Record<string, string>>): Promise<void> {
  const properties = Object.entries(settings).map(([n, v]) => `<we:property name="${escape(n)}" value="${escape(v)}"/>`).join("");
  zip.file("xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<we:webextension xmlns:we="${WE}" id="{6A1C9E2B-3B5D-4C7A-9E21-5F0A4D8B7C31}">` +
    `<we:reference id="${ADDIN_IDS[0]}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
    `<we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`);
  zip.file("xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${WETP}">` +
    `<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`);
  zip.file("xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WEBEXTENSION_TYPE}" Target="webextension1.xml"/></Relationships>`);
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rIdWebExtensions" Type="${TASKPANES_TYPE}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>",
    `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
    `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`));
}
