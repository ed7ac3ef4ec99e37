// The entries of a zip file, from its central directory (the local headers only locate the data). An
// .xlsx is a zip; what is not one gets a reason a user can act on. No Node API: this runs in the browser.
import { ReadFailure } from "./limits";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
/** An OLE compound file: Excel's encrypted (password to open) workbooks and old .xls files. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAVE_AS = `Save it from Excel as "Excel Workbook (*.xlsx)"`;

/** Entries by name; throws ReadFailure for anything that is not a readable zip. */
export function zipDirectory(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  if (COMPOUND_FILE.every((b, i) => bytes[i] === b)) {
    throw new ReadFailure(`it is an encrypted (password-protected) workbook or an old .xls file. Remove the password, and save it from Excel as "Excel Workbook (*.xlsx)"`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) throw new ReadFailure(`it is not a readable .xlsx workbook (no zip directory: the file is damaged or of another kind). ${SAVE_AS}`);
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if ((count === 0xffff || at === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const z64 = Number(view.getBigUint64(end - 12, true));
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== ZIP64_END) throw damaged();
    count = Number(view.getBigUint64(z64 + 32, true));
    at = Number(view.getBigUint64(z64 + 48, true));
  }
  if (count > maxEntries) throw new ReadFailure(`it holds ${count.toLocaleString("en")} parts, more than the ${maxEntries.toLocaleString("en")} a workbook this tool reads may have`);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) throw damaged();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    let localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    ({ size, compressedSize, localOffset } = zip64Sizes(view, at + 46 + nameLength, extraLength, { size, compressedSize, localOffset }));
    if (flags & 1) throw new ReadFailure(`its parts are encrypted. Remove the password in Excel (File → Info → Protect Workbook) and save it again`);
    // Names are case-insensitive in a package (OPC); the first of two spellings wins, as in Excel.
    const key = name.toLowerCase();
    if (!name.endsWith("/") && !entries.has(key)) entries.set(key, { name, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Where an entry's compressed data starts, checked against the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY) throw damaged(entry.name);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged(entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

export function damaged(part?: string): ReadFailure {
  const what = part ? `(a part of the file is damaged): ${part}` : "(the zip directory is damaged)";
  return new ReadFailure(`it is not a readable .xlsx workbook ${what}. ${SAVE_AS}`);
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Sizes and offset that did not fit 32 bits are in the ZIP64 extra field (id 1), in this order. */
function zip64Sizes(view: DataView, extra: number, length: number, v: { size: number; compressedSize: number; localOffset: number }) {
  if (v.size !== 0xffffffff && v.compressedSize !== 0xffffffff && v.localOffset !== 0xffffffff) return v;
  for (let at = extra; at + 4 <= extra + length; ) {
    const id = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const next = () => {
        const n = Number(view.getBigUint64(p, true));
        p += 8;
        return n;
      };
      const size = v.size === 0xffffffff ? next() : v.size;
      const compressedSize = v.compressedSize === 0xffffffff ? next() : v.compressedSize;
      const localOffset = v.localOffset === 0xffffffff ? next() : v.localOffset;
      return { size, compressedSize, localOffset };
    }
    at += 4 + len;
  }
  return v;
}
