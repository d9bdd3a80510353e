// <slt-trend layout="panels" reference="area=Asker"> in real Chromium, over the public
// indicator file the front page draws, through the real engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../index.ts';
import { requestFilter } from '../filters/filter-scope.ts';
import { accessibilityViolations } from '../testing/a11y.ts';
import { mountWidget, settled, texts } from '../testing/mount.ts';
import { normaliseSvg } from '../testing/svg-snapshot.ts';
import { DEFAULT_PALETTE } from '../shared/series-style.ts';
import type { SltTrend } from './slt-trend.ts';
import { renderTrendPanels } from './trend-panels.ts';

const NBSP = '\u00a0';
const districts = {
  src: '/data/indicators.parquet',
  filter: 'indicator=neet&age_group=15-29&sex=all&area_level=district',
  'series-column': 'area',
  unit: 'percent',
  layout: 'panels',
  reference: 'area=Asker',
  heading: 'Utviklingen i bydelene mot Asker',
};
/** The ten districts by their 2024 figure, as the front page's table lists them. */
const BY_2024 = ['Borgen', 'Tofte', 'Slemmestad', 'Asker sentrum', 'Sætre', 'Spikkestad', 'Røyken', 'Vollen', 'Heggedal', 'Hvalstad'];

function mount(attributes: Record<string, string>, width = 540, parent: HTMLElement = document.body): SltTrend {
  return mountWidget<SltTrend>('slt-trend', attributes, { width, parent });
}
const panelTitles = (root: ShadowRoot) => [...root.querySelectorAll('g[aria-label="panel"]')].map((panel) => [...panel.querySelectorAll(':scope > text')].map((text) => text.textContent).join(' '));

beforeEach(() => {
  document.documentElement.lang = 'nb';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<slt-trend layout="panels" reference="area=Asker">', () => {
  it('draws a panel per district, highest 2024 figure first, each titled with it, with Asker dashed behind', async () => {
    const root = await settled(mount(districts));
    expect(panelTitles(root)).toEqual([
      `Borgen 15,9${NBSP}%`, `Tofte 12,7${NBSP}%`, `Slemmestad 11,8${NBSP}%`, `Asker sentrum 10,5${NBSP}%`, `Sætre 10,4${NBSP}%`,
      `Spikkestad 10,0${NBSP}%`, `Røyken 8,7${NBSP}%`, `Vollen 8,7${NBSP}%`, `Heggedal 8,3${NBSP}%`, `Hvalstad 7,5${NBSP}%`,
    ]);
    // Every panel: its district's ten years, and Asker's line dashed in the text colour.
    for (const panel of root.querySelectorAll('g[aria-label="panel"]')) {
      expect(panel.querySelectorAll('.slt-trend-points > path')).toHaveLength(10);
      const dashed = panel.querySelector('path[stroke-dasharray]')!;
      expect(dashed.getAttribute('stroke')).toBe('currentColor');
    }
    // Three across in a dashboard's half column; all panels on one scale (the same value labels in every row).
    const panels = [...root.querySelectorAll('g[aria-label="panel"] > text:first-child')].map((text) => Number(text.getAttribute('x')));
    expect(new Set(panels).size).toBe(3);
    expect(texts(root, '.legend li')).toEqual(['Stiplet linje: Asker']);
    // The text alternative names the reference first, and who lay above it.
    const summary = texts(root, 'figcaption p');
    expect(summary.slice(0, 2)).toEqual([
      `Asker (stiplet linje): fra 12,2${NBSP}% i 2015 til 10,3${NBSP}% i 2024, en nedgang på 1,9${NBSP}prosentpoeng.`,
      `I 2024 lå 5 av 10 over Asker (10,3${NBSP}%): Borgen, Tofte, Slemmestad, Asker sentrum og Sætre.`,
    ]);
    expect(summary).toHaveLength(12);
    // The table: every district's years, then Asker's.
    const rows = [...root.querySelectorAll('details tbody tr')].map((row) => texts(row, 'td, th').join(' | '));
    expect(rows).toHaveLength(110);
    expect(rows).toContain(`2024 | Asker | 10,3${NBSP}%`);
    expect(rows).toContain(`2024 | Borgen | 15,9${NBSP}%`);
  });

  it('is read with the keyboard panel by panel, the reference last', async () => {
    const root = await settled(mount(districts));
    const chart = root.querySelector<HTMLElement>('.chart')!;
    await userEvent.click(chart);
    chart.focus();
    const readout = root.querySelector('[aria-live="polite"]')!;
    await vi.waitFor(() => expect(readout.textContent).toBe(`Borgen, 2024: 15,9${NBSP}%`));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Tofte, 2024: 12,7${NBSP}%`));
    // Past the last district's panel (Hvalstad), the reference.
    for (let step = 0; step < 9; step++) await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(readout.textContent).toBe(`Asker, 2024: 10,3${NBSP}%`));
    // The ring is on Asker's line in the first panel.
    const ring = root.querySelector('.slt-focus-ring')!;
    expect(ring).not.toBeNull();
    const [x, y] = [Number(ring.getAttribute('cx')), Number(ring.getAttribute('cy'))];
    const first = root.querySelector('g[aria-label="panel"]')!;
    const box = (first as SVGGElement).getBBox();
    expect(x).toBeGreaterThan(box.x);
    expect(x).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(y).toBeLessThan(box.y + box.height);
  });

  it('keeps Asker when a district is chosen in the scope: one panel against the reference', async () => {
    const section = document.createElement('section');
    section.setAttribute('slt-scope', '');
    document.body.append(section);
    const element = mount(districts, 540, section);
    await settled(element);
    requestFilter(section, 'area', ['Vollen']);
    await vi.waitFor(() => expect(panelTitles(element.shadowRoot!)).toEqual([`Vollen 8,7${NBSP}%`]));
    expect(element.shadowRoot!.querySelector('g[aria-label="panel"] path[stroke-dasharray]')).not.toBeNull();
    expect(texts(element.shadowRoot!, 'figcaption p')[1]).toBe(`I 2024 lå ingen av 1 over Asker (10,3${NBSP}%).`);
  });

  it('fits two panels across a phone, condensing a long name rather than cutting it', async () => {
    const root = await settled(mount(districts, 326));
    expect(new Set([...root.querySelectorAll('g[aria-label="panel"] > text:first-child')].map((text) => text.getAttribute('x'))).size).toBe(2);
    const titles = [...root.querySelectorAll('g[aria-label="panel"] > text:first-child')];
    expect(titles.map((text) => text.textContent)).toEqual(BY_2024);
    // Nothing runs into the figure beside it.
    for (const title of titles) {
      const figure = title.nextElementSibling as SVGTextElement;
      expect((title as SVGTextElement).getBBox().x + (title as SVGTextElement).getComputedTextLength()).toBeLessThan(figure.getBBox().x);
    }
  });

  it('fills its height when given one, so the loading placeholder is as tall as the panels', async () => {
    const element = mount({ ...districts, height: '520' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector<HTMLElement>('.chart.skeleton')?.style.height).toBe('520px');
    const root = await settled(element);
    expect(Number(root.querySelector('.chart svg')!.getAttribute('height'))).toBeCloseTo(520, 0);
    expect(root.querySelector<HTMLElement>('.chart')!.getBoundingClientRect().height).toBeCloseTo(520, 0);
  });

  it('draws the reference dashed in one chart too, with its key beside the series\'', async () => {
    const root = await settled(mount({ ...districts, layout: 'lines', filter: `${districts.filter}&area=Borgen&area=Vollen` }));
    expect(root.querySelector('path[aria-label="reference"]')!.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(texts(root, '.legend li')).toEqual(['Borgen', 'Vollen', 'Stiplet linje: Asker']);
    expect(texts(root, 'figcaption p')[1]).toBe(`I 2024 lå 1 av 2 over Asker (10,3${NBSP}%): Borgen.`);
  });

  it('says which layouts there are when given another, and draws once corrected', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const element = mount({ ...districts, layout: 'grid' });
    expect(texts(await settled(element), '[role="alert"]')).toEqual(['Ugyldig innstilling: «layout» må være lines, panels.']);
    element.setAttribute('layout', 'panels');
    await vi.waitFor(() => expect(element.shadowRoot!.querySelectorAll('g[aria-label="panel"]')).toHaveLength(10), { timeout: 30_000 });
  });

  it('names the valid columns when the reference\'s column is unknown, and treats a hostile value as data', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const wrong = await settled(mount({ ...districts, reference: 'areal=Asker' }));
    expect(texts(wrong, '[role="alert"]')[0]).toMatch(/^Kolonnen «areal» finnes ikke\. Gyldige kolonner: .*area/);
    document.body.replaceChildren();
    // No row has this area: no reference is drawn or named, and nothing is injected.
    const hostile = await settled(mount({ ...districts, reference: "area=x' OR '1'='1<img src=x onerror=alert(1)>" }));
    expect(hostile.querySelectorAll('g[aria-label="panel"]')).toHaveLength(10);
    expect(hostile.querySelector('g[aria-label="panel"] path[stroke-dasharray]')).toBeNull();
    expect(texts(hostile, '.legend li')).toEqual([]);
    expect(hostile.querySelector('img')).toBeNull();
  });

  it('has no WCAG 2.1 A/AA violation (axe-core)', async () => {
    const root = await settled(mount(districts));
    root.querySelector('details')!.open = true;
    expect(await accessibilityViolations(document.body)).toEqual([]);
  });

  it('draws the same SVG as its golden snapshot', async () => {
    const root = await settled(mount({ ...districts, filter: `${districts.filter}&area=Borgen&area=Vollen&area=Tofte` }));
    await expect(normaliseSvg(root.querySelector('.chart svg')!)).toMatchFileSnapshot('./__snapshots__/slt-trend.panels.svg.txt');
  });
});

describe('renderTrendPanels', () => {
  it("stacks the reference's ':' above the series' where both are hidden at one time", () => {
    const points = [
      { time: 2023, value: 10, series: 'Tofte' },
      { time: 2024, value: null, series: 'Tofte', hidden: true },
    ];
    const reference = [
      { time: 2023, value: 9, series: 'Asker' },
      { time: 2024, value: null, series: 'Asker', hidden: true },
    ];
    const { svg } = renderTrendPanels(points, { width: 400, height: 300, unit: 'percent', decimals: undefined, language: 'nb', palette: DEFAULT_PALETTE, series: ['Tofte'], slots: [0], reference });
    document.body.append(svg);
    const marks = [...svg.querySelectorAll('.slt-trend-hidden text')].map((text) => ({ x: text.getAttribute('x'), y: Number(text.getAttribute('y')), fill: text.getAttribute('fill') }));
    expect(marks.map((mark) => mark.fill)).toEqual([DEFAULT_PALETTE[0], 'currentColor']);
    expect(marks[0]!.x).toBe(marks[1]!.x);
    expect(marks[0]!.y - marks[1]!.y).toBeGreaterThanOrEqual(14);
  });
});
