// The add-in's pages as Office opens them: with `_host_Info` in the query, office.js (from Microsoft's
// CDN, answered here from @microsoft/office-js's own files) loads its host script and strings from beside
// itself. Every request of taskpane.html, commands.html and notice.html must be answered on Windows, Mac
// and the web — a self-hosted office.js without those files 404s here and never becomes ready in Excel.
import { OFFICE_CDN } from "../support/browser";
import { browserSuite } from "../support/browser-suite";

jest.setTimeout(180_000);
const suite = browserSuite();
const { maybe } = suite;

const HOSTS = [
  { name: "Excel on Windows", info: "Excel$Win32$16.01$en-US$$$$0", script: "excel-win32-16.01.js" },
  { name: "Excel on Mac", info: "Excel$Mac$16.01$en-US$$$$0", script: "excel-mac-16.00.js" },
  { name: "Excel on the web", info: "Excel$Web$16.01$en-US$$$$0", script: "excel-web-16.00.js" },
];
const PAGES = ["taskpane.html", "commands.html", "notice.html"];

describe.each(HOSTS)("opened by $name", ({ info, script }) => {
  maybe.each(PAGES)("%s loads office.js from the CDN and every file it asks for is answered", async (page) => {
    const served = suite.served;
    served.fromCdn.length = 0;
    served.unanswered.length = 0;
    const tab = await served.context.newPage();
    await tab.goto(`${served.origin}/${page}?_host_Info=${encodeURIComponent(info)}`);
    await tab.waitForLoadState("networkidle");
    expect(served.fromCdn).toEqual(expect.arrayContaining([`${OFFICE_CDN}office.js`, `${OFFICE_CDN}${script}`, `${OFFICE_CDN}en-us/office_strings.js`]));
    expect(served.unanswered).toEqual([]);
    expect(served.outside).toEqual([]);
    await tab.close();
  });
});
