// The production manifest, made from the development one (manifest.xml, which `npm start` sideloads
// from https://localhost:3000) for a team's own HTTPS host: `npm run build -- --env url=<base>`.
//
// Production and development are two add-ins, side by side: each has its own fixed <Id>, so a
// developer's sideloaded copy never replaces what the admin deployed. The production <Version> is
// package.json's version (x.y.z → x.y.z.0); Office only picks up a changed manifest when it goes up.
"use strict";

/** Never change this: a new Id is a new add-in for every user, and the old one stays installed. */
const PRODUCTION_ID = "51341725-101d-497c-b4a2-9ec563b1f688";
const DEV_BASE = "https://localhost:3000/";

/** The base URL the add-in's files are served from, checked: https, a folder (ends in "/"), no query. */
function deployBase(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--env url=${url}: not a URL. Give the address dist/ is served from, e.g. https://addins.example.com/nddr/`);
  }
  if (parsed.protocol !== "https:") throw new Error(`--env url=${url}: Office loads add-ins over https only.`);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`--env url=${url}: give the folder alone, without a query, fragment or credentials.`);
  }
  if (/^(localhost|127\.|\[::1\])/i.test(parsed.hostname)) {
    throw new Error(`--env url=${url}: a team cannot reach this machine's localhost; without --env url the build is for development.`);
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** "0.1.0" → "0.1.0.0" (the manifest wants four parts, each 0–65535). */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!m || m.slice(1).some((part) => Number(part) > 65535)) throw new Error(`package.json version ${packageVersion} cannot be a manifest version`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The development manifest with every URL moved under `base`, the production Id and `version`. */
function deployManifest(devXml, { url, packageVersion }) {
  const base = deployBase(url);
  const origin = new URL(base).origin;
  const xml = devXml
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${PRODUCTION_ID}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`)
    .split(DEV_BASE).join(base)
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    // The comment at the top speaks of the development manifest; the admin reading this one needs to know where it came from.
    .replace(/<!--[\s\S]*?-->\n/, `<!-- Production manifest for ${base}, made by \`npm run build -- --env url=${base}\`. -->\n`);
  if (/localhost/i.test(xml)) throw new Error("programmer error: the production manifest still names localhost");
  return xml;
}

module.exports = { deployManifest, deployBase, manifestVersion, PRODUCTION_ID, DEV_BASE };
