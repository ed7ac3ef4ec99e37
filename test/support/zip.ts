// A small zip reader for tests (no dependency): entry names, DOS dates and inflated contents, read
// through the central directory.
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** Raw DOS date and time fields of the central and the local header. */
  readonly dos: { readonly central: [number, number]; readonly local: [number, number] };
  readonly content: string;
}

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    entries.push({
      name,
      dos: { central: [buf.readUInt16LE(at + 14), buf.readUInt16LE(at + 12)], local: [buf.readUInt16LE(local + 12), buf.readUInt16LE(local + 10)] },
      content: (method === 8 ? inflateRawSync(raw) : raw).toString("utf8"),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Name → content, for comparing two packages entry by entry. */
export function unzipEntries(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(readZip(bytes).map((e) => [e.name, e.content]));
}
