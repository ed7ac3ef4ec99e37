// A command's arguments, read by node:util's parseArgs: `--name value`, `--name=value` and the bare
// `--switch`es, with the workbook and other paths as positionals. Its errors are reworded in nddr's own
// style ("Unknown option --x.", "Option --x needs a value.").
import { parseArgs } from "node:util";
import type { Outcome } from "../common/outcome";

export interface Options {
  positional: string[];
  flags: Map<string, string>;
}

/** The parsed arguments, or a message saying which option is wrong. */
export function parseOptions(args: readonly string[], known: readonly string[], switches: readonly string[] = []): Outcome<{ options: Options }> {
  const options = Object.fromEntries([
    ...known.map((name) => [name, { type: "string" as const }]),
    ...switches.map((name) => [name, { type: "boolean" as const }]),
  ]);
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, reason: reworded(e, switches) };
  }
  const flags = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === "boolean") {
      if (value) flags.set(name, "yes");
      continue;
    }
    // An empty value (--out=) would quietly mean the current folder.
    if (typeof value !== "string" || value.trim() === "") return { ok: false, reason: `Option --${name} needs a value.` };
    flags.set(name, value);
  }
  return { ok: true, options: { positional: parsed.positionals, flags } };
}

function reworded(e: unknown, switches: readonly string[]): string {
  const code = (e as NodeJS.ErrnoException).code;
  const message = e instanceof Error ? e.message : String(e);
  const named = /'(-{1,2}[^' ]*)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Unknown option ${named}.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // A switch given a value (--log=yes) is not an option nddr knows.
    if (switches.includes(named.replace(/^--/, ""))) return `Unknown option ${named}.`;
    return `Option ${named} needs a value.`;
  }
  return message;
}
