// The return's files in --out: written or removed only where nddr made what is there. A name held by a
// link, a folder or a file of the user's is refused before anything is written, and a file is always
// replaced by renaming a new one over its name, so nothing is ever written through a link (a hard link's
// other names keep their content).
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { unzipSync, strFromU8 } from "fflate";
import { PRODUCT } from "../common/product";

/** Why nddr may not write or remove `path` (a link, a folder, a file it did not make), or undefined. */
export function whyNotOurs(path: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined; // nothing there: the name is free
  }
  const name = basename(path);
  if (stats.isSymbolicLink()) return `${path} is a link; nddr never writes through a link (remove it, or choose another --out)`;
  if (!stats.isFile()) return `cannot write ${path}: ${stats.isDirectory() ? "a folder is in the way where a file is needed" : "it is not a file"}`;
  if (madeByNddr(path, name)) return undefined;
  return `${path} was not made by nddr; nddr never writes over or removes a file it did not make (move it away, or choose another --out)`;
}

/**
 * Whether the file's content says nddr wrote it: the provenance every export carries — `generator` in
 * the .json, the last line of the .txt, the creator of the .xlsx. Anything unreadable is not ours.
 */
function madeByNddr(path: string, name: string): boolean {
  try {
    if (name.endsWith(".json")) {
      const parsed = JSON.parse(readFileSync(path, "utf8")) as { generator?: { name?: unknown } };
      return parsed?.generator?.name === PRODUCT.name;
    }
    if (name.endsWith(".txt")) {
      const lines = readTail(path, 4096).trimEnd().split("\n");
      const last = lines[lines.length - 1] ?? "";
      return last.includes(`${PRODUCT.name} `) && /\(FF30[15], /.test(last);
    }
    if (name.endsWith(".xlsx")) {
      const core = unzipSync(new Uint8Array(readFileSync(path)), { filter: (f) => f.name === "docProps/core.xml" })["docProps/core.xml"];
      return core !== undefined && /<dc:creator>nddr<\/dc:creator>/.test(strFromU8(core));
    }
  } catch {
    return false;
  }
  return false;
}

function readTail(path: string, bytes: number): string {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const start = Math.max(0, size - bytes);
    const buf = Buffer.alloc(size - start);
    const n = readSync(fd, buf, 0, buf.length, start);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `content` under `path` by renaming a new file over the name (a link at the name is replaced,
 * never followed), or removes the file when `content` is undefined. The caller has checked whyNotOurs.
 */
export function replaceOutput(path: string, content: string | Uint8Array | undefined): void {
  if (content === undefined) {
    rmSync(path, { force: true });
    return;
  }
  const temp = join(dirname(path), `.~nddr-${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
