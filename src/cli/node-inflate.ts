// The command line's inflater: node's zlib on its thread pool, in 64 kB pieces, running ahead of the
// XML parser. Behind the reader's Inflater interface, so the reader itself stays free of Node (the
// preview runs it in the browser with DecompressionStream). Measured against DecompressionStream in
// docs/decisions.md ("Reading workbooks"): about half the time for the same bytes.
import { createInflateRaw } from "node:zlib";
import type { Inflater } from "../adapters/xlsx-read/inflate";

/**
 * Pieces inflated but not yet parsed, at most (1 MB): enough for zlib to work on the next piece while
 * the parser reads this one, instead of each waiting for the other; the memory stays bounded.
 */
const AHEAD = 16;

export const nodeInflater: Inflater = (compressed, consume) =>
  new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    const queue: Buffer[] = [];
    let ended = false;
    // zlib's error waits behind the pieces inflated before it, so the parser's own finding comes first as it did.
    let failure: unknown;
    let scheduled = false;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      if (error === undefined) resolve();
      else reject(error);
    };
    // One piece per turn of the event loop, so that zlib's callbacks (the next piece) run in between.
    const parseNext = () => {
      scheduled = false;
      if (settled) return;
      const chunk = queue.shift();
      if (chunk !== undefined) {
        // The consumer's failure (an XML error, a limit) ends the stream here, not as an uncaught error.
        try {
          if (!consume(chunk)) return finish();
        } catch (e) {
          return finish(e);
        }
      }
      if (queue.length > 0) schedule();
      else if (failure !== undefined) finish(failure);
      else if (ended) finish();
      if (queue.length < AHEAD && inflate.isPaused()) inflate.resume();
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(parseNext);
    };
    inflate.on("data", (chunk: Buffer) => {
      queue.push(chunk);
      if (queue.length >= AHEAD) inflate.pause();
      schedule();
    });
    inflate.on("end", () => {
      ended = true;
      schedule();
    });
    inflate.on("error", (e) => {
      failure = e;
      schedule();
    });
    inflate.end(compressed);
  });
