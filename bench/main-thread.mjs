#!/usr/bin/env node
// The main thread's work before the first chart, for the two-trend page against another
// bundle (`--before DIR`, a packages/widgets/dist built elsewhere), in alternating cold loads
// with a Chrome trace each: the time to the slt:first-chart mark (slowed by the tracing) and
// the renderer main thread's busy time up to it (the sum of its tasks). The busy time moves
// much less with the machine's load than the wall-clock time does, so it says whether a
// change made the page do less, when other work shares the two cores; the kinds of trace
// event that took it (layout, script evaluation, ...) say where. A command, never a test.
//   node scripts/build.mjs --quiet && node bench/main-thread.mjs --before DIR [--runs 8]
import { parseArgs } from 'node:util';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { launchChromium } from '../scripts/chromium.mjs';
import { createDemoServer } from '../scripts/serve.mjs';
import { waitForEntries } from './lib/wait-for-entries.mjs';
const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { before: { type: 'string' }, runs: { type: 'string', default: '8' } } });
if (!values.before) throw new Error('bench/main-thread: --before DIR (another build of packages/widgets/dist) is needed');
const demo = createDemoServer().listeners('request')[0];
const before = sirv(values.before, { dev: true, gzip: true, brotli: true });
const server = createServer((request, response) => {
  if (request.url.startsWith('/slt-before/')) { request.url = request.url.slice('/slt-before'.length); return before(request, response, () => ((response.statusCode = 404), response.end())); }
  if (request.url === '/before/trends.html') { response.setHeader('content-type', 'text/html; charset=utf-8'); return response.end(readFileSync(join(root, 'demo', 'trends.html'), 'utf8').replaceAll('/slt/slt-widgets.js', '/slt-before/slt-widgets.js')); }
  return demo(request, response);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable'); await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading'] });
  await page.goto(`${origin}/${path}`, { waitUntil: 'commit' });
  await waitForEntries(cdp, ['slt:first-chart'], 30_000);
  const first = await page.evaluate(() => performance.getEntriesByName('slt:first-chart')[0].startTime);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const mark = events.find((e) => e.name === 'slt:first-chart');
  const tid = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === mark.pid).tid;
  const end = mark.ts;
  const start = end - first * 1000;
  // The main thread's trace events before the mark, nested by time: a task's busy time, and
  // each kind of event's own time (what its children did not take), to say where it went.
  const spans = events
    .filter((e) => e.pid === mark.pid && e.tid === tid && e.ph === 'X' && e.ts >= start && e.ts < end)
    .map((e) => ({ name: e.name, ts: e.ts, dur: Math.min(e.dur ?? 0, end - e.ts) }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  let busy = 0;
  const own = {};
  for (const span of spans) {
    while (open.length > 0 && open.at(-1).ts + open.at(-1).dur <= span.ts) open.pop();
    const parent = open.at(-1);
    if (parent) own[parent.name] -= span.dur;
    else if (span.name === 'RunTask') busy += span.dur;
    own[span.name] = (own[span.name] ?? 0) + span.dur;
    open.push(span);
  }
  return { first, busy: busy / 1000, own: Object.fromEntries(Object.entries(own).map(([name, us]) => [name, us / 1000])) };
}
const results = { after: [], before: [] };
for (let i = 0; i < Number(values.runs); i++) {
  results.after.push(await load('trends.html'));
  results.before.push(await load('before/trends.html'));
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`Two-trend page, ${values.runs} alternating cold loads each, traced (first chart / main thread busy before it, ms):`);
for (const [kind, loads] of Object.entries(results)) {
  console.log(`${kind.padEnd(6)} first chart median ${med(loads.map((r) => r.first)).toFixed(0)} ms, main thread busy median ${med(loads.map((r) => r.busy)).toFixed(0)} ms   (${loads.map((r) => `${r.first.toFixed(0)}/${r.busy.toFixed(0)}`).join(' ')})`);
}
console.log('Where the busy time went (median own time per kind of trace event, ms; RunTask is script the trace does not name):');
for (const [kind, loads] of Object.entries(results)) {
  const names = new Set(loads.flatMap((r) => Object.keys(r.own)));
  const top = [...names].map((name) => [name, med(loads.map((r) => r.own[name] ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log(`${kind.padEnd(6)} ${top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(' | ')}`);
}
await browser.close(); server.close();
