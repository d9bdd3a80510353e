#!/usr/bin/env node
// Copies the built script-tag bundle (packages/widgets/dist) to a web root under its
// versioned paths: <webroot>/slt/v1/ (updated by every 1.x release) and <webroot>/slt/v1.2.3/
// (written once, never replaced), so pages that pasted an older snippet keep working; and the
// iframe embed page (demo/embed/) to <webroot>/embed/, on the major line's bundle.
//   node scripts/publish-embed.mjs /var/www/statistikk
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedPaths, widgetsVersion } from './embed-versions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'widgets', 'dist');
const webroot = process.argv[2];
if (!webroot) {
  console.error('Usage: node scripts/publish-embed.mjs <webroot>   (writes <webroot>/slt/v<major>/ and /slt/v<version>/)');
  process.exit(2);
}
if (!existsSync(join(dist, 'slt-widgets.js'))) {
  console.error('Build the bundle first: node scripts/build.mjs');
  process.exit(1);
}
const [major, exact] = embedPaths(widgetsVersion());
/** Vite's build manifest (dist/.vite/) is for the size budgets, not for the web. */
const copy = (target) => cpSync(dist, target, { recursive: true, filter: (path) => !/[\\/]\.vite([\\/]|$)/.test(path) });
const exactTarget = resolve(webroot, 'slt', exact);
if (existsSync(exactTarget)) {
  console.error(`${exactTarget} exists: a published release never changes. Bump the version (changeset version).`);
  process.exit(1);
}
copy(exactTarget);
// Copied over the last release, not in place of it: a reader whose page loaded the last
// entry (cached, or on its way) still finds that entry's chunks, whose names are hashed.
const majorTarget = resolve(webroot, 'slt', major);
copy(majorTarget);
// The iframe embed page, on this major line's bundle (it is written for v1 in demo/embed/).
const embedTarget = resolve(webroot, 'embed');
mkdirSync(embedTarget, { recursive: true });
for (const file of readdirSync(join(root, 'demo', 'embed'))) {
  const text = readFileSync(join(root, 'demo', 'embed', file), 'utf8');
  writeFileSync(join(embedTarget, file), text.replaceAll('../slt/v1/', `../slt/${major}/`));
}
console.log(`Published ${exactTarget}, ${majorTarget} and ${embedTarget}`);
