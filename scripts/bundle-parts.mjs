#!/usr/bin/env node
// What the first chart of the script-tag bundle is made of: for the files a page with only
// one element loads (the entry, the element's chunk and their static imports, from Vite's
// manifest), the bytes each part contributes, from the source maps. A file's compressed size
// (brotli, as the bundle is served; gzip with --gzip) is split between its parts in proportion
// to their minified bytes, so the parts add up to what is sent.
//   node scripts/bundle-parts.mjs [element, default slt-trend] [--files] [--all] [--gzip] [--dist DIR]
// --all lists every package and source file; without it, the parts are grouped (PART_GROUPS).
// Build first: node scripts/build.mjs --quiet.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { elementChunks, filesFor } from './size-budget.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { files: { type: 'boolean' }, all: { type: 'boolean' }, gzip: { type: 'boolean' }, dist: { type: 'string' } },
});
const dist = resolve(options.dist ?? join(root, 'packages', 'widgets', 'dist'));

/** Parts grouped for the report: the first group whose test matches a part names it. */
const PART_GROUPS = [
  ['Observable Plot and d3', (part) => part === '@observablehq/plot' || part.startsWith('d3-') || part === 'isoformat' || part === 'internmap'],
  ['apache-arrow (flatbuffers, tslib)', (part) => ['apache-arrow', 'flatbuffers', 'tslib'].includes(part)],
  ['DuckDB-WASM JS API', (part) => part === '@duckdb/duckdb-wasm'],
  ['hyparquet (Parquet decoder)', (part) => part === 'hyparquet'],
  ['engine: Parquet to columns, page evaluator', (part) => /^@slt\/engine (parquet|arrow)\//.test(part) || ['@slt/engine cells', '@slt/engine local-query', '@slt/engine rows', '@slt/engine dataset'].includes(part)],
  ['engine: query model', (part) => part.startsWith('@slt/engine model/')],
  ['engine: disclosure control (+ @slt/disclosure)', (part) => part.startsWith('@slt/engine disclosure/') || part.startsWith('@slt/disclosure')],
  ['engine: the rest (engine, connectors, DuckDB start, formats)', (part) => part.startsWith('@slt/engine') || part === '(asset URLs)'],
  ['Lit', (part) => ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task'].includes(part)],
  ['widgets: the trend', (part) => part.startsWith('@slt/widgets trend/')],
  ['widgets: shared element code, messages, entry', (part) => part.startsWith('@slt/widgets')],
];
/**
 * The part a source file belongs to: an npm package by name, else our package and the file
 * under its src/ (`@slt/engine parquet/read`), else what the bundler added (`(runtime)`).
 */
export function partOf(source, file) {
  if (source.endsWith('?url')) return '(asset URLs)';
  // Sources are relative to where the bundle was built, wherever it is now (--dist).
  const path = source === '(unmapped)' ? source : resolve(dirname(join(root, 'packages', 'widgets', 'dist', file)), source);
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const ours = path.match(/packages\/([^/]+)\/src\/(.+)\.ts$/);
  if (ours) return `@slt/${ours[1]} ${ours[2]}`;
  return '(bundler runtime, unmapped)';
}

/** Minified bytes per source file of one chunk (each generated segment counts for the source it maps to). */
export function bytesBySource(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  if (!existsSync(join(dist, `${file}.map`))) return new Map([['(unmapped)', Buffer.byteLength(code)]]);
  const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  const add = (source, count) => bytes.set(source, (bytes.get(source) ?? 0) + count);
  let source = 0;
  map.mappings.split(';').forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const starts = [];
    for (const segment of segments.split(',').filter(Boolean)) {
      const fields = decodeVlq(segment);
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      starts.push({ column, source: fields.length > 1 ? map.sources[source] : '(unmapped)' });
    }
    if (starts.length === 0 || starts[0].column > 0) add('(unmapped)', Buffer.byteLength(line.slice(0, starts[0]?.column ?? line.length)));
    starts.forEach((start, index) => {
      const end = starts[index + 1]?.column ?? line.length;
      add(start.source, Buffer.byteLength(line.slice(start.column, end)));
    });
  });
  return bytes;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map segment: its fields as signed numbers (base64 VLQ). */
function decodeVlq(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const element = positionals[0] ?? 'slt-trend';
  const kind = options.gzip ? 'gzip' : 'brotli';
  const compress = (bytes) =>
    options.gzip ? gzipSync(bytes, { level: 9 }).length : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const key = new Map(elementChunks(manifest)).get(element);
  if (!key) throw new Error(`No element ${element} in the bundle`);
  const parts = new Map();
  const files = new Map();
  for (const file of filesFor(manifest, key)) {
    const code = readFileSync(join(dist, file));
    const size = compress(code);
    const bySource = bytesBySource(file);
    const total = [...bySource.values()].reduce((a, b) => a + b, 0) || 1;
    files.set(file, { raw: code.length, size });
    for (const [source, raw] of bySource) {
      const part = partOf(source, file);
      const name = options.all ? part : (PART_GROUPS.find(([, test]) => test(part))?.[0] ?? part);
      const entry = parts.get(name) ?? { raw: 0, size: 0, chunks: new Set() };
      entry.raw += raw;
      entry.size += (size * raw) / total;
      entry.chunks.add(file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''));
      parts.set(name, entry);
    }
  }
  const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(6);
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  console.log(`<${element}> from ${dist}: ${files.size} files, ${kB(sum([...files.values()].map((f) => f.raw))).trim()} kB minified, ${kB(sum([...files.values()].map((f) => f.size))).trim()} kB ${kind} (each file compressed on its own)`);
  if (options.files) {
    for (const [file, size] of [...files].sort((a, b) => b[1].size - a[1].size)) console.log(`  ${kB(size.size)} kB ${kind} ${kB(size.raw)} kB min  ${file}`);
  }
  console.log(`\n  ${kind} kB    min kB  part (files)`);
  for (const [part, entry] of [...parts].sort((a, b) => b[1].size - a[1].size)) {
    if (entry.raw < 100) continue;
    console.log(`  ${kB(entry.size)}  ${kB(entry.raw)}    ${part} (${[...entry.chunks].join(', ')})`);
  }
}
