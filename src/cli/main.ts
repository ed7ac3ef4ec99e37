// The command line: `nddr generate`, `nddr monthly`, `nddr file`, `nddr next` and `nddr template`, one
// file each in commands/. Exit 0: written (warnings allowed); 1: errors found, the .json holds them;
// 2: usage or unreadable file.
import { processIo, type Io } from "./io";
import { USAGE } from "./usage";

export { processIo, type Io } from "./io";

type Command = (args: readonly string[], io: Io) => Promise<number>;

// Each command's module is loaded when it runs, so a process loads only what its command needs
// (`--help` nothing, `generate` no exceljs until it writes return.xlsx, `template` all of exceljs).
const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import("./commands/generate")).generateCommand,
  monthly: async () => (await import("./commands/monthly")).monthlyCommand,
  file: async () => (await import("./commands/file")).fileCommand,
  template: async () => (await import("./commands/template")).templateCommand,
  next: async () => (await import("./commands/next")).nextCommand,
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const load = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (load) return await (await load())(rest, io);
    if (command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return 0;
    }
    io.err(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
    return 2;
  } catch (e) {
    // A bug of ours, not the user's: say so without a stack trace (NDDR_DEBUG=1 shows it).
    io.err(`nddr: internal error: ${e instanceof Error ? e.message : String(e)}. Please report it with the workbook.`);
    if (process.env.NDDR_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
    return 2;
  }
}
