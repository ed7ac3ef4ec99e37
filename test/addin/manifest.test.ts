// The development manifest (manifest.xml, sideloaded by `npm start` from https://localhost:3000),
// checked offline: every URL names a file the dev server serves from this repository.
import { readFileSync } from "fs";
import { join } from "path";
import { checkManifest, ROOT } from "../support/manifest-checks";

/** Where a page or icon on the dev server comes from in the repository. */
const servedFrom: Record<string, string> = {
  "/taskpane.html": "src/taskpane/taskpane.html",
  "/commands.html": "src/ribbon/commands.html",
  "/help.html": "src/help/help.html",
};

checkManifest("manifest.xml (development)", readFileSync(join(ROOT, "manifest.xml"), "utf8"), {
  base: "https://localhost:3000/",
  fileOf: (url) => {
    const { pathname } = new URL(url);
    const source = servedFrom[pathname] ?? (pathname.startsWith("/assets/") ? pathname.slice(1) : undefined);
    return source && join(ROOT, source);
  },
});
