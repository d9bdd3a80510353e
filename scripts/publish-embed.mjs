#!/usr/bin/env node
// Copies the built script-tag bundle (packages/widgets/dist) to a web root under its
// versioned paths: <webroot>/slt/v1/ (replaced by every 1.x release) and <webroot>/slt/v1.2.3/
// (written once, never replaced), so pages that pasted an older snippet keep working.
//   node scripts/publish-embed.mjs /var/www/statistikk
import { cpSync, existsSync, rmSync } from 'node:fs';
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
const majorTarget = resolve(webroot, 'slt', major);
rmSync(majorTarget, { recursive: true, force: true });
copy(majorTarget);
console.log(`Published ${exactTarget} and ${majorTarget}`);
