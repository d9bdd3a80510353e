#!/usr/bin/env node
// Bytes a page with two <slt-trend> transfers before both charts are drawn (the bundle as a
// municipality serves it: brotli when accepted), split into scripts, data and DuckDB files.
//   node scripts/first-chart-bytes.mjs [bundle folder, default packages/widgets/dist]
// The first-chart time is benchmarked in bench/ (npm run bench); this counts bytes only.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = resolve(process.argv[2] ?? join(root, 'packages', 'widgets', 'dist'));

const trend = `<slt-trend src="/data/indicators.parquet" filter="indicator=neet&age_group=16-25&sex=all&area_level=municipality&area_level=country" series-column="area" unit="percent" heading="NEET"></slt-trend>`;
const html = `<!doctype html><html lang="nb"><head><script type="module" src="/slt/slt-widgets.js"></script></head><body>${trend}${trend}</body></html>`;

const site = await serve();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  const urls = new Map();
  const bytes = new Map();
  client.on('Network.responseReceived', ({ requestId, response }) => urls.set(requestId, response.url));
  client.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => bytes.set(requestId, encodedDataLength));
  await page.goto(`${site.origin}/`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('slt-trend')].every((element) => element.shadowRoot?.querySelector('.slt-trend-points')),
    undefined,
    { timeout: 60_000 },
  );
  const totals = { scripts: 0, data: 0, duckdb: 0, other: 0 };
  const files = [];
  for (const [id, size] of bytes) {
    const path = new URL(urls.get(id) ?? 'http://x/').pathname;
    const kind = /duckdb|\.wasm$/.test(path) ? 'duckdb' : path.endsWith('.js') ? 'scripts' : path.startsWith('/data/') ? 'data' : 'other';
    totals[kind] += size;
    files.push(`${(size / 1000).toFixed(1).padStart(8)} kB  ${path}`);
  }
  console.log(files.sort().join('\n'));
  const all = Object.values(totals).reduce((sum, value) => sum + value, 0);
  console.log(`Before both charts are drawn: ${(all / 1000).toFixed(1)} kB transferred (scripts ${(totals.scripts / 1000).toFixed(1)} kB, data ${(totals.data / 1000).toFixed(1)} kB, DuckDB ${(totals.duckdb / 1000).toFixed(1)} kB, other ${(totals.other / 1000).toFixed(1)} kB)`);
} finally {
  await browser.close();
  site.server.close();
}

/** The page at /, the bundle at /slt/ (precompressed files when accepted), the data at /data/. */
async function serve() {
  const slt = sirv(bundle, { dev: true, gzip: true, brotli: true });
  const data = sirv(join(root, 'data'), { dev: true });
  const server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end();
    };
    const url = request.url ?? '/';
    for (const [prefix, handler] of [['/slt/', slt], ['/data/', data]]) {
      if (!url.startsWith(prefix)) continue;
      request.url = url.slice(prefix.length - 1);
      return handler(request, response, notFound);
    }
    if (url !== '/') return notFound();
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(html);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
