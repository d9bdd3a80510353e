// The ▲/▼/● mark "differs from the country beyond chance" as a reader meets it on the demo
// pages over the committed data. In the 3-year view the district in focus is tested on the
// pooled counts of the window (the figure the averaged chart shows) against the country
// over the same years, and the words say "3-års gjennomsnitt for 2022–2024"; in the yearly
// view on the latest year. The expected mark is computed here, independently of the
// widgets: the file read with native DuckDB, the Wilson interval written out again. A
// window with a hidden year (a raised k) gives no mark, not the yearly one instead.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useDemoSite } from './demo-site.ts';
import { INDICATOR_DASHBOARDS, yearlyRows, type Yearly } from './indicator-rows.ts';

const DASHBOARD = INDICATOR_DASHBOARDS;

/** 95 % Wilson score interval of x / n (Wilson 1927), written out here again. */
function wilson(x: number, n: number): [number, number] {
  const z = 1.959964;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

/** The mark the country's share earns against an area's counts. */
function markOf(x: number, n: number, country: number): '▲' | '▼' | '●' {
  const [low, high] = wilson(x, n);
  return country < low ? '▲' : country > high ? '▼' : '●';
}

/** The last three years: the area's summed counts and the country's figure over the same years. */
async function expectedOverWindow(indicator: string, ageGroup: string, area: string, country: string, scale: number) {
  const [rows, countryRows] = [await yearlyRows(indicator, ageGroup, area), await yearlyRows(indicator, ageGroup, country)];
  const end = Math.max(...rows.map((row) => row.year));
  const inWindow = (row: Yearly) => row.year > end - 3 && row.year <= end;
  const window = rows.filter(inWindow);
  const x = window.reduce((sum, row) => sum + row.numerator!, 0);
  const n = window.reduce((sum, row) => sum + row.denominator!, 0);
  const countryWindow = countryRows.filter(inWindow);
  // The country pooled where it has counts, else the mean of its three published rates.
  const countryFigure = countryWindow.every((row) => row.numerator !== null)
    ? (scale * countryWindow.reduce((sum, row) => sum + row.numerator!, 0)) / countryWindow.reduce((sum, row) => sum + row.denominator!, 0)
    : countryWindow.reduce((sum, row) => sum + row.value!, 0) / 3;
  const latest = rows.at(-1)!;
  const countryLatest = countryRows.find((row) => row.year === end)!.value!;
  return {
    window: `${end - 2}–${end}`,
    rows: window,
    pooled: { value: (scale * x) / n, mark: markOf(x, n, countryFigure / scale), country: countryFigure },
    yearly: { value: latest.value!, mark: markOf(latest.numerator!, latest.denominator!, countryLatest / scale), country: countryLatest },
  };
}

/** `26,8 per 1 000` / `11,5 %` as the dashboards write a figure (nb). */
const written = (value: number, unit: 'percent' | 'per_1000') => `${value.toFixed(1).replace('.', ',')}${unit === 'percent' ? ' %' : ' per 1 000'}`;
const plain = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

async function settle(page: Page) {
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector(selector)?.shadowRoot;
      if (root?.querySelector('article')?.getAttribute('data-state') !== 'ready') return false;
      const widgets = [...root.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
      return widgets.length > 0 && widgets.every((widget) => ['ready', 'empty', 'error'].includes(widget.getAttribute('state') ?? ''));
    },
    DASHBOARD,
    { timeout: 90_000, polling: 100 },
  );
  await page.waitForTimeout(200);
}

/** "What the figures say", and whether the 3-year view is on. */
async function summary(page: Page): Promise<{ sentences: string[]; averaged: boolean }> {
  const seen = await page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    return {
      sentences: [...root.querySelectorAll('.summary li')].map((li) => li.textContent ?? ''),
      averaged: root.querySelector('button.view-toggle')?.getAttribute('aria-pressed') === 'true',
    };
  }, DASHBOARD);
  return { ...seen, sentences: seen.sentences.map(plain) };
}

/** The marked sentences about an indicator (by words in its name). */
const marked = (sentences: readonly string[], words: string) => sentences.filter((text) => /^[▲▼●]/.test(text) && text.includes(words));

async function chooseArea(page: Page, area: string) {
  await page.evaluate(
    ({ selector, area }) => {
      const scope = document.querySelector(selector)!.shadowRoot!.querySelector('[slt-scope]')!;
      scope.dispatchEvent(new CustomEvent('slt-filter', { bubbles: true, composed: true, detail: { column: 'area', values: [area] } }));
    },
    { selector: DASHBOARD, area },
  );
  await page.waitForTimeout(300);
  await settle(page);
}

async function toggleView(page: Page) {
  await page.locator('button.view-toggle').click();
  await page.waitForTimeout(300);
  await settle(page);
}

describe('the significance mark on pooled 3-year counts', () => {
  const shared = useDemoSite();

  async function open(path: string) {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${shared.site.origin}${path}`);
    await settle(page);
    return { page, errors };
  }

  it('/utenforskap.html, Tofte (opens averaged): NEET 15–29 is tested on the pooled counts against the country over the same years; yearly on the latest year', async () => {
    const { page, errors } = await open('/utenforskap.html');
    await chooseArea(page, 'Tofte');
    const averaged = await summary(page);
    expect(averaged.averaged).toBe(true);
    const expected = await expectedOverWindow('neet', '15-29', 'Tofte', 'Norge', 100);
    const words = 'unge 15–29 år';
    expect(marked(averaged.sentences, words)).toEqual([
      `${expected.pooled.mark} Tofte: andel unge 15–29 år utenfor arbeid og utdanning ${written(expected.pooled.value, 'percent')} som 3-års gjennomsnitt for ${expected.window} ${
        expected.pooled.mark === '▲' ? 'er klart høyere enn i' : expected.pooled.mark === '▼' ? 'er klart lavere enn i' : 'skiller seg ikke klart fra'
      } Norge (${written(expected.pooled.country, 'percent')} for de samme årene)${expected.pooled.mark === '●' ? '.' : ', mer enn tilfeldig variasjon.'}`,
    ]);
    // The pooled figure is not the latest year's: the test really used other numbers.
    expect(written(expected.pooled.value, 'percent')).not.toBe(written(expected.yearly.value, 'percent'));

    await toggleView(page);
    const yearly = await summary(page);
    expect(yearly.averaged).toBe(false);
    const [sentence] = marked(yearly.sentences, words);
    expect(sentence).toMatch(new RegExp(`^${expected.yearly.mark} Tofte: andel unge 15–29 år utenfor arbeid og utdanning ${written(expected.yearly.value, 'percent')} (er|skiller)`));
    expect(sentence).toContain(`Norge (${written(expected.yearly.country, 'percent')})`);
    expect(sentence).not.toContain('3-års gjennomsnitt');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/levekar.html, the 3-year view chosen: child welfare per 1 000 in Borgen against the mean of the country\'s published rates (it has no counts)', async () => {
    const { page, errors } = await open('/levekar.html');
    const words = 'barnevernstiltak';
    const expected = await expectedOverWindow('child_welfare_per_1000', '0-22', 'Borgen', 'Norge', 1000);
    const before = await summary(page);
    expect(before.averaged).toBe(false);
    expect(marked(before.sentences, words)[0]).toMatch(new RegExp(`^${expected.yearly.mark} Borgen: .* ${written(expected.yearly.value, 'per_1000')} `));

    await toggleView(page);
    const after = await summary(page);
    expect(after.averaged).toBe(true);
    const [sentence, ...more] = marked(after.sentences, words);
    expect(more).toEqual([]);
    expect(sentence).toMatch(
      new RegExp(`^${expected.pooled.mark} Borgen: barn med barnevernstiltak per 1 000 ${written(expected.pooled.value, 'per_1000')} som 3-års gjennomsnitt for ${expected.window} `),
    );
    expect(sentence).toContain(`Norge (${written(expected.pooled.country, 'per_1000')} for de samme årene)`);
    // The 3-year figure is said once: in the tested sentence, not again beside it.
    expect(after.sentences.filter((text) => text.includes(`som 3-års gjennomsnitt for ${expected.window}`) && text.includes(words))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a window with a year hidden at a raised k has no pooled figure, so no mark (and not the yearly one instead)', async () => {
    const { page } = await open('/levekar.html');
    const rows = (await expectedOverWindow('child_welfare_per_1000', '0-22', 'Tofte', 'Norge', 1000)).rows;
    // k one above the smallest count of the window's first two years: that year is hidden,
    // the latest year (a count at least k) is not.
    const k = Math.min(...rows.slice(0, 2).map((row) => row.numerator!)) + 1;
    expect(rows.at(-1)!.numerator!, 'the data has a window whose latest year survives a k that hides an earlier one').toBeGreaterThanOrEqual(k);
    await page.evaluate((k) => document.querySelector('slt-living-conditions')!.setAttribute('k', String(k)), k);
    await settle(page);
    await chooseArea(page, 'Tofte');
    const words = 'barnevernstiltak';
    // Yearly: Tofte's latest year is shown, so it is tested.
    const yearly = await summary(page);
    expect(yearly.averaged).toBe(false);
    expect(marked(yearly.sentences, words)).toHaveLength(1);
    await toggleView(page);
    const averaged = await summary(page);
    expect(averaged.averaged).toBe(true);
    expect(marked(averaged.sentences, words)).toEqual([]);
    // The averaged chart shows the window as hidden too.
    const last = await page.evaluate((selector) => {
      const shadow = document.querySelector(selector)!.shadowRoot!.querySelector('slt-average-trend')!.shadowRoot!;
      return [...shadow.querySelectorAll('table tbody tr')]
        .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.classList.contains('suppressed') ? ':' : (cell.textContent?.trim() ?? ''))))
        .filter((row) => row[1]?.startsWith('Tofte'))
        .at(-1);
    }, DASHBOARD);
    expect(last?.[2]).toBe(':');
    await page.close();
  });
});
