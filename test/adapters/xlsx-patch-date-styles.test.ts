// How a date written by the patcher picks its cell style (styles-xml.ts): as Excel formats a typed date.
import { dateStyles, verifyStylesEdit } from "../../src/adapters/xlsx-patch/styles-xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const styles = (numFmts: string) =>
  `<styleSheet xmlns="${NS}">${numFmts}<fonts count="1"><font/></fonts>`
  + `<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/>`
  + `<xf numFmtId="49" fontId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0"><alignment horizontal="left"/></xf></cellXfs></styleSheet>`;

test("a cell already formatted as a date keeps its style", () => {
  expect(dateStyles(styles("")).styleFor("1")).toBe("1");
});

test("a text-formatted cell keeps the date as text, as Excel does", () => {
  expect(dateStyles(styles("")).styleFor("2")).toBe("text");
});

test("a General cell gets a new style: its own with the format yyyy-mm-dd, added once", () => {
  const d = dateStyles(styles(""));
  expect(d.styleFor(undefined)).toBe("4");
  expect(d.styleFor("0")).toBe("4");
  const after = d.edited()!;
  expect(after).toContain(`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`);
  expect(after).toContain(`<cellXfs count="5">`);
  expect(verifyStylesEdit(styles(""), after)).toBeUndefined();
});

test("a number cell's alignment is kept in its date copy, and an existing yyyy-mm-dd format is reused", () => {
  const before = styles(`<numFmts count="1"><numFmt numFmtId="170" formatCode="YYYY-MM-DD"/></numFmts>`);
  const d = dateStyles(before);
  expect(d.styleFor("3")).toBe("4");
  const after = d.edited()!;
  expect(after).toContain(`<xf numFmtId="170" fontId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf></cellXfs>`);
  expect(verifyStylesEdit(before, after)).toBeUndefined();
});

test("a custom date format counts as a date; a quoted word with a d in it does not", () => {
  const before = styles(`<numFmts count="2"><numFmt numFmtId="165" formatCode="d mmm yyyy"/><numFmt numFmtId="166" formatCode="#,##0 &quot;shares held&quot;"/></numFmts>`)
    .replace(`<xf numFmtId="3" fontId="0">`, `<xf numFmtId="165" fontId="0">`).replace(`<xf numFmtId="0" fontId="0"/>`, `<xf numFmtId="166" fontId="0"/>`);
  const d = dateStyles(before);
  expect(d.styleFor("3")).toBe("3");
  expect(d.styleFor("0")).toBe("4");
});

test("verifying catches a style that changed, not only added ones", () => {
  const d = dateStyles(styles(""));
  d.styleFor(undefined);
  const tampered = d.edited()!.replace(`<xf numFmtId="14"`, `<xf numFmtId="15"`);
  expect(verifyStylesEdit(styles(""), tampered)).toMatch(/changed/);
});
