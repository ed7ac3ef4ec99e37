// The catalogue of the Monthly Return's input mistakes (docs/monthly-return-mistakes.md): each case breaks
// one thing in a valid workbook for January 2026 and must give its finding at its cell. The document is
// checked against these cases; test/robustness/mistake-catalogue.test.ts checks that every finding code
// in src/ appears in one of the two catalogues; each case also goes through both hosts (parity, at the
// end). After adding a case or changing a message, rewrite it with:
// UPDATE_DOCS=1 npx jest test/robustness/monthly-mistake-catalogue
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CellValue } from "../../src/contract/grid";
import { parseMonthlyLedger } from "../../src/contract/parse-monthly";
import type { IsoDate } from "../../src/domain/dates";
import type { Finding } from "../../src/domain/finding";
import { generateMonthlyReturn } from "../../src/domain/monthly-return";
import { monthlyGrids, s, type MonthlyWorkbook } from "../support/monthly-grids";
import { bothHosts, withoutGenerator, workbookFromGrids } from "../support/parity";

const DOC = join(resolve(__dirname, "../.."), "docs/monthly-return-mistakes.md");
type Rows = CellValue[][];
type Workbook = { -readonly [K in keyof MonthlyWorkbook]: K extends "issuer" ? Record<string, CellValue> : Rows };

// --- a valid workbook: January 2026, one listed class, a scheme, a convertible, the public float ----

function base(): Workbook {
  return {
    issuer: { "Issuer name": "Test Holdings Limited", "Opening date": s("2025-12-31"), "Submitted by": "Chan Tai Man", "Title": "Company Secretary" },
    classes: [["O", "Ordinary shares", null, "Yes", "09896", null, null, null, 1_000_000_000, 0]],
    movements: [
      ["O", s("2026-01-10"), "Share scheme - new shares to other participants", "2020 Scheme", 1_000, null, null, 5, "HKD"],
      ["O", s("2026-01-20"), "Conversion of convertible securities", "CB2029", 40_000, null, null, null, null],
    ],
    mandates: [],
    log: [[null, s("2025-12-31"), "O", 1_000_000_000, 0, null, "Monthly Return"], [null, s("2026-01-10"), "O", 1_000_001_000, 0, null, null]],
    authorisedCapital: [["O", null, 10_000_000_000, 0.00001, "USD"]],
    schemes: [["2020 Scheme", "O", "2020 Share Option Scheme", s("2020-05-01"), s("2025-12-31"), 50_000]],
    optionMovements: [["2020 Scheme", s("2026-01-10"), "Exercised", 1_000, 5, "HKD"]],
    instruments: [["CB2029", "Convertibles", "O", "USD 1,000,000 convertible bonds due 2029", null, null, "USD", s("2025-12-31"), 1_000_000, 2.5, null]],
    instrumentMovements: [["CB2029", s("2026-01-20"), "Converted", 100_000]],
    publicFloat: [["O", s("2026-01-31"), "Yes", "25%"]],
  };
}

interface Case {
  readonly mistake: string;
  readonly code: string;
  /** "Sheet!A1", or null for a finding about the request (no cell). */
  readonly at: string | null;
  readonly change: (w: Workbook) => void;
  readonly month?: string;
  readonly today?: string;
}

const set = (table: keyof Omit<Workbook, "issuer">, row: number, col: number, value: CellValue) => (w: Workbook) => {
  w[table]![row][col] = value;
};

const CASES: readonly Case[] = [
  // The request
  { mistake: "The month is not written as YYYY-MM", code: "BAD_MONTH", at: null, month: "Jan 2026", change: () => {} },
  { mistake: "Date submitted on or before the month's last day", code: "MONTHLY_SUBMITTED_BEFORE_MONTH_END", at: null, today: "2026-01-31", change: () => {} },
  { mistake: "Submitted after 08:30 on the fifth business day", code: "MONTHLY_RETURN_LATE", at: null, today: "2026-02-09", change: () => {} },
  // Part I
  { mistake: "One class has authorised capital and another has none", code: "AUTHORISED_CAPITAL_MISSING", at: "Classes!A3", change: (w) => { w.classes.push(["P", "Preference shares", null, "No", null, null, null, null, 10, 0]); } },
  { mistake: "Two authorised capital rows of a class from the same date", code: "DUPLICATE_AUTHORISED_DATE", at: "AuthorisedCapital!B3", change: (w) => { w.authorisedCapital!.push(["O", null, 20_000_000_000, 0.00001, "USD"]); } },
  { mistake: "More shares issued than authorised", code: "ISSUED_ABOVE_AUTHORISED", at: "AuthorisedCapital!C2", change: set("authorisedCapital", 0, 2, 900_000_000) },
  { mistake: "A par value of 0", code: "PAR_VALUE_ZERO", at: "AuthorisedCapital!D2", change: set("authorisedCapital", 0, 3, 0) },
  // Part II and the chain
  { mistake: "The preceding Monthly Return logged differs from the ledger", code: "MONTHLY_OPENING_MISMATCHES_LOG", at: "Log!D2", change: set("log", 0, 3, 999_000_000) },
  { mistake: "An NDDR of the month no longer ties into the ledger", code: "NDDR_NOT_TIED", at: "Log!D3", change: set("log", 1, 3, 1_000_002_000) },
  { mistake: "This month's Monthly Return was logged with other balances", code: "MONTHLY_RETURN_LOGGED_DIFFERENTLY", at: "Log!D4", change: (w) => { w.log!.push([null, s("2026-01-31"), "O", 1, 0, null, "Monthly Return"]); } },
  { mistake: "A Return in the log that is neither kind", code: "UNKNOWN_RETURN_KIND", at: "Log!G2", change: set("log", 0, 6, "Annual Return") },
  { mistake: "A balance below zero at the month's end", code: "MONTHLY_BALANCE_BELOW_ZERO", at: "Classes!J2", change: (w) => { w.movements!.push(["O", s("2026-01-25"), "Cancellation of treasury shares", null, 5, null, null, null, null]); } },
  { mistake: "A listed class without its public float confirmation", code: "PUBLIC_FLOAT_MISSING", at: "Classes!A2", change: (w) => { w.publicFloat = []; } },
  { mistake: "Two public float rows for one class and month", code: "DUPLICATE_PUBLIC_FLOAT", at: "PublicFloat!B3", change: (w) => { w.publicFloat!.push(["O", s("2026-01-01"), "Yes", "25%"]); } },
  { mistake: "The public float was not met", code: "PUBLIC_FLOAT_NOT_COMPLIED", at: "PublicFloat!C2", change: set("publicFloat", 0, 2, "No") },
  // Part III (A)
  { mistake: "Two schemes with one key", code: "DUPLICATE_SCHEME_KEY", at: "Schemes!A3", change: (w) => { w.schemes!.push(["2020 scheme", "O", "Another", null, s("2025-12-31"), 1]); } },
  { mistake: "An option movement naming no scheme", code: "UNKNOWN_SCHEME_KEY", at: "OptionMovements!A2", change: set("optionMovements", 0, 0, "2019 Scheme") },
  { mistake: "An option movement that is not Granted, Exercised, Cancelled, Lapsed or Adjusted", code: "UNKNOWN_MOVEMENT", at: "OptionMovements!C2", change: set("optionMovements", 0, 2, "Vested") },
  { mistake: "More options leave a scheme than it has", code: "OPTIONS_BELOW_ZERO", at: "Schemes!F2", change: set("schemes", 0, 5, 10) },
  { mistake: "Options exercised but no shares allotted under the scheme", code: "EXERCISES_NOT_ALLOTTED", at: "Schemes!A2", change: set("optionMovements", 0, 3, 1_500) },
  { mistake: "Share scheme rows whose Details name no scheme", code: "SCHEME_NOT_IN_MR_SCHEMES", at: "Movements!D2", change: (w) => { w.movements![0][3] = "RSU Plan"; w.optionMovements = []; } },
  { mistake: "An Adjusted option movement whose sign goes against the month's consolidation", code: "ADJUSTMENT_AGAINST_REORGANISATION", at: "OptionMovements!D3", change: (w) => {
    w.movements!.push(["O", s("2026-01-20"), "Capital reorganisation", "Every 2 shares consolidated into 1", null, -1_000, null, null, null]);
    w.optionMovements!.push(["2020 Scheme", s("2026-01-25"), "Adjusted", 25_000, null, null]);
  } },
  { mistake: "An Adjusted option movement of 0", code: "ADJUSTMENT_ZERO", at: "OptionMovements!D3", change: (w) => { w.optionMovements!.push(["2020 Scheme", s("2026-01-25"), "Adjusted", 0, null, null]); } },
  { mistake: "A share consolidation while options and convertibles are outstanding, with no Adjusted row", code: "REORGANISATION_NOT_ADJUSTED", at: "Movements!C4",
    change: (w) => { w.movements!.push(["O", s("2026-01-25"), "Capital reorganisation", "Share consolidation: every two shares into one", null, -500_020_500, 0, null, null]); } },
  // Part III (B)–(D)
  { mistake: "Two instruments with one key", code: "DUPLICATE_INSTRUMENT_KEY", at: "Instruments!A3", change: (w) => { w.instruments!.push(["cb2029", "Warrants", "O", "Warrants", null, null, "HKD", s("2025-12-31"), 1, 1, null]); } },
  { mistake: "An instrument movement naming no instrument", code: "UNKNOWN_INSTRUMENT_KEY", at: "InstrumentMovements!A2", change: set("instrumentMovements", 0, 0, "CB2030") },
  { mistake: "An instrument section that is not Warrants, Convertibles or Other arrangement", code: "UNKNOWN_SECTION", at: "Instruments!B2", change: set("instruments", 0, 1, "Bonds") },
  { mistake: "More converted than outstanding", code: "INSTRUMENT_BELOW_ZERO", at: "Instruments!I2", change: set("instruments", 0, 8, 50_000) },
  { mistake: "Shares issued on conversion not what the amount converted buys", code: "CONVERSION_SHARES_MISMATCH", at: "Instruments!J2", change: set("instruments", 0, 9, 2) },
  { mistake: "A conversion price on an instrument movement other than Adjusted", code: "CONVERSION_PRICE_NOT_ADJUSTED", at: "InstrumentMovements!E2", change: set("instrumentMovements", 0, 4, 2.5) },
  { mistake: "A convertible's Adjusted row moving its amount rather than its price", code: "ADJUSTED_AMOUNT_NOT_PRICE", at: "InstrumentMovements!D3", change: (w) => { w.instrumentMovements!.push(["CB2029", s("2026-01-25"), "Adjusted", -500_000]); } },
  { mistake: "Conversion rows whose Details name no instrument", code: "INSTRUMENT_NOT_IN_MR_INSTRUMENTS", at: "Movements!D3", change: (w) => { w.movements![1][3] = "CB2031"; w.instrumentMovements = []; } },
  // The chain again: a month skipped in the log (QA round 6, F10)
  { mistake: "The month before has no Monthly Return logged, an earlier month has", code: "MONTHLY_PRECEDING_NOT_LOGGED", at: "Log!B2", change: set("log", 0, 1, s("2025-11-30")) },
];

function outcome(c: Case): Finding | undefined {
  const w = base();
  c.change(w);
  const parsed = parseMonthlyLedger(monthlyGrids(w as MonthlyWorkbook));
  const g = generateMonthlyReturn(parsed.ledger, { month: c.month ?? "2026-01", today: (c.today ?? "2026-02-04") as IsoDate }, parsed.findings);
  return g.findings.find((f) => f.code === c.code && (c.at === null ? f.cell === null : `${f.sheet}!${f.cell}` === c.at));
}

const escape = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderDoc(): string {
  return [
    "# Monthly Return: input mistakes and their findings",
    "",
    "Every mistake below gives a finding of the Monthly Return (FF301) — never a crash — naming the sheet and",
    "cell (A1) to fix. An **error** blocks the return; a **warning** does not. The NDDR tables' own mistakes",
    "are in [input-mistakes.md](input-mistakes.md). Cells refer to tables placed at A1 on their sheets.",
    "Messages are as printed, for the example values of each case (a workbook for January 2026).",
    "",
    "Checked by `test/robustness/monthly-mistake-catalogue.test.ts`: each row is a test. Rewrite it after",
    "changing a case or a message with `UPDATE_DOCS=1 npx jest test/robustness/monthly-mistake-catalogue`.",
    "",
    "| # | Mistake | Code | Severity | Cell | Message |",
    "|---|---|---|---|---|---|",
    ...CASES.map((c, i) => {
      const f = outcome(c)!;
      return `| ${i + 1} | ${escape(c.mistake)} | \`${c.code}\` | ${f.severity} | ${c.at ?? "(request)"} | ${escape(f.message)} |`;
    }),
    "",
  ].join("\n");
}

describe("the catalogue of the Monthly Return's input mistakes", () => {
  test("the valid workbook the cases start from has no finding", () => {
    const parsed = parseMonthlyLedger(monthlyGrids(base() as MonthlyWorkbook));
    expect(generateMonthlyReturn(parsed.ledger, { month: "2026-01", today: "2026-02-04" as IsoDate }, parsed.findings).findings).toEqual([]);
  });

  it.each(CASES.map((c) => [c.mistake, c] as const))("%s gives its finding at its cell", (_, c) => {
    expect(outcome(c)).toEqual(expect.objectContaining({ code: c.code }));
  });

  test("docs/monthly-return-mistakes.md lists every case with its code, cell and message", () => {
    const doc = renderDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc);
    expect(readFileSync(DOC, "utf8")).toBe(doc);
  });
});

// Each case as a workbook file, through `nddr monthly` and through the add-in's Monthly return on the
// simulated Excel on the web: the same monthly-return.json (generator aside), the same exit code. A month
// not written as YYYY-MM never reaches either: both refuse it as a usage error (the pane's month field
// gives BAD_MONTH through the port, as the domain test above does).
describe("every catalogue workbook through nddr monthly and through the add-in", () => {
  it.each(CASES.map((c) => [c.mistake, c] as const))("%s", async (_, c) => {
    const w = base();
    c.change(w);
    const runs = await bothHosts(await workbookFromGrids(monthlyGrids(w as MonthlyWorkbook)), { today: c.today ?? "2026-02-04", month: c.month ?? "2026-01" });
    try {
      if (c.code === "BAD_MONTH") {
        expect([runs.cli.code, runs.addin.code]).toEqual([2, 2]);
        return;
      }
      expect(runs.addin.code).toBe(runs.cli.code);
      expect(runs.cli.json?.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: c.code })]));
      expect(withoutGenerator(runs.addin.json)).toEqual(withoutGenerator(runs.cli.json));
    } finally {
      runs.done();
    }
  });
});
