// Parity on workbooks written by other programs (QA F2, F3, F17): the simulated Excel opens what
// `nddr generate` opens — the OpenXML SDK's `x:` prefix, absolute part paths, inline strings — and a
// totals row or a validation over the whole sheet changes nothing: same return.json, same exit code.
import { SENSETIME_2024_12_18 } from "../../scripts/build-example";
import { buildInputWorkbook } from "../../src/adapters/exceljs/write-input-workbook";
import { describeParity, type ParityCase } from "../support/parity-suite";
import { absolutePaths, inlineStrings, sheetWideValidation, withTotalsRow, xPrefixed } from "../support/written-by-others";
import { likeExcel } from "../support/written-elsewhere";

jest.setTimeout(300_000);

const sensetime = async () => likeExcel(new Uint8Array(await buildInputWorkbook(SENSETIME_2024_12_18).xlsx.writeBuffer()));
const MOVEMENTS = "xl/worksheets/sheet5.xml";

const CASES: ParityCase[] = [
  { name: "SenseTime with the main namespace prefixed x: (OpenXML SDK, ClosedXML)", bytes: async () => xPrefixed(await sensetime()), today: "2024-12-18" },
  { name: "SenseTime with absolute part paths in its relationships (openpyxl)", bytes: async () => absolutePaths(await sensetime()), today: "2024-12-18" },
  { name: "SenseTime with inline strings", bytes: async () => inlineStrings(await sensetime()), today: "2024-12-18" },
  { name: "SenseTime prefixed x:, absolute paths and inline strings at once", bytes: async () => xPrefixed(await absolutePaths(await inlineStrings(await sensetime()))), today: "2024-12-18", readBack: true },
  { name: "SenseTime with a totals row on NDDR_Movements", bytes: async () => withTotalsRow(await sensetime(), "NDDR_Movements", 5, 1_865_000_000), today: "2024-12-18", readBack: true },
  { name: "SenseTime with a validation over the whole Movements sheet (Excel Online)", bytes: async () => sheetWideValidation(await sensetime(), MOVEMENTS), today: "2024-12-18" },
];

describeParity(CASES, () => /^NDDR \d{4}-\d{2}-\d{2}/);
