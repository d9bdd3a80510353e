#!/usr/bin/env node
// What the first chart of the script-tag bundle is made of: for the chunks a page with only
// <slt-trend> loads (the entry, the element's chunk and their static imports, from Vite's
// manifest), the bytes each package (or our own packages/*) contributes, from the source maps.
// A chunk's gzip size is split between its parts in proportion to their minified bytes
// (gzip of a part on its own would overstate it), so the parts add up to what is sent.
//   node scripts/bundle-parts.mjs [element, default slt-trend] [--files]
// Build first: node scripts/build.mjs --quiet.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { filesFor, elementChunks } from './size-budget.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'widgets', 'dist');

/** The part a source file belongs to: an npm package by name, else our package folder. */
export function partOf(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = source.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const ours = source.match(/packages\/([^/]+)\/src\/(?:([^/]+)\/)?/);
  if (ours) return ours[2] && !ours[2].includes('.') ? `@slt/${ours[1]} ${ours[2]}/` : `@slt/${ours[1]}`;
  return source;
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
  const element = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'slt-trend';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const key = new Map(elementChunks(manifest)).get(element);
  if (!key) throw new Error(`No element ${element} in the bundle`);
  const parts = new Map();
  const files = new Map();
  for (const file of filesFor(manifest, key)) {
    const code = readFileSync(join(dist, file));
    const gzip = gzipSync(code, { level: 9 }).length;
    const bySource = bytesBySource(file);
    const total = [...bySource.values()].reduce((a, b) => a + b, 0) || 1;
    files.set(file, { raw: code.length, gzip });
    for (const [source, raw] of bySource) {
      const part = partOf(source);
      const entry = parts.get(part) ?? { raw: 0, gzip: 0, chunks: new Set() };
      entry.raw += raw;
      entry.gzip += (gzip * raw) / total;
      entry.chunks.add(file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''));
      parts.set(part, entry);
    }
  }
  const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(6);
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  console.log(`${element}: ${files.size} chunks, ${kB(sum([...files.values()].map((f) => f.raw)))} kB minified, ${kB(sum([...files.values()].map((f) => f.gzip)))} kB gzip (each chunk on its own)`);
  if (process.argv.includes('--files')) {
    for (const [file, size] of [...files].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`  ${kB(size.gzip)} kB gzip ${kB(size.raw)} kB min  ${file}`);
  }
  console.log('\n  gzip kB    min kB  part (chunks)');
  for (const [part, entry] of [...parts].sort((a, b) => b[1].gzip - a[1].gzip)) {
    if (entry.raw < 200) continue;
    console.log(`  ${kB(entry.gzip)}  ${kB(entry.raw)}    ${part} (${[...entry.chunks].join(', ')})`);
  }
}
