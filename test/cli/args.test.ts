// The command line's arguments through node:util parseArgs, with nddr's own messages.
import { parseOptions } from "../../src/cli/args";

const parse = (args: string[]) => {
  const parsed = parseOptions(args, ["out", "lang"], ["log"]);
  return parsed.ok ? parsed.options : parsed.reason;
};

test("values given as --name value and --name=value, switches as yes, paths as positionals", () => {
  const opts = parse(["wb.xlsx", "--out", "dir", "--lang=zh-HK", "--log"]);
  expect(opts).toEqual({ positional: ["wb.xlsx"], flags: new Map([["out", "dir"], ["lang", "zh-HK"], ["log", "yes"]]) });
});

test("an unknown option is named", () => {
  expect(parse(["wb.xlsx", "--output", "dir"])).toBe("Unknown option --output.");
});

test("an option without its value, or with an empty one, needs a value", () => {
  expect(parse(["wb.xlsx", "--out"])).toBe("Option --out needs a value.");
  expect(parse(["wb.xlsx", "--out="])).toBe("Option --out needs a value.");
  expect(parse(["wb.xlsx", "--out", " "])).toBe("Option --out needs a value.");
});

test("a switch given a value is not an option nddr knows", () => {
  expect(parse(["wb.xlsx", "--log=yes"])).toBe("Unknown option --log.");
});
