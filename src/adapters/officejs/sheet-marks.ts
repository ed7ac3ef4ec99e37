// Which sheets the add-in may write. A sheet we create carries a worksheet-scoped defined name
// (ExcelApi 1.4, unlike worksheet custom properties which need 1.12); a sheet without it is the
// user's, and we never write, rename or delete it. A same-named user sheet sends us to "Name (2)".

/** The worksheet-scoped name that marks a sheet as made by this add-in. */
export const MARK_NAME = "NDDR_Generated";
export const MARK_FORMULA = "=TRUE";
export const MARK_COMMENT = "Made by the NDDR add-in, which may replace this sheet. Delete this name to keep the sheet as your own.";

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

export interface SheetInfo {
  readonly name: string;
  /** Carries MARK_NAME. */
  readonly ours: boolean;
  /** For a sheet of ours: the formula of its fingerprint name (edited-sheets.ts), if it has one. */
  readonly content?: string;
}

export interface SheetChoice {
  /** The name to give our sheet. */
  readonly name: string;
  /** Our earlier sheet of that name, to be replaced; absent when the name is free. */
  readonly replaces?: string;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `wanted`, or the first "wanted (n)" that is free or ours. */
export function chooseSheetName(wanted: string, sheets: readonly SheetInfo[]): SheetChoice {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    const existing = sheets.find((s) => same(s.name, name));
    if (!existing) return { name };
    if (existing.ours) return { name, replaces: existing.name };
  }
}

/** A name for a sheet that exists only while it is being built. */
export function temporarySheetName(sheets: readonly SheetInfo[], random: () => number = Math.random): string {
  for (;;) {
    const name = `NDDR building ${Math.floor(random() * 1e6).toString().padStart(6, "0")}`;
    if (!sheets.some((s) => same(s.name, name))) return name;
  }
}
