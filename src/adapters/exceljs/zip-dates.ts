// exceljs zips return.xlsx with JSZip, which stamps every entry with the time of writing. Setting all
// entry dates to one given date makes the same return give the same bytes. Walks the central directory
// from the end record (ZIP APPNOTE 4.3.12, 4.3.16) and rewrites the DOS date and time of each entry in
// both its central and its local header; anything unexpected leaves the bytes as they were.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function setZipEntryDates(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const time = 0; // midnight: the date is what matters
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (let i = 0; i < entries; i++) {
    if (at + 46 > out.length || view.getUint32(at, true) !== CENTRAL_HEADER) return zip;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > out.length || view.getUint32(local, true) !== LOCAL_HEADER) return zip;
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes. */
function findEndRecord(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}
