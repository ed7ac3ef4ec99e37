// The class block every return prints, NDDR and Monthly Return alike: class and type of shares, listing,
// stock codes.
import type { ShareClass } from "./ledger";
import type { ClassIdentity } from "./return-model";

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
