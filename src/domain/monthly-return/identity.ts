// The class block every part of the form prints: class and type of shares, listing, stock codes.
import type { ShareClass } from "../ledger";
import type { ClassIdentity } from "./model";

export function classIdentity(cls: ShareClass): ClassIdentity {
  return {
    classKey: cls.key,
    classOfShares: cls.classOfShares,
    typeOfShares: cls.typeOfShares ?? null,
    listed: cls.listed,
    // As on the NDDR: an unlisted class prints "N/A" (v1.1.0 "Stock code (if listed)").
    stockCode: cls.listed ? (cls.stockCode ?? null) : null,
    description: cls.description,
    multiCounter: cls.multiCounter ? [cls.multiCounter] : [],
  };
}

/** Class keys compare without regard to case, as everywhere in the ledger. */
export const sameKey = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
