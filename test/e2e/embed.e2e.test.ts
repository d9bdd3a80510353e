// The embed bundle as a municipality would deploy it: copied to any path, or served from
// another origin than the page (an asset host). Needs the built bundle (npm test builds it).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/widgets/dist`;

interface Site {
  server: Server;
  origin: string;
}

/** A static site: each prefix maps to a folder or to a fixed HTML page. */
async function site(routes: Record<string, string | { html: string }>, headers: Record<string, string> = {}): Promise<Site> {
  const handlers = Object.entries(routes).map(([prefix, target]) => ({
    prefix,
    handle:
      typeof target === 'string'
        ? sirv(target, { dev: true, gzip: true, brotli: true })
        : (_request: unknown, response: import('node:http').ServerResponse) => {
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(target.html);
          },
  }));
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const route = handlers.find(({ prefix }) => request.url?.startsWith(prefix));
    if (!route) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = request.url!.slice(route.prefix.length - 1) || '/';
    route.handle(request as never, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const trend = (src: string) =>
  `<slt-trend src="${src}" filter="indicator=neet&age_group=15-29&sex=all&area_level=municipality&area_level=country" series-column="area" unit="percent" heading="NEET"></slt-trend>`;

describe('the embed bundle', () => {
  let browser: Browser;
  const sites: Site[] = [];

  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const { server } of sites) server.close();
  });

  /** Opens a page, fails on any request that leaves this machine, and waits for every chart. */
  async function open(url: string) {
    const page = await browser.newPage();
    const offsite: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1') return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const trends = [...document.querySelectorAll('slt-trend')];
        return trends.length > 0 && trends.every((trend) => trend.shadowRoot?.querySelector('.slt-trend-points'));
      },
      undefined,
      { timeout: 30_000 },
    );
    // Let DuckDB-WASM finish starting behind the charts: its wasm must load from the bundle's folder too.
    await page.evaluate(async () => {
      const engine = (globalThis as Record<symbol, { duckdb(): Promise<unknown> }>)[Symbol.for('slt.engine')];
      await engine?.duckdb();
    });
    const points = await page.evaluate(() =>
      [...document.querySelectorAll('slt-trend')].map((trend) => trend.shadowRoot!.querySelectorAll('.slt-trend-points > *').length),
    );
    await page.close();
    return { points, offsite, errors };
  }

  it('works copied to a deep sub-path, referenced relatively', async () => {
    const host = await site({
      '/kommune/oppvekst/': { html: `<!doctype html><html lang="nb"><head><script type="module" src="../../filer/slt/v1/slt-widgets.js"></script></head><body>${trend('../../filer/data/indicators.parquet')}</body></html>` },
      '/filer/slt/v1/': dist,
      '/filer/data/': `${root}data`,
    });
    sites.push(host);
    const result = await open(`${host.origin}/kommune/oppvekst/`);
    expect(result.errors).toEqual([]);
    expect(result.offsite).toEqual([]);
    expect(result.points).toEqual([20]);
  });

  it('works from another origin (an asset host with CORS), DuckDB worker included', async () => {
    const assets = await site({ '/slt/': dist, '/data/': `${root}data` }, { 'access-control-allow-origin': '*' });
    sites.push(assets);
    const page = await site({
      '/': { html: `<!doctype html><html lang="nb"><head><script type="module" src="${assets.origin}/slt/slt-widgets.js"></script></head><body>${trend(`${assets.origin}/data/indicators.parquet`)}${trend(`${assets.origin}/data/indicators.parquet`)}</body></html>` },
    });
    sites.push(page);
    const result = await open(`${page.origin}/`);
    expect(result.errors).toEqual([]);
    expect(result.offsite).toEqual([]);
    expect(result.points).toEqual([20, 20]);
  });
});
