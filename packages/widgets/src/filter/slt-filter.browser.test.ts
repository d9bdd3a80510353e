// <slt-filter> in real Chromium over the real indicators.parquet, driving real sibling widgets.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sharedEngine } from '@slt/engine';
import { FilterScope, requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import '../kpi/slt-kpi.ts';
import '../trend/slt-trend.ts';
import type { SltKpi } from '../kpi/slt-kpi.ts';
import type { SltTrend } from '../trend/slt-trend.ts';
import './slt-filter.ts';
import type { SltFilter } from './slt-filter.ts';

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&sex=all';
const filterAttributes = { src: INDICATORS, filter: 'indicator=neet', columns: 'year,area,sex,age_group' };

/** Waits until the pickers are filled (or a message is shown). */
async function ready(element: SltFilter): Promise<ShadowRoot> {
  const root = element.shadowRoot!;
  await vi.waitFor(() => expect(root.querySelector('form')?.getAttribute('aria-busy')).toBe('false'), { timeout: 30_000, interval: 50 });
  return root;
}

function scope(url: boolean | string = false): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('slt-scope', '');
  if (url !== false) section.setAttribute('slt-url', url === true ? '' : url);
  document.body.append(section);
  return section;
}

/** A dashboard: the pickers, a trend of every area's NEET and a KPI for Asker. */
async function dashboard(section: HTMLElement) {
  const filter = mountWidget<SltFilter>('slt-filter', filterAttributes, { parent: section });
  const trend = mountWidget<SltTrend>('slt-trend', { src: INDICATORS, filter: NEET, 'series-column': 'area', unit: 'percent' }, { parent: section });
  const kpi = mountWidget<SltKpi>('slt-kpi', { src: INDICATORS, filter: `${NEET}&area=Asker`, reference: 'area=Norge', unit: 'percent' }, { parent: section });
  await Promise.all([ready(filter), settled(trend), settled(kpi)]);
  return { filter, trend, kpi, select: (column: string) => filter.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${column}"]`)! };
}

const trendSeries = (trend: SltTrend) => texts(trend.shadowRoot!, 'figcaption p').map((sentence) => sentence.split(':')[0]);
// The KPI is an HTML card (the SVG card only for export): its "where" line.
const kpiWhere = (kpi: SltKpi) => texts(kpi.shadowRoot!, '.kpi-where').join(' ');

beforeEach(() => {
  document.documentElement.lang = 'nb';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-filter>', () => {
  it('offers no "Alle" for a column its scope keeps (`slt-required`, a dashboard\'s district in focus) once it has a value, and its reset keeps it', async () => {
    const section = scope();
    section.setAttribute('slt-required', 'area');
    const filter = mountWidget<SltFilter>('slt-filter', filterAttributes, { parent: section });
    const root = await ready(filter);
    const options = (column: string) => [...root.querySelectorAll<HTMLOptionElement>(`select[name="${column}"] option`)].map((option) => option.textContent!.trim());
    // Nothing chosen yet: "Alle" is what the scope shows, so it stays.
    expect(options('area')[0]).toBe('Alle');
    requestFilter(section, 'area', ['Borgen']);
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>('select[name="area"]')!.value).toBe('Borgen'));
    expect(options('area')).not.toContain('Alle');
    expect(options('area')).toContain('Tofte');
    // The other pickers keep theirs.
    expect(options('sex')[0]).toBe('Alle');
    expect(options('year')[0]).toBe('Alle');
    expect(await accessibilityViolations(filter)).toEqual([]);
    // "Nullstill valgene" clears sex, not the district the scope keeps.
    requestFilter(section, 'sex', ['female']);
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>('select[name="sex"]')!.value).toBe('female'));
    filter.reset();
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>('select[name="sex"]')!.value).toBe(''));
    expect(root.querySelector<HTMLSelectElement>('select[name="area"]')!.value).toBe('Borgen');
    expect(FilterScope.of(section).filters.get('area')).toEqual(['Borgen']);
  });

  it('offers the dataset\'s values under visible labels: newest year first, "Alle" first', async () => {
    const root = await ready(mountWidget<SltFilter>('slt-filter', filterAttributes));
    expect(texts(root, 'label')).toEqual(['År', 'Område', 'Kjønn', 'Aldersgruppe']);
    for (const select of root.querySelectorAll('select')) {
      expect(root.querySelector(`label[for="${select.id}"]`)).not.toBeNull();
      expect(select.value).toBe('');
    }
    // Derived on its own: the distinct values the engine returns for the same rows.
    const { rows } = await sharedEngine().select(INDICATORS, { columns: ['year', 'area'], filters: [{ column: 'indicator', values: ['neet'] }] });
    const years = [...new Set(rows.map((row) => Number(row['year'])))].sort((a, b) => b - a);
    const areas = new Set(rows.map((row) => String(row['area'])));
    const options = (name: string) => [...root.querySelectorAll(`select[name="${name}"] option`)].map((option) => option.textContent!.trim());
    expect(options('year')).toEqual(['Alle', ...years.map(String)]);
    expect(years[0]).toBe(2025);
    expect(new Set(options('area').slice(1))).toEqual(areas);
    expect(options('area').slice(1, 4)).toEqual(['Asker', 'Asker sentrum', 'Borgen']);
    expect(options('sex')).toEqual(['Alle', 'Jenter/kvinner', 'Gutter/menn']);
    expect(options('age_group')).toEqual(['Alle', '15–29 år', '16–25 år']);
    expect(texts(root, 'button')).toEqual(['Nullstill valgene']);
  });

  it('takes its labels from the page, and its words from the reader\'s language', async () => {
    const root = await ready(mountWidget<SltFilter>('slt-filter', { ...filterAttributes, labels: 'Årstall,Bydel', lang: 'en' }));
    expect(texts(root, 'label')).toEqual(['Årstall', 'Bydel', 'Sex', 'Age group']);
    expect(texts(root, 'select[name="sex"] option')).toEqual(['All', 'Girls/women', 'Boys/men']);
    expect(texts(root, 'button')).toEqual(['Reset the choices']);
  });

  it('filters a sibling trend and switches a sibling KPI when a district is chosen', async () => {
    const section = scope();
    const { trend, kpi, select, filter } = await dashboard(section);
    expect(trendSeries(trend)).toHaveLength(12);
    await userEvent.selectOptions(select('area'), 'Borgen');
    await vi.waitFor(() => expect(trendSeries(trend)).toEqual(['Borgen']));
    await vi.waitFor(() => expect(kpiWhere(kpi)).toBe('Borgen, 2025'));
    expect(trend.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(11);
    expect([...FilterScope.of(section).filters]).toEqual([['area', ['Borgen']]]);
    await userEvent.click(filter.shadowRoot!.querySelector('button')!);
    await vi.waitFor(() => expect(trendSeries(trend)).toHaveLength(12));
    await vi.waitFor(() => expect(kpiWhere(kpi)).toBe('Asker, 2025'));
    expect(select('area').value).toBe('');
  });

  it('shows a choice made in another widget', async () => {
    const section = scope();
    const { select } = await dashboard(section);
    requestFilter(section, 'area', ['Vollen']);
    await vi.waitFor(() => expect(select('area').value).toBe('Vollen'));
    expect(select('area').hasAttribute('data-chosen')).toBe(true);
    requestFilter(section, 'area', ['Atlantis']); // not in this dataset: still shown as chosen
    await vi.waitFor(() => expect(select('area').value).toBe('Atlantis'));
  });

  it('ends with every widget showing the last of a fast sequence of choices', async () => {
    const section = scope();
    const { trend, kpi, select, filter } = await dashboard(section);
    for (const area of ['Borgen', 'Vollen', 'Hvalstad', 'Tofte', 'Heggedal']) {
      select('area').value = area;
      select('area').dispatchEvent(new Event('change', { bubbles: true }));
    }
    await vi.waitFor(() => expect(trendSeries(trend)).toEqual(['Heggedal']));
    await vi.waitFor(() => expect(kpiWhere(kpi)).toBe('Heggedal, 2025'));
    await Promise.all([settled(trend), settled(kpi)]);
    expect(trendSeries(trend)).toEqual(['Heggedal']);
    expect(kpiWhere(kpi)).toBe('Heggedal, 2025');
    await filter.updateComplete;
    expect(select('area').value).toBe('Heggedal');
  });

  it('can be used with the keyboard alone', async () => {
    const section = scope();
    const { trend, select, filter } = await dashboard(section);
    select('year').focus();
    await userEvent.tab();
    expect(filter.shadowRoot!.activeElement).toBe(select('area'));
    await userEvent.keyboard('{ArrowDown}'); // first area after "Alle"
    await vi.waitFor(() => expect(trendSeries(trend)).toEqual(['Asker']));
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(filter.shadowRoot!.activeElement?.tagName).toBe('BUTTON');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(trendSeries(trend)).toHaveLength(12));
  });

  it('starts from the filters in the URL under slt-url and writes its choices back', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1&f.area=Hvalstad`);
    try {
      const section = scope(true);
      const { trend, kpi, select, filter } = await dashboard(section);
      expect(select('area').value).toBe('Hvalstad');
      expect(trendSeries(trend)).toEqual(['Hvalstad']);
      expect(kpiWhere(kpi)).toBe('Hvalstad, 2025');
      await userEvent.selectOptions(select('sex'), 'female');
      await vi.waitFor(() => expect(new URLSearchParams(location.search).getAll('f.sex')).toEqual(['female']));
      expect(new URLSearchParams(location.search).get('keep')).toBe('1');
      filter.reset();
      await vi.waitFor(() => expect(location.search).toBe('?keep=1'));
      await vi.waitFor(() => expect(trendSeries(trend)).toHaveLength(12));
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('keeps two named slt-url scopes on one page apart: each starts from its own parameters and writes only them', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?f.ung.area=Hvalstad&f.levekar.area=Borgen`);
    try {
      const ung = await dashboard(scope('ung'));
      const levekar = await dashboard(scope('levekar'));
      expect(trendSeries(ung.trend)).toEqual(['Hvalstad']);
      expect(trendSeries(levekar.trend)).toEqual(['Borgen']);
      await userEvent.selectOptions(levekar.select('sex'), 'female');
      await vi.waitFor(() => expect(new URLSearchParams(location.search).getAll('f.levekar.sex')).toEqual(['female']));
      const params = new URLSearchParams(location.search);
      expect(params.getAll('f.ung.area')).toEqual(['Hvalstad']);
      expect(params.getAll('f.ung.sex')).toEqual([]);
      expect(ung.select('sex').value).not.toBe('female');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('<slt-filter> states', () => {
  it('says it is loading, then shows an error in the reader\'s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const element = mountWidget<SltFilter>('slt-filter', { ...filterAttributes, src: '/data/no-such-file.parquet', lang: 'da' });
    await element.updateComplete;
    expect(texts(element.shadowRoot!, '[role="status"]')).toEqual(['Indlæser data …']);
    const root = await ready(element);
    expect(texts(root, '[role="alert"]')).toEqual(['Datafilen blev ikke fundet.']);
  });

  it('names the valid columns for a mistyped one, and says when there is nothing to choose', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const typo = await ready(mountWidget<SltFilter>('slt-filter', { ...filterAttributes, columns: 'year,omrade' }));
    expect(texts(typo, '[role="alert"]')[0]).toMatch(/^Kolonnen «omrade» finnes ikke\. Gyldige kolonner: indicator, /);
    const none = await ready(mountWidget<SltFilter>('slt-filter', { ...filterAttributes, filter: 'indicator=nothing' }));
    expect(texts(none, '[role="status"]')).toEqual(['Ingen valg for dette utvalget.']);
  });

  it('has no WCAG 2.1 A/AA violation (axe-core), filled in, chosen or broken', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const section = scope();
    await dashboard(section);
    requestFilter(section, 'area', ['Borgen']);
    const broken = mountWidget<SltFilter>('slt-filter', { ...filterAttributes, src: '/data/nope.parquet' });
    await ready(broken);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});
