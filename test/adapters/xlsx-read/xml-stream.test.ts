// The reader's XML tokenizer against saxes (a conforming XML parser, the one exceljs uses): on random
// well-formed documents cut into random chunks, both must report the same tags, attributes and text.
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { XmlStream, type Tag } from "../../../src/adapters/xlsx-read/xml-stream";

const NAMES = ["c", "row", "v", "t", "si", "is", "r", "f"];
const ATTRS = ["r", "t", "s", "id", "name"];
const PREFIXES = ["", "", "x:"];

interface Node {
  name: string;
  prefix: string;
  attrs: [string, string][];
  children: (Node | { text: string; cdata: boolean } | { comment: string })[];
}

const text = fc.string({ unit: fc.constantFrom("a", "B", " ", "1", "&", "<", ">", "\"", "'", "\n", "\t", "é", "中", "😀", "\r\n"), maxLength: 12 });
// ">" stays as it is: legal in text and in attribute values, and a trap for a tokenizer that looks for the end of a tag.
const escapeText = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const escapeAttr = (t: string, quote: string) => escapeText(t).replace(quote === '"' ? /"/g : /'/g, quote === '"' ? "&quot;" : "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#xD;");

const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    name: fc.constantFrom(...NAMES),
    prefix: fc.constantFrom(...PREFIXES),
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRS), text), { selector: (a) => a[0], maxLength: 3 }),
    children: depth <= 1
      ? fc.array(fc.oneof(fc.record({ text, cdata: fc.boolean() })), { maxLength: 2 })
      : fc.array(fc.oneof(node(depth - 1), fc.record({ text, cdata: fc.boolean() }), fc.record({ comment: fc.constantFrom("note", "a > b", "") })), { maxLength: 4 }),
  }),
);

function serialize(n: Node, quote: string): string {
  const attrs = n.attrs.map(([k, v]) => ` ${k}=${quote}${escapeAttr(v, quote)}${quote}`).join("");
  const open = `${n.prefix}${n.name}`;
  if (n.children.length === 0) return `<${open}${attrs}/>`;
  const inner = n.children.map((c) => {
    if ("comment" in c) return `<!--${c.comment}-->`;
    if ("text" in c) return c.cdata && !c.text.includes("]]>") ? `<![CDATA[${c.text}]]>` : escapeText(c.text);
    return serialize(c, quote);
  }).join("");
  return `<${open}${attrs}>${inner}</${open}>`;
}

type Event = string;

function ours(xml: string, cuts: number[]): Event[] {
  const events: Event[] = [];
  let pending = "";
  const flush = () => {
    if (pending !== "") events.push(`text ${JSON.stringify(pending)}`);
    pending = "";
  };
  const stream = new XmlStream({
    open(tag: Tag) {
      flush();
      const attrs = ATTRS.map((a) => [a, tag.attr(a)]).filter(([, v]) => v !== undefined);
      events.push(`open ${tag.name} ${JSON.stringify(attrs)}`);
    },
    close(name) {
      flush();
      events.push(`close ${name}`);
    },
    text(t) {
      pending += t;
    },
  }, "test.xml");
  stream.wantText = true;
  const bytes = new TextEncoder().encode(xml);
  let at = 0;
  for (const cut of [...cuts.map((c) => Math.floor(c * bytes.length)).sort((a, b) => a - b), bytes.length]) {
    stream.write(bytes.subarray(at, cut));
    at = cut;
  }
  stream.end();
  flush();
  return events;
}

function reference(xml: string): Event[] {
  const events: Event[] = [];
  let pending = "";
  const flush = () => {
    if (pending !== "") events.push(`text ${JSON.stringify(pending)}`);
    pending = "";
  };
  const p = new SaxesParser({ xmlns: false });
  const local = (n: string) => n.slice(n.indexOf(":") + 1);
  p.on("opentag", (tag) => {
    flush();
    const attrs = ATTRS.map((a) => [a, (tag.attributes as Record<string, string>)[a]]).filter(([, v]) => v !== undefined);
    events.push(`open ${local(tag.name)} ${JSON.stringify(attrs)}`);
  });
  p.on("closetag", (tag) => {
    flush();
    events.push(`close ${local(tag.name)}`);
  });
  p.on("text", (t) => (pending += t));
  p.on("cdata", (t) => (pending += t));
  p.write(xml).close();
  flush();
  return events;
}

describe("the XML tokenizer", () => {
  it("reports what saxes reports, however the bytes are cut", () => {
    fc.assert(
      fc.property(node(4), fc.constantFrom('"', "'"), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (root, quote, cuts) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${serialize({ ...root, prefix: "" }, quote).replace(/^<(\w+)/, `<$1 xmlns:x="urn:x"`)}`;
        expect(ours(xml, cuts)).toEqual(reference(xml));
      }),
      { numRuns: 400 },
    );
  });

  it("passes text on as each chunk arrives, not only at the next tag (a long run is not re-read per chunk)", () => {
    const got: string[] = [];
    const stream = new XmlStream({ open() {}, close() {}, text: (t) => got.push(t) }, "p.xml");
    stream.wantText = true;
    const enc = new TextEncoder();
    stream.write(enc.encode("<a>" + " ".repeat(10)));
    expect(got.join("")).toBe(" ".repeat(10));
    stream.write(enc.encode(" ".repeat(10)));
    expect(got.join("")).toBe(" ".repeat(20));
  });

  it("reads an entity and a CR LF cut at a chunk's end whole", () => {
    expect(ours("<a>x&amp;y\r\nz</a>", [0.4, 0.62])).toEqual(reference("<a>x&amp;y\r\nz</a>"));
    const got: string[] = [];
    const stream = new XmlStream({ open() {}, close() {}, text: (t) => got.push(t) }, "p.xml");
    stream.wantText = true;
    const enc = new TextEncoder();
    for (const piece of ["<a>x&am", "p;y\r", "\nz</a>"]) stream.write(enc.encode(piece));
    stream.end();
    expect(got.join("")).toBe("x&y\nz");
  });

  it("refuses text after the root element", () => {
    expect(() => ours("<a/>junk", [])).toThrow(/damaged/);
  });

  it("refuses text before the root element", () => {
    expect(() => ours("junk<a/>", [])).toThrow(/damaged/);
  });

  it("passes on the white space between the declaration and the root however the bytes are cut", () => {
    // Found by the property above (seed -283127407): a cut just after the line break lost it.
    const xml = `<?xml version="1.0"?>\r\n<a/>`;
    for (let cut = 0; cut <= xml.length; cut++) expect(ours(xml, [cut / xml.length])).toEqual(reference(xml));
  });

  it("refuses a document whose tags do not nest", () => {
    expect(() => ours("<a><b></a></b>", [])).toThrow(/damaged/);
  });

  it("refuses a document cut short", () => {
    expect(() => ours("<a><b>text</b>", [])).toThrow(/damaged/);
  });

  it("refuses an entity XML does not define", () => {
    expect(() => ours("<a>&nbsp;</a>", [])).toThrow(/damaged/);
  });

  it("refuses bytes that are not UTF-8", () => {
    const stream = new XmlStream({ open() {}, close() {}, text() {} }, "p.xml");
    expect(() => {
      stream.write(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]));
      stream.end();
    }).toThrow(/damaged/);
  });

  it("reads a UTF-16 part by its byte-order mark", () => {
    const xml = "<a r=\"1\">中</a>";
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) bytes[2 + 2 * i] = xml.charCodeAt(i) & 0xff, (bytes[3 + 2 * i] = xml.charCodeAt(i) >> 8);
    const events: string[] = [];
    const stream = new XmlStream({ open: (t) => events.push(`${t.name}:${t.attr("r")}`), close() {}, text: (t) => events.push(t) }, "p.xml");
    stream.wantText = true;
    stream.write(bytes);
    stream.end();
    expect(events).toEqual(["a:1", "中"]);
  });
});
