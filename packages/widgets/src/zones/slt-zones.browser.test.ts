// <slt-zones> in real Chromium, over test/fixtures/case-counts-demo.parquet (frozen demo data), through the real DuckDB-WASM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine, sharedEngine } from '@slt/engine';
import './slt-zones.ts';
import '../flow/slt-flow.ts';
import { requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import { normaliseSvg } from '../testing/svg-snapshot.ts';
import type { SltZones } from './slt-zones.ts';

const CASES = '/test/fixtures/case-counts-demo.parquet';
const MARGINS = [
  { column: 'age_band', values: ['all'] },
  { column: 'sex', values: ['all'] },
  { column: 'measure', values: ['all'] },
];

const mount = (attributes: Record<string, string>, width = 600, parent: HTMLElement = document.body, engine?: Engine) =>
  mountWidget<SltZones>('slt-zones', { src: CASES, heading: 'Unge etter sone', ...attributes }, { width, parent, ...(engine ? { engine } : {}) });

/** The published figures, read with a query of our own (not the widget's). */
async function published(districtGroup = 'all') {
  const { rows } = await sharedEngine().select(CASES, {
    columns: ['year', 'zone', 'persons'],
    filters: [{ column: 'district_group', values: [districtGroup] }, ...MARGINS],
    orderBy: ['year'],
  });
  const of = (zone: string) => rows.filter((row) => row['zone'] === zone).map((row) => (row['persons'] === null ? ':' : String(row['persons'])));
  return { totals: of('all'), green: of('green'), years: [...new Set(rows.map((row) => String(row['year'])))] };
}

const sectionWithScope = () => {
  const section = document.createElement('section');
  section.setAttribute('slt-scope', '');
  document.body.append(section);
  return section;
};

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-zones> over case_counts.parquet', () => {
  it('writes the published total above each year and draws a green segment for each shown green count', async () => {
    const root = await settled(mount({}));
    const expected = await published();
    expect(expected.totals).toEqual(['46', '67', '84', '93', '102', '110', '98', '81']); // known figures (DuckDB over the file)
    expect(texts(root, '.slt-zones-total')).toEqual(expected.totals);
    const greens = [...root.querySelectorAll('.slt-zones-segment[data-zone="green"]')];
    expect(greens).toHaveLength(expected.green.filter((value) => value !== ':' && value !== '0').length);
    // Heights in proportion to the counts: 89 (2023) is 89/54 of 54 (2025).
    const height = (year: string) =>
      Number(root.querySelector(`[data-year="${year}"] .slt-zones-segment[data-zone="green"]`)!.getAttribute('height'));
    expect(height('2023') / height('2025')).toBeCloseTo(89 / 54, 2);
    // The part whose split is hidden reaches the published total, and is marked ':'.
    // Every year has a hidden zone and a shown total.
    expect(root.querySelectorAll('.slt-zones-hidden')).toHaveLength(8);
    expect(root.querySelectorAll('.slt-zones-label.hidden')).toHaveLength(8);
  });

  it('names the zones in a legend with a pattern each', async () => {
    const root = await settled(mount({}));
    expect(texts(root, '.legend li')).toEqual(['Grønn', 'Gul', 'Oransje', 'Rød', ': Skjult fordeling']);
    expect([...root.querySelectorAll('.legend li')].map((item) => item.getAttribute('data-pattern'))).toEqual([
      'none', 'dots', 'lines', 'cross', null,
    ]);
    expect(root.querySelectorAll('.legend li svg pattern')).toHaveLength(5);
  });

  it('writes the text alternative from the data, hidden counts as ":" with k', async () => {
    const root = await settled(mount({}));
    expect(texts(root, 'figcaption p')).toEqual([
      'I 2025 var 54 i grønn sone og 16 i gul; tallene for oransje og rød er skjult (færre enn 5, eller ville avslørt et slikt tall).',
      'Til sammen 81 unge i oppfølging.',
      'Til sammen i oppfølging: 46 i 2018 og 81 i 2025.',
      '«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.',
    ]);
    expect(root.querySelector('.chart svg')!.getAttribute('aria-labelledby')).toBe('heading summary');
  });

  it('shows hidden cells in the table as ":" with the explanation, never 0', async () => {
    const root = await settled(mount({}));
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(texts(root, 'thead th')).toEqual(['År', 'Grønn', 'Gul', 'Oransje', 'Rød', 'I alt']);
    expect(rows).toHaveLength(8);
    const last = rows.at(-1)!;
    expect(texts(last, 'td').map((cell) => cell.split(' ')[0])).toEqual(['2025', '54', '16', ':', ':', '81']);
    expect(last.querySelectorAll('td.suppressed abbr[title="skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall"]')).toHaveLength(2);
    // 2018: red is a true 0, shown as 0.
    expect(texts(rows[0]!, 'td').map((cell) => cell.split(' ')[0])).toEqual(['2018', ':', ':', ':', '0', '46']);
  });

  it('formats in each language', async () => {
    const section = document.createElement('section');
    document.body.append(section);
    const cases = [
      ['nn', 'I 2025 var 54 i grøn sone og 16 i gul; tala for oransje og raud er skjulte (færre enn 5, eller ville avslørt eit slikt tal).', 'Grøn'],
      ['da', 'I 2025 var der 54 i grøn zone og 16 i gul; tallene for orange og rød er skjult (færre end 5, eller ville afsløre et sådant tal).', 'Grøn'],
      ['en', 'In 2025 there were 54 in the green zone and 16 in yellow; the figures for orange and red are hidden (fewer than 5, or would reveal such a count).', 'Green'],
    ] as const;
    for (const [lang, sentence, legend] of cases) {
      const root = await settled(mount({ lang }, 600, section));
      expect(texts(root, 'figcaption p')[0]).toBe(sentence);
      expect(texts(root, '.legend li')[0]).toBe(legend);
    }
  });

  it('draws stacked areas on request', async () => {
    const root = await settled(mount({ variant: 'areas' }));
    // The hidden part under the shown zones; orange and red are never shown in these totals.
    expect([...root.querySelectorAll('.slt-zones-areas path')].map((path) => path.getAttribute('data-zone'))).toEqual(['hidden', 'green', 'yellow']);
    // Green is hidden in 2018-2019: its band starts in 2020, never a 0 for the hidden years.
    const green = root.querySelector('.slt-zones-areas [data-zone="green"]')!.getAttribute('d')!;
    expect(green.match(/M/g)).toHaveLength(1);
    const x2020 = Number(root.querySelector('[data-year="2020"] .slt-zones-total')!.getAttribute('x'));
    expect(Math.min(...[...green.matchAll(/[ML]([\d.]+),/g)].map((match) => Number(match[1])))).toBeGreaterThan(x2020 - 40);
    expect(texts(root, '.slt-zones-total')).toEqual(['46', '67', '84', '93', '102', '110', '98', '81']);
  });

  it('draws the same SVG as its golden snapshots', async () => {
    const bars = await settled(mount({}));
    await expect(normaliseSvg(bars.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-zones.bars.svg.txt');
    const areas = await settled(mount({ variant: 'areas' }));
    await expect(normaliseSvg(areas.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-zones.areas.svg.txt');
  });

  it('can be read with the keyboard: tab in, arrows step through years and zones', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    document.body.append(before);
    const root = await settled(mount({}));
    before.focus();
    await userEvent.tab();
    const readout = root.querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(readout.textContent).toBe('I alt, 2025: 81'));
    expect(root.querySelector('.slt-focus-ring')).not.toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe('Grønn, 2025: 54'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe('Oransje, 2025: : (skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall)'));
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
    // Yellow 2024 is hidden in the published file since all time grains are suppressed jointly.
    await vi.waitFor(() => expect(readout.textContent).toBe('Gul, 2024: : (skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall)'));
  });

  it('chooses a year on click and on Enter for its linked siblings, and shows the choice', async () => {
    const section = sectionWithScope();
    const zones = mount({}, 600, section);
    const flow = mountWidget<HTMLElement & { engine: Engine }>('slt-flow', { src: '/test/fixtures/zone-transitions-demo.parquet' }, { parent: section });
    const root = await settled(zones);
    await settled(flow);
    expect(texts(flow.shadowRoot!, '.period')).toEqual(['4. kvartal 2025']);
    root.querySelector<SVGGElement>('[data-year="2023"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(texts(flow.shadowRoot!, '.period')).toEqual(['4. kvartal 2023']));
    await vi.waitFor(() => expect(root.querySelector('.slt-zones-period.selected')?.getAttribute('data-year')).toBe('2023'));
    // The chart itself still shows every year: a chosen year is highlighted, not filtered.
    expect(texts(root, '.slt-zones-total')).toHaveLength(8);
    // Keyboard: focus the latest total, Enter chooses 2025.
    root.querySelector<HTMLElement>('.chart[tabindex]')!.focus();
    await vi.waitFor(() => expect(root.querySelector('.readout')!.textContent).toBe('I alt, 2025: 81'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(texts(flow.shadowRoot!, '.period')).toEqual(['4. kvartal 2025']));
    await vi.waitFor(() => expect(root.querySelector('.slt-zones-period.selected')?.getAttribute('data-year')).toBe('2025'));
    // Choosing it again clears the choice.
    root.querySelector<SVGGElement>('[data-year="2025"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('.slt-zones-period.selected')).toBeNull());
  });

  it('follows a district group chosen in a linked widget', async () => {
    const section = sectionWithScope();
    const root = await settled(mount({}, 600, section));
    requestFilter(section, 'district_group', ['3203-G1']);
    const expected = await published('3203-G1');
    await vi.waitFor(() => expect(texts(root, '.slt-zones-total')).toEqual(expected.totals));
    expect(expected.totals).toEqual(['25', '34', '42', '46', '53', '62', '50', '39']);
  });
});

describe('<slt-zones> states', () => {
  it('holds the chart height while loading', async () => {
    const stalled = new Engine();
    stalled.select = () => new Promise(() => undefined);
    const element = mount({ height: '240' }, 600, document.body, stalled);
    await element.updateComplete;
    const skeleton = element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton')!;
    expect(skeleton.getBoundingClientRect().height).toBe(240);
    expect(element.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const root = await settled(mount({ filter: 'district_group=nowhere' }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('shows a missing file and a bad variant as errors in the reader\'s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = await settled(mount({ src: '/data/nothing.parquet', lang: 'en' }));
    expect(texts(missing, '[role="alert"]')).toEqual(['The data file was not found.']);
    const bad = await settled(mount({ variant: 'pie' }));
    expect(texts(bad, '[role="alert"]')).toEqual(['Ugyldig innstilling: «variant» må være bars, areas.']);
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violation with the chart, the table open and hidden cells', async () => {
    const element = mount({});
    const areas = mount({ variant: 'areas', lang: 'da' });
    await Promise.all([settled(element), settled(areas)]);
    element.shadowRoot!.querySelector('details')!.open = true;
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});
