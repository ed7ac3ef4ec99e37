import { createHash } from "node:crypto";
import { sha256Hex } from "../../src/common/sha256";

const nodeSha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

test.each([
  ["empty", ""],
  ["abc", "abc"],
  ["55 bytes (padding fits one block)", "a".repeat(55)],
  ["56 bytes (padding needs a second block)", "a".repeat(56)],
  ["64 bytes", "a".repeat(64)],
  ["multi-byte UTF-8", "翌日披露報表".repeat(40)],
  ["a megabyte over many blocks", Array.from({ length: 40_000 }, (_, i) => `row ${i};`).join("")],
])("sha256Hex equals Node's crypto for %s", async (_name, text) => {
  expect(await sha256Hex(text)).toBe(nodeSha(text));
});
