// XML of a package part, read with a conformant parser (saxes) that reports where each element starts
// and ends, so that an edit splices only the text it changes and everything else — quoting,
// prefixes, comments, CDATA, entities, whitespace — stays exactly as the file had it.
import { SaxesParser, type SaxesTagNS } from "saxes";

/** SpreadsheetML's main namespace, as Excel writes it and as its Strict format names it. */
export const MAIN_NS = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];
export const REL_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export interface XmlElement {
  /** As written, e.g. "x:row". */
  readonly name: string;
  readonly uri: string;
  readonly local: string;
  readonly prefix: string;
  /** Attribute values (entities resolved) by "{uri}local", or "local" when it has no namespace. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly parent: XmlElement | undefined;
  /** Index of its "<". */
  readonly start: number;
  /** Index just after its start tag's ">". */
  readonly openEnd: number;
  /** Index of its end tag's "<" (= end when self-closing). */
  closeStart: number;
  /** Index just after the whole element. */
  end: number;
  readonly selfClosing: boolean;
}

export class XmlError extends Error {}

export interface XmlVisitor {
  open?(el: XmlElement): void;
  close?(el: XmlElement): void;
  /** Character data (text and CDATA), entities resolved. */
  text?(text: string, parent: XmlElement | undefined): void;
  comment?(text: string): void;
  pi?(target: string, body: string): void;
}

export const inNamespace = (el: XmlElement | undefined, uris: readonly string[], local: string): boolean =>
  !!el && el.local === local && uris.includes(el.uri);

export const attr = (el: XmlElement, local: string, uris: readonly string[] = [""]): string | undefined => {
  for (const uri of uris) {
    const v = el.attributes.get(uri ? `{${uri}}${local}` : local);
    if (v !== undefined) return v;
  }
  return undefined;
};

/** Walks the whole text; throws XmlError (naming `part`) on anything that is not well-formed XML. */
export function walkXml(text: string, visitor: XmlVisitor, part?: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: part });
  const stack: XmlElement[] = [];
  let start = 0;
  parser.on("opentagstart", () => {
    start = text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) attributes.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    const end = parser.position;
    const el: XmlElement = {
      name: tag.name, uri: tag.uri, local: tag.local, prefix: tag.prefix, attributes,
      parent: stack[stack.length - 1], start, openEnd: end, closeStart: end, end, selfClosing: tag.isSelfClosing,
    };
    stack.push(el);
    visitor.open?.(el);
  });
  parser.on("closetag", () => {
    const el = stack.pop()!;
    el.end = parser.position;
    if (!el.selfClosing) el.closeStart = text.lastIndexOf("</", el.end - 1);
    visitor.close?.(el);
  });
  if (visitor.text) {
    parser.on("text", (t) => visitor.text!(t, stack[stack.length - 1]));
    parser.on("cdata", (t) => visitor.text!(t, stack[stack.length - 1]));
  }
  if (visitor.comment) parser.on("comment", (t) => visitor.comment!(t));
  if (visitor.pi) parser.on("processinginstruction", (p) => visitor.pi!(p.target, p.body));
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.write(text).close();
  if (failure) throw new XmlError(failure.message);
}

/** The qualified name a new child element of `parent` takes in `parent`'s namespace. */
export const childName = (parent: XmlElement, local: string): string => (parent.prefix ? `${parent.prefix}:${local}` : local);

const ATTRIBUTE = /(\s+)([^\s=]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

/**
 * A start tag with one unprefixed attribute set (kept in place and in its quotes when present, else added
 * at the end) or, with value undefined, removed. Exact for a well-formed tag: a quoted value never holds
 * its own quote, and no attribute name holds "=", "/" or ">".
 */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const nameEnd = /^<[^\s/>]+/.exec(tag)![0].length;
  for (const m of tag.slice(nameEnd).matchAll(ATTRIBUTE)) {
    if (m[2] !== name) continue;
    const at = nameEnd + m.index!;
    if (value === undefined) return tag.slice(0, at) + tag.slice(at + m[0].length);
    const quote = m[4][0] as '"' | "'";
    return tag.slice(0, at) + `${m[1]}${m[2]}${m[3]}${quote}${escapeXml(value, quote)}${quote}` + tag.slice(at + m[0].length);
  }
  if (value === undefined) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, "")} ${name}="${escapeXml(value, '"')}"${tag.slice(close)}`;
}

export function escapeXml(text: string, quote: '"' | "'" | "" = '"'): string {
  let out = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (quote === '"') out = out.replace(/"/g, "&quot;");
  if (quote === "'") out = out.replace(/'/g, "&apos;");
  // A parser normalises carriage returns everywhere, and tabs and line feeds inside attributes: keep them.
  out = out.replace(/\r/g, "&#13;");
  return quote ? out.replace(/\n/g, "&#10;").replace(/\t/g, "&#9;") : out;
}

/** Applies edits (start, end, replacement), which must not overlap, to the text. */
export function splice(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error("programmer error: overlapping XML edits");
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The document as a list of events (elements with their attributes sorted, text, comments, processing
 * instructions), for comparing two versions by meaning. `skip` leaves an element's whole subtree out;
 * `ignore` leaves an attribute out.
 */
export function xmlEvents(
  text: string,
  skip: (el: XmlElement) => boolean = () => false,
  ignore: (el: XmlElement, key: string) => boolean = () => false,
): string[] {
  const events: string[] = [];
  let skipping: XmlElement | undefined;
  const isSkipped = (el: XmlElement | undefined): boolean => {
    for (let e = el; e; e = e.parent) if (e === skipping) return true;
    return false;
  };
  walkXml(text, {
    open: (el) => {
      if (skipping) return;
      if (skip(el)) {
        skipping = el;
        return;
      }
      const attrs = [...el.attributes].filter(([k]) => !ignore(el, k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      events.push(`<{${el.uri}}${el.local} ${JSON.stringify(attrs)}`);
    },
    close: (el) => {
      if (el === skipping) skipping = undefined;
      else if (!skipping) events.push(`</{${el.uri}}${el.local}`);
    },
    text: (t, parent) => {
      if (!isSkipped(parent)) events.push(`text ${t}`);
    },
    comment: (t) => {
      if (!skipping) events.push(`comment ${t}`);
    },
    pi: (target, body) => {
      if (!skipping) events.push(`pi ${target} ${body}`);
    },
  });
  return events;
}

/** Text decoded from a part's bytes, and how to encode it back the same way (BOM included). */
export interface PartText {
  readonly text: string;
  encode(text: string): Uint8Array;
}

/**
 * XML is UTF-8 or UTF-16 unless it declares otherwise. Excel writes UTF-8; UTF-16 is legal and kept as
 * it is; any other declared encoding is refused rather than rewritten.
 */
export function decodePart(bytes: Uint8Array): PartText | string {
  const b = bytes;
  let encoding: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  let bom = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) bom = 3;
  else if (b[0] === 0xff && b[1] === 0xfe) [encoding, bom] = ["utf-16le", 2];
  else if (b[0] === 0xfe && b[1] === 0xff) [encoding, bom] = ["utf-16be", 2];
  else if (b[0] === 0x3c && b[1] === 0x00) encoding = "utf-16le";
  else if (b[0] === 0x00 && b[1] === 0x3c) encoding = "utf-16be";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b.subarray(bom));
  } catch {
    return `it is not valid ${encoding.toUpperCase()} text`;
  }
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1].toLowerCase();
  if (declared && !["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be"].includes(declared)) return `it is written in the ${declared} encoding, which nddr does not rewrite`;
  const head = b.subarray(0, bom);
  return {
    text,
    encode: (t) => {
      let body: Uint8Array;
      if (encoding === "utf-8") body = new TextEncoder().encode(t);
      else {
        const le = new Uint8Array(t.length * 2);
        for (let i = 0; i < t.length; i++) {
          const c = t.charCodeAt(i);
          const [lo, hi] = [c & 0xff, c >> 8];
          le[2 * i] = encoding === "utf-16le" ? lo : hi;
          le[2 * i + 1] = encoding === "utf-16le" ? hi : lo;
        }
        body = le;
      }
      const out = new Uint8Array(head.length + body.length);
      out.set(head);
      out.set(body, head.length);
      return out;
    },
  };
}
