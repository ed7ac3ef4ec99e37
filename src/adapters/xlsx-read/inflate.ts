// A zip part's content, inflated piece by piece and handed to a consumer that may stop early: memory
// stays at a few chunks whatever the part's size. The platform's DecompressionStream ("deflate-raw":
// Node ≥ 20.12 and every current browser) is native, and in Node it inflates on another thread while
// the XML is parsed; fflate (pure JavaScript) serves where it is missing, and where the caller cannot
// wait (the simulated Excel reads a sheet inside a sync's command). Measured in docs/decisions.md.
import { Inflate } from "fflate";
import { ReadFailure } from "./limits";
import { damaged, entryData, type ZipEntry } from "./zip-directory";

/** Takes the next piece of the part; returns false when it needs no more. */
export type ChunkConsumer = (chunk: Uint8Array) => boolean;

export type Inflater = (compressed: Uint8Array, consume: ChunkConsumer) => Promise<void>;

const SLICE = 64 * 1024;

/** Streams one part's bytes to `consume`; refuses a part that inflates past `maxBytes` or its declared size. */
export async function streamPart(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, consume: ChunkConsumer, inflater: Inflater = defaultInflater()): Promise<void> {
  const part = new CheckedPart(bytes, entry, maxBytes, consume);
  if (part.stored()) return;
  try {
    await inflater(part.data, part.counted);
  } catch {
    part.failed();
  }
  part.finished();
}

/** streamPart without waiting: fflate on this thread. */
export function streamPartSync(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, consume: ChunkConsumer): void {
  const part = new CheckedPart(bytes, entry, maxBytes, consume);
  if (part.stored()) return;
  try {
    inflateSync(part.data, part.counted);
  } catch {
    part.failed();
  }
  part.finished();
}

/** One part's bytes and the checks on what inflating them gives, shared by both ways of inflating. */
class CheckedPart {
  readonly data: Uint8Array;
  private total = 0;
  private stopped = false;
  // The consumer's own failures (an XML error, a limit) pass through; only the inflater's mean damage.
  private consumerError: unknown;

  constructor(bytes: Uint8Array, private readonly entry: ZipEntry, private readonly maxBytes: number, private readonly consume: ChunkConsumer) {
    if (entry.size > maxBytes) throw tooLarge(entry, entry.size, maxBytes);
    this.data = entryData(bytes, entry);
  }

  readonly counted: ChunkConsumer = (chunk) => {
    try {
      this.total += chunk.length;
      // A declared size is a claim; a part that inflates past it (or past the cap) is damaged or a zip bomb.
      if (this.total > this.entry.size) throw this.total > this.maxBytes ? tooLarge(this.entry, this.total, this.maxBytes) : damaged(this.entry.name);
      this.stopped = !this.consume(chunk);
      return !this.stopped;
    } catch (e) {
      this.consumerError = e;
      throw e;
    }
  };

  /** Passes a stored (uncompressed) part on; true when it was one. */
  stored(): boolean {
    const { entry, data } = this;
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += SLICE) if (!this.counted(data.subarray(at, at + SLICE))) break;
      return true;
    }
    if (entry.method !== 8) throw new ReadFailure(`its part ${entry.name} is compressed in a way Excel does not use (method ${entry.method}). Save it from Excel as "Excel Workbook (*.xlsx)"`);
    return false;
  }

  failed(): never {
    throw this.consumerError ?? damaged(this.entry.name);
  }

  finished(): void {
    if (!this.stopped && this.total !== this.entry.size) throw damaged(this.entry.name);
  }
}

function tooLarge(entry: ZipEntry, size: number, max: number): ReadFailure {
  return new ReadFailure(`its part ${entry.name} holds ${mb(size)} of XML, more than the ${mb(max)} this tool reads in one part`);
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024).toLocaleString("en")} MB`;

let platformSupport: boolean | undefined;

/** DecompressionStream where the platform has "deflate-raw", else fflate. */
export function defaultInflater(): Inflater {
  platformSupport ??= supportsDeflateRaw();
  return platformSupport ? streamInflater : fflateInflater;
}

function supportsDeflateRaw(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

export const streamInflater: Inflater = async (compressed, consume) => {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written in slices as the reader asks, so a large part is not inflated ahead all at once.
  const writing = (async () => {
    for (let at = 0; at < compressed.length; at += SLICE) {
      await writer.ready;
      await writer.write(compressed.subarray(at, at + SLICE) as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  })();
  writing.catch(() => {});
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!consume(value)) {
      await reader.cancel().catch(() => {});
      return;
    }
  }
  await writing;
};

export const fflateInflater: Inflater = async (compressed, consume) => inflateSync(compressed, consume);

function inflateSync(compressed: Uint8Array, consume: ChunkConsumer): void {
  let wanted = true;
  const inflate = new Inflate((chunk) => {
    if (wanted) wanted = consume(chunk);
  });
  for (let at = 0; at < compressed.length && wanted; at += SLICE) inflate.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length);
}
