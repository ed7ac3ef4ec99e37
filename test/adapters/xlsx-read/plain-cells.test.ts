// The plain-cell reader (plain-cells.ts) against the tokenizer's events it stands in for: random sheets in
// the shapes Excel, LibreOffice and exceljs write and in shapes they don't (prefixes, entities, formulas,
// inline and rich text, CR LF, white space, odd attributes, rows out of order, damage), cut into random
// chunks, must give the same cells, merges and widths — or the same refusal — read either way.
import fc from "fast-check";
import { cellRead, sheetCellsHandler, type CellSink } from "../../../src/adapters/xlsx-read/sheet-cells";
import { XmlStream } from "../../../src/adapters/xlsx-read/xml-stream";

const q = fc.constantFrom('"', "'");
const attr = (name: string, value: fc.Arbitrary<string>) => fc.tuple(fc.constant(name), value, q);
const colLetters = fc.constantFrom("A", "B", "C", "K", "Z", "AA", "AB", "b", "");
const cellAttrs = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: attr("r", fc.tuple(colLetters, fc.constantFrom("1", "7", "$3", "")).map(([c, n]) => c + n)) },
    { weight: 3, arbitrary: attr("s", fc.constantFrom("0", "4", "12", " 4", "&#52;", "x", "", "0004", "12345678901")) },
    { weight: 3, arbitrary: attr("t", fc.constantFrom("s", "n", "b", "e", "d", "str", "inlineStr", "&#115;", " s", "s\t", "")) },
    { weight: 1, arbitrary: attr("cm", fc.constantFrom("1", "a>b", "&amp;")) },
    { weight: 1, arbitrary: attr("x:r", fc.constantFrom("C", "D9")) },
    { weight: 1, arbitrary: attr("ph", fc.constantFrom("1", "<")) },
  ),
  { maxLength: 4 },
);
const spacing = fc.constantFrom(" ", " ", " ", " ", "  ", "\t", "\n", "\r\n");
const attrsText = (as: [string, string, string][], sp: string[]) => as.map(([n, v, qu], i) => `${sp[i % sp.length]}${n}=${qu}${v}${qu}`).join("");

// Numbers in every shape: what integerAt reads in place (up to 15 digits, "-", leading zeros, "-0") and
// what it must leave to Number (16+ digits; 49084879294206554 and 827325133143477439 are ones that
// digit-by-digit arithmetic rounds twice and gets wrong; points, exponents, signs, spaces, hex, Infinity).
const digits = fc.tuple(fc.constantFrom("", "", "-", "+", " "), fc.array(fc.constantFrom("0", "1", "5", "9"), { minLength: 0, maxLength: 18 }), fc.constantFrom("", "", "", ".0", ".5", "E3", "e-2", " ", "x")).map(([sign, ds, tail]) => sign + ds.join("") + tail);
const numberText = fc.oneof(
  digits,
  fc.constantFrom("007", "-0", "-00", "0", "-", "123456789012345", "-999999999999999", "000000000000000012", "1234567890123456", "9007199254740993", "49084879294206554", "827325133143477439", "99999999999999999999", "1.50", "1e3", "1E+3", ".5", "5.", "0x1A", "Infinity", "-Infinity", "1_000"),
);
const valueText = fc.oneof(
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: fc.constantFrom("12", "0", "-3.5", "1E-3", "true", "", "#N/A", "2024-12-17T12:00:00", "a b", "x&amp;y", "&#49;2", "1\r\n2", "1\r2", "&lt;v&gt;", "中文", "_x000A_", "&bad;", "&") },
);
const formulaText = fc.constantFrom("SUM(A1:A3)", "", "Table1[[#This Row],[Shares]]*2", "A1&amp;B1", "\"x\"", "1\r\n+2", "IF(A1&gt;0,1,0)");
const prefix = fc.constantFrom("", "", "", "", "x:");

const child = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(prefix, valueText).map(([p, v]) => `<${p}v>${v}</${p}v>`) },
  { weight: 2, arbitrary: fc.tuple(prefix, formulaText, fc.constantFrom("", ' t="shared" ref="A1:A3" si="0"', ' ca="1"', " t='array'")).map(([p, f, a]) => `<${p}f${a}>${f}</${p}f>`) },
  { weight: 1, arbitrary: fc.constantFrom('<f t="shared" si="0"/>', "<f/>", '<f si="1" />') },
  { weight: 1, arbitrary: fc.constantFrom("<v/>", "<v></v>", "<v >1</v>", "<v>1</v >") },
  { weight: 1, arbitrary: fc.constantFrom("<is><t>inline</t></is>", '<is><r><t xml:space="preserve">a </t></r><r><t>b</t></r><rPh><t>ph</t></rPh></is>', "<is><t>a&amp;b</t></is>") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\n", "\r\n", "<!-- c -->", "<![CDATA[7]]>", "<?pi x?>", "text") },
);

const cell = fc.record({
  prefix,
  attrs: cellAttrs,
  sp: fc.array(spacing, { minLength: 1, maxLength: 3 }),
  selfClosing: fc.boolean(),
  beforeEnd: fc.constantFrom("", "", "", "", " "),
  children: fc.array(child, { maxLength: 3 }),
}).map(({ prefix: p, attrs, sp, selfClosing, beforeEnd, children }) =>
  selfClosing ? `<${p}c${attrsText(attrs, sp)}${beforeEnd}/>` : `<${p}c${attrsText(attrs, sp)}${beforeEnd}>${children.join("")}</${p}c>`,
);

const row = fc.record({
  prefix: fc.constantFrom("", "", "", "", "x:"),
  step: fc.constantFrom(1, 1, 1, 2, 0, -1),
  r: fc.constantFrom("r", "r", "r", "none", "x:r", "late", "bad"),
  quote: q,
  extra: fc.constantFrom("", ' spans="1:12" x14ac:dyDescent="0.25"', " ht='15' customHeight=\"1\"", ' a=">"', ' b="\'"'),
  selfClosing: fc.constantFrom(false, false, false, false, false, true),
  cells: fc.array(cell, { maxLength: 5 }),
  between: fc.constantFrom("", "", "", "", "\n", "\r\n  "),
});

const sheet = fc.record({
  prefix: fc.constantFrom("", "", "x:"),
  rows: fc.array(row, { maxLength: 8 }),
  merges: fc.boolean(),
  cols: fc.boolean(),
  firstRow: fc.constantFrom(1, 1, 5, 1_048_575),
});

type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function serialize(s: Sheet): string {
  const p = s.prefix;
  let n = s.firstRow - 1;
  const rows = s.rows.map((r) => {
    n += r.step;
    const num = r.r === "none" ? "" : r.r === "late" ? ` a="1" r=${r.quote}${n}${r.quote}` : r.r === "bad" ? ` r=${r.quote}${n}.5${r.quote}` : ` ${r.r}=${r.quote}${n}${r.quote}`;
    const open = `<${r.prefix}row${num}${r.extra}`;
    return r.selfClosing ? `${open}/>${r.between}` : `${open}>${r.between}${r.cells.join(r.between)}</${r.prefix}row>${r.between}`;
  });
  const cols = s.cols ? `<${p}cols><${p}col min="1" max="3" width="12.5"/></${p}cols>` : "";
  const merges = s.merges ? `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B2"/></${p}mergeCells>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cols}<${p}sheetData>${rows.join("")}</${p}sheetData>${merges}</${p}worksheet>`;
}

/** Everything a sink is told, or the refusal, reading `xml` cut at `cuts` (fractions of its length). */
function read(xml: string, cuts: number[], plain: boolean, lastRow: number, maxCol: number): string[] {
  const events: string[] = [];
  const sink: CellSink = {
    lastRow,
    styles: true,
    wants: (_row, col) => col <= maxCol,
    // The value as sinks take it (cellRead): a number read in place has no text to compare.
    cell: (row, col, c) => events.push(JSON.stringify(["cell", row, col, c.type, c.style, cellRead(c, false), c.formula, c.inline], exactNumbers)),
    merge: (range) => events.push(JSON.stringify(["merge", range])),
    columnWidth: (min, max, width) => events.push(JSON.stringify(["col", min, max, width])),
  };
  try {
    const { handler, attach } = sheetCellsHandler("xl/worksheets/sheet1.xml", sink, plain);
    const stream = new XmlStream(handler, "xl/worksheets/sheet1.xml");
    attach(stream);
    const bytes = new TextEncoder().encode(xml);
    let at = 0;
    for (const cut of [...cuts.map((c) => Math.floor(c * bytes.length)).sort((a, b) => a - b), bytes.length]) {
      stream.write(bytes.subarray(at, cut));
      at = cut;
      if (handler.done) break;
    }
    if (!handler.done) stream.end();
  } catch (e) {
    events.push(`refused: ${(e as Error).message}`);
  }
  return events;
}

/** JSON with the numbers it would blur kept apart: -0 from 0, Infinity and NaN from null. */
const exactNumbers = (_key: string, v: unknown) => (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v)) ? `number ${Object.is(v, -0) ? "-0" : v}` : v);

const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });
const reading = fc.record({ lastRow: fc.constantFrom(Infinity, Infinity, 3, 1_048_576), maxCol: fc.constantFrom(16_384, 16_384, 2) });

describe("plain cells read in place", () => {
  it("give what the tokenizer's events give, however the sheet is written and cut", () => {
    fc.assert(
      fc.property(sheet, cuts, reading, (s, at, { lastRow, maxCol }) => {
        const xml = serialize(s);
        expect(read(xml, at, true, lastRow, maxCol)).toEqual(read(xml, at, false, lastRow, maxCol));
      }),
      { numRuns: 1500 },
    );
  });

  it("refuse or read a damaged sheet exactly as the tokenizer's events do", () => {
    const damage = fc.record({ where: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constantFrom("", "<", ">", "&", '"', "'", "/", "=", " ", "c", "</c>", "<c>", "</row>", "é") , cut: fc.constantFrom(0, 1, 1, 2, 4) });
    fc.assert(
      fc.property(sheet, cuts, damage, (s, at, { where, what, cut }) => {
        const clean = serialize(s);
        const i = Math.floor(where * clean.length);
        const xml = clean.slice(0, i) + what + clean.slice(i + cut);
        expect(read(xml, at, true, Infinity, 16_384)).toEqual(read(xml, at, false, Infinity, 16_384));
      }),
      { numRuns: 1500 },
    );
  });

  it("read the cells Excel writes in place (the shapes the fast path is for are taken)", () => {
    // Not a timing: a check that the common shapes do not all fall back, which the comparison above cannot see.
    const xml = '<worksheet><sheetData><row r="1" spans="1:3"><c r="A1" s="4" t="s"><v>12</v></c><c r="B1"><v>1.5</v></c><c r="C1" s="2"/></row><row r="2"><c r="A2"><f>A1*2</f><v>3</v></c></row></sheetData></worksheet>';
    const cells: string[] = [];
    const { handler, attach } = sheetCellsHandler("s.xml", {
      lastRow: Infinity,
      wants: () => true,
      cell: (row, col, c) => cells.push(`${row},${col},${c.type},${c.number},${c.value},${c.formula}`),
      merge() {},
    });
    const stream = new XmlStream(handler, "s.xml");
    attach(stream);
    let opened = 0;
    const open = handler.open.bind(handler);
    handler.open = (tag) => {
      if (tag.name === "c" || tag.name === "v" || tag.name === "f") opened++;
      open(tag);
    };
    stream.write(new TextEncoder().encode(xml));
    stream.end();
    // Whole numbers and shared strings' indices come as numbers, with no text cut out for them.
    expect(cells).toEqual(["1,1,s,12,undefined,undefined", "1,2,n,undefined,1.5,undefined", "1,3,n,undefined,undefined,undefined", "2,1,n,3,undefined,A1*2"]);
    expect(opened).toBe(0);
  });

  it("read a number cell's value as Number reads its text, in place or not", () => {
    // Against the definition, not the other path: bit for bit, -0 and 2^53 + 1 included.
    fc.assert(
      fc.property(numberText.filter((v) => v !== ""), fc.constantFrom("", ' t="n"', ' t="s"'), (text, type) => {
        const values: unknown[] = [];
        const { handler, attach } = sheetCellsHandler("s.xml", { lastRow: Infinity, wants: () => true, cell: (_r, _c, c) => values.push(cellRead(c, false)), merge() {} });
        const stream = new XmlStream(handler, "s.xml");
        attach(stream);
        stream.write(new TextEncoder().encode(`<worksheet><sheetData><row r="1"><c r="A1"${type}><v>${text}</v></c></row></sheetData></worksheet>`));
        stream.end();
        const n = Number(text);
        expect(values).toHaveLength(1);
        expect(values[0]).toBe(type !== ' t="s"' && Number.isNaN(n) ? text : n); // toBe is Object.is
      }),
      { numRuns: 500 },
    );
  });
});
