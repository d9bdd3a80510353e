import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, UNITS, type Language, type Unit } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/index.ts';
import { expectNoBreakBeforeUnit, trendIn } from './slt-trend.view.ts';

/** The story args are the element's attributes, named as in HTML. */
interface TrendArgs {
  src: string;
  'time-column': string;
  'value-column': string;
  'series-column': string;
  filter: string;
  heading: string;
  unit: Unit;
  decimals: number | undefined;
  height: number;
  lang: Language;
  reference: string;
  layout: 'lines' | 'panels';
  labels: string;
  highlight: string;
}

/**
 * Absolute paths: .storybook/main.ts serves data/ and test/fixtures/ there, and the
 * Vitest browser page (whose own URL is deep) resolves them from the same root.
 */
const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const TRUNCATED = '/test/fixtures/truncated.parquet';
const NEET_16_25 = 'indicator=neet&age_group=16-25&sex=all';
const ASKER = `${NEET_16_25}&area_level=municipality`;

function trend(args: TrendArgs, engine?: Engine) {
  // `lang` is not a reactive property of <slt-trend>: a new element per language makes
  // the Language control take effect (see the report on languageOf).
  return html`${keyed(
    args.lang,
    html`<slt-trend
      src=${args.src}
      time-column=${args['time-column']}
      value-column=${args['value-column']}
      series-column=${args['series-column'] || nothing}
      filter=${args.filter}
      heading=${args.heading || nothing}
      unit=${args.unit}
      decimals=${args.decimals ?? nothing}
      height=${args.height}
      reference=${args.reference || nothing}
      layout=${args.layout}
      labels=${args.labels || nothing}
      highlight=${args.highlight || nothing}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-trend>`,
  )}`;
}

const text = (description: string) => ({ control: 'text' as const, description, table: { category: 'Attributes' } });

const meta = {
  title: 'Widgets/slt-trend',
  component: 'slt-trend',
  render: (args) => trend(args),
  args: {
    src: INDICATORS,
    'time-column': 'year',
    'value-column': 'value',
    'series-column': '',
    filter: ASKER,
    heading: 'Unge 16–25 år utenfor arbeid og utdanning',
    unit: 'percent',
    decimals: undefined,
    height: 300,
    reference: '',
    layout: 'lines',
    labels: '',
    highlight: '',
    lang: 'nb',
  },
  argTypes: {
    src: text('A Parquet URL (relative to the page) or the name of a registered dataset.'),
    'time-column': text('The column with the time: years, periods (2024-03, 2024K4) or dates.'),
    'value-column': text('The column with the values to plot.'),
    'series-column': text('Optional column that splits the data into one line per value, e.g. `area`.'),
    filter: text('Equality filters, `column=value` joined by `&`; repeat a column for "any of".'),
    heading: text('Heading above the chart, also used in its text alternative.'),
    unit: {
      control: 'select',
      options: [...UNITS],
      description: 'Unit of the values: `percent` (11.4 means 11,4 %), `per_1000`, `count` or `number`.',
      table: { category: 'Attributes' },
    },
    decimals: {
      control: { type: 'number', min: 0, max: 6, step: 1 },
      description: 'Decimals to show; by default 1 for percent and per 1000, 0 for counts.',
      table: { category: 'Attributes' },
    },
    height: {
      control: { type: 'range', min: 160, max: 600, step: 20 },
      description: 'Height of the chart (and of the loading skeleton) in CSS pixels.',
      table: { category: 'Attributes' },
    },
    reference: text('Optional: a series to compare with, drawn dashed: filters that pick it from the same dataset (`area=Asker`).'),
    layout: {
      control: 'inline-radio',
      options: ['lines', 'panels'],
      description: '`lines` (one chart) or `panels`: one small chart per series on the same scales, highest last figure first.',
      table: { category: 'Attributes' },
    },
    labels: text('Optional: names for series codes, `code=Name` joined by `&` (`female=Jenter&male=Gutter`); a `sex` column is named without it.'),
    highlight: text('Optional: a series to draw emphasised (`Asker`): thicker, on top, named first and in bold, with its place among the lines in the text.'),
    lang: {
      control: 'inline-radio',
      options: [...LANGUAGES],
      description: "The reader's language: texts, numbers and dates.",
      table: { category: 'Attributes' },
    },
  },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

/** Four areas, one line and one symbol each, told apart in the legend. */
export const SeveralSeries: Story = {
  args: {
    filter: `${NEET_16_25}&area=Asker&area=Norge&area=Borgen&area=Vollen`,
    'series-column': 'area',
  },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    await expect(view.heading).toBe('Unge 16–25 år utenfor arbeid og utdanning');
    await expect(view.legend).toEqual(['Asker', 'Borgen', 'Norge', 'Vollen']);
    await expect(view.pointCount).toBe(4 * 11);
    await expect(view.captionSentences).toEqual([
      'Asker: fra 9,7 % i 2015 til 10,3 % i 2025, en økning på 0,6 prosentpoeng.',
      'Borgen: fra 15,8 % i 2015 til 15,5 % i 2025, en nedgang på 0,3 prosentpoeng.',
      'Norge: fra 8,4 % i 2015 til 8,8 % i 2025, en økning på 0,4 prosentpoeng.',
      'Vollen: fra 5,5 % i 2015 til 6,6 % i 2025, en økning på 1,1 prosentpoeng.',
    ]);
    await expect(view.tableHeaders).toEqual(['Tid', 'Serie', 'Verdi']);
    await expect(view.tableRows).toHaveLength(44);
    await expect(view.svg?.getAttribute('role')).toBe('img');
    await expect(view.svg?.getAttribute('aria-labelledby')).toBe('heading summary');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Women and men: a `sex` column's codes named in the reader's language, or as `labels` says. */
export const BySex: Story = {
  args: {
    filter: 'indicator=neet&age_group=16-25&area=Asker&sex=female&sex=male',
    'series-column': 'sex',
    heading: 'Unge 16–25 år utenfor arbeid og utdanning i Asker, etter kjønn',
  },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    await expect(view.legend).toEqual(['Kvinner', 'Menn']);
    await expect(view.captionSentences[0]).toMatch(/^Kvinner: fra /);
    await expect(view.tableRows.every((row) => ['Kvinner', 'Menn'].includes(row[1]!))).toBe(true);
    await expectNoA11yViolations(canvasElement);
  },
};

/** The home area among the areas it is compared with: drawn on top and thicker, told first, with its place in the last year. */
export const Highlighted: Story = {
  args: {
    filter: 'indicator=neet&age_group=15-29&sex=all&area=Asker&area=Borgen&area=Tofte&area=Vollen&area=Norge',
    'series-column': 'area',
    highlight: 'Asker',
    heading: 'Unge 15–29 år utenfor arbeid og utdanning: Asker, fire bydeler og landet',
  },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    await expect([...view.root.querySelectorAll('.legend li.highlighted')].map((item) => item.textContent?.trim())).toEqual(['Asker']);
    await expect(view.captionSentences.slice(0, 2)).toEqual([
      expect.stringMatching(/^Asker: fra /),
      'I 2025 var Asker nummer 4 av 5, regnet fra det høyeste tallet.',
    ]);
    await expectNoA11yViolations(canvasElement);
  },
};

/** One line, no legend; the reader opens the table to read exact figures. */
export const SingleSeries: Story = {
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    await expect(view.legend).toEqual([]);
    await expect(view.pointCount).toBe(11);
    await expect(view.captionSentences).toEqual(['Fra 9,7 % i 2015 til 10,3 % i 2025, en økning på 0,6 prosentpoeng.']);
    await expectNoBreakBeforeUnit(view.root.querySelector('figcaption'), '9,7 %');

    const details = view.root.querySelector('details');
    await expect(details?.open).toBe(false);
    await expect(view.tableSummary?.textContent).toBe('Vis tallene som tabell');
    await userEvent.click(view.tableSummary!);
    await waitFor(() => expect(details?.open).toBe(true));
    await expect(view.tableHeaders).toEqual(['Tid', 'Verdi']);
    await expect(view.rowFor('2020')).toEqual(['2020', '11,0 %']);
    await expect(view.rowFor('2025')).toEqual(['2025', '10,3 %']);
    await expectNoA11yViolations(canvasElement);
  },
};

interface LanguageCase {
  heading: string;
  caption: string;
  showTable: string;
  headers: [string, string];
  first: string;
  missing: string;
}

/**
 * Counts (the numerator) so group separators show; 2020 is suppressed, so there are
 * 10 dots, 11 table rows and a "missing" cell.
 */
function languageStory(lang: Language, expected: LanguageCase): Story {
  return {
    args: { lang, heading: expected.heading, 'value-column': 'numerator', unit: 'count' },
    play: async ({ canvasElement }) => {
      const view = await trendIn(canvasElement, 'chart');
      await expect(view.heading).toBe(expected.heading);
      await expect(view.pointCount).toBe(10);
      await expect(view.captionSentences).toEqual([expected.caption]);
      await expect(view.rowFor('2015')).toEqual(['2015', expected.first]);
      await expect(view.tableSummary?.textContent).toBe(expected.showTable);
      await expect(view.tableHeaders).toEqual(expected.headers);
      await expect(view.tableRows).toHaveLength(11);
      await expect(view.rowFor('2020')).toEqual(['2020', expected.missing]);
      await expectNoA11yViolations(canvasElement);
    },
  };
}

export const Bokmal = languageStory('nb', {
  heading: 'Unge 16–25 år utenfor arbeid og utdanning, antall',
  caption: 'Fra 1 033 i 2015 til 1 222 i 2025, en økning på 189.',
  showTable: 'Vis tallene som tabell',
  headers: ['Tid', 'Verdi'],
  first: '1 033',
  missing: 'mangler',
});

export const Nynorsk = languageStory('nn', {
  heading: 'Unge 16–25 år utanfor arbeid og utdanning, tal',
  caption: 'Frå 1 033 i 2015 til 1 222 i 2025, ein auke på 189.',
  showTable: 'Vis tala som tabell',
  headers: ['Tid', 'Verdi'],
  first: '1 033',
  missing: 'manglar',
});

export const Danish = languageStory('da', {
  heading: 'Unge 16–25 år uden for job og uddannelse, antal',
  caption: 'Fra 1.033 i 2015 til 1.222 i 2025, en stigning på 189.',
  showTable: 'Vis tallene som tabel',
  headers: ['Tid', 'Værdi'],
  first: '1.033',
  missing: 'mangler',
});

export const English = languageStory('en', {
  heading: 'Young people aged 16–25 not in employment, education or training, number',
  caption: 'From 1,033 in 2015 to 1,222 in 2025, an increase of 189.',
  showTable: 'Show the figures as a table',
  headers: ['Time', 'Value'],
  first: '1,033',
  missing: 'missing',
});

/** A data source that never answers: the widget asks once and then waits, for ever. */
/** An engine whose every request (schema, query, select) never answers, and counts them. */
class StalledEngine extends Engine {
  requests = 0;

  #stall(): Promise<never> {
    this.requests += 1;
    return new Promise<never>(() => undefined);
  }

  override schema(): Promise<never> {
    return this.#stall();
  }

  override query(): Promise<never> {
    return this.#stall();
  }

  override select(): Promise<never> {
    return this.#stall();
  }
}

/** Stays loading, with no timers for the play function to race. */
export const Loading: Story = {
  args: { height: 240 },
  loaders: [() => ({ engine: new StalledEngine() })],
  render: (args, { loaded }) => trend(args, loaded['engine'] as StalledEngine),
  play: async ({ canvasElement, loaded }) => {
    const engine = loaded['engine'] as StalledEngine;
    const view = await trendIn(canvasElement, 'loading');
    await expect(canvasElement.querySelector('slt-trend')?.getAttribute('state')).toBe('loading');
    // One request (the file's schema), which never answers: nothing more is asked.
    await waitFor(() => expect(engine.requests).toBe(1));
    await expect(engine.requests).toBe(1);
    const skeleton = view.root.querySelector<HTMLElement>('.skeleton');
    await expect(skeleton?.getBoundingClientRect().height).toBe(240);
    await expect(skeleton?.textContent?.trim()).toBe('Laster data …');
    await expect(view.svg).toBeNull();
    await expectNoA11yViolations(canvasElement);
  },
};

/** A filter that matches no rows. */
export const Empty: Story = {
  args: { filter: `${NEET_16_25}&area=Atlantis` },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'empty');
    await expect(view.message).toBe('Ingen data for dette utvalget.');
    await expect(view.root.querySelector('figcaption, details')).toBeNull();
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorMissingFile: Story = {
  name: 'Error: missing file',
  args: { src: '/data/no-such-file.parquet' },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'error');
    await expect(view.message).toBe('Fant ikke datafilen.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** The same failure for a Danish reader. */
export const ErrorMissingFileDanish: Story = {
  name: 'Error: missing file (da)',
  args: { src: '/data/no-such-file.parquet', lang: 'da', heading: 'Unge 16–25 år uden for job og uddannelse' },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'error');
    await expect(view.message).toBe('Datafilen blev ikke fundet.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** A typo in an attribute: the message names the valid columns, for whoever wrote the page. */
export const ErrorUnknownColumn: Story = {
  name: 'Error: unknown column',
  args: { 'value-column': 'verdi' },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'error');
    await expect(view.message).toBe(
      'Kolonnen «verdi» finnes ikke. Gyldige kolonner: indicator, area_code, area, area_level, period, year, sex, ' +
        'age_group, value, numerator, denominator, unit, source, status, published.',
    );
    await expectNoA11yViolations(canvasElement);
  },
};

/** The first half of a good Parquet file. */
export const ErrorCorruptFile: Story = {
  name: 'Error: corrupt file',
  args: { src: TRUNCATED, filter: '', heading: 'Avkortet fil' },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'error');
    await expect(view.message).toBe('Datafilen kan ikke leses.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** A narrow CMS column (300 px): the chart fits, year ticks thin out (keeping the first and the last), the legend wraps. */
export const Narrow: Story = {
  args: { filter: `${NEET_16_25}&area=Asker&area=Norge`, 'series-column': 'area' },
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    await expect(view.host.getBoundingClientRect().width).toBe(300);
    // The chart is redrawn once the element knows its width.
    await waitFor(() => expect(view.svg?.getAttribute('width')).toBe('300'), { timeout: 10_000 });
    await expect(view.pointCount).toBe(22);
    await expect(view.xTickLabels).toEqual(['2015', '2020', '2025']); // the first and the last year labelled
    const figure = view.root.querySelector('figure')!;
    await expect(figure.scrollWidth).toBeLessThanOrEqual(300);
    await expectNoA11yViolations(canvasElement);
  },
};

/** On a dark page, themed through the documented custom properties (toolbar: Theme). */
export const Dark: Story = {
  args: { filter: `${NEET_16_25}&area=Asker&area=Norge&area=Borgen`, 'series-column': 'area' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    await expect(getComputedStyle(view.host).backgroundColor).toBe('rgb(22, 22, 22)');
    await expect(getComputedStyle(view.host).color).toBe('rgb(240, 240, 240)');
    await expect(view.pointCount).toBe(33);
    const firstDot = view.root.querySelector('g.slt-trend-points > *');
    await expect(firstDot?.getAttribute('fill')).toBe('#56b4e9');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Ten districts as small multiples, each against Asker's dashed line: no crossing lines, one scale. */
export const PanelsAgainstReference: Story = {
  args: {
    filter: `${NEET_16_25}&area_level=district`,
    'series-column': 'area',
    reference: 'area=Asker',
    layout: 'panels',
    heading: 'Unge 16–25 år utenfor arbeid og utdanning, bydelene mot Asker',
  },
  play: async ({ canvasElement }) => {
    const view = await trendIn(canvasElement, 'chart');
    const root = canvasElement.querySelector('slt-trend')!.shadowRoot!;
    const panels = [...root.querySelectorAll('g[aria-label="panel"]')];
    await expect(panels.length).toBe(10);
    // Highest last figure first: each title's figure no lower than the next one's.
    const figures = panels.map((panel) => Number(panel.querySelector(':scope > text:nth-of-type(2)')!.textContent!.replace(/[^\d,]/g, '').replace(',', '.')));
    await expect([...figures].sort((a, b) => b - a)).toEqual(figures);
    for (const panel of panels) await expect(panel.querySelector('path[stroke-dasharray]')).not.toBeNull();
    await expect(view.legend).toEqual(['Stiplet linje: Asker']);
    await expect(view.captionSentences[0]).toMatch(/^Asker \(stiplet linje\): fra /);
    await expect(view.captionSentences[1]).toMatch(/^I 2025 lå \d+ av 10 over Asker /);
    await expectNoA11yViolations(canvasElement);
  },
};
