// <slt-map> in real Chromium, over data/indicators.parquet, through the real DuckDB-WASM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine } from '@slt/engine';
import { FilterScope } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import { normaliseSvg } from '../testing/svg-snapshot.ts';
import '../trend/slt-trend.ts';
import type { SltTrend } from '../trend/slt-trend.ts';
import './slt-map.ts';
import type { SltMap } from './slt-map.ts';
import askerProfile from '../../../../profiles/asker.json';
import { tilesOf } from '../dashboards/profile.ts';

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const GEOMETRY = '/test/fixtures/districts.geojson';
const NBSP = '\u00a0';
const NEET = 'indicator=neet&age_group=16-25&sex=all&area_level=district';
/** Ungdata 2015, girls: Hvalstad and Vollen are hidden by disclosure control (status ':'). */
const HIDDEN = 'indicator=ungdata_bullied&age_group=13-15&sex=female&area_level=district&year=2015';
/** The demo data's districts as the Asker profile places them (Borgen and Hvalstad in the north-east, Hurum in the south-west). */
const ASKER_TILES = tilesOf(askerProfile);

const attributes = {
  src: INDICATORS,
  filter: NEET,
  reference: 'area_level=municipality',
  unit: 'percent',
  heading: 'NEET 16–25',
};

function mount(extra: Record<string, string> = {}, width = 600, parent: HTMLElement = document.body, engine?: Engine): SltMap {
  return mountWidget<SltMap>('slt-map', { ...attributes, ...extra }, { width, parent, ...(engine ? { engine } : {}) });
}

/** The figures the map should show, asked for independently of the widget. */
async function expectedNeet(): Promise<Map<string, number>> {
  const { rows } = await new Engine().select(INDICATORS, {
    columns: ['area', 'value'],
    filters: [
      { column: 'indicator', values: ['neet'] },
      { column: 'age_group', values: ['16-25'] },
      { column: 'sex', values: ['all'] },
      { column: 'area_level', values: ['district'] },
      { column: 'year', values: [2025] },
    ],
  });
  return new Map(rows.map((row) => [String(row['area']), Number(row['value'])]));
}

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-map> as a tile grid', () => {
  it('draws one tile per district with its latest value written on it, as the data say', async () => {
    const expected = await expectedNeet();
    expect(expected.size).toBe(10);
    const root = await settled(mount());
    const drawn = [...root.querySelectorAll('g.slt-map-tile')];
    expect(drawn).toHaveLength(10);
    for (const tile of drawn) {
      const name = tile.querySelector('title')!.textContent!.split(':')[0]!;
      const value = expected.get(name)!;
      expect(texts(tile, 'text.value')).toEqual([`${value.toFixed(1).replace('.', ',')}${NBSP}%`]);
    }
  });

  it('colours each tile by its class, and the key lists the classes in nb-NO format', async () => {
    const root = await settled(mount());
    expect(texts(root, '.map-legend li')).toEqual([
      `6,6–7,9${NBSP}%`, `8,0–9,9${NBSP}%`, `10,0–11,9${NBSP}%`, `12,0–13,9${NBSP}%`, `14,0–15,5${NBSP}%`,
    ]);
    const fillOf = (name: string) =>
      [...root.querySelectorAll('g.slt-map-tile')].find((tile) => tile.querySelector('title')!.textContent!.startsWith(`${name}:`))!
        .querySelector('rect')!.getAttribute('fill');
    expect(fillOf('Vollen')).toBe('#fde725'); // 6,6 %: lowest class
    expect(fillOf('Hvalstad')).toBe('#fde725'); // 7,0 %
    expect(fillOf('Heggedal')).toBe('#5ec962'); // 8,8 %
    expect(fillOf('Borgen')).toBe('#440154'); // 15,5 %: highest class
  });

  it('places tiles from the tiles attribute, or in a default grid of ceil(√n) columns', async () => {
    const mapped = await settled(mount({ tiles: ASKER_TILES }));
    const borgen = [...mapped.querySelectorAll<SVGGElement>('g.slt-map-tile')].find((tile) => tile.dataset['key'] === '3203-02')!;
    const tofte = [...mapped.querySelectorAll<SVGGElement>('g.slt-map-tile')].find((tile) => tile.dataset['key'] === '3203-10')!;
    expect(borgen.getBoundingClientRect().top).toBeLessThan(tofte.getBoundingClientRect().top);
    expect(borgen.getBoundingClientRect().left).toBeGreaterThan(tofte.getBoundingClientRect().left);
    document.body.replaceChildren();
    const grid = await settled(mount());
    const lefts = new Set([...grid.querySelectorAll('g.slt-map-tile')].map((tile) => Math.round(tile.getBoundingClientRect().left)));
    expect(lefts.size).toBe(4);
  });

  it('writes a text alternative from the data: highest, lowest and the municipality', async () => {
    const root = await settled(mount());
    expect(texts(root, 'figcaption p')).toEqual([
      `Høyest i 2025: Borgen med 15,5${NBSP}%; lavest: Vollen med 6,6${NBSP}%.`,
      `Asker samlet: 10,3${NBSP}%.`,
    ]);
    const svg = root.querySelector('.chart svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('heading summary');
  });

  it('lists every district in the table with its value and class', async () => {
    const root = await settled(mount());
    expect(texts(root, 'thead th')).toEqual(['Område', 'Tid', 'Verdi', 'Intervall']);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => texts(row, 'td').join(' | '));
    expect(rows).toHaveLength(10);
    expect(rows).toContain(`Borgen | 2025 | 15,5${NBSP}% | 14,0–15,5${NBSP}%`);
  });

  it('speaks each language, numbers included', async () => {
    const cases = [
      ['nn', `Høgast i 2025: Borgen med 15,5${NBSP}%; lågast: Vollen med 6,6${NBSP}%.`, `15,5${NBSP}%`],
      ['da', `Højest i 2025: Borgen med 15,5${NBSP}%; lavest: Vollen med 6,6${NBSP}%.`, `15,5${NBSP}%`],
      ['en', 'Highest in 2025: Borgen at 15.5%; lowest: Vollen at 6.6%.', '15.5%'],
    ] as const;
    for (const [lang, sentence, value] of cases) {
      const root = await settled(mount({ lang }));
      expect(texts(root, 'figcaption p')[0]).toBe(sentence);
      const borgen = [...root.querySelectorAll<SVGGElement>('g.slt-map-tile')].find((tile) => tile.dataset['key'] === '3203-02')!;
      expect(texts(borgen, 'text.value')).toEqual([value]);
      document.body.replaceChildren();
    }
  });

  it('draws the same SVG as its golden snapshot', async () => {
    const root = await settled(mount({ tiles: ASKER_TILES }));
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-map.tiles.svg.txt');
  });

  it('fits a 320 px phone column', async () => {
    const element = mount({ tiles: ASKER_TILES }, 320);
    const root = await settled(element);
    await vi.waitFor(() => expect(root.querySelector('.chart svg')!.getAttribute('width')).toBe('320'));
    expect(root.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(320);
    // The width decides the tiles here: the box ends under the last row, no empty band below it.
    const svg = root.querySelector<SVGSVGElement>('.chart svg')!;
    expect(Number(svg.getAttribute('height'))).toBeLessThan(340);
    expect(root.querySelector<HTMLElement>('.chart')!.getBoundingClientRect().height).toBeCloseTo(Number(svg.getAttribute('height')), 0);
    // Every district's name fits inside its tile (a long one, "Slemmestad", is written smaller).
    for (const tile of root.querySelectorAll<SVGGElement>('g.slt-map-tile')) {
      const side = tile.querySelector('rect')!.getBBox().width;
      for (const name of tile.querySelectorAll<SVGTextElement>('text.name')) expect(name.getBBox().x + name.getBBox().width, name.textContent!).toBeLessThanOrEqual(side);
    }
    // ... and whole: Asker's names are condensed a little where they must be, not cut.
    expect(texts(root, 'text.name').filter((name) => name.endsWith('…'))).toEqual([]);
  });
});

describe('<slt-map> hidden and missing figures', () => {
  it('shows a hidden figure as ":" on a hatched tile, explained, never as 0', async () => {
    const root = await settled(mount({ filter: HIDDEN, reference: '' }));
    const hidden = [...root.querySelectorAll<SVGGElement>('g.slt-map-tile')].filter((tile) => texts(tile, 'text.value')[0] === ':');
    expect(hidden.map((tile) => tile.querySelector('title')!.textContent)).toEqual([
      'Hvalstad: : (skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall)',
      'Vollen: : (skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall)',
    ]);
    for (const tile of hidden) expect(tile.querySelector('rect')!.getAttribute('fill')).toBe('url(#slt-map-hatch)');
    expect(root.querySelector('#slt-map-hatch')).not.toBeNull();
    expect(texts(root, '.map-legend li').at(-1)).toBe('skjult (:)');
    expect(texts(root, 'figcaption p')).toContain('Tallet er skjult for Hvalstad og Vollen.');
    expect(texts(root, 'figcaption .note')).toEqual(['«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.']);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => texts(row, 'td'));
    const hvalstad = rows.find((cells) => cells[0] === 'Hvalstad')!;
    expect(hvalstad[2]).toMatch(/^: skjult for å beskytte personvernet/);
    expect(rows.map((cells) => cells[2])).not.toContain('0');
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-map.hidden.svg.txt');
  });

  it('shows missing figures (..) as "mangler" with a dashed border, not as hidden', async () => {
    const root = await settled(mount({ filter: 'indicator=crowded_housing&area_level=district&year=2015', reference: '' }));
    expect(new Set(texts(root, 'g.slt-map-tile text.value'))).toEqual(new Set(['mangler']));
    expect(texts(root, '.map-legend li')).toEqual(['mangler']);
    expect(texts(root, 'figcaption .note')).toEqual([]);
    expect(texts(root, 'figcaption p')[0]).toMatch(/^Tall mangler for Asker sentrum, Borgen,/);
  });
});

describe('<slt-map> with geometry', () => {
  it('draws the real shapes from GeoJSON, matched by area_code, with values on them', async () => {
    const expected = await expectedNeet();
    const root = await settled(mount({ geometry: GEOMETRY }));
    const paths = root.querySelectorAll('g.slt-map-shape > path');
    expect(paths).toHaveLength(10);
    for (const path of paths) {
      const box = (path as SVGGraphicsElement).getBBox();
      expect(box.width).toBeGreaterThan(20); // a district, not the whole globe
      expect(box.width).toBeLessThan(600);
    }
    const titles = [...paths].map((path) => path.querySelector('title')!.textContent!);
    expect(titles).toContain(`Borgen: ${String(expected.get('Borgen')).replace('.', ',')}${NBSP}%`);
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-map.geo.svg.txt');
  });

  it('reads TopoJSON too', async () => {
    const topology = {
      type: 'Topology',
      arcs: [[[10.2, 59.8], [10.5, 59.8], [10.5, 59.9], [10.2, 59.9], [10.2, 59.8]]],
      objects: { d: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { area_code: '3203-02' } }] } },
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(topology)], { type: 'application/json' }));
    const root = await settled(mount({ geometry: url }));
    expect(root.querySelectorAll('g.slt-map-shape > path')).toHaveLength(1);
    expect(texts(root, 'tbody tr')).toHaveLength(10); // the districts without a shape are still in the table
  });

  it('shows a missing geometry file as an error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(mount({ geometry: '/test/fixtures/no-such.geojson' }));
    expect(texts(root, '[role="alert"]')).toEqual(['Fant ikke datafilen.']);
    // JSON that is not a map names the setting, not the data file ("Datafilen kan ikke leses.").
    const notMap = await settled(mount({ geometry: '/data/profile.json' }));
    expect(texts(notMap, '[role="alert"]')).toEqual(['Ugyldig innstilling: «geometry» må være GeoJSON / TopoJSON.']);
  });
});

describe('<slt-map> keyboard and linked filters', () => {
  it('steps through tiles with the arrows, reads the value, and Enter chooses the district for the siblings', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const map = mount({ tiles: ASKER_TILES }, 600, section);
    const trend = mountWidget<SltTrend>(
      'slt-trend',
      { src: INDICATORS, filter: 'indicator=neet&age_group=16-25&sex=all&area_level=district', 'series-column': 'area', unit: 'percent' },
      { parent: section },
    );
    const root = await settled(map);
    await settled(trend);
    expect(trend.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(110);

    await userEvent.tab();
    const chart = root.querySelector<HTMLElement>('.chart[tabindex]')!;
    expect(root.activeElement).toBe(chart);
    expect(chart.getAttribute('aria-label')).toBe('NEET 16–25. Bruk piltastene for å gå mellom områdene, Enter for å velge et område.');
    const readout = root.querySelector('.readout')!;
    // Focus starts at the end of the first row: Hvalstad (3,0).
    await vi.waitFor(() => expect(readout.textContent).toBe(`Hvalstad: 7,0${NBSP}%`));
    expect(root.querySelector('.slt-focus-ring')).not.toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Borgen: 15,5${NBSP}%`));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Asker sentrum: 11,1${NBSP}%`));
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Enter}');

    await vi.waitFor(() => expect(FilterScope.of(section).filters.get('area')).toEqual(['Borgen']));
    await vi.waitFor(() => expect(trend.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(11));
    // The map keeps every district and outlines the chosen one.
    await vi.waitFor(() => expect(root.querySelectorAll('g.slt-map-tile')).toHaveLength(10));
    await vi.waitFor(() => expect(root.querySelector('g.slt-map-tile[data-key="3203-02"] rect.slt-map-selected')).not.toBeNull());
    expect(root.querySelectorAll('rect.slt-map-selected')).toHaveLength(1);
    expect(texts(root, '.selection span')).toEqual(['Valgt område: Borgen.']);
    expect(root.querySelector('.selection')!.getAttribute('aria-live')).toBe('polite'); // the choice is announced
    await vi.waitFor(() => expect(readout.textContent).toBe(`Borgen (valgt): 15,5${NBSP}%`));

    await userEvent.keyboard(' '); // Space on the chosen district clears the choice
    await vi.waitFor(() => expect(FilterScope.of(section).filters.has('area')).toBe(false));
    await vi.waitFor(() => expect(trend.shadowRoot!.querySelectorAll('.slt-trend-points > *')).toHaveLength(110));
    await vi.waitFor(() => expect(root.querySelector('rect.slt-map-selected')).toBeNull());
  });

  it('chooses a district on click, and clears it on a second click or with the button', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const root = await settled(mount({}, 600, section));
    // The map is redrawn once the element knows its width: click where the tile ends up.
    await vi.waitFor(() => expect(root.querySelector('.chart svg')!.getAttribute('width')).toBe('600'));
    const tile = () => root.querySelector<SVGGElement>('g.slt-map-tile[data-key="3203-05"]')!;
    await userEvent.click(tile());
    await vi.waitFor(() => expect(FilterScope.of(section).filters.get('area')).toEqual(['Vollen']));
    await vi.waitFor(() => expect(tile().querySelector('.slt-map-selected')).not.toBeNull());
    await userEvent.click(tile());
    await vi.waitFor(() => expect(FilterScope.of(section).filters.has('area')).toBe(false));
    await userEvent.click(tile());
    await vi.waitFor(() => expect(root.querySelector('.selection button')).not.toBeNull());
    await userEvent.click(root.querySelector('.selection button')!);
    await vi.waitFor(() => expect(FilterScope.of(section).filters.has('area')).toBe(false));
    // A click without a pointer (assistive technology, element.click()) chooses too.
    tile().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(FilterScope.of(section).filters.get('area')).toEqual(['Vollen']));
  });

  it('follows a linked filter on other columns (sex chosen elsewhere)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const root = await settled(mount({ filter: 'indicator=neet&age_group=16-25&area_level=district' }, 600, section));
    // Several rows per area (one per sex): the map says so, naming the first area twice over.
    expect(texts(root, '[role="alert"]')[0]).toMatch(/^Dataene har mer enn ett tall for samme punkt \([^,]+, 20\d\d\): diagrammet trenger ett filter til/);
    FilterScope.of(section).set('sex', ['female']);
    await vi.waitFor(() => expect(root.querySelectorAll('g.slt-map-tile')).toHaveLength(10), { timeout: 30_000 });
  });
});

describe('<slt-map> states', () => {
  it('holds its height while loading', async () => {
    const stalled = new Engine();
    // Widgets query through engine.query (select() is a wrapper on it): stall both.
    vi.spyOn(stalled, 'select').mockImplementation(() => new Promise(() => undefined));
    vi.spyOn(stalled, 'query').mockImplementation(() => new Promise(() => undefined));
    const element = mount({}, 600, document.body, stalled);
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('.chart.skeleton')).not.toBeNull());
    expect(element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton')!.getBoundingClientRect().height).toBe(340);
    expect(element.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
    expect(await accessibilityViolations(element)).toEqual([]);
  });

  it('says so when the selection has no rows', async () => {
    const root = await settled(mount({ filter: 'indicator=nothing' }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
  });

  it('shows a missing file as an error in the reader\'s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(mount({ src: '/data/no-such.parquet', lang: 'da' }));
    expect(texts(root, '[role="alert"]')).toEqual(['Datafilen blev ikke fundet.']);
  });

  it('names a bad tiles attribute', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(mount({ tiles: '3203-01:0' }));
    expect(texts(root, '[role="alert"]')).toEqual(['Ugyldig verdi for «tiles».']);
  });

  it('has no WCAG 2.1 A/AA violation (axe-core): tiles, hidden, geo, empty and error, table open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const elements = [
      mount({ tiles: ASKER_TILES }),
      mount({ filter: HIDDEN, reference: '' }),
      mount({ geometry: GEOMETRY }),
      mount({ filter: 'indicator=nothing' }),
      mount({ src: '/data/no-such.parquet' }),
    ];
    await Promise.all(elements.map((element) => settled(element)));
    for (const element of elements) {
      const details = element.shadowRoot!.querySelector('details');
      if (details) details.open = true;
    }
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });
});
