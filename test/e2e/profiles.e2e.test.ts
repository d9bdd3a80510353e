// The same dashboards for each shipped municipality profile (profiles/asker.json, baerum.json,
// kobenhavn.json), served as a municipality would: each shows that municipality's districts
// (picker and map tiles), its comparison areas and the country with the public figures
// (SSB 13556, DST NEET2), in the profile's language, with the source and definition, and
// axe-core finds no WCAG 2.1 A/AA violation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useDemoSite } from './demo-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const profile = (name: string) => JSON.parse(readFileSync(`${root}profiles/${name}.json`, 'utf8')) as {
  name: string;
  language: string;
  districts: { code: string; name: string }[];
  comparison: { areas: { name: string }[] };
  country: { name: string };
};

const PROFILES = [
  {
    profile: 'asker',
    page: '/utenforskap.html',
    title: 'Unge utenfor arbeid og utdanning',
    // SSB 13556, Asker 2024 (3203): 1 672 of 16 205 aged 15-29.
    kpi: { heading: 'Utenfor, 15–29 år', value: '10,3 %' },
    comparisonHeading: 'Unge 15–29 år utenfor arbeid og utdanning: Asker, sammenlignbare kommuner og landet',
    definition: 'Kilde: Statistisk sentralbyrå (SSB), tabell 13556, CC BY 4.0.',
    note: 'Asker 2015–2019: summen av 0220 Asker, 0627 Røyken, 0628 Hurum',
  },
  {
    profile: 'baerum',
    page: '/baerum.html',
    title: 'Unge utenfor arbeid og utdanning',
    // SSB 13556, Bærum 2024 (3201): 2 069 of 21 594.
    kpi: { heading: 'Utenfor, 15–29 år', value: '9,6 %' },
    comparisonHeading: 'Unge 15–29 år utenfor arbeid og utdanning: Bærum, sammenlignbare kommuner og landet',
    definition: 'Kilde: Statistisk sentralbyrå (SSB), tabell 13556, CC BY 4.0.',
    note: 'Asker 2015–2019: summen av 0220 Asker, 0627 Røyken, 0628 Hurum',
  },
  {
    profile: 'kobenhavn',
    page: '/kobenhavn.html',
    title: 'Unge uden for job og uddannelse',
    // DST NEET2, København 2019: 8 040 of 87 168 aged 16-24.
    kpi: { heading: 'Uden for, 16–24 år', value: '9,2 %' },
    comparisonHeading: 'Unge 16–24 år uden for job og uddannelse: København, sammenlignelige kommuner og landet',
    definition: 'Kilde: Danmarks Statistik, tabel NEET2, CC BY 4.0.',
    note: undefined,
  },
] as const;


/** What the reader of the youth-exclusion dashboard sees: texts, picker options, tiles, key figures, chart headings and legends. */
async function youthView(page: Page) {
  await page.waitForFunction(
    () => {
      const dashboard = document.querySelector('slt-youth-exclusion');
      const root = dashboard?.shadowRoot;
      if (root?.querySelector('article')?.getAttribute('aria-busy') !== 'false') return false;
      const widgets = [...root.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
      return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector(':is(figure, form)[aria-busy]')?.getAttribute('aria-busy') === 'false');
    },
    undefined,
    { timeout: 90_000, polling: 200 },
  );
  return page.evaluate(() => {
    const root = document.querySelector('slt-youth-exclusion')!.shadowRoot!;
    const widgets = [...root.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
    const inside = (tag: string) => widgets.filter((w) => w.localName === tag).map((w) => w.shadowRoot!);
    return {
      header: root.querySelector('header')!.textContent!.replace(/\s+/g, ' '),
      title: root.querySelector('h2')!.textContent!.trim(),
      errors: widgets.map((w) => w.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim()).filter(Boolean),
      areaOptions: [...(inside('slt-filter')[0]?.querySelectorAll('select') ?? [])].flatMap((select) => [...select.options].map((o) => o.textContent!.trim())),
      tiles: [...(inside('slt-map')[0]?.querySelectorAll<SVGGElement>('g.slt-map-tile') ?? [])].map((tile) => tile.dataset['key']),
      kpis: inside('slt-kpi').map((shadow) => shadow.textContent!.replace(/\s+/g, ' ')),
      trends: inside('slt-trend').map((shadow) => shadow.textContent!.replace(/\s+/g, ' ')),
    };
  });
}

describe('one dashboard, three municipality profiles', () => {
  const demo = useDemoSite();

  for (const expected of PROFILES) {
    it(`${expected.profile}: its districts, comparison areas, public figures and language (${expected.page})`, async () => {
      const wanted = profile(expected.profile);
      const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${demo.site.origin}${expected.page}`);
      const view = await youthView(page);
      expect(view.errors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(wanted.language);
      expect(view.title).toBe(expected.title);
      // The picker and the map: exactly the profile's districts.
      for (const district of wanted.districts) expect(view.areaOptions).toContain(district.name);
      expect(view.areaOptions.filter((name) => wanted.districts.some((d) => d.name === name))).toHaveLength(wanted.districts.length);
      expect(new Set(view.tiles)).toEqual(new Set(wanted.districts.map((d) => d.code)));
      // The comparison trend with every comparison area and the country, the municipality's
      // public figure in it (the key figures are the district's in focus, as the picker says).
      const comparison = view.trends.find((text) => text.includes(expected.comparisonHeading));
      expect(comparison, view.trends.join(' | ')).toBeDefined();
      expect(comparison).toMatch(new RegExp(`${wanted.name}: fra [^.]* til ${expected.kpi.value.replace(' ', '\\s')}`));
      expect(view.kpis.find((text) => text.includes(expected.kpi.heading)), view.kpis.join(' | ')).toBeDefined();
      for (const area of [wanted.name, ...wanted.comparison.areas.map((a) => a.name), wanted.country.name]) expect(comparison).toContain(area);
      // Definition, source and the note on the 2020 reform, under the title.
      expect(view.header).toContain(expected.definition);
      if (expected.note) expect(view.header).toContain(expected.note);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${expected.profile}: axe-core finds no WCAG 2.1 A/AA violation and breaks no best practice (two dashboards on a page: landmarks named apart)`, async () => {
      const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${demo.site.origin}${expected.page}`);
      await youthView(page);
      await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});

describe('the country inside a sentence', () => {
  const demo = useDemoSite();

  // DST names the country "Hele landet"; in a Danish sentence it is "hele landet" (profile
  // country.inText). Before, the summary and the key figures read "10,6 % i Hele landet".
  it('København: the summary and the key figures write "hele landet", the legend and the list keep the name', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${demo.site.origin}/kobenhavn.html`);
    const view = await youthView(page);
    const summary = await page.evaluate(() => document.querySelector('slt-youth-exclusion')!.shadowRoot!.querySelector('section.summary')!.textContent!.replace(/\s+/g, ' '));
    expect(summary).toMatch(/ i hele landet \(/);
    expect(summary).not.toMatch(/ i Hele landet/);
    const comparison = view.kpis.filter((text) => / hele landet \(/.test(text));
    expect(comparison.length, view.kpis.join(' | ')).toBeGreaterThan(0);
    for (const text of view.kpis) expect(text).not.toMatch(/(over|under|som) Hele landet/);
    expect(view.trends.some((text) => text.includes('Hele landet:'))).toBe(true);
    await page.close();
  });
});

describe('the living-conditions dashboard and the comparison set', () => {
  const demo = useDemoSite();

  it('says once that its indicators have no figures for the comparison municipalities, and draws no empty series for them', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${demo.site.origin}/levekar.html`);
    await page.waitForFunction(() => document.querySelector('slt-living-conditions')?.shadowRoot?.querySelector('article')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 90_000 });
    const { header, trendFilters } = await page.evaluate(() => {
      const root = document.querySelector('slt-living-conditions')!.shadowRoot!;
      return {
        header: root.querySelector('header')!.textContent!.replace(/\s+/g, ' '),
        trendFilters: [...root.querySelectorAll('slt-trend, slt-average-trend')].map((trend) => trend.getAttribute('filter')!),
      };
    });
    const asker = profile('asker');
    expect(header).toContain(
      `Sammenlignbare kommuner (${asker.comparison.areas.map((a) => a.name).join(', ')}): datagrunnlaget har ikke tall for dem for disse indikatorene, så Asker sammenlignes med Norge.`,
    );
    expect(trendFilters.length).toBeGreaterThan(2);
    for (const filter of trendFilters) for (const area of asker.comparison.areas) expect(filter).not.toContain(`area=${area.name}`);
    await page.close();
  });
});
