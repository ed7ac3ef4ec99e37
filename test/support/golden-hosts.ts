// One golden case (test/golden/<case>/) through every host, each once, in process: `nddr generate` (or
// `nddr monthly`), the add-in's own Generate return (or Monthly return) on the simulated Excel on the
// web and on Windows, and the preview's port (src/preview/preview-port.ts, the code preview.html runs,
// reading the picked file with the same exceljs-free reader). Each host's result is put in the command
// line's words: exit 0 written, 1 errors found, 2 unreadable.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GOLDEN_DIR, type GoldenCase } from "./golden-cases";
import { addinRun, cliRun, type HostRun, type ParityOptions } from "./parity";
import { previewPort } from "../../src/preview/preview-port";
import type { PlatformName } from "../../src/simulated-excel/platforms";

export const HOSTS = ["command line", "add-in on Excel on the web", "add-in on Excel on Windows", "preview"] as const;
export type HostName = (typeof HOSTS)[number];

export interface EveryHost {
  readonly runs: Readonly<Record<HostName, HostRun>>;
  done(): void;
}

/** Noon in Hong Kong on `today`: the day the preview's clock says it is. */
const noonInHongKong = (today: string) => new Date(`${today}T12:00:00+08:00`);

/** The preview's Generate return (or Monthly return) on the case's input, as preview.html runs it. */
export async function previewRun(c: GoldenCase): Promise<HostRun> {
  const bytes = c.input.buffer.slice(c.input.byteOffset, c.input.byteOffset + c.input.byteLength) as ArrayBuffer;
  const port = previewPort(() => ({ name: "input.xlsx", bytes: Promise.resolve(bytes) }));
  const now = noonInHongKong(c.spec.today);
  const outcome = c.spec.month ? await port.generateMonthly(now, c.spec.month, "en") : await port.generate(now, "en");
  if (!outcome.ok) return { code: 2, stderr: outcome.reason };
  const { json, text } = outcome.prepared;
  return { code: text === undefined ? 1 : 0, json: JSON.parse(json), text, stderr: outcome.summary };
}

export async function everyHost(c: GoldenCase): Promise<EveryHost> {
  const dir = mkdtempSync(join(tmpdir(), "nddr-golden-hosts-"));
  const file = join(GOLDEN_DIR, c.name, "input.xlsx");
  const options: ParityOptions = { today: c.spec.today, month: c.spec.month };
  const addin = (platform: PlatformName) => addinRun(file, join(dir, platform), { ...options, platform });
  const runs: Record<HostName, HostRun> = {
    "command line": await cliRun(file, join(dir, "cli"), options),
    "add-in on Excel on the web": await addin("web"),
    "add-in on Excel on Windows": await addin("windows"),
    preview: await previewRun(c),
  };
  return { runs, done: () => rmSync(dir, { recursive: true, force: true }) };
}
