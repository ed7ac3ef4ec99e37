// Workbooks as other programs write them, made from ours by rewriting their parts — each reproduces a
// fact of files seen in the wild (none of those files is committed): the OpenXML SDK's and ClosedXML's
// prefixed main namespace (<x:worksheet>), openpyxl's absolute part paths in relationships, inline
// strings, a table with a totals row (Excel: Table Design → Total Row), Excel Online's validation over
// the whole sheet (sqref="A1:XFD1048576"), and a formula saved without its result by a program that does
// not calculate.
import JSZip from "jszip";
import { rewriteParts } from "./written-elsewhere";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Every SpreadsheetML part with its main namespace as the prefix `x:`, as the OpenXML SDK writes it. */
export function xPrefixed(bytes: Uint8Array): Promise<Uint8Array> {
  return rewriteParts(bytes, (_path, xml) => {
    if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
    return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s>/])/g, "<$1x:$2");
  });
}

/** Relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"), as openpyxl writes them. */
export function absolutePaths(bytes: Uint8Array): Promise<Uint8Array> {
  return rewriteParts(bytes, (path, xml) => {
    if (!path.endsWith(".rels")) return xml;
    const dir = path.replace(/_rels\/[^/]*$/, "");
    return xml.replace(/<Relationship\b[^>]*>/g, (tag) => (/TargetMode="External"/.test(tag) ? tag : tag.replace(/Target="([^"/][^"]*)"/, (_, target: string) => `Target="/${resolve(dir, target)}"`)));
  });
}

function resolve(dir: string, target: string): string {
  const out: string[] = [];
  for (const p of (dir + target).split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Shared-string cells written as inline strings (<c t="inlineStr"><is><t>…</t></is></c>). */
export async function inlineStrings(bytes: Uint8Array): Promise<Uint8Array> {
  const sst = (await (await JSZip.loadAsync(bytes)).file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const texts = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""));
  return rewriteParts(bytes, (path, xml) => (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)
    ? xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${texts[Number(i)]}</t></is></c>`)
    : xml));
}

/** A validation with an input message over the whole of the sheet in `sheetPart`, as Excel Online saves one. */
export function sheetWideValidation(bytes: Uint8Array, sheetPart: string): Promise<Uint8Array> {
  const rule = '<dataValidation allowBlank="1" showInputMessage="1" promptTitle="Note" prompt="Type the value here" sqref="A1:XFD1048576"/>';
  return rewriteParts(bytes, (path, xml) => {
    if (path !== sheetPart) return xml;
    if (/<dataValidations count="\d+">/.test(xml)) return xml.replace(/<dataValidations count="(\d+)">/, (_, n: string) => `<dataValidations count="${Number(n) + 1}">${rule}`);
    return xml.replace("<pageMargins", `<dataValidations count="1">${rule}</dataValidations><pageMargins`);
  });
}

/** Cell `ref` of the sheet part holding `formula` with no cached value, as a program that does not calculate leaves it. */
export function formulaWithoutResult(bytes: Uint8Array, sheetPart: string, ref: string, formula: string): Promise<Uint8Array> {
  return rewriteParts(bytes, (path, xml) => (path === sheetPart
    ? xml.replace(new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`), `<c r="${ref}"><f>${formula}</f></c>`)
    : xml));
}

/**
 * The table `name` given a totals row under its last row, as Excel's Total Row adds it: "Total" in its
 * first column and SUBTOTAL of column `sumColumn` (1-based) with the result Excel saved.
 */
export async function withTotalsRow(bytes: Uint8Array, name: string, sumColumn: number, sum: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const tablePart = await findPart(zip, /^xl\/tables\/[^/]+\.xml$/, (xml) => xml.includes(`displayName="${name}"`));
  const relsPart = await findPart(zip, /^xl\/worksheets\/_rels\/[^/]+\.rels$/, (xml) => xml.includes(`../tables/${tablePart.split("/").pop()}"`));
  const sheetPart = relsPart.replace("_rels/", "").replace(/\.rels$/, "");
  const tableXml = await zip.file(tablePart)!.async("string");
  const ref = /\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(tableXml)!;
  const row = Number(ref[4]) + 1;
  const columns = [...tableXml.matchAll(/<tableColumn\b[^>]*?name="([^"]*)"/g)].map((m) => m[1]!);
  const letter = String.fromCharCode(64 + sumColumn);
  return rewriteParts(bytes, (path, xml) => {
    if (path === tablePart) {
      let i = 0;
      return xml.replace(/<table\b/, '<table totalsRowCount="1"').replace(/(<table\b[^>]*?\sref=")[^"]*"/, `$1${ref[1]}${ref[2]}:${ref[3]}${row}"`)
        .replace(/<tableColumn\b[^>]*?(\/>|>)/g, (tag) => {
          i++;
          const bare = tag.replace(/\s(totalsRowLabel|totalsRowFunction)="[^"]*"/g, "");
          if (i === 1) return bare.replace("<tableColumn", '<tableColumn totalsRowLabel="Total"');
          if (i === sumColumn) return bare.replace("<tableColumn", '<tableColumn totalsRowFunction="sum"');
          return bare;
        });
    }
    if (path !== sheetPart) return xml;
    const cells = `<c r="A${row}" t="inlineStr"><is><t>Total</t></is></c><c r="${letter}${row}"><f>SUBTOTAL(109,${name}[${columns[sumColumn - 1]}])</f><v>${sum}</v></c>`;
    const existing = new RegExp(`<row r="${row}"[^>]*?(/>|>[\\s\\S]*?</row>)`);
    if (existing.test(xml)) return xml.replace(existing, `<row r="${row}">${cells}</row>`);
    return xml.replace("</sheetData>", `<row r="${row}">${cells}</row></sheetData>`);
  });
}

async function findPart(zip: JSZip, path: RegExp, test: (xml: string) => boolean): Promise<string> {
  for (const p of Object.keys(zip.files).filter((x) => path.test(x))) if (test(await zip.file(p)!.async("string"))) return p;
  throw new Error(`no part ${path} matches`);
}
