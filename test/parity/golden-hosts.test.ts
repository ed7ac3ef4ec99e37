// Every golden case (test/golden/<case>/, picked up as it is added) through every host — the command
// line, the add-in on the simulated Excel on the web and on Windows, and the preview — comes out the
// same: the same outcome, the same findings at the same cells, the same .json (generator aside) and the
// same .txt, and on each host the figures transcribed from the published return.
import { goldenCases } from "../support/golden-cases";
import { expectPublished } from "../support/golden-checks";
import { everyHost, HOSTS, type EveryHost, type HostName } from "../support/golden-hosts";
import { withoutGenerator } from "../support/parity";

jest.setTimeout(120_000);

const OTHERS = HOSTS.filter((h) => h !== "command line");

/** Each host's value of `pick`, by host: one toEqual shows which host differs, and in what. */
const byHost = <T>(pick: (host: HostName) => T) => Object.fromEntries(HOSTS.map((h) => [h, pick(h)]));

interface JsonFinding {
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
}

describe.each(goldenCases().map((c) => [c.name, c] as const))("golden case %s on every host", (_, c) => {
  let hosts: EveryHost;
  beforeAll(async () => {
    hosts = await everyHost(c);
  });
  afterAll(() => hosts?.done());

  const cli = () => hosts.runs["command line"];

  // A case whose findings (case.json) hold an error has no return: exit 1; any other, exit 0.
  const code = Array.isArray(c.spec.findings) && c.spec.findings.some(([, severity]) => severity === "error") ? 1 : 0;
  test(`every host ends as the command line's exit ${code} says (${code ? "errors found" : "return written"})`, () => {
    expect(byHost((h) => hosts.runs[h].code)).toEqual(byHost(() => code));
  });

  test("every host reports the same findings, at the same sheet and cell", () => {
    const findings = (h: HostName) => ((hosts.runs[h].json?.findings ?? []) as JsonFinding[]).map((f) => [f.code, f.sheet ?? "", f.cell ?? ""]);
    expect(byHost(findings)).toEqual(byHost(() => findings("command line")));
  });

  test.each(OTHERS)("the %s writes the command line's .json, generator aside", (h) => {
    expect(cli().json).toBeDefined();
    expect(withoutGenerator(hosts.runs[h].json)).toEqual(withoutGenerator(cli().json));
  });

  test.each(OTHERS)("the %s writes the command line's .txt", (h) => {
    expect(hosts.runs[h].text).toBe(cli().text);
  });

  test.each([...HOSTS])("the %s's return carries the published figures of expected.json", (h) => {
    expectPublished(c, hosts.runs[h]);
  });
});
