// The command line's Io for tests: what it prints, collected; today and now fixed.
import type { Io } from "../../src/cli/main";
import type { IsoDate } from "../../src/domain/dates";

export interface Captured extends Io {
  readonly lines: string[];
  text(): string;
}

export function capture(today = "2024-12-18", now = "2024-12-18T08:01:02+08:00"): Captured {
  const lines: string[] = [];
  return {
    lines,
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
    today: () => today as IsoDate,
    now: () => now,
    text: () => lines.join("\n"),
  };
}
