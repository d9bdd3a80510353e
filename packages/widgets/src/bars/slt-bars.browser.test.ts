// <slt-bars> in real Chromium, over data/indicators.parquet, through the real engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Engine, sharedEngine } from '@slt/engine';
import { FILTER_EVENT, FilterScope, requestFilter, type FilterEventDetail } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import { normaliseSvg } from '../testing/svg-snapshot.ts';
import '../trend/slt-trend.ts';
import './slt-bars.ts';
import type { SltBars } from './slt-bars.ts';

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&area_level=district&year=2025';
const NBSP = '\u00a0';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function mount(attributes: Record<string, string>, width = 600, parent: HTMLElement = document.body, engine?: Engine): SltBars {
  return mountWidget<SltBars>('slt-bars', { src: INDICATORS, unit: 'percent', ...attributes }, { width, parent, ...(engine ? { engine } : {}) });
}

const barRects = (root: ParentNode) => [...root.querySelectorAll<SVGRectElement>('g.slt-bars-bars rect:not(.slt-bars-pattern)')];
/** Text marks' own text, without their <title> tooltip. */
const markTexts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.firstChild?.textContent ?? '');
/** The category names, beside the bars (Plot's axis) or above them (long names on a narrow chart). */
const yLabels = (root: ParentNode) => texts(root, 'g[aria-label="y-axis tick label"] text, g[aria-label="fy-axis tick label"] text, g.slt-bars-names text');

/** The districts' figures read independently of the widget, largest first. */
async function expectedDistricts(sex = 'all'): Promise<{ area: string; value: number }[]> {
  const { rows } = await sharedEngine().select(INDICATORS, {
    columns: ['area', 'value'],
    filters: [
      { column: 'indicator', values: ['neet'] },
      { column: 'age_group', values: ['16-25'] },
      { column: 'area_level', values: ['district'] },
      { column: 'year', values: [2025] },
      { column: 'sex', values: [sex] },
    ],
  });
  return rows.map((row) => ({ area: String(row['area']), value: Number(row['value']) })).sort((a, b) => b.value - a.value);
}

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-bars> over indicators.parquet', () => {
  const neet = { filter: `${NEET}&sex=all`, heading: 'NEET 16–25 år, 2025' };

  it('draws one bar per district, largest first, lengths and labels matching the query', async () => {
    const expected = await expectedDistricts();
    expect(expected).toHaveLength(10);
    const root = await settled(mount(neet));
    const rects = barRects(root).sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')));
    expect(rects).toHaveLength(10);
    expect(yLabels(root)).toEqual(expected.map((row) => row.area));
    // Lengths proportional to the values (a common scale from 0).
    const perUnit = Number(rects[0]!.getAttribute('width')) / expected[0]!.value;
    rects.forEach((rect, index) => expect(Number(rect.getAttribute('width'))).toBeCloseTo(expected[index]!.value * perUnit, 0));
    // Direct value labels in the reader's format.
    const labels = texts(root, '.chart svg text').filter((text) => text.endsWith('%') && !text.includes(':'));
    expect(labels).toContain(`15,5${NBSP}%`);
    expect(labels).toContain(`6,6${NBSP}%`);
  });

  it('per 1 000: the figures carry the unit words where there is room, and on a phone the number alone with the unit on the axis', async () => {
    const welfare = { filter: 'indicator=child_welfare_per_1000&age_group=0-22&sex=all&area_level=district&year=2025', unit: 'per_1000' };
    const figures = (root: ParentNode) => texts(root, '.chart svg text').filter((text) => /^\d+,\d( per 1 000)?$/.test(plain(text)));
    const wide = await settled(mount(welfare, 800));
    expect(figures(wide).length).toBeGreaterThan(0);
    expect(figures(wide).every((text) => plain(text).endsWith(' per 1 000'))).toBe(true);
    expect(texts(wide, 'g[aria-label="x-axis label"] text')).toEqual([]);
    document.body.replaceChildren();
    const narrow = await settled(mount(welfare, 320));
    expect(figures(narrow)).toHaveLength(figures(wide).length);
    expect(figures(narrow).some((text) => plain(text).includes('per'))).toBe(false);
    expect(texts(narrow, 'g[aria-label="x-axis label"] text').map(plain)).toEqual(['per 1 000']);
    // The bars get the room: the longest is more than half the chart's width.
    const longest = Math.max(...barRects(narrow).map((rect) => Number(rect.getAttribute('width'))));
    expect(longest).toBeGreaterThan(320 * 0.3);
    // The text alternative and the table keep the unit words.
    expect(plain(texts(narrow, 'figcaption p')[0]!)).toMatch(/per 1 000/);
  });

  it('names categories by the labels attribute on the axis, in the text and the table, and still filters by the code', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const chosen: string[][] = [];
    section.addEventListener('slt-filters-changed', (event) => chosen.push([...((event as CustomEvent).detail.filters.area ?? [])]));
    const element = mount({ ...neet, labels: 'Borgen=Borgen (fokus)&Vollen=Vollen bydel' }, 600, section);
    const root = await settled(element);
    expect(yLabels(root)).toContain('Borgen (fokus)');
    expect(yLabels(root)).toContain('Vollen bydel');
    expect(texts(root, 'figcaption p')[0]).toMatch(/Borgen \(fokus\)/);
    expect(texts(root, 'details tbody td')).toContain('Borgen (fokus)');
    element.shadowRoot!.querySelector<HTMLElement>('.chart[tabindex]')!.focus();
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(chosen.at(-1)).toEqual(['Borgen']));
  });

  it('sorts ascending or by name on request', async () => {
    const expected = await expectedDistricts();
    const ascending = await settled(mount({ ...neet, sort: 'ascending' }));
    expect(yLabels(ascending)).toEqual(expected.map((row) => row.area).reverse());
    const byName = await settled(mount({ ...neet, sort: 'category' }));
    expect(yLabels(byName)).toEqual([...expected.map((row) => row.area)].sort((a, b) => a.localeCompare(b, 'nb')));
  });

  it('writes a text alternative from the data and lists every bar in the table', async () => {
    const root = await settled(mount(neet));
    expect(texts(root, 'figcaption p').map(plain)).toEqual(['Høyest er Borgen med 15,5 %, lavest er Vollen med 6,6 %.']);
    const rows = [...root.querySelectorAll('details tbody tr')].map((row) => texts(row, 'td').map(plain).join(' | '));
    expect(rows[0]).toBe('Borgen | 15,5 %');
    expect(rows).toHaveLength(10);
    expect(texts(root, 'details thead th')).toEqual(['Kategori', 'Verdi']);
  });

  it('draws the reference (Asker) as a dashed line named in words, from the same other filters', async () => {
    const root = await settled(mount({ ...neet, reference: 'area=Asker' }));
    const rule = root.querySelector('g.slt-bars-reference line')!;
    expect(rule).not.toBeNull();
    // At 10,3 on the same scale as the bars: Borgen's bar is 15,5 long.
    const borgen = barRects(root).sort((a, b) => Number(b.getAttribute('width')) - Number(a.getAttribute('width')))[0]!;
    const x0 = Number(borgen.getAttribute('x'));
    const perUnit = Number(borgen.getAttribute('width')) / 15.5;
    expect(Number(rule.getAttribute('x1'))).toBeCloseTo(x0 + 10.3 * perUnit, 0);
    expect(texts(root, '.chart svg text').map(plain)).toContain('Asker: 10,3 %');
    expect(texts(root, 'figcaption p').map(plain)).toContain('Stiplet linje: Asker, 10,3 %. 5 av 10 ligger over.');
    expect(texts(root, 'details tbody tr:last-child td').map(plain)).toEqual(['Asker', '10,3 %']);
  });

  it('grows where its height leaves a figure no line of its own (a printed report), never writing figures over each other', async () => {
    const element = mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex', height: '200', reference: 'area=Asker' });
    const root = await settled(element);
    const svg = root.querySelector<SVGSVGElement>('.chart svg')!;
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
    expect(root.querySelector<HTMLElement>('.chart')!.getBoundingClientRect().height).toBeCloseTo(Number(svg.getAttribute('height')), 0);
    const boxes = [...root.querySelectorAll<SVGTextElement>('.chart svg text')]
      .filter((text) => /^\d+,\d\s%$/.test(plain(text.firstChild?.textContent ?? '')))
      .map((text) => text.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    expect(boxes).toHaveLength(20);
    const overlapping = boxes.filter((box, index) => index > 0 && box.top < boxes[index - 1]!.bottom - 1 && box.left < boxes[index - 1]!.right && box.right > boxes[index - 1]!.left);
    expect(overlapping).toEqual([]);
  });

  it('says so, naming the bar, when its filter leaves a column open and a bar gets two figures', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A row per sex for every district: without sex=all (or series-column="sex") each bar is there three times.
    const root = await settled(mount({ filter: NEET, heading: 'NEET' }));
    expect(texts(root, '[role="alert"]')[0]).toMatch(/^Dataene har mer enn ett tall for samme punkt \([^)]+\): diagrammet trenger ett filter til/);
    expect(barRects(root)).toHaveLength(0);
  });

  it('never writes a figure across a reference mark: one that would reach over it starts after it', async () => {
    const crossings = (root: ShadowRoot) => {
      const marks = [...root.querySelectorAll<SVGLineElement>('g.slt-bars-reference line, g.slt-bars-reference path')].map((mark) => {
        const box = mark.getBBox();
        const matrix = mark.getCTM()!;
        return { x: matrix.a * (box.x + box.width / 2) + matrix.e, top: matrix.d * box.y + matrix.f, bottom: matrix.d * (box.y + box.height) + matrix.f };
      });
      const figures = [...root.querySelectorAll<SVGTextElement>('.chart svg text')].filter((text) => /^\d+,\d\s%$/.test(plain(text.firstChild?.textContent ?? '')));
      expect(figures.length).toBeGreaterThan(0);
      return figures.filter((text) => {
        const box = text.getBBox();
        const matrix = text.getCTM()!;
        const [left, right, top, bottom] = [matrix.e + box.x, matrix.e + box.x + box.width, matrix.f + box.y, matrix.f + box.y + box.height];
        return marks.some((mark) => mark.x > left && mark.x < right && mark.bottom > top && mark.top < bottom);
      }).map((text) => text.textContent);
    };
    expect(crossings(await settled(mount({ ...neet, reference: 'area=Asker' })))).toEqual([]);
    document.body.replaceChildren();
    // Grouped: a dashed tick per series in every category.
    expect(crossings(await settled(mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex', height: '520', reference: 'area=Asker' })))).toEqual([]);
  });

  it('groups series side by side, told apart by hatching and a legend, not colour alone', async () => {
    const female = await expectedDistricts('female');
    const root = await settled(mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex', height: '520', reference: 'area=Norge' }));
    expect(barRects(root)).toHaveLength(20);
    expect(root.querySelectorAll('rect.slt-bars-pattern')).toHaveLength(10); // the second series
    expect(texts(root, '.legend li')).toEqual(['Kvinner', 'Menn']);
    expect(yLabels(root)[0]).toBe('Borgen'); // the largest sum of both
    expect(texts(root, 'figcaption p').map(plain)).toEqual([
      `Kvinner: høyest er ${female[0]!.area} med ${female[0]!.value.toFixed(1).replace('.', ',')} %, lavest er Vollen med 4,9 %.`,
      'Menn: høyest er Tofte med 15,7 %, lavest er Hvalstad med 7,1 %.',
      'Stiplet linje: Norge, Kvinner 8,2 %, Menn 9,4 %.',
    ]);
    expect(root.querySelectorAll('g.slt-bars-reference line')).toHaveLength(20);
    expect(texts(root, '.chart svg text').map(plain)).toContain('Stiplet linje: Norge');
  });

  it('takes series-styles: an area keeps the colour and hatching of its style, in the bars and the legend', async () => {
    const filter = 'indicator=neet&sex=all&year=2025&area=Borgen&area=Asker&area=Norge';
    const swatches = (root: ParentNode) =>
      Object.fromEntries(
        [...root.querySelectorAll('.legend li')].map((item) => {
          const [plain, hatch] = [...item.querySelectorAll('svg.swatch rect')];
          return [item.textContent!.trim(), `${plain!.getAttribute('fill')} ${hatch?.getAttribute('fill') ?? 'plain'}`];
        }),
      );
    const root = await settled(mount({ filter, 'category-column': 'age_group', 'series-column': 'area', sort: 'category', 'series-styles': 'Asker=1&Borgen=2&Norge=5' }));
    expect(swatches(root)).toEqual({
      Asker: '#0072b2 plain',
      Borgen: '#d55e00 url(#slt-bars-legend-pattern-1)',
      Norge: '#5a5a5a url(#slt-bars-legend-pattern-4)',
    });
    const fills = new Set(barRects(root).map((rect) => rect.getAttribute('fill')));
    expect(fills).toEqual(new Set(['#0072b2', '#d55e00', '#5a5a5a']));
    // Each bar's hatching is its style's: Norge's grey bars carry pattern 4, Asker's none.
    const hatched = [...root.querySelectorAll('rect.slt-bars-pattern')].map((overlay) => `${overlay.previousElementSibling!.getAttribute('fill')} ${overlay.getAttribute('fill')}`);
    expect(new Set(hatched)).toEqual(new Set(['#d55e00 url(#slt-bars-pattern-1)', '#5a5a5a url(#slt-bars-pattern-4)']));
  });

  it('neutral: series that are not areas (Kvinner, Menn) get grey tones, an ink outline and ink hatching, never a palette colour', async () => {
    const palette = ['#0072b2', '#d55e00', '#007a5a', '#b8458c', '#5a5a5a', '#8c510a', '#4b3ba8'];
    const root = await settled(
      mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex', height: '520', neutral: '', 'series-styles': 'Asker=1&Borgen=2&Norge=5' }),
    );
    const legend = [...root.querySelectorAll('.legend li')].map((item) => {
      const [plain, hatch] = [...item.querySelectorAll('svg.swatch rect')];
      return `${item.textContent!.trim()}: ${plain!.getAttribute('fill')} ${plain!.getAttribute('stroke')} ${hatch?.getAttribute('fill') ?? 'plain'}`;
    });
    expect(legend).toEqual(['Kvinner: #e3e3e3 var(--_text) plain', 'Menn: #c6c6c6 var(--_text) url(#slt-bars-legend-pattern-neutral-1)']);
    const rects = barRects(root);
    expect(rects).toHaveLength(20);
    expect(new Set(rects.map((rect) => rect.getAttribute('fill')))).toEqual(new Set(['#e3e3e3', '#c6c6c6']));
    for (const rect of rects) {
      expect(palette).not.toContain(rect.getAttribute('fill'));
      expect(rect.getAttribute('stroke')).toBe('var(--_text)');
    }
    // The second series is hatched in ink (told apart without colour), the first plain.
    const hatched = [...root.querySelectorAll('rect.slt-bars-pattern')].map((overlay) => `${overlay.previousElementSibling!.getAttribute('fill')} ${overlay.getAttribute('fill')}`);
    expect(new Set(hatched)).toEqual(new Set(['#c6c6c6 url(#slt-bars-pattern-neutral-1)']));
    expect(hatched).toHaveLength(10);
    expect(root.querySelector('pattern#slt-bars-pattern-neutral-1 path')?.getAttribute('stroke')).toBe('var(--_text)');
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-bars.neutral.svg.txt');
  });

  it('neutral without series: the bar of the area series-styles names (the district in focus) in its style, every other bar in one neutral tone', async () => {
    const root = await settled(mount({ ...neet, reference: 'area=Asker', neutral: '', 'series-styles': 'Asker=1&Borgen=2&Norge=5' }));
    const byDistrict = Object.fromEntries(barRects(root).map((rect) => [rect.querySelector('title')!.textContent!.split('\n')[0], rect.getAttribute('fill')]));
    expect(Object.keys(byDistrict)).toHaveLength(10);
    expect(byDistrict['Borgen']).toBe('#d55e00');
    for (const [district, fill] of Object.entries(byDistrict)) if (district !== 'Borgen') expect(fill, district).toBe('#e3e3e3');
    // Borgen keeps its hatching too (meaning not by colour alone); the reference line is Asker.
    const hatched = [...root.querySelectorAll('rect.slt-bars-pattern')].map((overlay) => overlay.previousElementSibling!.querySelector('title')!.textContent!.split('\n')[0]);
    expect(hatched).toEqual(['Borgen']);
    expect(texts(root, '.chart svg text').map(plain)).toContain('Asker: 10,3 %');
    // Without neutral, the same chart is one colour, as before (the first style series-styles leaves free).
    const plainBars = await settled(mount({ ...neet, reference: 'area=Asker', 'series-styles': 'Asker=1&Borgen=2&Norge=5' }));
    expect(new Set(barRects(plainBars).map((rect) => rect.getAttribute('fill') ?? rect.parentElement!.getAttribute('fill')))).toEqual(new Set(['#007a5a']));
  });

  it('stacks series on request: each segment starts where the one before ends', async () => {
    const root = await settled(mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex', 'value-column': 'numerator', unit: 'count', layout: 'stacked' }));
    const rects = barRects(root);
    expect(rects).toHaveLength(20);
    const byRow = new Map<string, SVGRectElement[]>();
    for (const rect of rects) byRow.set(rect.getAttribute('y')!, [...(byRow.get(rect.getAttribute('y')!) ?? []), rect]);
    expect(byRow.size).toBe(10);
    for (const pair of byRow.values()) {
      const [left, right] = pair.sort((a, b) => Number(a.getAttribute('x')) - Number(b.getAttribute('x')));
      expect(Number(right!.getAttribute('x'))).toBeCloseTo(Number(left!.getAttribute('x')) + Number(left!.getAttribute('width')), 0);
    }
  });

  it('writes "mangler" in a grouped slot with no figure, where its bar would be, and names it in the text: no gap to read as 0', async () => {
    // The public file: SSB gives Norge no 16–25 figure, Borgen only 15–29 and 16–25.
    const root = await settled(
      mount({ src: '/data/indicators.parquet', filter: 'indicator=neet&sex=all&year=2024&area=Asker&area=Borgen&area=Norge', 'category-column': 'age_group', 'series-column': 'area', unit: 'percent', sort: 'category', height: '420' }),
    );
    const marks = [...root.querySelectorAll('g.slt-bars-missing text')];
    expect(marks.map((mark) => mark.firstChild?.textContent)).toEqual(['mangler', 'mangler', 'mangler']);
    expect(root.querySelectorAll('g.slt-bars-hidden text')).toHaveLength(0);
    expect(marks.map((mark) => mark.querySelector('title')?.textContent).sort()).toEqual(['16-25\nNorge\nmangler', '20-24\nBorgen\nmangler', '25-29\nBorgen\nmangler']);
    // Each where its bar would be: between its category's name and the next one's.
    const nameY = (name: string) => [...root.querySelectorAll('g[aria-label="fy-axis tick label"] text')].find((text) => text.textContent === name)!.getBoundingClientRect().top;
    const markY = (index: number) => marks[index]!.getBoundingClientRect().top;
    const byTitle = (title: string) => marks.findIndex((mark) => mark.querySelector('title')?.textContent?.startsWith(title));
    expect(markY(byTitle('16-25'))).toBeGreaterThan(nameY('16-25') - 30);
    expect(markY(byTitle('16-25'))).toBeLessThan(nameY('20-24') - 10);
    expect(markY(byTitle('25-29'))).toBeGreaterThan(nameY('25-29') - 30);
    expect(texts(root, 'figcaption p').join(' ')).toMatch(/Borgen: .*ingen tall for 20-24, 25-29/);
    expect(texts(root, 'figcaption p').join(' ')).toMatch(/Norge: .*ingen tall for 16-25/);
  });

  it('shows hidden figures as ":" on the chart and in the table, with the explanation, never as 0', async () => {
    const root = await settled(mount({ filter: 'indicator=ungdata_bullied&area_level=district&year=2015&sex=female&sex=male', 'series-column': 'sex', height: '520' }));
    expect(markTexts(root, 'g.slt-bars-hidden text')).toEqual([':', ':', ':', ':']);
    expect(barRects(root)).toHaveLength(16);
    const hiddenRows = [...root.querySelectorAll('details tbody tr')].filter((row) => row.querySelector('td.suppressed'));
    expect(hiddenRows.map((row) => texts(row, 'td')[0])).toEqual(['Hvalstad', 'Hvalstad', 'Vollen', 'Vollen']);
    expect(texts(hiddenRows[0]!, 'td.suppressed')[0]).toBe(': skjult for å beskytte personvernet: færre enn 5, eller ville avslørt et slikt tall');
    expect(texts(root, 'figcaption p.note')).toEqual(['«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.']);
    expect(texts(root, 'figcaption p')).toContain('Skjult (:): Hvalstad (Kvinner), Hvalstad (Menn), Vollen (Kvinner), Vollen (Menn).');
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-bars.hidden.svg.txt');
  });

  it.each([
    ['en', 'Highest is Borgen at 15.5%, lowest is Vollen at 6.6%.', '15.5%', 'Dashed line: Asker, 10.3%. 5 of 10 are above it.'],
    ['da', 'Højest er Borgen med 15,5 %, lavest er Vollen med 6,6 %.', '15,5 %', 'Stiplet linje: Asker, 10,3 %. 5 af 10 ligger over.'],
    ['nn', 'Høgast er Borgen med 15,5 %, lågast er Vollen med 6,6 %.', '15,5 %', 'Stipla linje: Asker, 10,3 %. 5 av 10 ligg over.'],
  ])('speaks %s, numbers included', async (lang, summary, label, reference) => {
    const root = await settled(mount({ ...neet, reference: 'area=Asker', lang }));
    expect(texts(root, 'figcaption p').map(plain)).toEqual([summary, reference]);
    expect(texts(root, '.chart svg text').map(plain)).toContain(label);
  });

  /** The table's rows: category, the value as a number (null when hidden). */
  const tableFigures = (root: ParentNode) =>
    [...root.querySelectorAll('details tbody tr')].map((row) => {
      const [category, value] = texts(row, 'td').map(plain);
      const hidden = row.querySelector('td.suppressed') !== null;
      return { category: category!, value: hidden ? null : Number(value!.replace(/\s/g, '')) };
    });

  it('aggregate="count": one bar per category counting a record-level file\'s rows, each total as counted independently or hidden at k', async () => {
    const EVENTS = '/data/internal/case_events.parquet';
    const root = await settled(
      mount({ src: EVENTS, 'allow-internal': '', aggregate: 'count', 'category-column': 'category', filter: 'event=concern&period=2025', unit: 'count', k: '10', reference: 'agency=police' }),
    );
    // The reference: all police concerns of 2025, counted in the same query shape.
    const police = (await new Engine().select(EVENTS, { columns: ['agency'], filters: [{ column: 'event', values: ['concern'] }, { column: 'period', values: ['2025'] }, { column: 'agency', values: ['police'] }] })).rows.length;
    expect(texts(root, 'details tbody tr:last-child td').map(plain)).toEqual(['police', String(police)]);
    // Counted here from the file's rows (a plain selection, no SQL grouping).
    const { rows } = await new Engine().select(EVENTS, { columns: ['category'], filters: [{ column: 'event', values: ['concern'] }, { column: 'period', values: ['2025'] }] });
    const counted = new Map<string, number>();
    for (const row of rows) counted.set(String(row['category']), (counted.get(String(row['category'])) ?? 0) + 1);
    const shown = tableFigures(root).slice(0, -1); // the last row is the reference
    expect(shown.map(({ category }) => category).sort()).toEqual([...counted.keys()].sort());
    const visible = shown.filter(({ value }) => value !== null);
    expect(visible.length).toBeGreaterThanOrEqual(5);
    for (const { category, value } of visible) expect(value, category).toBe(counted.get(category));
    for (const { value } of visible) expect(value).toBeGreaterThanOrEqual(10);
    // 7 weapon concerns are under k = 10, and one more total is hidden with them, so the 7
    // cannot be worked out from the others and a published total.
    const hidden = shown.filter(({ value }) => value === null).map(({ category }) => category);
    expect(hidden).toContain('weapon');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(barRects(root)).toHaveLength(visible.length);
  }, 90_000); // DuckDB-WASM starts cold here: 6 s alone, over 30 s in a full run on two busy cores

  it('aggregate="sum": adds up the value column per category; a total that includes a hidden cell is hidden', async () => {
    const districts = ['3203-G1', '3203-G2', '3203-G3', '3203-G4'];
    const root = await settled(
      mount({
        src: '/data/case_counts.parquet', aggregate: 'sum', 'category-column': 'zone', 'value-column': 'persons', unit: 'count',
        filter: `year=2025&age_band=all&sex=all&measure=all&${districts.map((code) => `district_group=${code}`).join('&')}`,
      }),
    );
    const { rows, suppressed } = await new Engine().select('/data/case_counts.parquet', {
      columns: ['zone', 'persons'],
      filters: [
        { column: 'year', values: [2025] }, { column: 'age_band', values: ['all'] }, { column: 'sex', values: ['all'] },
        { column: 'measure', values: ['all'] }, { column: 'district_group', values: districts },
      ],
    });
    const shown = new Map(tableFigures(root).map(({ category, value }) => [category, value]));
    const zones = [...new Set(rows.map((row) => String(row['zone'])))];
    expect([...shown.keys()].sort()).toEqual(zones.sort());
    let added = 0;
    for (const zone of zones) {
      const cells = rows.flatMap((row, index) => (row['zone'] === zone ? [{ persons: row['persons'], hidden: suppressed[index]?.has('persons') ?? false }] : []));
      if (cells.some((cell) => cell.hidden || cell.persons === null)) expect(shown.get(zone), zone).toBeNull();
      else if (shown.get(zone) !== null) {
        expect(shown.get(zone), zone).toBe(cells.reduce((sum, cell) => sum + Number(cell.persons), 0));
        added++;
      }
    }
    expect(added).toBeGreaterThan(0);
  });

  it('draws the same SVG as its golden snapshots', async () => {
    const single = await settled(mount({ ...neet, reference: 'area=Asker' }));
    await expect(normaliseSvg(single.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-bars.reference.svg.txt');
    const grouped = await settled(mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex', height: '520' }));
    await expect(normaliseSvg(grouped.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-bars.grouped.svg.txt');
  });

  it('has no WCAG 2.1 A/AA violation (axe-core) drawn, grouped, hidden, empty or broken', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const elements = [
      mount({ ...neet, reference: 'area=Asker' }),
      mount({ filter: `${NEET}&sex=female&sex=male`, 'series-column': 'sex' }),
      mount({ filter: 'indicator=ungdata_bullied&area_level=district&year=2015&sex=female', heading: 'Mobbing' }),
      mount({ filter: 'indicator=nothing' }),
      mount({ src: '/data/no-such-file.parquet', heading: 'Feil' }),
    ];
    for (const element of elements) await settled(element);
    for (const element of elements) element.shadowRoot!.querySelector('details')?.setAttribute('open', '');
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('can be read and chosen with the keyboard: Tab in, arrows step, Enter chooses and chooses again to clear', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const element = mount(neet, 600, section);
    const root = await settled(element);
    const chosen: (FilterEventDetail | null)[] = [];
    section.addEventListener(FILTER_EVENT, (event) => chosen.push((event as CustomEvent<FilterEventDetail>).detail), { capture: true });
    await userEvent.tab();
    const readout = root.querySelector('.readout')!;
    await vi.waitFor(() => expect(plain(readout.textContent ?? '')).toBe('Borgen: 15,5 %'));
    expect(root.querySelector('.slt-focus-ring')).not.toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(plain(readout.textContent ?? '')).toBe('Tofte: 13,1 %'));
    await userEvent.keyboard('{Enter}');
    expect(chosen.at(-1)).toEqual({ column: 'area', values: ['Tofte'] });
    await vi.waitFor(() => expect(yLabels(root)).toContain('✓ Tofte'));
    expect(root.querySelectorAll('g.slt-bars-chosen rect')).toHaveLength(1);
    expect(texts(root, '[aria-live="polite"]')).toContain('Tofte er valgt.');
    await userEvent.keyboard(' ');
    expect(chosen.at(-1)).toEqual({ column: 'area', values: null });
    await vi.waitFor(() => expect(yLabels(root)).not.toContain('✓ Tofte'));
    expect(root.querySelectorAll('g.slt-bars-chosen rect')).toHaveLength(0);
  });

  it('keeps a chosen bar chosen when its scope keeps the column (slt-required): choosing it again clears nothing', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    section.setAttribute('slt-required', 'area');
    document.body.append(section);
    const element = mount(neet, 600, section);
    const root = await settled(element);
    requestFilter(section, 'area', ['Tofte']);
    await vi.waitFor(() => expect(yLabels(root)).toContain('✓ Tofte'));
    const chosen: (FilterEventDetail | null)[] = [];
    section.addEventListener(FILTER_EVENT, (event) => chosen.push((event as CustomEvent<FilterEventDetail>).detail), { capture: true });
    await userEvent.tab();
    const readout = root.querySelector('.readout')!;
    await vi.waitFor(() => expect(plain(readout.textContent ?? '')).toMatch(/^Borgen/));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(plain(readout.textContent ?? '')).toMatch(/^Tofte/));
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual([]);
    expect(FilterScope.of(section).filters.get('area')).toEqual(['Tofte']);
    expect(texts(root, '[aria-live="polite"]').join(' ')).not.toMatch(/fjernet|cleared/i);
  });

  it('says a chosen bar by its label, not its code; with no-link it offers no choice and chooses nothing', async () => {
    // The front page's moves in the ladder: codes up/down/same in the file, words on the page.
    const moves = { src: '/data/case_moves.parquet', filter: 'year=2025&direction=up&direction=down', 'category-column': 'direction', 'value-column': 'moves', unit: 'count', labels: 'up=Opp i trappen&down=Ned i trappen' };
    for (const noLink of [false, true]) {
      const section = document.createElement('section');
      section.setAttribute('slt-scope', '');
      document.body.append(section);
      const element = mount(noLink ? { ...moves, 'no-link': '' } : moves, 600, section);
      const root = await settled(element);
      const chosen: (FilterEventDetail | null)[] = [];
      section.addEventListener(FILTER_EVENT, (event) => chosen.push((event as CustomEvent<FilterEventDetail>).detail), { capture: true });
      const chart = root.querySelector<HTMLElement>('.chart[tabindex]')!;
      expect(chart.getAttribute('aria-label')!.includes('Velg en søyle'), `no-link: ${noLink}`).toBe(!noLink);
      chart.focus();
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('{Enter}');
      if (noLink) {
        expect(chosen).toEqual([]);
        expect(texts(root, '[aria-live="polite"]').join(' ')).not.toMatch(/valgt/);
      } else {
        expect(chosen.at(-1)?.column).toBe('direction');
        const said = texts(root, '[aria-live="polite"]').join(' ');
        expect(said).toMatch(/(Opp|Ned) i trappen er valgt\./);
        expect(said).not.toMatch(/\b(up|down) er valgt/);
      }
      section.remove();
    }
  });

  it('offers the shown data as CSV in the shown order, ":" for hidden', async () => {
    const element = mount({ ...neet, reference: 'area=Asker' });
    await settled(element);
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.downloads button')!.click();
    const lines = (await saved!.text()).replace('\ufeff', '').trim().split('\r\n');
    // Decimal commas, as Norwegian spreadsheets read them.
    expect(lines.slice(0, 3)).toEqual(['Kategori;Verdi', 'Borgen;15,5', 'Tofte;13,1']);
    expect(lines.at(-1)).toBe('Asker;10,3');
  });
});

describe('<slt-bars> with long category names (measures, services) on a phone', () => {
  const long = {
    filter: `${NEET}&sex=all`,
    heading: 'Lange navn',
    labels: 'Borgen=Oppfølging fra ambulant ungdomsteam (AUT)&Tofte=Bekymringssamtale med politiet&Vollen=Plassering i barnevernsinstitusjon',
  };

  it('writes every name in full above its bar, not cut beside it, and grows to give each its line', async () => {
    const root = await settled(mount(long, 326));
    const names = yLabels(root);
    expect(names).toHaveLength(10);
    expect(names).toContain('Oppfølging fra ambulant ungdomsteam (AUT)');
    expect(names.filter((name) => name.includes('…'))).toEqual([]);
    // Each name lies between the bar above it and its own bar, and starts at the bars' left edge (on screen).
    const rects = barRects(root).map((rect) => rect.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    const labels = [...root.querySelectorAll<SVGTextElement>('g.slt-bars-names text')].map((text) => text.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    labels.forEach((box, index) => {
      const bar = rects[index]!;
      expect(box.bottom).toBeLessThanOrEqual(bar.top + 1);
      if (index > 0) expect(box.top).toBeGreaterThanOrEqual(rects[index - 1]!.bottom);
      expect(box.left - bar.left).toBeGreaterThanOrEqual(0);
      expect(box.left - bar.left).toBeLessThanOrEqual(8);
    });
    // Ten rows of 40 px: the chart is taller than its 300 px default.
    expect(Number(root.querySelector('.chart svg')!.getAttribute('height'))).toBeGreaterThanOrEqual(400);
  });

  it('breaks a name longer than the whole width into two lines above its bar (a printed half page)', async () => {
    const root = await settled(mount(long, 280));
    const name = [...root.querySelectorAll('g.slt-bars-names text')].find((text) => text.textContent!.startsWith('Oppfølging'))!;
    expect([...name.querySelectorAll('tspan')].map((line) => line.textContent)).toEqual(['Oppfølging fra ambulant ungdomsteam', '(AUT)']);
    // The nearest bar below the name is its own, just under it.
    const below = barRects(root).map((rect) => rect.getBoundingClientRect().top).filter((top) => top > name.getBoundingClientRect().bottom - 1);
    expect(Math.min(...below) - name.getBoundingClientRect().bottom).toBeLessThan(12);
    expect(yLabels(root).filter((text) => text.includes('…'))).toEqual([]);
  });

  it('keeps short names beside the bars, and long ones beside them where they fit', async () => {
    const short = await settled(mount({ filter: `${NEET}&sex=all` }, 326));
    expect(short.querySelector('g.slt-bars-names')).toBeNull();
    expect(texts(short, 'g[aria-label="y-axis tick label"] text')).toHaveLength(10);
    document.body.replaceChildren();
    const wide = await settled(mount(long, 1100));
    expect(wide.querySelector('g.slt-bars-names')).toBeNull();
    expect(texts(wide, 'g[aria-label="y-axis tick label"] text')).toContain('Oppfølging fra ambulant ungdomsteam (AUT)');
  });
});

describe('<slt-bars> as a linked filter', () => {
  it('a click on a bar filters a sibling <slt-trend> in the same scope to that district; a second click clears it', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const bars = mount({ filter: `${NEET}&sex=all` }, 600, section);
    const trend = mountWidget('slt-trend', {
      src: INDICATORS,
      filter: 'indicator=neet&age_group=16-25&sex=all&area_level=district',
      'series-column': 'area',
      unit: 'percent',
    }, { parent: section });
    const root = await settled(bars);
    const trendRoot = await settled(trend);
    expect(trendRoot.querySelectorAll('.slt-trend-points > *')).toHaveLength(110);
    const borgen = barRects(root).sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')))[0]!;
    await userEvent.click(borgen);
    await vi.waitFor(() => expect(trendRoot.querySelectorAll('.slt-trend-points > *')).toHaveLength(11));
    expect(texts(trendRoot, 'figcaption p')[0]).toMatch(/^Borgen: fra 15,8\u00a0% i 2015 til 15,5\u00a0% i 2025/);
    await vi.waitFor(() => expect(yLabels(root)[0]).toBe('✓ Borgen'));
    expect(barRects(root)).toHaveLength(10); // the bars themselves still show every district
    await userEvent.click(barRects(root).sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')))[0]!);
    await vi.waitFor(() => expect(trendRoot.querySelectorAll('.slt-trend-points > *')).toHaveLength(110));
  });
});

describe('<slt-bars> states', () => {
  it('holds its height while loading', async () => {
    const stalled = new (class extends Engine {
      override select(): Promise<never> {
        return new Promise<never>(() => undefined);
      }
    })();
    const element = mount({ filter: NEET, height: '260' }, 600, document.body, stalled);
    await element.updateComplete;
    const skeleton = element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton');
    expect(skeleton?.getBoundingClientRect().height).toBe(260);
    expect(element.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).toBe('true');
  });

  it('says so when the selection has no rows', async () => {
    const root = await settled(mount({ filter: 'indicator=nothing-like-this' }));
    expect(texts(root, '[part="message"]')).toEqual(['Ingen data for dette utvalget.']);
    expect(root.querySelector('svg.plot, .chart svg')).toBeNull();
  });

  it('shows errors in the reader\'s language: missing file, unknown column, bad option', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = await settled(mount({ src: '/data/no-such-file.parquet', lang: 'da' }));
    expect(texts(missing, '[role="alert"]')).toEqual(['Datafilen blev ikke fundet.']);
    const column = await settled(mount({ filter: NEET, 'category-column': 'omrade' }));
    expect(texts(column, '[role="alert"]')[0]).toMatch(/^Kolonnen «omrade» finnes ikke/);
    const sort = await settled(mount({ filter: NEET, sort: 'biggest' }));
    expect(texts(sort, '[role="alert"]')).toEqual(['Ugyldig innstilling: «sort» må være descending, ascending, category.']);
    const styles = await settled(mount({ filter: NEET, 'series-styles': 'Asker=8' }));
    expect(texts(styles, '[role="alert"]')).toEqual(['Ugyldig innstilling: «series-styles» må være Asker=1&Norge=5 (1–7).']);
  });
});
