#!/usr/bin/env node
// Issue 9's benchmarks in one run (a command, never a test):
//  1. first chart: the two-trend demo page vs a naive DuckDB-first page (bench/pages/
//     duckdb-first.html) vs the static-SVG page, alternating cold loads; medians and ratios,
//     bytes before the first chart;
//  2. the front page (demo/index.html): DuckDB bytes fetched before any interaction;
//  3. at scale: bars grouped by a column beside a filter over `pipeline scale` files
//     (data/bench/events-1m.parquet, events-10m.parquet if present), through the engine API:
//     first chart, filter-to-repaint p50/p95 over 50 changes, JS heap.
//
//   node scripts/build.mjs --quiet && node bench/engine.mjs [--runs N] [--scale-only|--no-scale] [--before DIR] [--scale-files events-1m.parquet,…]
// --before DIR: also load the two-trend page and the scale page with the bundle built in DIR
// (another checkout's packages/widgets/dist, e.g. from `git archive <commit>`), in the same
// run, for before/after (the first chart's row `before`, alternating with the others).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { launchChromium } from '../scripts/chromium.mjs';
import { createDemoServer } from '../scripts/serve.mjs';
import { coldLoad, kindOf } from './lib/cold-load.mjs';
import { bytesBefore } from './lib/report.mjs';
import { formatBytes, formatMs, formatRatio, summarise, table } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' }, 'scale-only': { type: 'boolean' }, 'no-scale': { type: 'boolean' }, before: { type: 'string' }, 'scale-files': { type: 'string' } } });
const runs = Number(values.runs);
if (!existsSync(join(root, 'packages', 'widgets', 'dist', 'slt-widgets.js'))) {
  console.error('bench/engine: no bundle in packages/widgets/dist: run `node scripts/build.mjs --quiet` first');
  process.exit(1);
}

// The demo server, plus the bench pages and the (gitignored, never published) scale files.
const demo = createDemoServer().listeners('request')[0];
const pages = sirv(join(root, 'bench', 'pages'), { dev: true });
const scaleData = sirv(join(root, 'data', 'bench'), { dev: true });
const beforeBundle = values.before ? sirv(values.before, { dev: true, gzip: true, brotli: true }) : null;
const server = createServer((request, response) => {
  const mount = (prefix, handler) => {
    request.url = request.url.slice(prefix.length - 1);
    handler(request, response, () => ((response.statusCode = 404), response.end()));
  };
  if (request.url.startsWith('/bench/')) return mount('/bench/', pages);
  if (request.url.startsWith('/bench-data/')) return mount('/bench-data/', scaleData);
  if (beforeBundle && request.url.startsWith('/slt-before/')) return mount('/slt-before/', beforeBundle);
  if (beforeBundle && request.url === '/before/trends.html') {
    // The demo's two-trend page with the --before bundle instead of this one (same data, same page).
    response.setHeader('content-type', 'text/html; charset=utf-8');
    return response.end(readFileSync(join(root, 'demo', 'trends.html'), 'utf8').replaceAll('/slt/slt-widgets.js', '/slt-before/slt-widgets.js'));
  }
  return demo(request, response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const log = (message) => process.stderr.write(`${message}\n`);
const duckdbBytes = (load, time = Infinity) =>
  load.resources.filter((r) => r.responseEnd <= time && ['wasm', 'worker'].includes(kindOf(r))).reduce((sum, r) => sum + r.transferSize, 0);
const totalBytes = (load, time) => Object.values(bytesBefore(load.resources, time)).reduce((sum, kind) => sum + kind.transfer, 0);

try {
  console.log(`Engine benchmarks, ${new Date().toISOString()}: Chromium ${browser.version()}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (!values['scale-only']) {
    const load = (path, until, settleMs = 0) => coldLoad(browser, `${origin}/${path}`, { until, settleMs });
    const kinds = {
      static: () => load('baseline.html', ['first-contentful-paint']),
      trends: () => load('trends.html', ['slt:first-chart'], 2_000),
      ...(beforeBundle ? { before: () => load('before/trends.html', ['slt:first-chart'], 2_000) } : {}),
      naive: () => load('bench/duckdb-first.html', ['slt:first-chart']),
    };
    const firstChart = (kind, l) => (kind === 'static' ? l.marks['first-contentful-paint'] : l.marks['slt:first-chart']);
    log('warm-up');
    for (const loadKind of Object.values(kinds)) await loadKind();
    const samples = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
    for (let run = 1; run <= runs; run += 1) {
      log(`first chart: run ${run}/${runs}`);
      for (const [kind, loadKind] of Object.entries(kinds)) samples[kind].push(await loadKind());
    }
    const median = (kind) => summarise(samples[kind].map((l) => firstChart(kind, l))).median;
    const rows = Object.keys(kinds).map((kind) => {
      const times = summarise(samples[kind].map((l) => firstChart(kind, l)));
      const bytes = summarise(samples[kind].map((l) => totalBytes(l, firstChart(kind, l)))).median;
      const duck = summarise(samples[kind].map((l) => duckdbBytes(l))).median;
      return [kind, formatMs(times.median), formatMs(times.min), formatMs(times.max), formatRatio(times.median / median('naive')), formatRatio(times.median / median('static')), formatBytes(bytes), formatBytes(duck)];
    });
    console.log(`\n== First chart, ${runs} alternating cold loads each (loopback, no throttling) ==\n`);
    console.log(table(['page', 'median', 'min', 'max', 'vs DuckDB-first', 'vs static', 'bytes before first chart', 'DuckDB bytes (whole load)'], rows));
    console.log(`two trends are ${formatRatio(median('naive') / median('trends'))} faster than DuckDB-first (goal >= 8x), ${formatRatio(median('trends') / median('static'))} the static page (goal <= 2x)`);
    if (beforeBundle) console.log(`with the bundle from ${values.before} (row "before"): ${formatRatio(median('naive') / median('before'))} faster than DuckDB-first, ${formatRatio(median('before') / median('static'))} the static page`);

    log('front page');
    const front = [];
    for (let run = 1; run <= Math.min(runs, 3); run += 1) front.push(await load('index.html', ['slt:first-chart'], 3_000));
    console.log(`\n== Front page (demo/index.html), ${front.length} cold loads, 3 s after the first chart, no interaction ==\n`);
    console.log(`DuckDB bytes (wasm + worker) fetched: ${front.map((l) => formatBytes(duckdbBytes(l))).join(', ')}; DuckDB starts: ${front.map((l) => l.duckdbStarts).join(', ')}; all bytes: ${front.map((l) => formatBytes(totalBytes(l, Infinity))).join(', ')}`);
  }
  if (!values['no-scale']) {
    for (const file of values['scale-files']?.split(',') ?? ['events-1m.parquet', 'events-10m.parquet']) {
      if (!existsSync(join(root, 'data', 'bench', file))) {
        console.log(`\n(${file} missing: \`cd packages/pipeline && npx tsx src/cli.ts scale --rows N --out ../../data/bench/${file}\`)`);
        continue;
      }
      // The --before bundle, then this one without cubes (each filter change a GROUP BY over the
      // file), then with them (the default).
      const variants = [
        ...(beforeBundle ? [{ label: `bundle from ${values.before}`, query: '&bundle=/slt-before/slt-widgets.js' }] : []),
        { label: 'pre-aggregation off', query: '&cubes=0' },
        { label: 'pre-aggregation on', query: '' },
        // ...and at a reader's pace: half a second before each change (not timed).
        { label: 'pre-aggregation on, a change every 0.5 s', query: '&pause=500' },
        // The same through the widgets: <slt-bars aggregate="count"> beside <slt-filter>.
        // 50 different selections over area, age band and sex (no answer from the scope's cache)...
        { label: 'widgets, 50 different selections, pre-aggregation off', query: '&cubes=0', page: 'scale-widgets.html' },
        { label: 'widgets, 50 different selections, pre-aggregation on', query: '', page: 'scale-widgets.html' },
        // ...and a reader picking the ten areas in turn, five times (repeats come from the cache).
        { label: 'widgets, the 10 areas in turn, pre-aggregation on', query: '&walk=area', page: 'scale-widgets.html' },
      ];
      for (const variant of variants) {
        log(`scale: ${file}, ${variant.label}`);
        const url = `${origin}/bench/${variant.page ?? 'scale.html'}?file=/bench-data/${file}${variant.query}`;
        const l = await coldLoad(browser, url, { until: ['slt:done'] }).catch((error) => ({ error }));
        if (l.error) {
          console.log(`\n== At scale: ${file}, ${variant.label} == failed: ${String(l.error.message).slice(0, 300)}`);
          continue;
        }
        const repaint = summarise(l.result.repaint);
        const sorted = [...l.result.repaint].sort((a, b) => a - b);
        const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1];
        const phases = l.result.phases ?? {};
        console.log(`\n== At scale: ${file}, bars (count per category) beside an area filter, ${variant.page ? '' : 'engine API, '}${variant.label} ==\n`);
        console.log(table(['first chart', 'repaint p50', 'repaint p95', 'repaint max', 'page JS heap after', 'DuckDB memory after', 'bytes fetched'], [[
          formatMs(l.marks['slt:first-chart']), formatMs(repaint.median), formatMs(p95), formatMs(repaint.max),
          l.result.heap === null ? 'n/a' : formatBytes(l.result.heap), formatBytes(l.result.duckdbMemory ?? 0), formatBytes(totalBytes(l, Infinity)),
        ]]));
        const ms = (value) => (typeof value === 'number' ? formatMs(value) : 'n/a');
        console.log(`first chart: DuckDB ready at ${ms(phases['slt:duckdb-ready'])}, decoding ${ms(phases['slt:decode'])}, insert into DuckDB ${ms(phases['slt:duckdb-insert'])}; ` +
          `the area picker's distinct values (in the page) ${ms(phases.picker)}; first two repaints ${l.result.repaint.slice(0, 2).map(formatMs).join(', ')}; ` +
          `five slowest repaints ${[...l.result.repaint].sort((a, b) => b - a).slice(0, 5).map(formatMs).join(', ')}; ` +
          // Which changes were slow (1-based): the first two are the first query and the cube's build;
          // later ones, on two cores, V8 compiling DuckDB's wasm to its top tier beside them (BENCHMARKS.md).
          `over 50 ms at changes ${l.result.repaint.flatMap((time, index) => (time > 50 ? [`#${index + 1} (${formatMs(time)})`] : [])).join(', ') || 'none'}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
