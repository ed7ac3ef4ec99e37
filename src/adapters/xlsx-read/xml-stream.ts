// A streaming XML tokenizer for the parts of an .xlsx: start and end tags with attributes (either
// quote), text with the five predefined entities and character references, CDATA, comments and
// processing instructions skipped. It checks that tags nest and close, and refuses a DTD (Excel never
// writes one; refusing it also refuses entity expansion). Names are matched by local name: SpreadsheetML
// written with a prefix (<x:c>) or in the Strict namespace reads the same. It is not a validating parser:
// a part Excel could not open may still be read, but a well-formed part is never misread. Its events
// were checked against saxes (test/adapters/xlsx-read/xml-stream.test.ts). Chosen over saxes for speed:
// docs/decisions.md, "Reading workbooks". A handler may read the plain children of an element itself
// (readInside: the cells of a sheet's rows), the tokenizer taking over wherever it declines.
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

/**
 * Reads whole elements in place of the tokenizer from the "<" at `at` in `s`, as many as follow one
 * another, and returns where it stopped (`at`: none, the tokenizer reads on from there). It must take
 * only complete, well-formed elements it reads exactly as the handler would from the tokenizer's
 * events, and leave anything else (a chunk's end included) untouched for the tokenizer.
 */
export type FastReader = (s: string, at: number) => number;

/** The tag being reported: its local name and, on request, an attribute's value. */
export class Tag {
  name = "";
  selfClosing = false;
  /** The source and the span of the attributes inside it. */
  private s = "";
  private from = 0;
  private to = 0;
  /**
   * The attributes, found on the first request and kept for the others (a cell asks for r, t and s):
   * for each, where its local name starts and ends and where its value starts. -1: not yet read.
   */
  private count = -1;
  private spans = new Int32Array(48);

  set(s: string, name: string, from: number, to: number, selfClosing: boolean): void {
    this.s = s;
    this.name = name;
    this.from = from;
    this.to = to;
    this.selfClosing = selfClosing;
    this.count = -1;
  }

  /** The value of the attribute whose local name is `local` (r, t, id for r:id …), decoded. */
  attr(local: string): string | undefined {
    const at = this.attrStart(local);
    if (at < 0) return undefined;
    const s = this.s;
    const quote = s.charCodeAt(at - 1);
    let close = at;
    while (s.charCodeAt(close) !== quote) close++;
    return attributeValue(s.slice(at, close));
  }

  /**
   * Where the value of attribute `local` starts in `source` (after its quote), or -1: for reading a
   * value such as a cell reference in place, without making a string of it.
   */
  attrStart(local: string): number {
    if (this.count < 0) this.readAttributes();
    const { s, spans, count } = this;
    const length = local.length;
    const first = local.charCodeAt(0);
    for (let i = 0; i < count; i += 3) {
      const start = spans[i];
      if (spans[i + 1] - start === length && s.charCodeAt(start) === first && (length === 1 || s.startsWith(local, start))) return spans[i + 2];
    }
    return -1;
  }

  /** Reads the attributes' spans, up to the first that is not name="value" (those after it are not found). */
  private readAttributes(): void {
    const s = this.s;
    const end = this.to;
    let n = 0;
    let k = this.from;
    while (k < end) {
      let c = s.charCodeAt(k);
      if (isSpace(c)) {
        k++;
        continue;
      }
      let localStart = k;
      for (; k < end; k++) {
        c = s.charCodeAt(k);
        if (c === 61 || isSpace(c)) break;
        if (c === 58) localStart = k + 1;
      }
      const nameEnd = k;
      while (k < end && s.charCodeAt(k) !== 61) k++;
      k++;
      while (k < end && isSpace(s.charCodeAt(k))) k++;
      const quote = s.charCodeAt(k);
      if (quote !== 34 && quote !== 39) break;
      // Values are short (references, types, ids): a loop costs less here than a search.
      let close = k + 1;
      while (close < end && s.charCodeAt(close) !== quote) close++;
      if (close >= end) break;
      if (n + 3 > this.spans.length) {
        const more = new Int32Array(this.spans.length * 2);
        more.set(this.spans);
        this.spans = more;
      }
      this.spans[n] = localStart;
      this.spans[n + 1] = nameEnd;
      this.spans[n + 2] = k + 1;
      n += 3;
      k = close + 1;
    }
    this.count = n;
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
  /** The next double and single quote in the chunk being parsed (-1: none; -2: not looked for). */
  private dq = -2;
  private sq = -2;
  /** Local names of the open elements, beside their qualified names in `stack`. */
  private readonly locals: string[] = [];
  /** The last name read for each first character: a tag of the same name reuses its string. */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(128);
  /** While set, everything up to this end tag is passed over unparsed. */
  private skipTo: string | undefined;
  private skipDepth = 0;
  /** A handler's own reader of plain elements, offered each tag directly inside the element at `fastDepth`. */
  private fast: FastReader | undefined;
  private fastDepth = -1;

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

  /**
   * Offers `read` each tag that starts directly inside the innermost open element (called from `open`,
   * the element being opened; for a self-closing one, that is its parent), until that element ends.
   */
  readInside(read: FastReader): void {
    this.fast = read;
    this.fastDepth = this.stack.length;
  }

  /** The qualified name of the innermost open element. */
  get innermost(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  private feed(chunk: string): void {
    // Joined, not added: "+" makes a rope, and every character read from a rope costs more.
    let s = this.rest.length > 0 ? [this.rest, chunk].join("") : chunk;
    let i = 0;
    if (this.skipTo !== undefined) {
      const found = this.findEndTag(s, this.skipTo);
      if (found < 0) {
        // Keep what could be the start of the end tag.
        this.rest = s.slice(Math.max(0, s.length - this.skipTo.length));
        return;
      }
      this.skipTo = undefined;
      this.stack.length = this.locals.length = this.skipDepth + 1;
      if (this.fastDepth > this.stack.length) this.fastDepth = -1;
      s = s.slice(found);
    }
    const n = s.length;
    const h = this.handler;
    this.dq = this.sq = -2;
    while (i < n) {
      // Most tags follow a tag: no search for those.
      const lt = s.charCodeAt(i) === 60 ? i : s.indexOf("<", i);
      if (lt < 0) {
        i = this.textToChunkEnd(s, i);
        break;
      }
      if (lt > i && this.stack.length === 0) this.spacesOnly(s, i, lt);
      if (lt > i && this.wantText) h.text(textValue(s, i, lt));
      // From here on the text is delivered: a tag cut off at the chunk's end is kept from its "<".
      i = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 !== c1) break; // "<" is the last character: wait for more
      if (this.stack.length === this.fastDepth) {
        const next = this.fast!(s, lt);
        if (next > lt) {
          i = next;
          continue;
        }
      }
      if (c1 === 33 || c1 === 63) {
        const next = this.special(s, lt, c1);
        if (next < 0) break;
        i = next;
        continue;
      }
      // An end tag holds no quotes: its ">" is the first.
      const k = c1 === 47 ? s.indexOf(">", lt + 2) : this.tagEnd(s, lt + 1);
      if (k < 0) break;
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
   * The ">" that ends the tag whose name starts at `from`, or -1 to wait for more: the first one outside
   * quotes (an attribute value may hold ">"). Found by jumps (indexOf) rather than a character loop; the
   * next quote of each kind is remembered for the chunk, so a chunk with none is searched once.
   */
  private tagEnd(s: string, from: number): number {
    let gt = s.indexOf(">", from);
    let at = from;
    while (gt >= 0) {
      if (this.dq !== -1 && this.dq < at) this.dq = s.indexOf('"', at);
      if (this.sq !== -1 && this.sq < at) this.sq = s.indexOf("'", at);
      const dq = this.dq;
      const sq = this.sq;
      const double = dq >= 0 && (sq < 0 || dq < sq);
      const q = double ? dq : sq;
      if (q < 0 || q > gt) return gt;
      const close = s.indexOf(double ? '"' : "'", q + 1);
      if (close < 0) return -1;
      at = close + 1;
      if (close > gt) gt = s.indexOf(">", at);
    }
    return -1;
  }

  /**
   * Text running to the chunk's end is passed on now (handlers append pieces), keeping back only an
   * entity or a CR LF the cut may have split: kept whole, a long run of text was re-read with every
   * chunk (quadratic time). Returns where the kept part starts.
   */
  private textToChunkEnd(s: string, from: number): number {
    const n = s.length;
    // Outside the root only white space may stand; it is passed on like any text, wherever the cut falls.
    if (this.stack.length === 0) this.spacesOnly(s, from, n);
    let keep = n;
    const amp = s.lastIndexOf("&", n - 1);
    if (amp >= from && s.indexOf(";", amp) < 0) keep = amp;
    if (keep > from && s.charCodeAt(keep - 1) === 13) keep--;
    if (keep > from && this.wantText) this.handler.text(textValue(s, from, keep));
    return keep;
  }

  private spacesOnly(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) throw damaged(this.part);
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
    const local = this.name(s, localStart, nameEnd);
    this.tag.set(s, local, nameEnd, end, selfClosing);
    if (!selfClosing) {
      this.stack.push(localStart === from ? local : s.slice(from, nameEnd));
      this.locals.push(local);
    }
    this.handler.open(this.tag);
    if (selfClosing) this.handler.close(local);
  }

  /** s[from, to) as a string, the one made last time when it is the same name (no new string per cell). */
  private name(s: string, from: number, to: number): string {
    const c = s.charCodeAt(from);
    if (c >= 128) return s.slice(from, to);
    const known = this.names[c];
    if (known !== undefined && known.length === to - from && s.startsWith(known, from)) return known;
    return (this.names[c] = s.slice(from, to));
  }

  private closeTag(s: string, from: number, gt: number): void {
    let end = gt;
    while (end > from && isSpace(s.charCodeAt(end - 1))) end--;
    if (this.stack.length <= this.fastDepth) this.fastDepth = -1;
    const open = this.stack.pop();
    if (open === undefined || open.length !== end - from || !s.startsWith(open, from)) throw damaged(this.part);
    this.handler.close(this.locals.pop()!);
  }
}

/** UTF-16 when the part starts with its byte-order mark; UTF-8 otherwise (its BOM is dropped). */
function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return "utf-8";
}

function textValue(s: string, from: number, to: number): string {
  // Most texts (a cell's number, a shared string's index) are short and plain: checked in place.
  if (to - from < 24) {
    let plain = true;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === 13 || c === 38) {
        plain = false;
        break;
      }
    }
    if (plain) return s.slice(from, to);
  }
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
