// The command line's inflater (node's zlib behind the reader's Inflater interface) reads what the
// platform's does, and a damaged part is still a refusal, never an uncaught error from a zlib callback.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { streamInflater } from "../../../src/adapters/xlsx-read/inflate";
import { readXlsxTables } from "../../../src/adapters/xlsx-read/read-xlsx-tables";
import { entryData, zipDirectory } from "../../../src/adapters/xlsx-read/zip-directory";
import { nodeInflater } from "../../../src/cli/node-inflate";
import { isContractOrNearName } from "../../../src/contract/table-names";
import { handPackage } from "../../support/xlsx-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function reason(bytes: Uint8Array): Promise<string> {
  const r = await readXlsxTables(bytes, () => true, { inflater: nodeInflater });
  if (r.ok) throw new Error("read, but should not have been");
  return r.reason;
}

describe("node's zlib as the reader's inflater", () => {
  it.each(["sensetime-2024-12-18.xlsx", "tencent-2025-06-13.xlsx"])("reads the same tables as the platform's inflater from %s", async (file) => {
    const bytes = readFileSync(join(__dirname, "../../../examples", file));
    const platform = await readXlsxTables(bytes, isContractOrNearName, { inflater: streamInflater });
    const node = await readXlsxTables(bytes, isContractOrNearName, { inflater: nodeInflater });
    expect(platform.ok).toBe(true);
    expect(node).toEqual(platform);
  });

  it("refuses a part whose compressed bytes are damaged", async () => {
    const bytes = handPackage({ rows: `<row r="2"><c r="B2"><v>1</v></c></row>` });
    const entry = zipDirectory(bytes, 100).get("xl/worksheets/sheet1.xml")!;
    const data = entryData(bytes, entry);
    data.fill(0xff, 0, Math.min(8, data.length));
    expect(await reason(bytes)).toMatch(/damaged\): xl\/worksheets\/sheet1.xml/);
  });

  it("passes the XML's own failure on (a part cut short)", async () => {
    const bytes = handPackage({ rows: "", parts: [{ name: "xl/worksheets/sheet1.xml", content: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v>` }] });
    expect(await reason(bytes)).toMatch(/a part of the file is damaged\): xl\/worksheets\/sheet1.xml/);
  });

  it("refuses a part that inflates beyond its declared size", async () => {
    const bytes = handPackage({ rows: `<row r="2"><c r="B2"><v>1</v></c></row>` });
    const text = new TextDecoder("latin1").decode(bytes);
    new DataView(bytes.buffer).setUint32(text.lastIndexOf("xl/worksheets/sheet1.xml") - 46 + 24, 10, true);
    expect(await reason(bytes)).toMatch(/damaged\): xl\/worksheets\/sheet1.xml/);
  });

  describe("inflating ahead of the parser", () => {
    // 6 MB of XML-like text that compresses well: ~100 pieces of 64 kB, far more than are kept ahead.
    const plain = new TextEncoder().encode(Array.from({ length: 120_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`).join(""));
    const compressed = deflateRawSync(plain);

    it("hands over every byte, in order", async () => {
      const pieces: Uint8Array[] = [];
      await nodeInflater(compressed, (chunk) => (pieces.push(Uint8Array.from(chunk)), true));
      expect(Buffer.concat(pieces).equals(inflateRawSync(compressed))).toBe(true);
    });

    it("stops at the first piece the parser declines", async () => {
      let calls = 0;
      await nodeInflater(compressed, () => (calls++, calls < 3));
      await new Promise((r) => setTimeout(r, 20));
      expect(calls).toBe(3);
    });

    it("rejects with the parser's own failure and reads no further", async () => {
      let calls = 0;
      const failure = new Error("the parser's");
      await expect(nodeInflater(compressed, () => {
        if (++calls === 2) throw failure;
        return true;
      })).rejects.toBe(failure);
      await new Promise((r) => setTimeout(r, 20));
      expect(calls).toBe(2);
    });
  });
});
