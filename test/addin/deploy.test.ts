// `npm run build -- --env url=<base>`: a dist/ a team can host, whose manifest names that base in
// every URL, with the production add-in id and package.json's version — and no localhost anywhere.
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { checkManifest, child, parseXml, ROOT } from "../support/manifest-checks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deployBase, manifestVersion, PRODUCTION_ID } = require("../../scripts/deploy-manifest.js") as {
  deployBase(url: string): string;
  manifestVersion(version: string): string;
  PRODUCTION_ID: string;
};

const BASE = "https://addins.example.com/nddr/";
const out = mkdtempSync(join(tmpdir(), "nddr-deploy-"));
// Built once, before the checks are registered, so they can read the manifest it wrote.
execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", `url=${BASE}`, "--output-path", out],
  { cwd: ROOT, stdio: "pipe" });
afterAll(() => rmSync(out, { recursive: true, force: true }));

const deployed = readFileSync(join(out, "manifest.xml"), "utf8");
checkManifest("dist/manifest.xml (production)", deployed, {
  base: BASE,
  fileOf: (url) => join(out, new URL(url).pathname.slice(new URL(BASE).pathname.length)),
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("a build for a team's host", () => {
  test("no file of dist/ names localhost", () => {
    const naming = filesUnder(out).filter((f) => /localhost/i.test(readFileSync(f, "latin1")));
    expect(naming.map((f) => relative(out, f))).toEqual([]);
  });

  test("the production manifest has its own add-in id, not the development one", () => {
    const dev = parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
    const prod = parseXml(deployed);
    expect(child(prod, "Id").text).toBe(PRODUCTION_ID);
    expect(child(prod, "Id").text).not.toBe(child(dev, "Id").text);
  });

  test("the production manifest's version is package.json's", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(child(parseXml(deployed), "Version").text).toBe(`${version.split(/[-+]/)[0]}.0`);
  });

  test("support and learn-more links open the help page, not the task pane", () => {
    const help = `${BASE}help.html`;
    expect(child(parseXml(deployed), "SupportUrl").attrs.DefaultValue).toBe(help);
    expect(deployed).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${help}"/>`);
    expect(readFileSync(join(out, "help.html"), "utf8")).toMatch(/<h1>[^<]*help/i);
  });

  test("the app domain is the base's origin", () => {
    expect(deployed).toMatch(/<AppDomain>https:\/\/addins\.example\.com<\/AppDomain>/);
  });
});

describe("the base URL given to the build", () => {
  test("gains a trailing slash when it names a folder without one", () => {
    expect(deployBase("https://addins.example.com/nddr")).toBe(BASE);
  });

  test.each([
    ["http://addins.example.com/nddr/", /https only/],
    ["https://localhost:3000/", /localhost/],
    ["https://addins.example.com/nddr/?v=2", /without a query/],
    ["addins.example.com/nddr/", /not a URL/],
  ])("%s is refused", (url, why) => {
    expect(() => deployBase(url)).toThrow(why);
  });

  test("a package version becomes a four-part manifest version", () => {
    expect(manifestVersion("1.12.3")).toBe("1.12.3.0");
    expect(() => manifestVersion("70000.0.0")).toThrow(/cannot be a manifest version/);
  });
});
