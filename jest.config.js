/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  // office-addin-mock imports office-addin-manifest only for an enum; its main entry drags in ESM-only packages.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};
