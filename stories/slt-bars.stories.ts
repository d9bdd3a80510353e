import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, UNITS, type Language, type Unit } from '../packages/engine/src/index.ts';
import { AGGREGATES, LAYOUTS, SORTS } from '../packages/widgets/src/bars/bars-options.ts';
import '../packages/widgets/src/bars/slt-bars.ts';
import '../packages/widgets/src/trend/slt-trend.ts';

interface BarsArgs {
  src: string;
  filter: string;
  'category-column': string;
  'value-column': string;
  aggregate: string;
  'series-column': string;
  unit: Unit;
  sort: string;
  reference: string;
  layout: string;
  'series-styles': string;
  neutral: boolean;
  heading: string;
  height: number;
  lang: Language;
}

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const DISTRICTS_2025 = 'indicator=neet&age_group=16-25&area_level=district&year=2025';
const SETTLE = { timeout: 30_000, interval: 50 };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function bars(args: BarsArgs, engine?: Engine) {
  return html`${keyed(
    args.lang,
    html`<slt-bars
      src=${args.src}
      filter=${args.filter}
      category-column=${args['category-column']}
      value-column=${args['value-column']}
      aggregate=${args.aggregate}
      series-column=${args['series-column'] || nothing}
      unit=${args.unit}
      sort=${args.sort}
      reference=${args.reference || nothing}
      layout=${args.layout}
      series-styles=${args['series-styles'] || nothing}
      ?neutral=${args.neutral}
      heading=${args.heading || nothing}
      height=${args.height}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-bars>`,
  )}`;
}

/** The story's element, once it shows `selector` in its shadow root. */
async function shown(canvas: HTMLElement, selector: string, tag = 'slt-bars'): Promise<ShadowRoot> {
  return waitFor(() => {
    const root = canvas.querySelector(tag)?.shadowRoot;
    if (!root?.querySelector(selector)) throw new Error(`<${tag}> does not show ${selector} yet`);
    return root;
  }, SETTLE);
}

const CHART = 'figure[aria-busy="false"] .chart svg g.slt-bars-bars';
const barRects = (root: ParentNode) => [...root.querySelectorAll('g.slt-bars-bars rect:not(.slt-bars-pattern)')];
const labels = (root: ParentNode) => [...root.querySelectorAll('g[aria-label$="y-axis tick label"] text')].map((node) => plain(node.textContent));
const caption = (root: ParentNode) => [...root.querySelectorAll('figcaption p')].map((node) => plain(node.textContent));
const text = (description: string) => ({ control: 'text' as const, description, table: { category: 'Attributes' } });
const select = (options: readonly string[], description: string) => ({ control: 'select' as const, options: [...options], description, table: { category: 'Attributes' } });

const meta = {
  title: 'Widgets/slt-bars',
  component: 'slt-bars',
  render: (args) => bars(args),
  args: {
    src: INDICATORS,
    filter: `${DISTRICTS_2025}&sex=all`,
    'category-column': 'area',
    'value-column': 'value',
    aggregate: 'none',
    'series-column': '',
    unit: 'percent',
    sort: 'descending',
    reference: 'area=Asker',
    layout: 'grouped',
    'series-styles': '',
    neutral: false,
    heading: 'Unge 16–25 år utenfor arbeid og utdanning, 2025',
    height: 340,
    lang: 'nb',
  },
  argTypes: {
    src: text('A Parquet URL or a registered dataset name.'),
    filter: text('Equality filters, `column=value` joined by `&`.'),
    'category-column': text('The column with the categories (one bar each); chosen bars filter linked widgets on it.'),
    'value-column': text('The column with the values.'),
    aggregate: select(AGGREGATES, '`count`: count the rows per category; `sum`: add up the value column per category (record-level files); `none`: one row per bar.'),
    'series-column': text('Optional column that splits each category into series, e.g. `sex`.'),
    unit: select(UNITS, 'Unit of the values.'),
    sort: select(SORTS, 'Order of the bars, top to bottom.'),
    reference: text('Filters that pick the reference line from the same data, e.g. `area=Asker`.'),
    layout: select(LAYOUTS, 'Several series side by side or stacked.'),
    'series-styles': text('A style (1-7) per named series, e.g. `Asker=1&Borgen=2&Norge=5`.'),
    neutral: { control: 'boolean', description: 'Keep palette colours for areas: other series (and bars) in neutral greys.', table: { category: 'Attributes' } },
    heading: text('Heading above the chart.'),
    height: { control: { type: 'range', min: 160, max: 700, step: 20 }, table: { category: 'Attributes' } },
    lang: { control: 'inline-radio', options: [...LANGUAGES], table: { category: 'Attributes' } },
  },
} satisfies Meta<BarsArgs>;

export default meta;
type Story = StoryObj<BarsArgs>;

/** Districts, largest first, with Asker as a dashed reference line named on the chart. */
export const WithReference: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await expect(barRects(root)).toHaveLength(10);
    await expect(labels(root)[0]).toBe('Borgen');
    await expect(labels(root).at(-1)).toBe('Vollen');
    await expect([...root.querySelectorAll('.chart svg text')].map((node) => plain(node.firstChild?.textContent))).toContain('Asker: 10,3 %');
    await expect(caption(root)).toEqual([
      'Høyest er Borgen med 15,5 %, lavest er Vollen med 6,6 %.',
      'Stiplet linje: Asker, 10,3 %. 5 av 10 ligger over.',
    ]);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Women and men side by side; the second series is hatched, and the legend shows both keys. */
export const Grouped: Story = {
  args: { filter: `${DISTRICTS_2025}&sex=female&sex=male`, 'series-column': 'sex', reference: 'area=Norge', height: 560 },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await expect(barRects(root)).toHaveLength(20);
    await expect(root.querySelectorAll('rect.slt-bars-pattern')).toHaveLength(10);
    await expect([...root.querySelectorAll('.legend li')].map((node) => plain(node.textContent))).toEqual(['Kvinner', 'Menn']);
    await expect(caption(root)).toContain('Stiplet linje: Norge, Kvinner 8,2 %, Menn 9,4 %.');
    await expectNoA11yViolations(canvasElement);
  },
};

/**
 * As on a dashboard, where palette colours mean areas only: women and men are not areas, so
 * they are drawn in grey tones outlined and hatched in the text colour, not in Asker's blue
 * and Borgen's vermillion.
 */
export const NeutralSeries: Story = {
  args: { filter: `${DISTRICTS_2025}&sex=female&sex=male`, 'series-column': 'sex', reference: 'area=Asker', height: 560, neutral: true, 'series-styles': 'Asker=1&Borgen=2&Norge=5' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    const fills = new Set(barRects(root).map((rect) => rect.getAttribute('fill')));
    await expect(fills).toEqual(new Set(['#e3e3e3', '#c6c6c6']));
    await expect(root.querySelectorAll('rect.slt-bars-pattern')).toHaveLength(10);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Bars by district on a dashboard: one grey for all, the district in focus (Borgen) in its own style. */
export const NeutralWithFocus: Story = {
  args: { neutral: true, 'series-styles': 'Asker=1&Borgen=2&Norge=5' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    const fills = barRects(root).map((rect) => rect.getAttribute('fill'));
    await expect(fills.filter((fill) => fill === '#d55e00')).toHaveLength(1);
    await expect(fills.filter((fill) => fill === '#e3e3e3')).toHaveLength(9);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Counts stacked: the bar's length is the total, labelled at its end. */
export const Stacked: Story = {
  args: { filter: `${DISTRICTS_2025}&sex=female&sex=male`, 'series-column': 'sex', 'value-column': 'numerator', unit: 'count', layout: 'stacked', reference: '', heading: 'Unge 16–25 år utenfor arbeid og utdanning, antall, 2025' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await expect(barRects(root)).toHaveLength(20);
    await expectNoA11yViolations(canvasElement);
  },
};

/**
 * Added up in the query (`aggregate="sum"`): young people in follow-up per zone of the ladder
 * in 2025, summed over the four district groups. A total that includes a hidden cell is hidden.
 */
export const SummedPerCategory: Story = {
  args: {
    src: '/data/case_counts.parquet',
    filter: 'year=2025&age_band=all&sex=all&measure=all&zone=green&zone=yellow&zone=orange&zone=red&district_group=3203-G1&district_group=3203-G2&district_group=3203-G3&district_group=3203-G4',
    'category-column': 'zone',
    'value-column': 'persons',
    aggregate: 'sum',
    unit: 'count',
    reference: '',
    sort: 'category',
    heading: 'Unge i oppfølging etter sone, sum av bydelsgruppene, 2025',
  },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'figure[aria-busy="false"] .chart svg');
    await userEvent.click(root.querySelector('details > summary')!);
    const rows = [...root.querySelectorAll('details tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => plain(cell.textContent)));
    await expect(rows.map(([zone]) => zone).sort()).toEqual(['green', 'orange', 'red', 'yellow']);
    for (const [, value] of rows) await expect(value === undefined || value.startsWith(':') || Number(value.replace(/\s/g, '')) >= 5).toBe(true);
    await expectNoA11yViolations(canvasElement);
  },
};

/** 2015 bullying figures: four are hidden, shown as ':' on the chart and in the table. */
export const HiddenFigures: Story = {
  args: { filter: 'indicator=ungdata_bullied&area_level=district&year=2015&sex=female&sex=male', 'series-column': 'sex', reference: '', heading: 'Mobbet på skolen, 8.–10. trinn, 2013–2015', height: 560 },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await expect([...root.querySelectorAll('g.slt-bars-hidden text')].map((node) => node.firstChild?.textContent)).toEqual([':', ':', ':', ':']);
    await expect(plain(root.querySelector('figcaption .note')?.textContent)).toBe('«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.');
    await userEvent.click(root.querySelector('details > summary')!);
    await expect(root.querySelectorAll('td.suppressed')).toHaveLength(4);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Alphabetical order, in English. */
export const EnglishByName: Story = {
  args: { lang: 'en', sort: 'category', heading: 'Young people 16–25 not in employment, education or training, 2025' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await expect(labels(root).slice(0, 3)).toEqual(['Asker sentrum', 'Borgen', 'Heggedal']);
    await expect(caption(root)[1]).toBe('Dashed line: Asker, 10.3%. 5 of 10 are above it.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Choose a bar: a trend in the same scope shows only that district. */
export const LinkedToTrend: Story = {
  render: (args) => html`<section slt-scope>
    ${bars(args)}
    <slt-trend src=${INDICATORS} filter="indicator=neet&age_group=16-25&sex=all&area_level=district" series-column="area" unit="percent"
      heading="Utvikling i valgt bydel" style="margin-top: 1.5rem"></slt-trend>
  </section>`,
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    const trend = await shown(canvasElement, 'g.slt-trend-points', 'slt-trend');
    await waitFor(() => expect(trend.querySelectorAll('g.slt-trend-points > *')).toHaveLength(110), SETTLE);
    const chart = root.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    await waitFor(() => expect(plain(root.querySelector('.readout')?.textContent)).toBe('Borgen: 15,5 %'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(trend.querySelectorAll('g.slt-trend-points > *')).toHaveLength(11), SETTLE);
    await waitFor(() => expect(labels(root)[0]).toBe('✓ Borgen'));
    await expectNoA11yViolations(canvasElement);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(trend.querySelectorAll('g.slt-trend-points > *')).toHaveLength(110), SETTLE);
  },
};

/** A narrow CMS column: labels stay readable, the chart fits. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await waitFor(() => expect(root.querySelector('.chart svg')?.getAttribute('width')).toBe('300'), SETTLE);
    await expect(root.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(300);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Dark page (toolbar: Theme). */
export const Dark: Story = {
  args: { filter: `${DISTRICTS_2025}&sex=female&sex=male`, 'series-column': 'sex', height: 560 },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, CHART);
    await expect(barRects(root)[0]?.getAttribute('fill')).toBe('#56b4e9');
    await expectNoA11yViolations(canvasElement);
  },
};

class StalledEngine extends Engine {
  override select(): Promise<never> {
    return new Promise<never>(() => undefined);
  }
}

export const Loading: Story = {
  loaders: [() => ({ engine: new StalledEngine() })],
  render: (args, { loaded }) => bars(args, loaded['engine'] as StalledEngine),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'figure[aria-busy="true"] .chart.skeleton');
    await expect(root.querySelector<HTMLElement>('.skeleton')?.getBoundingClientRect().height).toBe(340);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Empty: Story = {
  args: { filter: `${DISTRICTS_2025}&area=Atlantis` },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'figure[aria-busy="false"] .message[role="status"]');
    await expect(plain(root.querySelector('.message')?.textContent)).toBe('Ingen data for dette utvalget.');
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorBadSort: Story = {
  name: 'Error: bad sort',
  args: { sort: 'biggest' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[role="alert"]');
    await expect(canvasElement.querySelector('slt-bars')?.getAttribute('state')).toBe('error');
    await expect([...root.querySelectorAll('[role="alert"]')].map((node) => plain(node.textContent))).toEqual([
      'Ugyldig innstilling: «sort» må være descending, ascending, category.',
    ]);
    await expect(root.querySelector(CHART)).toBeNull();
    await expectNoA11yViolations(canvasElement);
  },
};
