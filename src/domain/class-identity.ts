// The class block every return prints, NDDR and Monthly Return alike: class and type of shares, listing,
// stock codes.
import { finding, type Finding } from "./finding";
import { cellOf, type ShareClass } from "./ledger";
import type { ClassIdentity } from "./return-model";
import { clip, normalizeKey } from "./text-key";

export function classIdentity(cls: ShareClass): ClassIdentity {
  return {
    classKey: cls.key,
    classOfShares: cls.classOfShares,
    typeOfShares: cls.typeOfShares ?? null,
    listed: cls.listed,
    // An unlisted class prints "N/A" (v1.1.0 "Stock code (if listed)").
    stockCode: cls.listed ? (cls.stockCode ?? null) : null,
    description: cls.description,
    multiCounter: cls.multiCounter ? [cls.multiCounter] : [],
  };
}

/** What a reader of the return sees of a class, letter case and spacing aside: its block without the key. */
function printedIdentity(cls: ShareClass): string {
  const { classKey: _key, multiCounter, ...printed } = classIdentity(cls);
  const texts = [...Object.values(printed), ...multiCounter.flatMap((m) => [m.stockCode, m.description])];
  return JSON.stringify(texts.map((t) => (typeof t === "string" ? normalizeKey(t) : t)));
}

/**
 * Two classes (by key) whose blocks print the same — class and type of shares, listing, stock codes,
 * description — cannot be told apart on the return: one class typed twice under two keys, or two classes
 * whose difference the form does not show. A warning at the later class's key; the return is still written.
 */
export function classesTellApart({ classes }: { readonly classes: readonly ShareClass[] }): Finding[] {
  const seen = new Map<string, ShareClass>();
  const out: Finding[] = [];
  for (const cls of classes) {
    const identity = printedIdentity(cls);
    const first = seen.get(identity);
    if (!first) {
      seen.set(identity, cls);
      continue;
    }
    const what = [cls.classOfShares, cls.listed && cls.stockCode ? `stock code ${cls.stockCode}` : "not listed"].join(", ");
    const firstAt = cellOf(first.origin, "key");
    out.push(finding("CLASSES_PRINT_ALIKE", "warning",
      `Class "${clip(cls.key)}" prints the same class block as class "${clip(first.key)}" (${firstAt.sheet}!${firstAt.cell}): ${clip(what, 120)}. The return cannot tell them apart. If they are one class, keep one row; if not, tell them apart in Class of shares, Type of shares or Description.`,
      cellOf(cls.origin, "key"), { related: [firstAt] }));
  }
  return out;
}
