// Builds the example input workbooks from which the published returns are reproduced:
// examples/sensetime-2024-12-18.xlsx (`npm run demo`: a placing, Section I only) and
// examples/tencent-2025-06-13.xlsx (a buyback: Part B running back to 19 May 2025, Section II with its
// mandate). Run with `npm run example` after changing the contract or the template.
import { resolve } from "node:path";
import { writeInputWorkbook, type InputWorkbookData } from "../src/adapters/exceljs/write-input-workbook";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const SENSETIME_2024_12_18: InputWorkbookData = {
  issuer: {
    "Issuer name":
      "SenseTime Group Inc. (a company controlled through weighted voting rights and incorporated in the Cayman Islands with limited liability)",
    "Board": "Main Board",
    "Status": "Resubmission",
    "Date submitted": day("2024-12-18"),
    "Opening date": day("2024-11-30"),
    "Submitted by": "Xu Li",
    "Title": "Director",
    "Primary listing": "Yes",
    "Percentage decimals": 2,
    "Price decimals": 4,
  },
  classes: [
    ["B", "WVR ordinary shares", "B", "Yes", "00020", null, "80020", "RMB", 34_528_336_530, 0],
    ["A", "WVR ordinary shares", "A", "No", null, null, null, null, 614_034_470, 0],
  ],
  movements: [
    [
      "B",
      day("2024-12-17"),
      "Placing/subscription - new shares involved",
      "Completion of the placing of new Class B shares under general mandate (as disclosed in the announcements of the Company dated 11 December 2024 and 17 December 2024)",
      1_865_000_000,
      null,
      null,
      1.5,
      "HKD",
    ],
  ],
};

/**
 * Tencent's repurchases for cancellation since its mandate of 14 May 2025, none cancelled by 13 June.
 * The return prints each day's volume-weighted price; for earlier days the aggregate is shares × that
 * price, for 13 June the published highest, lowest and aggregate.
 */
const TENCENT_DAYS: [string, number, number][] = [
  ["2025-05-19", 979_000, 511.1568], ["2025-05-20", 971_000, 515.1644], ["2025-05-21", 963_000, 519.6149],
  ["2025-05-22", 970_000, 516.1015], ["2025-05-23", 970_000, 516.0341], ["2025-05-26", 979_000, 511.1519],
  ["2025-05-27", 979_000, 511.0299], ["2025-05-28", 985_000, 508.0729], ["2025-05-29", 985_000, 507.8373],
  ["2025-05-30", 1_003_000, 499.1247], ["2025-06-02", 1_013_000, 494.1132], ["2025-06-03", 994_000, 503.4883],
  ["2025-06-04", 980_000, 510.5569], ["2025-06-05", 975_000, 513.4981], ["2025-06-06", 975_000, 513.6916],
  ["2025-06-09", 968_000, 517.1222], ["2025-06-10", 973_000, 514.3402], ["2025-06-11", 969_000, 516.5328],
  ["2025-06-12", 975_000, 513.1472],
];

export const TENCENT_2025_06_13: InputWorkbookData = {
  issuer: {
    "Issuer name": "Tencent Holdings Limited",
    "Board": "Main Board",
    "Status": "New Submission",
    "Date submitted": day("2025-06-13"),
    "Opening date": day("2025-06-12"),
    "Submitted by": "Lau Suk Yi",
    "Title": "Secretary",
    "Primary listing": "Yes",
    "Percentage decimals": 5,
    "Price decimals": 4,
    "Explanatory statement date": day("2025-04-08"),
    "Confirmations": "iv",
  },
  classes: [["T", "Ordinary shares", "Not applicable", "Yes", "00700", null, "80700", "RMB", 9_190_417_249, 0]],
  repurchases: [
    ...TENCENT_DAYS.map(([date, shares, vwap]) => [
      "T", day(date), shares, "On the Exchange", null, vwap, null, Number((BigInt(shares) * BigInt(Math.round(vwap * 10_000))).toString()) / 10_000,
      "HKD", "Cancellation", null, null,
    ]),
    ["T", day("2025-06-13"), 982_000, "On the Exchange", null, 515, 506.5, 500_382_813.6, "HKD", "Cancellation", null, null],
  ],
  mandates: [["T", "Repurchase", day("2025-05-14"), 918_901_866, 9_189_018_660, 0]],
};

const EXAMPLES: [string, InputWorkbookData][] = [
  ["sensetime-2024-12-18.xlsx", SENSETIME_2024_12_18],
  ["tencent-2025-06-13.xlsx", TENCENT_2025_06_13],
];

if (require.main === module) {
  for (const [name, data] of EXAMPLES) {
    const target = resolve(__dirname, "../../examples", name);
    writeInputWorkbook(target, data).then(
      () => process.stdout.write(`wrote ${target}\n`),
      (e: unknown) => {
        process.stderr.write(`could not write ${target}: ${String(e)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
