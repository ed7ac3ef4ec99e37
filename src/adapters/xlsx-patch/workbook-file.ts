// The user's workbook file, read once (every command reads it here) and replaced only if nothing else
// touched it meanwhile: `nddr file` and `--log` mark a return as filed in it. Node only.
import {
  closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, linkSync, openSync, readFileSync, readSync, realpathSync,
  renameSync, rmSync, statSync, accessSync, writeSync, copyFileSync, existsSync, type Stats,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import type { Outcome } from "../../common/outcome";

/** What the file was when it was read: replacing it is refused if any of this changed. */
export interface WorkbookFile {
  /** As the user named it. */
  readonly path: string;
  /** The file itself, symbolic links followed: the one that is replaced (a link stays a link). */
  readonly realPath: string;
  readonly bytes: Uint8Array;
  readonly stats: Pick<Stats, "size" | "mtimeMs" | "ino" | "dev" | "mode" | "uid" | "gid" | "nlink">;
}

/** The largest workbook file read: one Node buffer. */
export const MAX_FILE_BYTES = 2 ** 31 - 1;

/** The file's bytes and what it was when read, or why it cannot be read, in words. */
export function readWorkbookFile(path: string): Outcome<{ workbook: WorkbookFile }> {
  let fd: number | undefined;
  try {
    const realPath = realpathSync(path);
    fd = openSync(realPath, "r");
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, reason: "it is a folder, not a workbook file" };
    // Node holds at most 2 GiB in one buffer; Excel's own files stay far below it.
    if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: `it is ${(stats.size / 1024 ** 3).toFixed(1)} GB, more than the 2 GB a workbook nddr reads may be` };
    const bytes = readAll(fd, stats.size);
    return { ok: true, workbook: { path, realPath, bytes, stats } };
  } catch (e) {
    return { ok: false, reason: systemReason(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readAll(fd: number, size: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  // Read to the end rather than trusting the size: a file still being written must not pass as whole.
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(65_536, size - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** Why the workbook must not be replaced now (read-only, open in Excel or LibreOffice), or undefined. */
export function whyNotWritable(file: WorkbookFile): string | undefined {
  if ((file.stats.mode & 0o222) === 0) return `it is read-only; nddr does not replace a read-only workbook (make it writable, then run again)`;
  // The workbook is replaced by a new file: its other names (hard links) would keep the old one (QA 10b, F4).
  if (file.stats.nlink > 1) return `it has ${file.stats.nlink} names (hard links), and replacing it would leave the others as they were; run nddr on a copy of its own`;
  try {
    accessSync(file.realPath, constants.W_OK);
    accessSync(dirname(file.realPath), constants.W_OK);
  } catch {
    return `you may not write it or its folder (permission denied)`;
  }
  const dir = dirname(file.realPath);
  const name = basename(file.realPath);
  // Excel keeps "~$name" beside a workbook it has open, LibreOffice ".~lock.name#": their next save would
  // overwrite ours, or ours theirs.
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    if (existsSync(join(dir, lock))) return `it is open in Excel or LibreOffice (${lock} is beside it); close it and run again (if it is not open, delete ${lock})`;
  }
  return undefined;
}

/** Why the file on disk is no longer the one read, or undefined. */
function whyChanged(file: WorkbookFile): string | undefined {
  const now = statSync(file.realPath);
  const was = file.stats;
  const changed = now.ino !== was.ino || now.dev !== was.dev || now.size !== was.size || now.mtimeMs !== was.mtimeMs
    || !Buffer.from(readFileSync(file.realPath)).equals(Buffer.from(file.bytes));
  return changed ? `it changed since nddr read it (saved in Excel meanwhile?); nothing was replaced, run again to include that save` : undefined;
}

/**
 * Replaces the workbook with `content`: checked writable and unchanged since it was read, written to a
 * temporary file in the same folder with the same mode (and owner, where allowed), flushed to disk, then
 * renamed over the real file in one step. Or why not (the workbook then is as it was).
 */
export function replaceWorkbookFile(file: WorkbookFile, content: Uint8Array): Outcome {
  const refused = whyNotWritable(file);
  if (refused) return { ok: false, reason: refused };
  const temp = join(dirname(file.realPath), `.~nddr-${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeDurably(temp, content, file.stats);
    const changed = whyChanged(file);
    if (changed) {
      rmSync(temp, { force: true });
      return { ok: false, reason: changed };
    }
    renameSync(temp, file.realPath);
    syncFolder(dirname(file.realPath));
    return { ok: true };
  } catch (e) {
    rmSync(temp, { force: true });
    return { ok: false, reason: systemReason(e) };
  }
}

/** Writes a new file (never an existing one), flushed to disk; with `like`, its mode and owner. */
function writeDurably(path: string, content: Uint8Array, like?: Pick<Stats, "mode" | "uid" | "gid">): void {
  const fd = openSync(path, "wx", like ? like.mode & 0o777 : 0o666);
  try {
    if (like) {
      fchmodSync(fd, like.mode & 0o7777); // the umask would otherwise loosen or tighten it
      try {
        fchownSync(fd, like.uid, like.gid);
      } catch {
        // Only the owner's own files can be given away; the file stays ours then.
      }
    }
    let written = 0;
    while (written < content.length) written += writeSync(fd, content, written, content.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder to flush it; the rename is durable there anyway.
  }
}

/**
 * Writes `content` to `path` only if no file is there: written in full beside it first, then linked into
 * place, which fails if a file appeared meanwhile. "exists" when the name is taken.
 */
export function writeNewFile(path: string, content: Uint8Array): true | "exists" | string {
  if (existsSync(path)) return "exists";
  const temp = join(dirname(path), `.~nddr-${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeDurably(temp, content);
    try {
      linkSync(temp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return "exists";
      // File systems without hard links (FAT, some network shares): an exclusive copy instead.
      copyFileSync(temp, path, constants.COPYFILE_EXCL);
    }
    syncFolder(dirname(path));
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EEXIST" ? "exists" : systemReason(e);
  } finally {
    rmSync(temp, { force: true });
  }
}

export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EBUSY") return "it is in use by another program (open in Excel?)";
  if (code === "EEXIST" || code === "ENOTDIR") return "a file is in the way where a folder is needed";
  if (code === "EISDIR") return "a folder is in the way where a file is needed";
  if (code === "ENOSPC") return "the disk is full";
  if (code === "EROFS") return "it is on a read-only disk";
  return e instanceof Error ? e.message : String(e);
}
