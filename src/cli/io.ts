// What the command line prints to and reads the clock from: the process, or a test's capture.
import type { IsoDate } from "../domain/dates";
import { hongKongInstant, hongKongToday } from "../common/hk-clock";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today's date in Hong Kong. */
  today(): IsoDate;
  /** Now in Hong Kong, e.g. "2024-12-18T07:55:12+08:00" (for NDDR_Log). */
  now?(): string;
}

/**
 * Writes a line to stdout or stderr. Their text is a courtesy: the files and the exit code are the result,
 * so a reader that closed the pipe (`| head`) or a full disk neither crashes the run nor changes its exit.
 */
function writeLine(stream: NodeJS.WriteStream, text: string): void {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on("error", () => {});
  }
  try {
    stream.write(text + "\n");
  } catch {
    // A file on a full disk fails at once rather than through the "error" event: ignored alike.
  }
}
const guarded = new WeakSet<NodeJS.WriteStream>();

export const processIo: Io = {
  out: (t) => writeLine(process.stdout, t),
  err: (t) => writeLine(process.stderr, t),
  today: () => hongKongToday(new Date()),
  now: () => hongKongInstant(new Date()),
};
