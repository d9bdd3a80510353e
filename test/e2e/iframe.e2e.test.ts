// The iframe embed (demo/embed/): a CMS page on one origin with a frame from another
// (the municipality's widget host). The frame's height follows the widget through
// postMessage and demo/embed/resize.js; other messages are ignored; the URL can only set
// the widget's own attributes, as text. Needs the built bundle.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/widgets/dist`;

/** A site: each path prefix maps to a folder or to a fixed HTML page. */
async function site(routes: Record<string, string | (() => string)>): Promise<{ server: Server; origin: string }> {
  const handlers = Object.entries(routes).map(([prefix, target]) => ({
    prefix,
    handle: typeof target === 'string' ? sirv(target, { dev: true, gzip: true, brotli: true }) : target,
  }));
  const server = createServer((request, response) => {
    const route = handlers.find(({ prefix }) => request.url?.startsWith(prefix));
    if (!route) return void response.writeHead(404).end();
    if (typeof route.handle !== 'function' || route.handle.length === 0) {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      return void response.end((route.handle as () => string)());
    }
    request.url = request.url!.slice(route.prefix.length - 1) || '/';
    route.handle(request, response, () => void response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const HOSTILE_HEADING = '<img src=x onerror="window.hacked=1">Unge <b>utenfor</b>';

describe('the iframe embed', () => {
  let browser: Browser;
  let widgets: Awaited<ReturnType<typeof site>>;
  let evil: Awaited<ReturnType<typeof site>>;
  let host: Awaited<ReturnType<typeof site>>;

  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    // The municipality's widget host: the embed page beside the bundle and the data.
    widgets = await site({ '/embed/': `${root}demo/embed`, '/slt/v1/': dist, '/data/': `${root}data` });
    // Another origin that posts a height as if it were the widget.
    evil = await site({
      '/': () => `<!doctype html><script>
        const id = new URLSearchParams(location.search).get('id');
        parent.postMessage({ type: 'slt-embed-height', id, height: 4321 }, '*');
        document.title = 'posted';
      </script>`,
    });
    const trend = new URLSearchParams({
      widget: 'slt-trend',
      id: 'neet',
      src: '/data/indicators.parquet',
      filter: 'indicator=neet&age_group=16-25&sex=all&area_level=municipality&area_level=country',
      'series-column': 'area',
      unit: 'percent',
      heading: HOSTILE_HEADING,
      lang: 'nb',
      onclick: 'window.hacked=2',
      style: 'display:none',
      colour: 'red',
    });
    const kpi = new URLSearchParams({ widget: 'slt-kpi', id: 'moved', src: '/data/indicators.parquet', filter: 'indicator=neet&age_group=16-25&sex=all&area=Asker', unit: 'percent' });
    host = await site({
      '/': () => `<!doctype html><html lang="nb"><head><script src="${widgets.origin}/embed/resize.js"></script></head><body style="margin:0">
        <iframe data-slt-embed="neet" title="Unge utenfor arbeid og utdanning" src="${widgets.origin}/embed/?${trend}" style="width:100%;border:0"></iframe>
        <iframe data-slt-embed="moved" title="Nøkkeltall" src="${widgets.origin}/embed/?${kpi}" style="width:100%;border:0"></iframe>
        <iframe title="Annonse" src="${evil.origin}/?id=neet" style="width:100%;border:0;height:40px"></iframe>
      </body></html>`,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const { server } of [widgets, evil, host]) server?.close();
  });

  const frameHeight = (page: Page, id: string) =>
    page.evaluate((id) => document.querySelector(`iframe[data-slt-embed="${id}"]`)!.getBoundingClientRect().height, id);
  const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const ready = (frame: Frame, name: string) =>
    frame.waitForFunction((name) => document.querySelector(name)?.shadowRoot?.querySelector('figure[aria-busy="false"]'), name, { timeout: 30_000 });

  async function open() {
    const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
    const warnings: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${host.origin}/`);
    const frames = page.frames();
    const trend = frames.find((frame) => frame.url().includes('id=neet') && frame.url().startsWith(widgets.origin))!;
    const kpi = frames.find((frame) => frame.url().includes('id=moved'))!;
    await ready(trend, 'slt-trend');
    await ready(kpi, 'slt-kpi');
    return { page, trend, kpi, warnings, errors, dialogs };
  }

  it('sizes the frame to the widget, and again when the widget grows', async () => {
    const { page, trend, errors } = await open();
    await expect.poll(async () => (await frameHeight(page, 'neet')) - (await contentHeight(trend)), { timeout: 10_000 }).toBe(0);
    const before = await frameHeight(page, 'neet');
    expect(before).toBeGreaterThan(300);

    await trend.locator('slt-trend details[part="table"] > summary').click();
    await expect.poll(() => frameHeight(page, 'neet'), { timeout: 10_000 }).toBeGreaterThan(before + 100);
    expect(await frameHeight(page, 'neet')).toBe(await contentHeight(trend));
    // Nothing cut off: the frame shows the whole page, no scrolling inside it.
    expect(await trend.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores heights from another origin, from the host page and from a frame that navigated away', async () => {
    const { page, kpi } = await open();
    await expect.poll(async () => (await frameHeight(page, 'neet')) > 300, { timeout: 10_000 }).toBe(true);
    const sized = { neet: await frameHeight(page, 'neet'), moved: await frameHeight(page, 'moved') };
    // A third-party frame posts a height with the widget's id; so does the page itself.
    await page.evaluate(() => window.postMessage({ type: 'slt-embed-height', id: 'neet', height: 4321 }, '*'));
    // The KPI frame is navigated to another origin, which then posts as the KPI.
    await kpi.goto(`${evil.origin}/?id=moved`);
    await expect.poll(() => kpi.title()).toBe('posted');
    await page.waitForTimeout(300);
    expect(await frameHeight(page, 'neet')).toBe(sized.neet);
    expect(await frameHeight(page, 'moved')).toBe(sized.moved);
    await page.close();
  });

  it('sets only the widget’s own attributes, as text, and reports the rest in the console', async () => {
    const { page, trend, warnings, dialogs } = await open();
    const element = await trend.evaluate(() => {
      const widget = document.querySelector('slt-trend')!;
      return {
        attributes: widget.getAttributeNames().sort(),
        heading: widget.shadowRoot!.querySelector('[part="heading"]')?.textContent,
        images: widget.shadowRoot!.querySelectorAll('img, b').length + document.querySelectorAll('img, b').length,
        lang: document.documentElement.lang,
        hacked: (window as { hacked?: number }).hacked ?? null,
      };
    }).catch((error: Error) => ({ error: error.message }));
    expect(element).toEqual({
      // The URL's attributes, and what the element sets on itself (its state, its colour scheme).
      attributes: ['data-slt-scheme', 'filter', 'heading', 'series-column', 'src', 'state', 'unit'],
      heading: HOSTILE_HEADING,
      images: 0,
      lang: 'nb',
      hacked: null,
    });
    await trend.locator('slt-trend').click({ position: { x: 5, y: 5 } });
    expect(dialogs).toEqual([]);
    expect(await trend.evaluate(() => (window as { hacked?: number }).hacked ?? null)).toBe(null);
    expect(warnings.join('\n')).toMatch(/ignored parameters onclick, style, colour/);
    await page.close();
  });

  it('sizes the frame to a dashboard', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const src = `${widgets.origin}/embed/?${new URLSearchParams({ widget: 'slt-youth-exclusion', id: 'dashboard', data: '/data/', focus: 'Borgen', lang: 'nb' })}`;
    await page.setContent(`<!doctype html><html lang="nb"><body style="margin:0">
      <iframe data-slt-embed="dashboard" title="Ungt utenforskap" src="${src}" style="width:100%;border:0"></iframe>
      <script src="${widgets.origin}/embed/resize.js"></script></body></html>`);
    const frame = page.frames().find((candidate) => candidate.url().includes('id=dashboard'))!;
    await frame.waitForFunction(() => document.querySelector('slt-youth-exclusion')?.shadowRoot?.querySelector('article[aria-busy="false"]'), null, { timeout: 60_000 });
    await expect.poll(async () => (await frameHeight(page, 'dashboard')) - (await contentHeight(frame)), { timeout: 20_000 }).toBe(0);
    expect(await frameHeight(page, 'dashboard')).toBeGreaterThan(1000);
    await page.close();
  });

  it('refuses an unknown widget and data from another origin', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${widgets.origin}/embed/?widget=script`);
    await expect.poll(() => page.locator('body').textContent()).toContain('ukjent widget «script»');
    // In the reader's language, as the widgets' own messages are.
    await page.goto(`${widgets.origin}/embed/?widget=script&lang=da`);
    await expect.poll(() => page.locator('body').textContent()).toContain('Figuren kan ikke vises: ukendt widget »script«.');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.goto(`${widgets.origin}/embed/?widget=slt-kpi&src=${encodeURIComponent(`${evil.origin}/fake.parquet`)}`);
    await expect.poll(() => warnings.join('\n')).toMatch(/ignored parameters src \(not on/);
    expect(await page.evaluate(() => document.querySelector('slt-kpi')?.getAttribute('src') ?? '')).not.toContain(evil.origin);
    await page.close();
  });
});
