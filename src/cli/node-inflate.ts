// The command line's inflater: node's zlib, on its thread pool while the XML is parsed, in 64 kB
// pieces. Behind the reader's Inflater interface, so the reader itself stays free of Node (the preview
// runs it in the browser with DecompressionStream). Measured against DecompressionStream in
// docs/decisions.md ("Reading workbooks"): about half the time for the same bytes.
import { createInflateRaw } from "node:zlib";
import type { Inflater } from "../adapters/xlsx-read/inflate";

export const nodeInflater: Inflater = (compressed, consume) =>
  new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      if (error === undefined) resolve();
      else reject(error);
    };
    inflate.on("data", (chunk: Buffer) => {
      if (settled) return;
      // The consumer's failure (an XML error, a limit) ends the stream here, not as an uncaught error.
      try {
        if (!consume(chunk)) finish();
      } catch (e) {
        finish(e);
      }
    });
    inflate.on("end", () => finish());
    inflate.on("error", (e) => finish(e));
    inflate.end(compressed);
  });
