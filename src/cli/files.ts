// Which files the command line may write: never the workbook it reads (under any name: a symbolic or
// hard link, another letter case on a case-insensitive disk), never a file that is already there for
// `nddr next`, and a next-return copy named with the extension its content needs.
import { existsSync, mkdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { systemReason, whyNotWritable, writeNewFile, type WorkbookFile } from "../adapters/xlsx-patch/workbook-file";
import type { WorkbookKind } from "../adapters/xlsx-patch/workbook-package";
import type { ExportFiles } from "../files/return-files";
import type { Io } from "./io";
import { workbookArgument, type Options } from "./options";
import { replaceOutput, whyNotOurs } from "./output-files";
import type { Outcome } from "../common/outcome";

/** Whether `path` names the workbook itself. A path with nothing there never does. */
export function isTheWorkbook(workbook: WorkbookFile, path: string): boolean {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return false;
  }
  // The same file on the same device, whatever the path, link or letter case that reaches it.
  if (stats.ino !== 0 && stats.ino === workbook.stats.ino && stats.dev === workbook.stats.dev) return true;
  try {
    // Some network and FAT disks report no inode numbers: compare the real paths, letter case aside
    // where the disk ignores it.
    const [a, b] = [realpathSync.native(path), realpathSync.native(workbook.realPath)];
    return a === b || (process.platform !== "linux" && a.toLowerCase() === b.toLowerCase());
  } catch {
    return false;
  }
}

/** The first of the files that is the workbook itself, if any. */
export function clashWithWorkbook(workbook: WorkbookFile, paths: readonly string[]): string | undefined {
  return paths.find((p) => isTheWorkbook(workbook, p));
}

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** Why a copy of a workbook of this kind cannot be named `path`, or undefined. */
export function wrongExtension(path: string, kind: WorkbookKind | undefined): string | undefined {
  if (!kind || extname(path).toLowerCase() === `.${kind}`) return undefined;
  const why = kind === "xlsm" || kind === "xltm" ? "the workbook holds macros" : `the workbook is an .${kind} file`;
  return `--out must end in .${kind}: ${why}, and Excel refuses to open a file whose extension does not match its content`;
}

/** Why `nddr next` may not write its copy to `out` (the workbook itself, or any file already there), or undefined. */
export function outRefusal(workbook: WorkbookFile, out: string): string | undefined {
  if (isTheWorkbook(workbook, out)) return `--out names the workbook itself; nddr next never overwrites it`;
  if (existsSync(out)) return `${out} already exists; nddr next never overwrites a file (choose another --out, or move that file away)`;
  return undefined;
}

export type WrittenCopy = Outcome<{ readonly path: string }>;

/**
 * Writes the next return's copy: to `out` if given (refused if a file is there), else to the first free
 * name among <workbook>-next.<ext>, <workbook>-next-2.<ext>, … beside the workbook. Never overwrites.
 * A copy made by `next` loses its own "-next[-n]" first, so a register's name stays the same length
 * return after return (register-next.xlsx → register-next-2.xlsx, not register-next-next.xlsx).
 */
export function writeNextReturnCopy(workbook: WorkbookFile, out: string | undefined, kind: WorkbookKind | undefined, content: Uint8Array): WrittenCopy {
  if (out !== undefined) {
    const wrong = wrongExtension(out, kind);
    if (wrong) return { ok: false, reason: wrong };
    const refused = outRefusal(workbook, out);
    if (refused) return { ok: false, reason: refused };
    const written = writeNewFile(out, content);
    if (written === "exists") return { ok: false, reason: outRefusal(workbook, out) ?? `${out} appeared meanwhile` };
    return written === true ? { ok: true, path: out } : { ok: false, reason: `cannot write ${out}: ${written}` };
  }
  const base = join(dirname(workbook.path), basename(workbook.path).replace(WORKBOOK_EXTENSION, "").replace(/(.)-next(-(?:[2-9]|[1-9]\d{1,2}))?$/i, "$1"));
  const extension = kind ?? (WORKBOOK_EXTENSION.exec(workbook.path)?.[1].toLowerCase() || "xlsx");
  for (let n = 1; n <= 999; n++) {
    const path = `${base}-next${n === 1 ? "" : `-${n}`}.${extension}`;
    const written = writeNewFile(path, content);
    if (written === true) return { ok: true, path };
    if (written !== "exists") return { ok: false, reason: `cannot write ${path}: ${written}` };
  }
  return { ok: false, reason: `${base}-next.${extension} to ${base}-next-999.${extension} all exist; name the copy with --out` };
}

/**
 * For `generate` and `monthly`: the workbook named on the command line and the --out folder (default
 * ./out) for the return's three files named `names` (json, txt, xlsx); undefined after saying why not —
 * the workbook cannot be read, an output would be the workbook itself, or --log could not update it.
 */
export function workbookAndOutputs(opts: Options, names: readonly [string, string, string], io: Io): { workbook: WorkbookFile; out: string } | undefined {
  const path = opts.positional[0]!;
  const workbook = workbookArgument(path, io);
  if (!workbook) return undefined;
  const out = resolve(opts.flags.get("out") ?? "out");
  const clash = clashWithWorkbook(workbook, names.map((name) => join(out, name)));
  if (clash) {
    io.err(`nddr: ${path} is the workbook being read, and ${clash} would be written or removed: choose another --out folder. Nothing was written.`);
    return undefined;
  }
  const logRefused = opts.flags.has("log") ? whyNotWritable(workbook) : undefined;
  if (logRefused) {
    io.err(`nddr: --log cannot update ${path}: ${logRefused}. Nothing was written.`);
    return undefined;
  }
  return { workbook, out };
}

/**
 * The json, text and workbook of a return; a stale text or workbook from an earlier run is removed when
 * there is none now. Refused, with nothing written, if any of the three names holds a link, a folder or
 * a file nddr did not make (output-files.ts).
 */
export function writeReturnFiles(dir: string, names: readonly [string, string, string], files: ExportFiles, io: Io): boolean {
  const refused = names.map((name) => whyNotOurs(join(dir, name))).find((why) => why !== undefined);
  if (refused) {
    io.err(`nddr: ${refused}. Nothing was written.`);
    return false;
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    io.err(`nddr: cannot write to ${dir}: ${systemReason(e)}.`);
    return false;
  }
  const contents = [files.json, files.text, files.xlsx];
  for (let i = 0; i < names.length; i++) {
    const path = join(dir, names[i]);
    try {
      replaceOutput(path, contents[i]);
    } catch (e) {
      io.err(`nddr: cannot write ${path}: ${systemReason(e)}.`);
      return false;
    }
  }
  return true;
}
