// The script-tag bundle loads only what the page uses, and two copies of it on one page
// (two teams embedding) are harmless. Needs the built bundle (npm test builds it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';
import { staticSite, type Site } from './static-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/widgets/dist`;

const trend = (src: string) =>
  `<slt-trend src="${src}" filter="indicator=neet&age_group=15-29&sex=all&area_level=municipality&area_level=country" series-column="area" unit="percent" heading="NEET"></slt-trend>`;

/** Every trend drew the same, non-empty set of points (they show the same data). */
function expectSameChart(points: number[], count: number) {
  expect(points).toHaveLength(count);
  expect(points[0]).toBeGreaterThan(0);
  expect(new Set(points).size).toBe(1);
}

describe('the embed bundle loads elements on use', () => {
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

  async function open(html: string, routes: Record<string, string>) {
    const site = await staticSite({ ...routes, '/data/': `${root}data`, '/': { html } });
    sites.push(site);
    const page = await browser.newPage();
    const errors: string[] = [];
    const infos: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'info') infos.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => {
      requests.push(new URL(request.url()).pathname);
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}/`);
    return { page, errors, infos, scripts, requests };
  }

  async function pointsOf(page: Page, count: number): Promise<number[]> {
    await page.waitForFunction(
      (expected) => {
        const trends = [...document.querySelectorAll('slt-trend')];
        return trends.length === expected && trends.every((element) => element.shadowRoot?.querySelector('.slt-trend-points'));
      },
      count,
      { timeout: 45_000 },
    );
    return page.evaluate(() =>
      [...document.querySelectorAll('slt-trend')].map((element) => element.shadowRoot!.querySelectorAll('.slt-trend-points > *').length),
    );
  }

  it('a page with two trends fetches the trend code only, and a tag added later is loaded then', async () => {
    const html = `<!doctype html><html lang="nb"><head><script type="module" src="/slt/slt-widgets.js"></script></head><body>${trend('/data/indicators.parquet')}${trend('/data/indicators.parquet')}</body></html>`;
    const { page, errors, scripts } = await open(html, { '/slt/': dist });
    expectSameChart(await pointsOf(page, 2), 2);
    const chunks = scripts.map((path) => path.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
    for (const unused of ['map', 'table', 'zones', 'flow', 'filter', 'kpi', 'living-conditions', 'case-followup']) {
      expect(chunks).not.toContain(unused);
    }
    // Each script is a request the first chart waits for: a module shared by two elements
    // becomes a chunk of its own unless vite.config.ts puts it in widgets-base.
    expect(new Set(chunks)).toEqual(new Set(['slt-widgets.js', 'trend', 'slt-trend', 'widgets-base', 'd3-time']));
    expect(await page.evaluate(() => customElements.get('slt-map'))).toBeUndefined();
    expect(errors).toEqual([]);

    // A CMS or a framework adds a KPI after the page has loaded: its code comes then.
    await page.evaluate(() => document.body.append(document.createElement('slt-kpi')));
    await page.waitForFunction(() => customElements.get('slt-kpi') !== undefined, undefined, { timeout: 30_000 });
    await page.close();
  });

  it("asks for each element's data file at once, beside the element's code, and once for two trends", async () => {
    const html =
      `<!doctype html><html lang="nb"><head><script type="module" src="/slt/slt-widgets.js"></script></head><body>` +
      `${trend('/data/indicators.parquet')}${trend('/data/indicators.parquet')}<slt-trend src="neet-by-name"></slt-trend></body></html>`;
    const site = await staticSite({ '/slt/': dist, '/data/': `${root}data`, '/': { html } });
    sites.push(site);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Hold the trend's code back: the data must not wait for it.
    let releaseCode!: () => void;
    const codeHeld = new Promise<void>((resolve) => (releaseCode = resolve));
    await page.route(/\/assets\/slt-trend-[\w-]+\.js$/, async (route) => {
      await codeHeld;
      await route.continue();
    });
    await page.goto(`${site.origin}/`);
    await expect.poll(() => requests.includes('/data/indicators.parquet'), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => customElements.get('slt-trend'))).toBeUndefined();
    // A registered dataset name is not a file: nothing is asked for it ahead (the element
    // itself asks once its code runs, and says the name is unknown).
    expect(requests.filter((path) => path.includes('neet-by-name'))).toEqual([]);
    releaseCode();
    await page.waitForFunction(
      () => [...document.querySelectorAll('slt-trend')].slice(0, 2).every((element) => element.shadowRoot?.querySelector('.slt-trend-points')),
      undefined,
      { timeout: 45_000 },
    );
    expect(requests.filter((path) => path === '/data/indicators.parquet')).toHaveLength(1);
    // The file is asked for first (src/boot.ts), ahead of the element's chunks, which on an
    // HTTP/1.1 host would otherwise take the browser's six connections.
    const fileAt = requests.indexOf('/data/indicators.parquet');
    const codeAt = requests.findIndex((path) => /\/assets\/slt-trend-[\w-]+\.js$/.test(path));
    expect(fileAt).toBeGreaterThanOrEqual(0);
    expect(fileAt).toBeLessThan(codeAt);
    await page.close();
  });

  it('two copies of the bundle on one page: no error, both copies’ elements draw, each element and file downloaded once', async () => {
    // Two teams embed from two folders: two module instances of the same code.
    const html =
      `<!doctype html><html lang="nb"><head><script type="module" src="/team-a/slt-widgets.js"></script>` +
      `<script type="module" src="/team-b/slt-widgets.js"></script></head><body>` +
      `<section id="a">${trend('/data/indicators.parquet')}</section><section id="b">${trend('/data/indicators.parquet')}</section><div id="later"></div></body></html>`;
    const { page, errors, infos, scripts, requests } = await open(html, { '/team-a/': dist, '/team-b/': dist });
    expectSameChart(await pointsOf(page, 2), 2);
    // Each tag is loaded by the first copy that knows it (src/boot.ts): the second copy asks
    // for none of the elements' code and not for the file again, so nothing is defined twice.
    expect(scripts.filter((path) => /\/team-a\/assets\/slt-trend-/.test(path))).toHaveLength(1);
    expect(scripts.filter((path) => path.startsWith('/team-b/assets/'))).toEqual([]);
    expect(requests.filter((path) => path === '/data/indicators.parquet')).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(infos.filter((text) => text.includes('already defined'))).toEqual([]);

    // A third team's trend, added later, draws too; and a bar chart in a shadow root, found
    // through the second copy's loadElementsIn, is loaded by the first copy's code.
    await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), trend('/data/indicators.parquet'));
    expectSameChart(await pointsOf(page, 3), 3);
    // (A string, so the test runner does not rewrite the page's import().)
    await page.evaluate(`(async () => {
      const later = document.querySelector('#later').attachShadow({ mode: 'open' });
      later.innerHTML = '<slt-bars src="/data/indicators.parquet" filter="indicator=neet&age_group=16-25&sex=all&period=2024&area_level=district" category-column="area" value-column="value"></slt-bars>';
      (await import('/team-b/slt-widgets.js')).loadElementsIn(later);
    })()`);
    await page.waitForFunction(() => document.querySelector('#later')!.shadowRoot!.querySelector('slt-bars')?.shadowRoot?.querySelector('svg'), undefined, { timeout: 30_000 });
    expect(scripts.filter((path) => /\/team-a\/assets\/bars-/.test(path))).toHaveLength(1);
    expect(scripts.filter((path) => path.startsWith('/team-b/assets/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('setDuckDBAssets serves DuckDB-WASM from another folder', async () => {
    const html =
      `<!doctype html><html lang="nb"><head><script type="module">` +
      `import { setDuckDBAssets } from '/slt/slt-widgets.js'; setDuckDBAssets('/duckdb/');</script></head><body>${trend('/data/indicators.parquet')}</body></html>`;
    const wasm: string[] = [];
    const { page, errors } = await open(html, { '/slt/': dist, '/duckdb/': `${root}packages/engine/node_modules/@duckdb/duckdb-wasm/dist` });
    page.on('response', (response) => {
      // The engine asks for the wasm's headers (HEAD) before its worker downloads it (GET): count the download.
      if (response.url().endsWith('.wasm') && response.ok() && response.request().method() === 'GET') wasm.push(new URL(response.url()).pathname);
    });
    expectSameChart(await pointsOf(page, 1), 1);
    await page.evaluate(async () => {
      const engine = (globalThis as Record<symbol, { duckdb(): Promise<unknown> }>)[Symbol.for('slt.engine')];
      await engine!.duckdb();
    });
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(/^\/duckdb\/duckdb-(eh|mvp)\.wasm$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
