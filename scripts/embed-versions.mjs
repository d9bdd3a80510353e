// The versioned paths of the script-tag bundle. A page that pastes /slt/v1/slt-widgets.js
// gets every 1.x release (new attributes, fixes; the 1.x attribute names never change);
// /slt/v1.2.3/slt-widgets.js never changes at all. Used by the demo server and by
// publish-embed.mjs, which copies the bundle to both paths on a municipality's web server.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function widgetsVersion() {
  return JSON.parse(readFileSync(join(root, 'packages', 'widgets', 'package.json'), 'utf8')).version;
}

/** ['v1', 'v1.2.3'] for version 1.2.3: the major line and the exact release. */
export function embedPaths(version = widgetsVersion()) {
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major === undefined) throw new Error(`Not a semver version: ${version}`);
  return [`v${major}`, `v${version}`];
}
