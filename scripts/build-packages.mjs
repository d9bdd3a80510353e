#!/usr/bin/env node
// Builds the publishable packages (@slt/disclosure, @slt/engine, @slt/widgets) into each
// package's lib/: ES modules, one file per source module (so a bundler keeps only what a
// page imports), declaration files, and, for the engine, the DuckDB wasm and workers in
// lib/assets/ referred to relative to the module (new URL('../assets/…', import.meta.url)).
// Dependencies stay imports; their versions come from package.json when packed.
// The workspace itself uses src/ (package.json "exports"); the packed tarball uses lib/
// (pnpm applies "publishConfig" when it packs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeFrameworkTypes } from './framework-types.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

/** In build order: each one's declarations are read by the next. */
export const PUBLISHED = [
  { name: 'disclosure', entries: ['index'] },
  { name: 'engine', entries: ['index', 'parquet/early-fetch'] },
  { name: 'widgets', entries: ['index', ...elementEntries()] },
];

function elementEntries() {
  return readdirSync(join(root, 'packages/widgets/src/elements'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `elements/${file.slice(0, -3)}`);
}

/**
 * A bare import (a dependency) stays an import; `?url` assets are copied into lib/assets and
 * the compiler's decorator helper (@oxc-project/runtime, not a dependency) into lib/vendor.
 */
const external = (id) => !/^[./\0]/.test(id) && !/^[A-Za-z]:/.test(id) && !id.includes('?') && !id.startsWith('@oxc-project/runtime');

/**
 * A dynamic import (the engine's DuckDB runtime, loaded when a query needs DuckDB) stays a
 * plain import() in lib/: Vite wraps it in its preload helper, and a host's Vite, wrapping it
 * again, fails on the helper declared twice. The host's bundler does its own preloading.
 */
const plainDynamicImports = {
  name: 'slt-plain-dynamic-imports',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const fileName of Object.keys(bundle)) if (fileName.includes('preload-helper')) delete bundle[fileName];
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const code = chunk.code
        .replace(/__vitePreload\(\(\) => (import\("[^"]+"\)), (?:\[\]|__VITE_PRELOAD__), import\.meta\.url\)/g, '$1')
        .replace(/^import \{ __vitePreload \} from "[^"]+";$/m, ''); // a blank line: the source map's lines stay
      if (code.includes('__vitePreload')) this.error(`${fileName}: a dynamic import is still wrapped in Vite's preload helper`);
      chunk.code = code;
    }
  },
};

for (const { name, entries } of PUBLISHED) {
  const directory = join(root, 'packages', name);
  rmSync(join(directory, 'lib'), { recursive: true, force: true });
  await build({
    root: directory,
    configFile: false,
    logLevel: quiet ? 'warn' : 'info',
    base: './',
    plugins: [plainDynamicImports],
    build: {
      outDir: 'lib',
      emptyOutDir: true,
      target: 'es2022',
      minify: false, // the host's bundler minifies; readable code is easier to debug
      sourcemap: true,
      assetsInlineLimit: 0,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(entries.map((entry) => [entry, join(directory, 'src', `${entry}.ts`)])),
        preserveEntrySignatures: 'strict',
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: join(directory, 'src'),
          // Modules from node_modules (the `?url` modules of the DuckDB files, one line each:
          // new URL(asset, import.meta.url); the decorator helper) would land under
          // lib/node_modules/, which npm leaves out of a tarball.
          entryFileNames: (chunk) => {
            if (!chunk.name.includes('node_modules')) return '[name].js';
            const name = basename(chunk.name);
            return name.endsWith('_url') ? `assets/${name.replace(/_url$/, '')}.url.js` : `vendor/${name}.js`;
          },
          assetFileNames: 'assets/[name][extname]', // the host's bundler adds its own hash
        },
      },
    },
  });
  declarations(directory, name);
  if (name === 'widgets') {
    copyFileSync(join(directory, 'dist', 'custom-elements.json'), join(directory, 'lib', 'custom-elements.json'));
    writeFrameworkTypes(join(directory, 'lib', 'custom-elements.json'), join(directory, 'lib', 'frameworks'));
  }
}

/** tsc writes lib/**.d.ts; the other packages' types come from their lib/ (built before). */
function declarations(directory, name) {
  const config = {
    extends: '../../tsconfig.json',
    compilerOptions: {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      declarationMap: false,
      rewriteRelativeImportExtensions: true,
      outDir: 'lib',
      rootDir: 'src',
      types: ['vite/client'],
      paths: Object.fromEntries(
        PUBLISHED.filter((other) => other.name !== name).map((other) => [`@slt/${other.name}`, [`../${other.name}/lib/index.d.ts`]]),
      ),
    },
    include: ['src'],
    exclude: ['src/**/*.test.ts', 'src/testing', 'src/**/testing'],
  };
  const file = join(directory, 'tsconfig.build.json');
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  try {
    const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', file], { cwd: directory, stdio: 'inherit' });
    if (tsc.status !== 0) {
      console.error(`Declarations for @slt/${name} failed.`);
      process.exit(tsc.status ?? 1);
    }
  } finally {
    rmSync(file);
  }
  // tsc keeps the sources' `./x.ts` specifiers in declarations; a consumer resolves `./x.js`.
  for (const path of walk(join(directory, 'lib'))) {
    if (!path.endsWith('.d.ts')) continue;
    const text = readFileSync(path, 'utf8');
    const fixed = text.replace(/((?:from |import\()['"]\.{1,2}\/[^'"]*?)\.ts(['"])/g, '$1.js$2');
    if (fixed !== text) writeFileSync(path, fixed);
  }
}

function* walk(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
if (!quiet) console.log('Packages built: packages/{disclosure,engine,widgets}/lib');
