// Name and version of this product, stamped into every export. A test keeps it equal to package.json
// (importing package.json would ship the whole file in the add-in bundle).
export const PRODUCT = { name: "nddr-excel-addin", version: "0.1.0" } as const;
