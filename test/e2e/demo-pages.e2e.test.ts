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
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
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
