// The widgets inside a page whose CSS resets everything and beside another framework
// (demo/hostile.html) must look exactly as on a clean page: the same file served without
// its parts marked data-hostile. Each widget's inner box (its shadow root's figure) is
// screenshotted on both pages and compared pixel for pixel. Needs the built bundle.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/widgets/dist`;
const hostile = readFileSync(`${root}demo/hostile.html`, 'utf8');
/** The page without the blocks marked data-hostile (or only data-hostile="<kind>"). */
const without = (kind = '[^>]*') => hostile.replace(new RegExp(`<(style|script) data-hostile(=?"?${kind}"?)>[\\s\\S]*?</\\1>`, 'g'), '');
const PAGES: Record<string, string> = {
  '/clean.html': without(),
  '/selectors.html': without('inherited'),
  '/hostile.html': hostile,
};

const WIDGETS = ['slt-trend', 'slt-bars', 'slt-kpi', 'slt-table', 'slt-zones', 'slt-flow'] as const;
/** A dashboard: its own text (intro, summary, notes, buttons) and the charts inside it. */
const DASHBOARD = 'slt-youth-exclusion';
const VIEWPORT = { width: 760, height: 900 };
/**
 * Pixels allowed to differ per widget, and by how much. The same Chromium draws the same
 * SVG at the same size on both pages, so the expected difference is nil; the allowance only
 * absorbs antialiasing of a glyph edge if the text lands at another subpixel offset (the
 * host box above it differs). A style leaking in (a colour, a font, a hidden element)
 * changes thousands of pixels by far more than the channel tolerance. Measured: 0 for every widget.
 */
const MAX_DIFFERENT_PIXELS = 20;
const CHANNEL_TOLERANCE = 48;

describe('the hostile-CSS page', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    const bundle = sirv(dist, { dev: true, gzip: true, brotli: true });
    const data = sirv(`${root}data`, { dev: true });
    server = createServer((request, response) => {
      const url = request.url ?? '/';
      const page = PAGES[url];
      if (page !== undefined) {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(page);
        return;
      }
      const [prefix, handler] = url.startsWith('/slt/') ? ['/slt', bundle] : url.startsWith('/data/') ? ['/data', data] : [];
      if (!handler) return void response.writeHead(404).end();
      request.url = url.slice(prefix!.length);
      handler(request, response, () => void response.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Every widget's figure as a PNG, after every widget has drawn. */
  async function shoot(path: string) {
    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(
      (names) => names.every((name) => document.querySelector(name)?.shadowRoot?.querySelector('figure[aria-busy="false"]')),
      [...WIDGETS],
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      (name) => {
        const root = document.querySelector(name)?.shadowRoot;
        if (root?.querySelector('article')?.getAttribute('data-state') !== 'ready') return false;
        const charts = [...root.querySelectorAll('*')].filter((element) => element.shadowRoot?.querySelector('figure'));
        return charts.length > 0 && charts.every((element) => element.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy') === 'false');
      },
      DASHBOARD,
      { timeout: 30_000 },
    );
    // Let ResizeObservers and redraws settle.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shots = new Map<string, Buffer>();
    for (const name of WIDGETS) shots.set(name, await page.locator(`${name} figure`).first().screenshot({ animations: 'disabled' }));
    shots.set(DASHBOARD, await page.locator(`${DASHBOARD} article`).screenshot({ animations: 'disabled' }));
    const acme = await page.evaluate(() => ({
      banner: document.querySelector('acme-banner')?.textContent ?? null,
      defined: (window as { acmeDefined?: string[] }).acmeDefined ?? [],
    }));
    return { page, shots, errors, acme };
  }

  /** Both pages' widgets, compared; the other framework must have run on the second. */
  async function differences(path: string) {
    const before = await shoot('/clean.html');
    const after = await shoot(path);
    expect(before.errors).toEqual([]);
    expect(after.errors).toEqual([]);
    // The other framework ran and saw our elements defined through its wrapped define().
    expect(after.acme.banner).toBe('ACME CMS 4.2');
    expect(after.acme.defined).toEqual(expect.arrayContaining(['acme-banner', ...WIDGETS]));
    const result: Record<string, unknown> = {};
    for (const name of [...WIDGETS, DASHBOARD]) {
      const [a, b] = [before.shots.get(name)!, after.shots.get(name)!];
      result[name] = await compare(before.page, a, b);
      // Keep both images of a widget that differs, for a human to look at.
      if (!a.equals(b)) {
        writeFileSync(`${tmpdir()}/slt-hostile-${name}-clean.png`, a);
        writeFileSync(`${tmpdir()}/slt-hostile-${name}${path.replace(/\W+/g, '-').replace(/-html$/, '')}.png`, b);
      }
    }
    await before.page.close();
    await after.page.close();
    return result;
  }

  function expectSame(result: Record<string, unknown>) {
    for (const name of [...WIDGETS, DASHBOARD]) {
      expect.soft(result[name], name).toMatchObject({ sameSize: true, differentPixels: expect.any(Number) });
      const { differentPixels, rows } = result[name] as { differentPixels: number; rows?: number[] };
      expect.soft(differentPixels, `${name}: pixels that differ (in rows ${rows?.join('-')})`).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
    }
  }

  it('page selectors (svg, table, button hidden; :host, ::part, descendant attempts) and host-box rules change nothing inside, beside another framework', async () => {
    expectSame(await differences('/selectors.html'));
  });

  // A global reset that reaches the host element (`* { all: unset; font: 30px serif
  // !important; color: red !important; ... }`, `html { font-size: 62.5% }`): inherited
  // properties cross the shadow boundary, so the widgets' frame starts from `all: initial`,
  // sizes in em (never rem) and keeps its host a block with its own background.
  it('a global reset that reaches the host (all: unset, font, colour, spacing, root font size) changes nothing inside', async () => {
    expectSame(await differences('/hostile.html'));
  });
});

/** Compares two PNGs in the browser (a canvas decodes them; no image library needed). */
async function compare(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const decode = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [first, second] = [await decode(a), await decode(b)];
      const sameSize = first.width === second.width && first.height === second.height;
      if (!sameSize) return { sameSize, sizes: [`${first.width}x${first.height}`, `${second.width}x${second.height}`] };
      let differentPixels = 0;
      const rows = new Set<number>();
      for (let index = 0; index < first.data.length; index += 4) {
        for (let channel = 0; channel < 4; channel++) {
          if (Math.abs(first.data[index + channel]! - second.data[index + channel]!) > tolerance) {
            differentPixels++;
            rows.add(Math.floor(index / 4 / first.width));
            break;
          }
        }
      }
      return differentPixels === 0 ? { sameSize, differentPixels } : { sameSize, differentPixels, rows: [Math.min(...rows), Math.max(...rows)] };
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance: CHANNEL_TOLERANCE },
  );
}
