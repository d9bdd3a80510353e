// The other pages of the demo site as a reader gets them from `npm start` (the real demo
// server): every widget draws, no page error, and axe-core finds no WCAG 2.1 A/AA
// violation, in light and dark mode. (The dashboard pages have their own test.)
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helpers shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error: plain .mjs helpers shared with the scripts
import { createDemoServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = ['/', '/trends.html'] as const;

/** The sentence of a chart whose every figure is hidden (bokmål demo pages). */
const ALL_HIDDEN = /alle tallene her er skjult for å beskytte personvernet: færre enn \d+ personer, eller tall som ville avslørt slike\.$/i;

describe('the demo site', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(`${root}packages/widgets/dist/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    browser = await launchChromium();
    server = createDemoServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  for (const path of PAGES) {
    it.each(['light', 'dark'] as const)(`${path}: every widget draws, and axe-core finds no violation (%s mode)`, async (colorScheme) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((element) => element.tagName.startsWith('SLT-'));
          return (
            widgets.length > 0 &&
            widgets.every((element) => element.shadowRoot?.querySelector(':is(figure, form)[aria-busy="false"]'))
          );
        },
        undefined,
        { timeout: 60_000 },
      );
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((element) => element.tagName.startsWith('SLT-') && element.tagName !== 'SLT-FILTER')
          .map((element) => ({
            tag: element.tagName.toLowerCase(),
            error: element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '',
            drawn: Boolean(element.shadowRoot!.querySelector('.chart svg, table')),
            empty: element.shadowRoot!.querySelector('p.message[role="status"]')?.textContent?.trim() ?? '',
          })),
      );
      for (const state of states) {
        expect(state.error, `${state.tag} shows an error`).toBe('');
        // Every widget draws: a reader of these pages gets no box that only says its figures
        // are hidden (the front page once showed the quarterly moves between zones, which the
        // release withholds; it shows the yearly moves in the ladder instead).
        expect(state.empty, `${state.tag} shows only a message`).not.toMatch(ALL_HIDDEN);
        expect(state.empty, `${state.tag} is empty`).toBe('');
        expect(state.drawn, `${state.tag} has no chart or table`).toBe(true);
      }
      await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  // The front page's district charts have sex=all and follow="sex": "Alle" shows both sexes,
  // a choice of sex in <slt-filter> (here from the link) shows that sex's figures in each.
  it('/: a sex chosen in the picker reaches the map, the bars, the district trend and the table', async () => {
    const read = async (search: string) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin}/${search}`);
      await page.waitForFunction(
        () => [...document.querySelectorAll('#utenforskap ~ .grid > *')].every((element) => element.shadowRoot?.querySelector('figure[aria-busy="false"]')),
        undefined,
        { timeout: 60_000 },
      );
      const texts = await page.evaluate(() =>
        Object.fromEntries(
          ['slt-map', 'slt-bars', 'slt-table', 'slt-trend[follow]'].map((selector) => {
            const root = document.querySelector(`#utenforskap ~ .grid ${selector}`)!.shadowRoot!;
            return [selector, (root.querySelector('[role="alert"]')?.textContent ?? '') + (root.querySelector('figcaption p, tbody')?.textContent ?? '')];
          }),
        ),
      );
      await page.close();
      return texts;
    };
    const all = await read('');
    const women = await read('?f.sex=female');
    for (const [selector, text] of Object.entries(all)) {
      expect(text, selector).not.toMatch(/mer enn ett tall/);
      expect(women[selector], selector).not.toMatch(/mer enn ett tall/);
      expect(women[selector], `${selector} follows the choice of sex`).not.toBe(text);
    }
  });
  // A reader who prints the page with the browser's own command (not a dashboard's print
  // button) got each chart as drawn for the screen, shrunk to the paper: small text and a blank
  // band below it. The charts are drawn again at the paper's width while the page is laid out
  // for print, but only at the height they had: the browser has counted the pages by then, and
  // a taller drawing would push the last of the page past the last page, unprinted.
  it.each(['/', '/kobenhavn.html'])('%s printed with the browser\'s command: the charts are drawn at the paper\'s width, and nothing moves', async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    type Box = { tag: string; width: number; height: number; drawn: number };
    // The page's widgets, and those inside its dashboards (two on the København page).
    const snapshot = () => {
      const dashboards = [...document.querySelectorAll<HTMLElement & { widgets: HTMLElement[] }>('slt-youth-exclusion, slt-living-conditions')];
      const widgets = [...document.querySelectorAll('.grid > *'), ...dashboards.flatMap((dashboard) => dashboard.widgets)];
      return widgets.map((element): Box => {
        const box = element.getClientRects()[0];
        const style = getComputedStyle(element);
        const content = (box?.width ?? 0) - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        const svg = element.shadowRoot?.querySelector<SVGSVGElement>('figure > .chart > svg');
        // All its boxes: on paper a widget may go on in the next column.
        const height = [...element.getClientRects()].reduce((sum, { height }) => sum + height, 0);
        return { tag: element.localName, width: Math.floor(content), height: Math.round(height), drawn: svg ? svg.width.baseVal.value : -1 };
      });
    };
    // The first listener on the print media query: it runs before the widgets' own.
    await page.addInitScript(`(${(take: () => Box[]) => {
      const log: { laidOut?: Box[] } = ((globalThis as unknown as { printLog: object }).printLog = {});
      matchMedia('print').addEventListener('change', (event) => {
        if (event.matches) log.laidOut = take();
      });
    }})(${snapshot})`);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(
      () => document.readyState === 'complete' && [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('slt-')).every((element) => element.getAttribute('state') !== 'loading' && element.shadowRoot?.querySelector('[aria-busy="false"]')),
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForFunction(`(${snapshot})().filter((box) => box.tag === 'slt-trend' || box.tag === 'slt-bars').every((box) => box.drawn > 0)`, undefined, { timeout: 60_000 });
    const screen = await page.evaluate(snapshot);
    // The last listener: the widgets' drawing for the paper has run by then.
    await page.evaluate(`(${(take: () => Box[]) => {
      const log = (globalThis as unknown as { printLog: { printed?: Box[] } }).printLog;
      matchMedia('print').addEventListener('change', (event) => {
        if (event.matches) log.printed = take();
      });
    }})(${snapshot})`);
    await page.pdf({ format: 'A4' });
    const { laidOut, printed } = await page.evaluate(() => (globalThis as unknown as { printLog: { laidOut: Box[]; printed: Box[] } }).printLog);
    expect(printed.length).toBeGreaterThan(5);
    expect(printed.map(({ tag, height }) => ({ tag, height }))).toEqual(laidOut.map(({ tag, height }) => ({ tag, height })));
    if (path !== '/') return;
    const charts = printed.filter(({ tag }) => tag === 'slt-trend' || tag === 'slt-bars');
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of charts) {
      expect(chart.width, `${chart.tag} is laid out narrower on paper`).toBeLessThan(screen.find(({ tag }) => tag === chart.tag)!.width);
      expect(chart.drawn, `${chart.tag} is drawn at the paper's width`).toBe(chart.width);
    }
    // After printing, the screen's drawing again.
    await page.waitForFunction(
      (widths) =>
        [...document.querySelectorAll('.grid > slt-trend, .grid > slt-bars')].every(
          (element, index) => element.shadowRoot!.querySelector<SVGSVGElement>('figure > .chart > svg')!.width.baseVal.value === widths[index],
        ),
      screen.filter(({ tag }) => tag === 'slt-trend' || tag === 'slt-bars').map(({ drawn }) => drawn),
      { timeout: 5_000 },
    );
    await page.close();
  });
  // A chunk that does not come (a deploy in progress, a network fault): the element's tag
  // stayed an empty box of 0 px and only the console knew. It says so in its place now, in the
  // page's language, and the other widgets draw.
  it('/ with the trend\'s code unreachable: each trend says so in words; the others draw', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(/\/assets\/slt-trend-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelectorAll('slt-trend > .slt-load-failed').length === document.querySelectorAll('slt-trend').length, undefined, { timeout: 30_000 });
    const trends = await page.evaluate(() =>
      [...document.querySelectorAll('slt-trend')].map((element) => ({
        message: element.querySelector('[role=alert]')?.textContent,
        height: element.getBoundingClientRect().height,
        defined: customElements.get('slt-trend') !== undefined,
      })),
    );
    expect(trends.length).toBeGreaterThanOrEqual(2);
    for (const trend of trends) {
      expect(trend).toMatchObject({ message: 'Figuren kunne ikke lastes. Last inn siden på nytt.', defined: false });
      expect(trend.height).toBeGreaterThan(20);
    }
    await page.waitForFunction(() => document.querySelector('.grid > slt-bars')?.getAttribute('state') === 'ready', undefined, { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
  // A reader whose phone is in dark mode saw the widgets as black boxes in the middle of a
  // white municipal page: they followed the system's preference alone. They follow the page:
  // dark only where it says it can be dark (color-scheme in its CSS or its meta tag).
  it.each([
    ['says nothing', '', 'dark', 'rgb(255, 255, 255)'],
    ['says light in its meta tag', '<meta name="color-scheme" content="light">', 'dark', 'rgb(255, 255, 255)'],
    ['says light dark in its CSS', '<style>:root { color-scheme: light dark; }</style>', 'dark', 'rgb(22, 22, 22)'],
    ['says light dark in its meta tag', '<meta name="color-scheme" content="light dark">', 'dark', 'rgb(22, 22, 22)'],
    ['says light dark, to a reader who prefers light', '<style>:root { color-scheme: light dark; }</style>', 'light', 'rgb(255, 255, 255)'],
  ] as const)('a page that %s: the widgets are drawn as the page is', async (_, head, colorScheme, background) => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 }, colorScheme });
    await page.route(`${origin}/scheme.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="nb"><head>${head}<script type="module" src="/slt/slt-widgets.js"></script></head><body>
          <slt-trend src="/data/indicators.parquet" filter="indicator=neet&amp;age_group=16-25&amp;sex=all&amp;area=Asker" unit="percent"></slt-trend>
          <slt-table src="/data/indicators.parquet" filter="indicator=neet&amp;age_group=16-25&amp;sex=all&amp;area_level=district&amp;year=2024" columns="area,value"></slt-table></body></html>`,
      }),
    );
    await page.goto(`${origin}/scheme.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('slt-trend, slt-table')].every((element) => element.getAttribute('state') === 'ready'), undefined, { timeout: 60_000 });
    const backgrounds = await page.evaluate(() => [...document.querySelectorAll('slt-trend, slt-table')].map((element) => getComputedStyle(element).backgroundColor));
    expect(backgrounds).toEqual([background, background]);
    await page.close();
  });
  // On paper a picker is of no use and an empty "Alle" box says little: the filter prints the
  // choices in force as a sentence instead (before, its selects and reset button printed).
  it('/ printed: the pickers give way to the choices in force as a sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/?f.area=Borgen`);
    await page.waitForFunction(() => document.querySelector('slt-filter')?.getAttribute('state') === 'ready', undefined, { timeout: 60_000 });
    const seen = () =>
      page.evaluate(() => {
        const root = document.querySelector('slt-filter')!.shadowRoot!;
        const visible = (selector: string) => [...root.querySelectorAll(selector)].some((element) => element.getClientRects().length > 0);
        return { selects: visible('select'), reset: visible('button'), sentence: visible('[part="printed"]') ? root.querySelector('[part="printed"]')!.textContent!.trim() : '' };
      });
    expect(await seen()).toEqual({ selects: true, reset: true, sentence: '' });
    await page.emulateMedia({ media: 'print' });
    expect(await seen()).toEqual({ selects: false, reset: false, sentence: 'Utvalg: Område: Borgen, Kjønn: Alle.' });
    await page.close();
  });
});
