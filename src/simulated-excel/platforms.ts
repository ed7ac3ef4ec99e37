// What each Excel the simulated host can play supports and refuses. Sources: Microsoft's "Excel
// JavaScript API requirement sets" table (office-js-docs-reference, June 2026: the web and current
// Microsoft 365 builds on Windows and Mac have ExcelApi 1.21; Office LTSC 2021 stops at 1.14), "Excel
// performance" and "Resource limits" (Excel on the web: 5 MB per request and per response; every
// platform: 5 million cells per range get) and the error-code table (RequestPayloadSizeLimitExceeded,
// ResponsePayloadSizeLimitExceeded "only in Office on the web", RangeExceedsLimit).

export type PlatformName = "web" | "windows" | "mac" | "windows-ltsc2021";

export interface PlatformProfile {
  readonly name: PlatformName;
  /** How return.json names the host. */
  readonly label: string;
  /** Office.context.platform. */
  readonly officePlatform: "OfficeOnline" | "PC" | "Mac";
  /** Requirement set → highest version supported ("1.21"). */
  readonly sets: Readonly<Record<string, string>>;
  /** Bytes of one context.sync() request and of its response, counted as the JSON Excel exchanges; absent: no cap. */
  readonly payloadLimit?: number;
  /** Cells of one range get (values, valueTypes, text…). */
  readonly cellsPerGet: number;
  /** Whether preview ("BETA") members such as Workbook.use1904DateSystem exist (the beta office.js). */
  readonly previewApis: boolean;
}

/** Microsoft says "5 MB"; the smaller reading (5,000,000 bytes) keeps the simulation at least as strict. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;
export const CELLS_PER_GET = 5_000_000;

const COMMON = { DialogApi: "1.2", AddinCommands: "1.1", ImplicitSpecialCases: "1.0" };

export const PLATFORMS: Readonly<Record<PlatformName, PlatformProfile>> = {
  web: {
    name: "web", label: "Excel on the web", officePlatform: "OfficeOnline",
    sets: { ...COMMON, ExcelApi: "1.21", ExcelApiOnline: "1.1" },
    payloadLimit: WEB_PAYLOAD_LIMIT, cellsPerGet: CELLS_PER_GET, previewApis: false,
  },
  windows: {
    name: "windows", label: "Excel on Windows", officePlatform: "PC",
    sets: { ...COMMON, ExcelApi: "1.21", ExcelApiDesktop: "1.1" },
    cellsPerGet: CELLS_PER_GET, previewApis: false,
  },
  mac: {
    name: "mac", label: "Excel on Mac", officePlatform: "Mac",
    sets: { ...COMMON, ExcelApi: "1.21", ExcelApiDesktop: "1.1" },
    cellsPerGet: CELLS_PER_GET, previewApis: false,
  },
  "windows-ltsc2021": {
    name: "windows-ltsc2021", label: "Excel 2021 on Windows", officePlatform: "PC",
    sets: { ...COMMON, ExcelApi: "1.14" },
    cellsPerGet: CELLS_PER_GET, previewApis: false,
  },
};

export function platformNamed(name: string): PlatformProfile | undefined {
  return (PLATFORMS as Record<string, PlatformProfile>)[name.toLowerCase()];
}

/** Version strings compared part by part ("1.10" > "1.9"). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export function supports(profile: PlatformProfile, set: string, version?: string): boolean {
  const have = Object.entries(profile.sets).find(([k]) => k.toLowerCase() === set.toLowerCase())?.[1];
  if (have === undefined) return false;
  return version === undefined || versionAtLeast(have, version);
}
