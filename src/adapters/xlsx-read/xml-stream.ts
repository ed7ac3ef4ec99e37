// A streaming XML tokenizer for the parts of an .xlsx: start and end tags with attributes (either
// quote), text with the five predefined entities and character references, CDATA, comments and
// processing instructions skipped. It checks that tags nest and close, and refuses a DTD (Excel never
// writes one; refusing it also refuses entity expansion). Names are matched by local name: SpreadsheetML
// written with a prefix (<x:c>) or in the Strict namespace reads the same. It is not a validating parser:
// a part Excel could not open may still be read, but a well-formed part is never misread. Its events
// were checked against saxes (test/adapters/xlsx-read/xml-stream.test.ts). Chosen over saxes for speed:
// docs/decisions.md, "Reading workbooks".
import { damaged } from "./zip-directory";

export interface XmlHandler {
  /** A start tag; `tag` is valid only during the call. Followed at once by `close` when self-closing. */
  open(tag: Tag): void;
  close(localName: string): void;
  /** Text (entities decoded, CDATA as is), delivered only while `XmlStream.wantText` is on. */
  text(text: string): void;
}

// Character codes are written as numbers in the loops (a module constant costs a lookup per character):
// 62 >, 47 /, 33 !, 63 ?, 34 ", 39 ', 58 :, 61 =.

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The tag being reported: its local name and, on request, an attribute's value. */
export class Tag {
  name = "";
  selfClosing = false;
  /** The source and the span of the attributes inside it. */
  private s = "";
  private from = 0;
  private to = 0;

  set(s: string, name: string, from: number, to: number, selfClosing: boolean): void {
    this.s = s;
    this.name = name;
    this.from = from;
    this.to = to;
    this.selfClosing = selfClosing;
  }

  /** The value of the attribute whose local name is `local` (r, t, id for r:id …), decoded. */
  attr(local: string): string | undefined {
    const at = this.attrStart(local);
    if (at < 0) return undefined;
    return attributeValue(this.s.slice(at, this.s.indexOf(this.s[at - 1], at)));
  }

  /**
   * Where the value of attribute `local` starts in `source` (after its quote), or -1: for reading a
   * value such as a cell reference in place, without making a string of it.
   */
  attrStart(local: string): number {
    const s = this.s;
    const end = this.to;
    let k = this.from;
    while (k < end) {
      const c = s.charCodeAt(k);
      if (isSpace(c)) {
        k++;
        continue;
      }
      let nameEnd = k;
      let localStart = k;
      for (; nameEnd < end; nameEnd++) {
        const d = s.charCodeAt(nameEnd);
        if (d === 61 || isSpace(d)) break;
        if (d === 58) localStart = nameEnd + 1;
      }
      let v = nameEnd;
      while (v < end && s.charCodeAt(v) !== 61) v++;
      v++;
      while (v < end && isSpace(s.charCodeAt(v))) v++;
      const quote = s.charCodeAt(v);
      if (quote !== 34 && quote !== 39) return -1;
      const close = s.indexOf(quote === 34 ? '"' : "'", v + 1);
      if (close < 0 || close > end) return -1;
      if (nameEnd - localStart === local.length && s.startsWith(local, localStart)) return v + 1;
      k = close + 1;
    }
    return -1;
  }

  /** The text the tag was read from (valid during the handler's call). */
  get source(): string {
    return this.s;
  }
}

export class XmlStream {
  /** Turn on to receive the text of the element being read (off: text is skipped unread). */
  wantText = false;
  private rest = "";
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private readonly tag = new Tag();
  /** While set, everything up to this end tag is passed over unparsed. */
  private skipTo: string | undefined;
  private skipDepth = 0;

  constructor(private readonly handler: XmlHandler, private readonly part: string) {}

  write(chunk: Uint8Array): void {
    if (!this.decoder) this.decoder = new TextDecoder(encodingOf(chunk), { fatal: true });
    this.parse(this.decode(chunk));
  }

  end(): void {
    if (this.decoder) this.parse(this.decode(undefined));
    if (!this.rootSeen || this.stack.length > 0 || this.skipTo !== undefined || this.rest.trim() !== "") throw damaged(this.part);
  }

  /** Bytes that are not UTF-8 (or the UTF-16 of the BOM) are a damaged part, as in Excel. */
  private decode(chunk: Uint8Array | undefined): string {
    try {
      return chunk ? this.decoder!.decode(chunk, { stream: true }) : this.decoder!.decode();
    } catch {
      throw damaged(this.part);
    }
  }

  private parse(text: string): void {
    try {
      this.feed(text);
    } catch (e) {
      throw e instanceof EntityError ? damaged(this.part) : e;
    }
  }

  /**
   * Passes over the rest of the innermost open element named `local` (sheetData past the rows needed)
   * without parsing it, up to its end tag, which is reported as usual.
   */
  skipRestOf(local: string): void {
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const name = this.stack[depth];
      if (name === local || name.endsWith(`:${local}`)) {
        this.skipTo = `</${name}`;
        this.skipDepth = depth;
        return;
      }
    }
  }

  private feed(chunk: string): void {
    let s = this.rest.length > 0 ? this.rest + chunk : chunk;
    let i = 0;
    if (this.skipTo !== undefined) {
      const found = this.findEndTag(s, this.skipTo);
      if (found < 0) {
        // Keep what could be the start of the end tag.
        this.rest = s.slice(Math.max(0, s.length - this.skipTo.length));
        return;
      }
      this.skipTo = undefined;
      this.stack.length = this.skipDepth + 1;
      s = s.slice(found);
    }
    const n = s.length;
    const h = this.handler;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        i = this.textToChunkEnd(s, i);
        break;
      }
      if (lt > i && this.wantText) h.text(textValue(s, i, lt));
      // From here on the text is delivered: a tag cut off at the chunk's end is kept from its "<".
      i = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 !== c1) break; // "<" is the last character: wait for more
      if (c1 === 33 || c1 === 63) {
        const next = this.special(s, lt, c1);
        if (next < 0) break;
        i = next;
        continue;
      }
      let k = lt + 1;
      let quote = 0;
      for (; k < n; k++) {
        const c = s.charCodeAt(k);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 62) break;
        else if (c === 34 || c === 39) quote = c;
      }
      if (k >= n) break;
      if (c1 === 47) this.closeTag(s, lt + 2, k);
      else this.openTag(s, lt + 1, k);
      i = k + 1;
      if (this.skipTo !== undefined) {
        this.rest = "";
        this.feed(s.slice(i));
        return;
      }
    }
    this.rest = i < n ? s.slice(i) : "";
  }

  /**
   * Text running to the chunk's end is passed on now (handlers append pieces), keeping back only an
   * entity or a CR LF the cut may have split: kept whole, a long run of text was re-read with every
   * chunk (quadratic time). Returns where the kept part starts.
   */
  private textToChunkEnd(s: string, from: number): number {
    const n = s.length;
    if (this.stack.length === 0) {
      // Outside the root only white space may stand.
      for (let k = from; k < n; k++) if (!isSpace(s.charCodeAt(k))) throw damaged(this.part);
      return n;
    }
    let keep = n;
    const amp = s.lastIndexOf("&", n - 1);
    if (amp >= from && s.indexOf(";", amp) < 0) keep = amp;
    if (keep > from && s.charCodeAt(keep - 1) === 13) keep--;
    if (keep > from && this.wantText) this.handler.text(textValue(s, from, keep));
    return keep;
  }

  /** Where `</name` followed by ">" or a space starts in `s`, or -1. */
  private findEndTag(s: string, endTag: string): number {
    for (let at = s.indexOf(endTag); at >= 0; at = s.indexOf(endTag, at + 1)) {
      const c = s.charCodeAt(at + endTag.length);
      if (c === 62 || isSpace(c)) return at;
      if (c !== c) return -1;
    }
    return -1;
  }

  /** Comments, CDATA, processing instructions; the index after them, or -1 to wait for more. */
  private special(s: string, lt: number, c1: number): number {
    if (c1 === 63) {
      const e = s.indexOf("?>", lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (s.startsWith("<!--", lt)) {
      const e = s.indexOf("-->", lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const e = s.indexOf("]]>", lt + 9);
      if (e < 0) return -1;
      if (this.wantText) this.handler.text(s.slice(lt + 9, e).replace(/\r\n?/g, "\n"));
      return e + 3;
    }
    if (s.length - lt < 9) return -1;
    // <!DOCTYPE …>: never written by Excel, and the way to entity-expansion attacks.
    throw damaged(this.part);
  }

  private openTag(s: string, from: number, gt: number): void {
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = from;
    let localStart = from;
    for (; nameEnd < end; nameEnd++) {
      const c = s.charCodeAt(nameEnd);
      if (isSpace(c)) break;
      if (c === 58) localStart = nameEnd + 1;
    }
    if (nameEnd === from) throw damaged(this.part);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw damaged(this.part);
      this.rootSeen = true;
    }
    // Slicing a short name costs less than looking it up among those seen (measured).
    const local = s.slice(localStart, nameEnd);
    this.tag.set(s, local, nameEnd, end, selfClosing);
    if (!selfClosing) this.stack.push(localStart === from ? local : s.slice(from, nameEnd));
    this.handler.open(this.tag);
    if (selfClosing) this.handler.close(local);
  }

  private closeTag(s: string, from: number, gt: number): void {
    let end = gt;
    while (end > from && isSpace(s.charCodeAt(end - 1))) end--;
    const open = this.stack.pop();
    if (open === undefined || open.length !== end - from || !s.startsWith(open, from)) throw damaged(this.part);
    const colon = open.lastIndexOf(":");
    this.handler.close(colon < 0 ? open : open.slice(colon + 1));
  }
}

/** UTF-16 when the part starts with its byte-order mark; UTF-8 otherwise (its BOM is dropped). */
function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return "utf-8";
}

function textValue(s: string, from: number, to: number): string {
  let raw = s.slice(from, to);
  // XML reads a line break written as CR LF (or a lone CR) as LF.
  if (raw.indexOf("\r") >= 0) raw = raw.replace(/\r\n?/g, "\n");
  return raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
}

/** Attribute values: entities decoded, and tabs and line breaks read as spaces (XML's normalization). */
function attributeValue(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // Most values (cell references, types, ids) have neither: returned as they are.
    if (c === 38 || c === 9 || c === 10 || c === 13) return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
  }
  return raw;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class EntityError extends Error {}

export function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new EntityError(`unterminated entity`);
    if (name in NAMED) return NAMED[name];
    const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff) throw new EntityError(`unknown entity &${name};`);
    return String.fromCodePoint(code);
  });
}
