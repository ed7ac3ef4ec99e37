// planNextReturn: what `nddr next` changes in the settings for the return after the last one logged.
import { planNextReturn } from "../../src/domain/next-return";
import { buildLedger } from "./ledger-builder";

const log = [{ closingDate: "2024-12-17", closingIssued: 1_000_001 }];
const edits = (status: "New Submission" | "Resubmission") => {
  const plan = planNextReturn(buildLedger({ log, issuer: { status } }));
  if (!plan.ok) throw new Error(plan.reason);
  return plan.edits.map((e) => `${e.at.sheet}!${e.at.cell}=${e.value}`);
};

test("a Status of Resubmission is set back to New Submission: the next return is a new one", () => {
  expect(edits("Resubmission")).toContain("Issuer!B4=New Submission");
});

test("a Status of New Submission is left as it is", () => {
  expect(edits("New Submission").filter((e) => e.startsWith("Issuer!B4"))).toEqual([]);
});
