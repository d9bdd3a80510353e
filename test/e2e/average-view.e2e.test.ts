// The 3-year moving average of the district trends, as a politician reading a small
// district meets it on the demo pages over the committed data: Tofte (under 1 000 young
// people) opens averaged and says why; the toggle is a keyboard-operable toggle button; the
// averaged values the reader sees (table, CSV) equal an independent computation over the
// same Parquet file with native DuckDB (sum of numerators / sum of denominators over three
// years); every label says "3-year average"; the choice is in the report line and the embed
// code; a window with a hidden year is hidden; axe-core is clean in light and dark.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDemoSite, type DemoSite } from './demo-site.ts';
import { chooseArea, INDICATOR_DASHBOARDS, settleDashboard } from './indicator-dashboard.ts';
import { yearlyRows, type Yearly } from './indicator-rows.ts';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.SLT_DIST ?? `${root}packages/widgets/dist`;
const DASHBOARD = INDICATOR_DASHBOARDS;
const settle = settleDashboard;

/** The 3-year pooled rate per window end year, by hand: sum of numerators / sum of denominators. */
function pooledByHand(rows: readonly Yearly[], scale: number, hidden: (row: Yearly) => boolean = () => false) {
  const out = new Map<number, number | 'hidden'>();
  for (const end of rows.map((row) => row.year)) {
    const window = rows.filter((row) => row.year > end - 3 && row.year <= end);
    if (window.length !== 3) continue;
    if (window.some(hidden)) out.set(end, 'hidden');
    else if (window.every((row) => row.numerator !== null && row.denominator !== null)) {
      out.set(end, (scale * window.reduce((sum, row) => sum + row.numerator!, 0)) / window.reduce((sum, row) => sum + row.denominator!, 0));
    }
  }
  return out;
}

/** `12,3 %` / `1 234,5 per 1 000` as the number the reader sees. */
const shown = (text: string) => Number((text.match(/[−-]?\d[\d\s\u00a0\u202f]*(?:,\d+)?/)?.[0] ?? 'NaN').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('−', '-'));


/** What the reader sees of the toggle, the note, the averaged trend and the report line. */
async function seen(page: Page) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const trend = root.querySelector('slt-average-trend');
    const shadow = trend?.shadowRoot;
    return {
      pressed: root.querySelector('button.view-toggle')?.getAttribute('aria-pressed') ?? null,
      toggle: root.querySelector('button.view-toggle')?.textContent?.trim() ?? '',
      note: root.querySelector('.view-note')?.textContent?.trim() ?? '',
      report: root.querySelector('.print-only')?.textContent?.replace(/\s+/g, ' ') ?? '',
      embed: (root.querySelector('#embed-script') as HTMLTextAreaElement | null)?.value ?? '',
      iframe: (root.querySelector('#embed-iframe') as HTMLTextAreaElement | null)?.value ?? '',
      yearlyTrends: root.querySelectorAll('slt-trend').length,
      summary: [...root.querySelectorAll('.summary li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      averaged: shadow
        ? {
            heading: shadow.querySelector('[part=heading]')?.textContent?.trim() ?? '',
            legend: [...shadow.querySelectorAll('[part=legend] li')].map((li) => li.textContent?.trim() ?? ''),
            summary: shadow.querySelector('[part=summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            header: [...shadow.querySelectorAll('table thead th')].map((th) => th.textContent?.trim() ?? ''),
            rows: [...shadow.querySelectorAll('table tbody tr')].map((tr) =>
              [...tr.querySelectorAll('th, td')].map((cell) => (cell.classList.contains('suppressed') ? ':' : (cell.textContent?.trim() ?? ''))),
            ),
          }
        : null,
    };
  }, DASHBOARD);
}

/** The averaged trend's CSV, as the reader downloads it from the chart's menu. */
async function csvOf(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((selector) => (document.querySelector(selector)!.shadowRoot!.querySelector('slt-average-trend') as HTMLElement & { downloadCsv(): void }).downloadCsv(), DASHBOARD),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n').map((line) => line.split(';'));
}


describe('the 3-year average of small districts', () => {
  let browser: Browser;
  let site: DemoSite;

  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    browser = await launchChromium();
    site = await serveDemoSite(dist);
  });

  afterAll(async () => {
    await browser?.close();
    site?.server.close();
  });

  async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}${path}`);
    await settle(page);
    return { page, errors };
  }

  it('/utenforskap.html: a small district (Tofte) opens averaged, says why, and shows the pooled 3-year rates of the file', async () => {
    const { page, errors } = await open('/utenforskap.html');
    // Borgen (over 1 000 young people): yearly, the toggle off.
    expect((await seen(page)).pressed).toBe('false');
    await chooseArea(page, 'Tofte');
    const view = await seen(page);
    expect(view.pressed).toBe('true');
    expect(view.toggle).toBe('Vis 3-års glidende gjennomsnitt');
    expect(view.note).toContain('Tallene for små bydeler vises som 3-års gjennomsnitt fordi de svinger mye fra år til år.');
    expect(view.report).toContain('Visning: 3-års glidende gjennomsnitt.');
    expect(view.embed).toMatch(/<slt-youth-exclusion [^>]*view="average"/);
    expect(view.iframe).toMatch(/[?;]view=average[&"]/); // &amp;view=average in the HTML
    const averaged = view.averaged!;
    expect(averaged.heading).toMatch(/\(3-års glidende gjennomsnitt\)$/);
    expect(averaged.legend).toContain('Tofte (3-års gjennomsnitt)');
    expect(averaged.summary).toMatch(/^3-års glidende gjennomsnitt: hvert punkt gjelder de tre årene/);
    expect(averaged.summary).toContain('Tofte (3-års gjennomsnitt): fra');
    expect(averaged.header).toEqual(['Periode', 'Serie', 'Verdi']);

    // What the reader sees equals sum(numerators) / sum(denominators) over three years.
    const expected = pooledByHand(await yearlyRows('neet', '16-25', 'Tofte'), 100);
    const tofte = averaged.rows.filter((row) => row[1] === 'Tofte (3-års gjennomsnitt)');
    expect(tofte.map((row) => row[0])).toEqual([...expected.keys()].map((end) => `${end - 2}–${end}`));
    for (const [period, , value] of tofte) {
      const want = expected.get(Number(period!.slice(-4)));
      expect(typeof want).toBe('number');
      expect(Math.abs(shown(value!) - (want as number)), `${period}: ${value} against ${want}`).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // "What the figures say" gives the same 3-year figure as the chart's last window.
    const last = tofte.at(-1)!;
    expect(view.summary).toContain(`Tofte: andel unge 16–25 år utenfor arbeid og utdanning ${last[2]!.replace(/\s+/g, " ")} som 3-års gjennomsnitt for ${last[0]}.`);
    // ... not the mean of the published yearly rates, which differs somewhere in the series.
    const yearly = await yearlyRows('neet', '16-25', 'Tofte');
    const means = [...expected.keys()].map((end) => yearly.filter((row) => row.year > end - 3 && row.year <= end).reduce((sum, row) => sum + row.value!, 0) / 3);
    expect(means.some((mean, index) => Math.abs(mean - ([...expected.values()][index] as number)) > 1e-6)).toBe(true);

    // The CSV holds the same windows, labelled, with the exact pooled rate.
    const csv = await csvOf(page);
    expect(csv[0]).toEqual(['Periode', 'Serie', 'Verdi']);
    const csvTofte = csv.filter((row) => row[1] === 'Tofte (3-års gjennomsnitt)');
    expect(csvTofte.map((row) => row[0])).toEqual(tofte.map((row) => row[0]));
    // Decimal commas, as Norwegian spreadsheets read them.
    for (const [period, , value] of csvTofte) expect(Number(value!.replace(',', '.'))).toBeCloseTo(expected.get(Number(period!.slice(-4))) as number, 9);

    // The municipality's 2020 figure is a published reference without counts: the windows
    // that include it are missing (not hidden, not a partial average).
    const asker = averaged.rows.filter((row) => row[1] === 'Asker (3-års gjennomsnitt)');
    expect(asker.filter((row) => ['2018–2020', '2019–2021', '2020–2022'].includes(row[0]!)).map((row) => row[2])).toEqual(['mangler', 'mangler', 'mangler']);
    // ... and the text alternative says where the line breaks and why (before, it told the
    // line from its first to its last window as if nothing were missing).
    expect(averaged.summary).toContain('Asker (3-års gjennomsnitt) mangler for 2018–2020 til 2020–2022: et år i perioden har ikke tallene gjennomsnittet regnes fra (telleren og nevneren).');
    expect(averaged.summary).not.toContain('Tofte (3-års gjennomsnitt) mangler');

    // The keyboard turns it off: the yearly trend is back, and the embed code says so.
    await page.locator('button.view-toggle').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    const off = await seen(page);
    expect(off.pressed).toBe('false');
    expect(off.averaged).toBeNull();
    expect(off.note).toBe('');
    expect(off.report).toContain('Visning: årlige tall.');
    expect(off.embed).toMatch(/view="yearly"/);
    expect(off.summary.join(' ')).not.toContain('som 3-års gjennomsnitt for');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/levekar.html: the toggle averages the child-welfare trend per 1 000, equal to the file pooled by hand', async () => {
    const { page, errors } = await open('/levekar.html');
    // Borgen: more than 1 000 children 0-22, so yearly by default.
    expect((await seen(page)).pressed).toBe('false');
    await page.locator('button.view-toggle').click();
    await settle(page);
    const view = await seen(page);
    expect(view.pressed).toBe('true');
    // Chosen, not the small-district default: the note says what is shown, and which trends are windows already.
    expect(view.note).toMatch(/^Utviklingen vises som 3-års glidende gjennomsnitt/);
    expect(view.note).toMatch(/publiseres allerede som 3-års tall og vises som de er\.$/);
    const expected = pooledByHand(await yearlyRows('child_welfare_per_1000', '0-22', 'Borgen'), 1000);
    const borgen = view.averaged!.rows.filter((row) => row[1] === 'Borgen (3-års gjennomsnitt)');
    expect(borgen.length).toBe(expected.size);
    for (const [period, , value] of borgen) {
      expect(Math.abs(shown(value!) - (expected.get(Number(period!.slice(-4))) as number))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // The country has no counts in the file: it keeps its yearly figures, and says so.
    expect(view.averaged!.legend).toContain('Norge (årlige tall)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides every window that includes a year hidden at a raised k, and shows the others as pooled', async () => {
    // k = 60 hides Tofte's years with fewer than 60 young people outside work and education.
    const { page } = await open('/utenforskap.html');
    await page.evaluate(() => document.querySelector('slt-youth-exclusion')!.setAttribute('k', '60'));
    await settle(page);
    await chooseArea(page, 'Tofte');
    const view = await seen(page);
    const rows = await yearlyRows('neet', '16-25', 'Tofte');
    const expected = pooledByHand(rows, 100, (row) => row.numerator !== null && row.numerator < 60);
    expect([...expected.values()]).toContain('hidden');
    expect([...expected.values()].some((value) => typeof value === 'number')).toBe(true);
    const tofte = view.averaged!.rows.filter((row) => row[1] === 'Tofte (3-års gjennomsnitt)');
    for (const [period, , value] of tofte) {
      const want = expected.get(Number(period!.slice(-4)));
      if (want === 'hidden') expect(value, `${period} includes a hidden year`).toBe(':');
      else if (value !== ':') expect(Math.abs(shown(value!) - (want as number))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // No window with a hidden year shows a figure anywhere the reader looks.
    const hiddenEnds = [...expected].filter(([, value]) => value === 'hidden').map(([end]) => end);
    expect(tofte.filter((row) => hiddenEnds.includes(Number(row[0]!.slice(-4)))).every((row) => row[2] === ':')).toBe(true);
    await page.close();
  });

  it('the printed report of a small district shows the averaged trend, says so, and has no toggle; at most 4 A4 pages', async () => {
    const { page } = await open('/utenforskap.html');
    await chooseArea(page, 'Tofte');
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((selector) => document.querySelector(selector)?.hasAttribute('printing'), DASHBOARD);
    await page.waitForTimeout(500);
    await settle(page);
    const printed = await page.evaluate((selector) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      const visible = (element: Element | null) => Boolean(element && element.getClientRects().length > 0);
      return {
        line: root.querySelector('.print-only')?.textContent?.replace(/\s+/g, ' ') ?? '',
        toggle: visible(root.querySelector('button.view-toggle')),
        note: visible(root.querySelector('.view-note')) ? root.querySelector('.view-note')!.textContent!.trim() : '',
        averaged: visible(root.querySelector('slt-average-trend')),
      };
    }, DASHBOARD);
    expect(printed.line).toContain('Utvalg: Område: Tofte. Visning: 3-års glidende gjennomsnitt.');
    expect(printed.toggle).toBe(false);
    expect(printed.note).toMatch(/^Tallene for små bydeler vises som 3-års gjennomsnitt/);
    expect(printed.averaged).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('refuses to average figures that are already 3-year windows, in the reader\'s language', async () => {
    const { page } = await open('/utenforskap.html');
    await page.evaluate(() => {
      const chart = document.createElement('slt-average-trend');
      chart.setAttribute('src', '/data/indicators.parquet');
      chart.setAttribute('filter', 'indicator=ungdata_bullied&age_group=13-15&sex=all&area=Tofte');
      chart.setAttribute('unit', 'percent');
      chart.setAttribute('lang', 'nb');
      document.body.append(chart);
    });
    await page.waitForFunction(() => document.querySelector('body > slt-average-trend')?.getAttribute('state') === 'error', undefined, { timeout: 60_000 });
    const alert = await page.evaluate(() => document.querySelector('body > slt-average-trend')!.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim());
    expect(alert).toContain('Ugyldig innstilling: «filter» må være et utvalg av årstall, ikke 3-års perioder.');
    await page.close();
  });

  it('refuses a reference series, which <slt-trend> draws and the average does not, rather than ignoring it', async () => {
    const { page } = await open('/utenforskap.html');
    await page.evaluate(() => {
      const chart = document.createElement('slt-average-trend');
      chart.setAttribute('src', '/data/indicators.parquet');
      chart.setAttribute('filter', 'indicator=neet&age_group=15-29&sex=all&area=Tofte');
      chart.setAttribute('reference', 'area=Asker');
      chart.setAttribute('unit', 'percent');
      chart.setAttribute('lang', 'nn');
      document.body.append(chart);
    });
    await page.waitForFunction(() => document.querySelector('body > slt-average-trend')?.getAttribute('state') === 'error', undefined, { timeout: 60_000 });
    const alert = await page.evaluate(() => document.querySelector('body > slt-average-trend')!.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim());
    expect(alert).toContain('Ugyldig innstilling: «reference» må vere tom: gjennomsnittsdiagrammet teiknar inga referanselinje.');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('axe-core finds no WCAG 2.1 A/AA violation in the averaged view (%s mode)', async (scheme) => {
    for (const path of ['/utenforskap.html', '/levekar.html']) {
      const { page } = await open(path, scheme);
      await page.locator('button.view-toggle').click();
      await settle(page);
      expect((await seen(page)).pressed).toBe('true');
      await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });
});
