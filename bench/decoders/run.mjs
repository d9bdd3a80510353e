// Decoder benchmark: hyparquet (+ our conversion to Arrow) against parquet-wasm, in headless
// Chromium. Run from the repo root: `node bench/decoders/run.mjs` (`--quick` for fewer runs).
// Figures are medians, given as ratios to hyparquet measured in the same run; see README.md.
import { build } from 'vite';
import { chromium } from 'playwright';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { FILES, makeData } from './make-data.mjs';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = join(here, '.data'); // gitignored: generated files, bundles, results.json
const DECODERS = ['hyparquet', 'parquet-wasm'];
const BASELINE = 'hyparquet';
const TWO_COLUMNS = ['area', 'value'];
const quick = process.argv.includes('--quick');
/** Runs per case: [cold, warm]. Cold runs each get a fresh browser context. */
const RUNS = quick ? { small: [3, 5], medium: [2, 3], large: [1, 2] } : { small: [9, 21], medium: [5, 9], large: [3, 5] };
/** "A good mobile / average home connection": what the ranged-read threshold is chosen for. */
const NETWORK = { latency: 40, downloadThroughput: (20e6 / 8), uploadThroughput: (5e6 / 8), offline: false };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]);
}

async function buildBundles() {
  const sizes = {};
  for (const decoder of DECODERS) {
    const outDir = join(work, 'dist', decoder);
    await build({
      configFile: false, root: join(here, 'pages', decoder), base: './', logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    });
    sizes[decoder] = files(outDir).filter((f) => !f.endsWith('.html')).map((f) => {
      const bytes = readFileSync(f);
      return {
        file: relative(outDir, f), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  }
  return sizes;
}

async function inPage(browser, server, decoder, body, arg, network = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/dist/${decoder}/index.html`);
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
  }
  try { return await page.evaluate(body, arg); } finally { await context.close(); }
}

/** Decoding time from bytes in memory to an Arrow Table: module load + init + first decode. */
async function cold(browser, server, decoder, file, columns) {
  return inPage(browser, server, decoder, async ({ file, columns }) => {
    const bytes = await (await fetch(`/files/${file}.parquet`)).arrayBuffer();
    const t0 = performance.now();
    const { decode } = await globalThis.loadDecoder();
    const table = await decode(bytes, columns);
    return { ms: performance.now() - t0, rows: table.numRows, types: table.schema.fields.map((f) => `${f.name}: ${f.type}`) };
  }, { file, columns });
}

/** The same after a discarded first decode, several times in one page. */
async function warm(browser, server, decoder, file, columns, runs) {
  return inPage(browser, server, decoder, async ({ file, columns, runs }) => {
    const bytes = await (await fetch(`/files/${file}.parquet`)).arrayBuffer();
    const { decode } = await globalThis.loadDecoder();
    await decode(bytes, columns);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await decode(bytes, columns);
      times.push(performance.now() - t0);
    }
    return times;
  }, { file, columns, runs });
}

/** The engine's own path over a throttled network: one whole-file GET against ranged reads. */
async function network(browser, server, file, columns, wholeFileLimit) {
  return inPage(browser, server, 'hyparquet', async ({ file, columns, wholeFileLimit }) => {
    const { fetchAndDecode } = await globalThis.loadDecoder();
    const t0 = performance.now();
    await fetchAndDecode(`/files/${file}.parquet`, columns, wholeFileLimit);
    return performance.now() - t0;
  }, { file, columns, wholeFileLimit }, true);
}

await makeData(join(work, 'files'));
const sizes = await buildBundles();
const server = await serve({ '/dist/': join(work, 'dist'), '/files/': join(work, 'files') });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const decoding = [];
const types = {};
for (const file of Object.keys(FILES)) {
  for (const columns of [null, TWO_COLUMNS]) {
    const [coldRuns, warmRuns] = RUNS[file];
    const row = { file, columns: columns ? columns.join(', ') : 'all 8' };
    for (const decoder of DECODERS) {
      const colds = [];
      for (let i = 0; i < coldRuns; i++) {
        const result = await cold(browser, server, decoder, file, columns);
        colds.push(result.ms);
        if (!columns) types[decoder] = result.types;
        if (result.rows !== FILES[file]) throw new Error(`${decoder} read ${result.rows} rows of ${file}`);
      }
      row[decoder] = { cold: median(colds), warm: median(await warm(browser, server, decoder, file, columns, warmRuns)) };
    }
    decoding.push(row);
    console.log(JSON.stringify(row));
  }
}

const ranged = [];
for (const file of Object.keys(FILES)) {
  for (const columns of [null, TWO_COLUMNS]) {
    const runs = file === 'large' ? 2 : quick ? 2 : 3;
    const row = { file, bytes: statSync(join(work, 'files', `${file}.parquet`)).size, columns: columns ? columns.join(', ') : 'all 8' };
    const whole = [], byRange = [];
    for (let i = 0; i < runs; i++) {
      whole.push(await network(browser, server, file, columns, Infinity));
      byRange.push(await network(browser, server, file, columns, 0));
    }
    Object.assign(row, { whole: median(whole), ranged: median(byRange) });
    ranged.push(row);
    console.log(JSON.stringify(row));
  }
}
await browser.close();
await server.close();

const machine = `${cpus().length} x ${cpus()[0]?.model.trim()}, Chromium ${browser.version()}, Node ${process.version}`;
writeFileSync(join(work, 'results.json'), JSON.stringify({ machine, sizes, types, decoding, ranged }, null, 2));

// Markdown, for README.md.
const out = [`Machine: ${machine}${quick ? ' (--quick)' : ''}`, '', '| bundle | raw | gzip | brotli |', '| --- | --- | --- | --- |'];
for (const decoder of DECODERS) {
  const total = (k) => sizes[decoder].reduce((s, f) => s + f[k], 0);
  for (const f of sizes[decoder]) out.push(`| ${decoder}: ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  out.push(`| **${decoder} total** | **${kb(total('raw'))}** | **${kb(total('gzip'))}** | **${kb(total('brotli'))}** |`);
}
out.push('', `Decoding, median time relative to ${BASELINE} (absolute ms in brackets; lower is better):`, '',
  '| file | columns | cold: parquet-wasm / hyparquet | warm: parquet-wasm / hyparquet |', '| --- | --- | --- | --- |');
for (const r of decoding) {
  const cell = (k) => `**${(r['parquet-wasm'][k] / r[BASELINE][k]).toFixed(2)}** (${ms(r['parquet-wasm'][k])} / ${ms(r[BASELINE][k])})`;
  out.push(`| ${r.file} (${FILES[r.file].toLocaleString('en')} rows) | ${r.columns} | ${cell('cold')} | ${cell('warm')} |`);
}
out.push('', `Engine path (hyparquet) over a throttled network (${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8 / 1e6)} Mbit/s), fetch + decode:`, '',
  '| file | size | columns | ranged / whole | whole-file GET | ranged reads |', '| --- | --- | --- | --- | --- | --- |');
for (const r of ranged) out.push(`| ${r.file} | ${kb(r.bytes)} | ${r.columns} | **${(r.ranged / r.whole).toFixed(2)}** | ${ms(r.whole)} | ${ms(r.ranged)} |`);
out.push('', 'Arrow types produced (all columns):', '');
for (const decoder of DECODERS) out.push(`- ${decoder}: ${types[decoder].join(', ')}`);
console.log(`\n${out.join('\n')}`);
writeFileSync(join(work, 'results.md'), `${out.join('\n')}\n`);
