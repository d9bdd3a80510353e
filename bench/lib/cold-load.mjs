// One cold page load: a fresh browser context (empty HTTP cache, new renderer, so a new
// DuckDB-WASM), the profile's network conditions, and what the page's Performance
// Timeline says afterwards, including that of its workers (the wasm is fetched there).

import { waitForEntries } from './wait-for-entries.mjs';

const TIMEOUT_MS = 120_000;
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Loads `url` cold and waits for every entry named in `until` (marks or paints), e.g.
 * the demo's slt:first-chart and slt:duckdb-ready, or the baseline's
 * first-contentful-paint. Times are ms from navigation start; resources are the page's
 * and its workers', on the page's clock.
 */
export async function coldLoad(browser, url, { until, network, cpuRate = 1, settleMs = 0 }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const workers = [];
    page.on('worker', (worker) => workers.push(worker));
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });

    await page.goto(url, { waitUntil: 'commit' });
    try {
      await waitForEntries(cdp, until, TIMEOUT_MS);
    } catch (error) {
      throw new Error(`${url}: no ${until.join(' and ')} within ${TIMEOUT_MS / 1000} s. Page errors: ${errors.join(' | ') || 'none'}`, { cause: error });
    }
    // Time for anything the page would fetch without interaction after its marks (DuckDB).
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    const timeline = await page.evaluate(readTimeline);
    const resources = [...timeline.resources];
    for (const worker of workers) {
      const workerTimeline = await worker.evaluate(readTimeline).catch(() => undefined);
      if (!workerTimeline) continue; // a worker that has already ended
      const offset = workerTimeline.timeOrigin - timeline.timeOrigin;
      resources.push(
        ...workerTimeline.resources.map((entry) => ({ ...entry, startTime: entry.startTime + offset, responseEnd: entry.responseEnd + offset })),
      );
    }
    const result = settleMs > 0 || until.includes('slt:done') ? await page.evaluate(() => globalThis.benchResult ?? null) : null;
    return { result, marks: timeline.marks, duckdbStarts: timeline.duckdbStarts, workers: workers.map((w) => w.url()), resources, errors };
  } finally {
    await context.close();
  }
}

/** Runs in the page or a worker: marks, paints and every fetched resource with its sizes. */
function readTimeline() {
  const marks = {};
  for (const entry of performance.getEntries()) {
    if (entry.entryType === 'mark' || entry.entryType === 'paint') marks[entry.name] = entry.startTime;
  }
  const resources = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
    url: entry.name,
    type: entry.entryType === 'navigation' ? 'document' : entry.initiatorType,
    startTime: entry.startTime,
    responseEnd: entry.responseEnd,
    // transferSize is the compressed body plus (in Chrome) a flat 300 B for headers;
    // encodedBodySize is the body as sent (br/gzip), decodedBodySize after decoding.
    transferSize: entry.transferSize,
    encodedBodySize: entry.encodedBodySize,
    decodedBodySize: entry.decodedBodySize,
  }));
  const duckdb = globalThis[Symbol.for('slt.engine.duckdb')];
  return { timeOrigin: performance.timeOrigin, marks, resources, duckdbStarts: duckdb?.starts ?? 0 };
}

/** What a resource is, for the bytes table. */
export function kindOf(resource) {
  if (resource.type === 'document') return 'document';
  const path = new URL(resource.url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (/worker[^/]*\.js$/.test(path)) return 'worker';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.parquet') || path.startsWith('/data/')) return 'data';
  return 'other';
}

export const KINDS = ['document', 'js', 'worker', 'wasm', 'data', 'other'];
