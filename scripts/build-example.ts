// Builds examples/sensetime-2024-12-18.xlsx: the input workbook from which `npm run demo` reproduces
// SenseTime's published Next Day Disclosure Return of 18 December 2024 (shared/reference).
// Run with `npm run example` after changing the contract or the template.
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

if (require.main === module) {
  const target = resolve(__dirname, "../../examples/sensetime-2024-12-18.xlsx");
  writeInputWorkbook(target, SENSETIME_2024_12_18).then(
    () => process.stdout.write(`wrote ${target}\n`),
    (e: unknown) => {
      process.stderr.write(`could not write ${target}: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
