#!/usr/bin/env node
// What a page downloads for each element of the script-tag bundle, compressed (gzip and
// brotli, each file on its own, as a server sends them): the entry (slt-widgets.js) plus
// the element's chunk and every chunk it imports, from Vite's manifest. The DuckDB wasm and
// worker are not counted: they load only when a query needs DuckDB.
//   node scripts/size-budget.mjs            the table
//   node scripts/size-budget.mjs --check    exits 1 when an element is over its budget
//   node scripts/size-budget.mjs --update   rewrites the budgets as today's sizes + 10 %
// Budgets: packages/widgets/size-budget.json (bytes). Figures: packages/widgets/README.md.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'widgets', 'dist');
const budgetFile = join(root, 'packages', 'widgets', 'size-budget.json');
const ENTRY = 'src/embed.ts';

/** Files a page with only `element` loads: the entry, the element's chunk and their static imports. */
export function filesFor(manifest, key) {
  const files = new Set();
  const visit = (name) => {
    const chunk = manifest[name];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(ENTRY);
  visit(key);
  return [...files];
}

/**
 * The dynamic imports of ELEMENT_LOADERS, in its order (the bundler may merge an element's
 * entry file into a shared chunk, so the manifest's keys do not always name it). The table
 * is in the entry (src/boot.ts), or in one of its static imports; the engine's own dynamic
 * imports there (the DuckDB runtime, hyparquet's reader: keys outside the widgets package,
 * `../engine/...`) are left out.
 */
export function elementChunks(manifest) {
  const loaders = readFileSync(join(root, 'packages', 'widgets', 'src', 'element-loaders.ts'), 'utf8');
  const tags = [...loaders.matchAll(/'(slt-[a-z-]+)': \(\) => import\(/g)].map((match) => match[1]);
  const elementImports = (key) => (manifest[key].dynamicImports ?? []).filter((imported) => !imported.startsWith('../'));
  const holder = [ENTRY, ...(manifest[ENTRY].imports ?? [])].find((key) => elementImports(key).length === tags.length);
  const chunks = holder === undefined ? [] : elementImports(holder);
  if (tags.length === 0 || tags.length !== chunks.length) {
    throw new Error(`The bundle's dynamic imports (${chunks.length}) do not match ELEMENT_LOADERS (${tags.length})`);
  }
  return tags.map((tag, index) => [tag, chunks[index]]);
}

const sizeOfFile = new Map();

/** A chunk's size as served: minified, gzip -9 and brotli -11 (shared chunks are measured once). */
function compressed(file) {
  if (!sizeOfFile.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizeOfFile.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeOfFile.get(file);
}

export function measure() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const sizes = {};
  for (const [element, key] of elementChunks(manifest)) {
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const file of filesFor(manifest, key)) {
      const size = compressed(file);
      raw += size.raw;
      gzip += size.gzip;
      brotli += size.brotli;
    }
    sizes[element] = { raw, gzip, brotli };
  }
  return Object.fromEntries(Object.entries(sizes).sort());
}

/**
 * The npm packages whose code is in the files an element loads before any query needs
 * DuckDB (the entry, the element's chunk and their static imports), from the source maps.
 */
export function packagesFor(element) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const key = new Map(elementChunks(manifest)).get(element);
  if (!key) throw new Error(`No element ${element} in the bundle`);
  return new Set(filesFor(manifest, key).flatMap(packagesInFile));
}

/**
 * The npm packages whose code is in one built file (its source map's sources under
 * node_modules). An asset's URL (`@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url`: one line,
 * the file's address) is not its code and is left out.
 */
export function packagesInFile(file) {
  if (!existsSync(join(dist, `${file}.map`))) {
    // The bundler writes no map for a chunk that only re-exports another one (a few bytes).
    if (statSync(join(dist, file)).size < 512) return [];
    throw new Error(`${file} has no source map: build with sourcemap on`);
  }
  const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
  return map.sources.flatMap((source) => {
    const at = source.lastIndexOf('node_modules/');
    if (at < 0 || source.endsWith('?url')) return [];
    const [scope, name] = source.slice(at + 'node_modules/'.length).split('/');
    return [scope.startsWith('@') ? `${scope}/${name}` : scope];
  });
}

/** Every built JavaScript file of the bundle (the entry and assets/), as the manifest names them. */
export function bundleFiles() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  return [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith('.js') && !file.includes('.worker'));
}

export function overBudget(sizes, budgets) {
  const problems = [];
  for (const [element, size] of Object.entries(sizes)) {
    const budget = budgets[element];
    if (!budget) {
      problems.push(`${element} has no budget in packages/widgets/size-budget.json`);
      continue;
    }
    for (const kind of ['gzip', 'brotli']) {
      if (size[kind] > budget[kind]) problems.push(`${element}: ${size[kind]} B ${kind} is over its budget of ${budget[kind]} B`);
    }
  }
  return problems;
}

export function readBudgets() {
  return JSON.parse(readFileSync(budgetFile, 'utf8'));
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure();
  if (process.argv.includes('--update')) {
    const budgets = Object.fromEntries(
      Object.entries(sizes).map(([element, size]) => [element, { gzip: Math.ceil(size.gzip * 1.1), brotli: Math.ceil(size.brotli * 1.1) }]),
    );
    writeFileSync(budgetFile, `${JSON.stringify(budgets, null, 2)}\n`);
  }
  const budgets = readBudgets();
  console.log('| element | minified | gzip | brotli | budget (gzip / brotli) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [element, size] of Object.entries(sizes)) {
    const budget = budgets[element];
    console.log(`| \`<${element}>\` | ${kB(size.raw)} kB | ${kB(size.gzip)} kB | ${kB(size.brotli)} kB | ${budget ? `${kB(budget.gzip)} / ${kB(budget.brotli)} kB` : '-'} |`);
  }
  if (process.argv.includes('--check')) {
    const problems = overBudget(sizes, budgets);
    for (const problem of problems) console.error(problem);
    process.exit(problems.length === 0 ? 0 : 1);
  }
}
