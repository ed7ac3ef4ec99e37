// Compares return.txt with a published return extracted from HKEXnews. The reference text carries
// artefacts of its PDF → text conversion (markdown emphasis, list dashes, "--" rule lines, uneven
// blank lines and tabs); those are removed from both sides, every other character must match.
export function comparableLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/\*/g, "")
        .replace(/^\s*-\s+/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line !== "" && !/^[-\s]+$/.test(line));
}
