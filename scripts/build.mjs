#!/usr/bin/env node
// Builds the embed bundle (packages/widgets/dist) with its custom-elements manifest, the npm
// packages (scripts/build-packages.mjs), and
// writes gzip and brotli copies of the big assets beside it, so any static server (ours,
// or a municipality's nginx with gzip_static) sends the 34 MB DuckDB wasm as about 6 MB.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'widgets', 'dist');
const quiet = process.argv.includes('--quiet');
const vite = join(root, 'node_modules', '.bin', 'vite');

const built = spawnSync(vite, ['build', ...(quiet ? ['--logLevel', 'warn'] : [])], {
  cwd: join(root, 'packages', 'widgets'),
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

// The custom-elements manifest, from the elements' JSDoc, beside the bundle.
const widgets = join(root, 'packages', 'widgets');
const manifest = spawnSync(join(widgets, 'node_modules', '.bin', 'cem'), ['analyze', '--quiet'], {
  cwd: widgets,
  stdio: quiet ? 'ignore' : 'inherit',
});
if (manifest.status !== 0) {
  console.error('The custom-elements manifest could not be generated (cem analyze failed).');
  process.exit(manifest.status ?? 1);
}

// Assets with a content hash in their name (the 34 MB wasm) are compressed once and
// kept in a cache: compressing them is most of the build's time.
const cache = join(root, 'node_modules', '.cache', 'slt-compressed');
mkdirSync(cache, { recursive: true });
const compressible = /\.(js|wasm|json|css|svg|html)$/;
const hashed = /-[\w-]{8}\.\w+$/;
for (const file of walk(dist)) {
  if (!compressible.test(file) || statSync(file).size < 1024) continue;
  for (const [suffix, compress] of [['.gz', gzip], ['.br', brotli]]) {
    const cached = join(cache, basename(file) + suffix);
    if (hashed.test(file) && existsSync(cached)) {
      copyFileSync(cached, file + suffix);
      continue;
    }
    writeFileSync(file + suffix, compress(readFileSync(file)));
    if (hashed.test(file)) copyFileSync(file + suffix, cached);
  }
}

function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}
if (!quiet) console.log(`Bundle ready in ${dist}`);

// The npm packages (lib/ of disclosure, engine and widgets), after the manifest they ship.
const packages = spawnSync(process.execPath, [join(root, 'scripts', 'build-packages.mjs'), ...(quiet ? ['--quiet'] : [])], {
  stdio: 'inherit',
});
if (packages.status !== 0) process.exit(packages.status ?? 1);

function* walk(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!/\.(gz|br|map)$/.test(entry.name)) yield path;
  }
}
