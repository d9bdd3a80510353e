#!/usr/bin/env node
// <slt-casework> benchmark: time from navigation to the full 4-party dashboard (every
// view drawn), filter change to repaint (p50, p95 over N changes), opening a case's path, with the JS heap,
// in headless Chromium, on the internal events file or a `pipeline scale` file.
//
//   node bench/casework.mjs [--events data/internal/case_events.parquet] [--changes 50] [--runs 3] [--bundle DIR]
//   (--profile: a CPU profile of the first run's open, its functions by self time)
//   (--bundle: another build's packages/widgets/dist, e.g. an earlier commit's, to compare in one sitting)
//   (tsx packages/pipeline/src/cli.ts scale --rows 1000000 makes data/bench/case_events_1000000.parquet)
//
// A measurement, not a test. Serves the file on 127.0.0.1 only, from this process.
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { launchChromium } from '../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: 'data/internal/case_events.parquet' },
    changes: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    bundle: { type: 'string', default: 'packages/widgets/dist' },
    profile: { type: 'boolean', default: false },
  },
});
const events = resolve(root, values.events);
if (!existsSync(events)) throw new Error(`no file ${events}`);
const bundleDir = resolve(root, values.bundle);
if (!existsSync(join(bundleDir, 'slt-widgets.js'))) throw new Error(`no bundle in ${bundleDir}: node scripts/build.mjs --quiet`);

const bundle = sirv(bundleDir, { dev: true });
const data = sirv(dirname(events), { dev: true });
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<slt-casework src="/events/${basename(events)}" no-url></slt-casework>
<script type="module" src="/slt/slt-widgets.js"></script></body></html>`;
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') return response.end(PAGE);
  const mount = (prefix, handler) => {
    request.url = url.pathname.slice(prefix.length - 1);
    handler(request, response, () => ((response.statusCode = 404), response.end()));
  };
  if (url.pathname.startsWith('/slt/')) return mount('/slt/', bundle);
  if (url.pathname.startsWith('/events/')) return mount('/events/', data);
  response.statusCode = 404;
  response.end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const results = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const profiling = values.profile && run === 0;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${origin}/`);
    // Full dashboard: every view's table drawn, after DuckDB-WASM computed them.
    const full = await page.evaluate(async () => {
      const element = document.querySelector('slt-casework');
      await customElements.whenDefined('slt-casework');
      for (;;) {
        const root = element.shadowRoot;
        if (root?.querySelector('.root[aria-busy="false"] [data-view="concerns"]')) break;
        if (root?.querySelector('[role="alert"]')) throw new Error(root.querySelector('[role="alert"]').textContent);
        await new Promise((r) => setTimeout(r, 10));
      }
      await element.settled;
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return performance.now();
    });
    // When the page had the element's code and began to open the file (the first step's start).
    const began = await page.evaluate(() => Math.min(...performance.getEntriesByType('measure').filter((e) => e.name.startsWith('slt-casework:')).map((e) => e.startTime)));
    // The open's steps on one time line (start and end after navigation), and the frames' long tasks, for the gaps between them.
    const timeline = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((e) => e.name.startsWith('slt-casework:')).map((e) => `${e.name.slice(13)} ${e.startTime.toFixed(0)}-${(e.startTime + e.duration).toFixed(0)}`).join(', '),
    );
    if (profiling) printProfile((await cdp.send('Profiler.stop')).profile);
    const heapAfterLoad = await heap(cdp);
    const openSteps = await steps(page);
    // Filter to repaint: alternate sex, month and age band; each change waits for every
    // view to be recomputed and the next frame painted.
    const times = await page.evaluate(async (changes) => {
      const element = document.querySelector('slt-casework');
      const root = element.shadowRoot;
      const selects = [...root.querySelectorAll('form select')];
      const out = [];
      for (let i = 0; i < changes; i++) {
        // Each select in turn, each time to its next value (never the one it has: every
        // change is one, also for a select with three options).
        const select = selects[[0, 2, 3][i % 3]];
        const options = [...select.options].map((o) => o.value).slice(0, 6);
        select.value = options[(Math.floor(i / 3) + 1) % options.length];
        // A reader's change arrives as a task of its own on an idle page, not inside the
        // previous change's animation frame callback (which would add a whole frame to it).
        await new Promise((r) => setTimeout(r, 50));
        const start = performance.now();
        select.dispatchEvent(new Event('change'));
        await element.updateComplete;
        await element.settled;
        const settled = performance.now();
        // Style and layout now (what the next frame would do first), timed on their own.
        void element.shadowRoot.querySelector('.root').offsetHeight;
        performance.measure('slt-casework:layout', { start: settled });
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        out.push(performance.now() - start);
        // Where a change's time goes besides the element's steps: from settled (every view
        // computed and rendered into the DOM) to the next frame (style and layout, which
        // `layout` times alone, then waiting for the frame).
        performance.measure('slt-casework:settled', { start, end: settled });
        performance.measure('slt-casework:frame', { start: settled });
      }
      return out;
    }, Number(values.changes));
    // A case's path: the agenda's first pseudonym clicked, until the path is drawn and painted.
    const path = await page.evaluate(async () => {
      const element = document.querySelector('slt-casework');
      const button = element.shadowRoot.querySelector('[data-view="agenda"] button.pseudonym');
      await new Promise((r) => setTimeout(r, 50));
      const start = performance.now();
      button.click();
      await element.updateComplete;
      await element.settled;
      if (!element.shadowRoot.querySelector('[data-view="path"] tbody tr')) throw new Error('no path drawn');
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return performance.now() - start;
    });
    const heapAfterChanges = await heap(cdp);
    const changeSteps = await steps(page);
    results.push({ full, began, path, timeline, p50: percentile(times, 50), p95: percentile(times, 95), heapMB: Math.max(heapAfterLoad, heapAfterChanges), openSteps, changeSteps });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

/** The element's timed steps since the last call (`slt-casework:*` on the Performance Timeline), by name. */
async function steps(page) {
  return page.evaluate(() => {
    const byName = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (!entry.name.startsWith('slt-casework:')) continue;
      (byName[entry.name.slice('slt-casework:'.length)] ??= []).push(entry.duration);
    }
    performance.clearMeasures();
    return byName;
  });
}

/** The open's functions by self time (ms), the 25 costliest. */
function printProfile(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const step = new Map();
  profile.samples.forEach((id, i) => step.set(id, (step.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  for (const [id, ms] of step) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${byId.get(id).callFrame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  console.log('  open, self time by function (ms):');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(0).padStart(6)}  ${key}`);
}

async function heap(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

const median = (key) => percentile(results.map((r) => r[key]), 50);
console.log(`<slt-casework> (${values.bundle}) on ${values.events} (${(statSync(events).size / 2 ** 10).toFixed(0)} KiB), ${values.runs} runs, ${values.changes} filter changes each`);
console.log(`  full dashboard after navigation: ${median('full').toFixed(0)} ms (median of runs; each: ${results.map((r) => r.full.toFixed(0)).join(', ')})`);
console.log(`  the element began opening the file at ${median('began').toFixed(0)} ms after navigation (loading the page and its code before it)`);
console.log(`  the first run's open, on one time line (ms after navigation): ${results[0].timeline}, full ${results[0].full.toFixed(0)}`);
console.log(`  filter to repaint: p50 ${median('p50').toFixed(0)} ms, p95 ${median('p95').toFixed(0)} ms (medians of runs)`);
console.log(`  a case's path opened (the agenda's first pseudonym clicked) to painted: ${median('path').toFixed(0)} ms (median of runs)`);
console.log(`  JS heap (used, peak sampled): ${median('heapMB').toFixed(0)} MB (the DuckDB-WASM memory is not in it)`);
// Where the time goes: each step's median over the runs (at open: each step once, the first
// views included; per filter change: the step's p50 and p95 over the changes that ran it).
const stepNames = (key) => [...new Set(results.flatMap((r) => Object.keys(r[key])))];
const openLine = stepNames('openSteps').map((name) => `${name} ${median2(results.map((r) => sum(r.openSteps[name] ?? [])))}`).join(', ');
console.log(`  at open (ms): ${openLine}`);
const changeLine = stepNames('changeSteps')
  .map((name) => `${name} ${median2(results.map((r) => percentile(r.changeSteps[name] ?? [0], 50)))}/${median2(results.map((r) => percentile(r.changeSteps[name] ?? [0], 95)))}`)
  .join(', ');
console.log(`  per filter change, p50/p95 (ms): ${changeLine}`);

function sum(list) {
  return list.reduce((a, b) => a + b, 0);
}
function median2(list) {
  return percentile(list, 50).toFixed(0);
}
