// Class keys as the Monthly Return matches them (the class block itself is ../class-identity.ts).

/** Class keys compare without regard to case, as everywhere in the ledger. */
export const sameKey = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
