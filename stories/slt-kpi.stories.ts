import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, UNITS, type Language, type Unit } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/kpi/slt-kpi.ts';
import type { SltKpi } from '../packages/widgets/src/kpi/slt-kpi.ts';

interface KpiArgs {
  src: string;
  filter: string;
  reference: string;
  period: string;
  'time-column': string;
  unit: Unit;
  label: string;
  heading: string;
  lang: Language;
}

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&sex=all';

function kpi(args: KpiArgs, engine?: Engine) {
  return html`${keyed(
    args.lang,
    html`<slt-kpi
      src=${args.src}
      filter=${args.filter}
      reference=${args.reference || nothing}
      period=${args.period || nothing}
      time-column=${args['time-column']}
      unit=${args.unit}
      label=${args.label || nothing}
      heading=${args.heading || nothing}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-kpi>`,
  )}`;
}

/** Waits for the KPI in a state and returns its shadow root. */
async function kpiIn(canvas: HTMLElement, state: 'figure' | 'loading' | 'empty' | 'error'): Promise<ShadowRoot> {
  const selector = {
    figure: 'figure[aria-busy="false"] .chart .kpi-card .kpi-figure',
    loading: 'figure[aria-busy="true"] .chart.skeleton',
    empty: 'figure[aria-busy="false"] .message[role="status"]',
    error: 'figure[aria-busy="false"] .message[role="alert"]',
  }[state];
  return waitFor(
    () => {
      const root = canvas.querySelector<SltKpi>('slt-kpi')?.shadowRoot;
      if (!root?.querySelector(selector)) throw new Error(`<slt-kpi> is not in the ${state} state`);
      return root;
    },
    { timeout: 30_000, interval: 50 },
  );
}

const read = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim());
const text = (description: string) => ({ control: 'text' as const, description, table: { category: 'Attributes' } });

const meta = {
  title: 'Widgets/slt-kpi',
  component: 'slt-kpi',
  render: (args) => kpi(args),
  args: {
    src: INDICATORS,
    filter: `${NEET}&area=Asker`,
    reference: 'area=Norge',
    period: '',
    'time-column': 'year',
    unit: 'percent',
    label: 'av 16–25-åringene er utenfor arbeid og utdanning',
    heading: 'Unge utenfor arbeid og utdanning',
    lang: 'nb',
  },
  argTypes: {
    src: text('A Parquet URL or the name of a registered dataset.'),
    filter: text('Filters that pick one row per period, `column=value` joined by `&`. A linked choice replaces a default.'),
    reference: text('The reference area: what differs from the figure\'s filters, e.g. `area=Norge`.'),
    period: text('The period to show; the latest when empty.'),
    'time-column': text('The column with the periods.'),
    unit: { control: 'select', options: [...UNITS], table: { category: 'Attributes' } },
    label: text('The words after the figure, in the page\'s language.'),
    heading: text('Heading above the figure.'),
    lang: { control: 'inline-radio', options: [...LANGUAGES], table: { category: 'Attributes' } },
  },
} satisfies Meta<KpiArgs>;

export default meta;
type Story = StoryObj<KpiArgs>;

/** Asker's latest NEET figure, the change from the year before, and Norway beside it. */
export const Figure: Story = {
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'figure');
    await expect(read(root, '.kpi-number')).toEqual(['10,3 %']);
    await expect(read(root, '.kpi-change').join(' ')).toBe('↑ opp 0,3 prosentpoeng fra 2024');
    await expect(read(root, '.kpi-comparison').join(' ')).toBe('1,5 prosentpoeng over Norge (8,8 %)');
    await expect(read(root, 'figcaption p')[0]).toBe('Asker, 2025: 10,3 % av 16–25-åringene er utenfor arbeid og utdanning.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** A year back: the planning document's 11 %. */
export const ChosenPeriod: Story = {
  args: { period: '2020' },
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'figure');
    await expect(read(root, '.kpi-number')).toEqual(['11,0 %']);
    await expect(read(root, '.kpi-where')).toEqual(['Asker, 2020']);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Vollen's girls in 2014–2016: too few to show. ':' with the explanation, never 0. */
export const Hidden: Story = {
  args: {
    filter: 'indicator=ungdata_bullied&age_group=13-15&sex=female&area=Vollen',
    'time-column': 'period',
    period: '2014-2016',
    reference: 'area=Asker',
    label: 'av jentene i 8.–10. trinn blir mobbet',
    heading: 'Mobbing, jenter',
  },
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'figure');
    await expect(read(root, '.kpi-number')).toEqual([':']);
    await expect(read(root, 'figcaption p')).toEqual([
      'Vollen, 2014–2016: tallet er skjult (:).',
      '«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.',
    ]);
    await expectNoA11yViolations(canvasElement);
  },
};

function languageStory(lang: Language, label: string, expected: string[]): Story {
  return {
    args: { lang, label, heading: '' },
    play: async ({ canvasElement }) => {
      const root = await kpiIn(canvasElement, 'figure');
      await expect(read(root, 'figcaption p')).toEqual(expected);
      await expectNoA11yViolations(canvasElement);
    },
  };
}

export const Nynorsk = languageStory('nn', 'av 16–25-åringane er utanfor arbeid og utdanning', [
  'Asker, 2025: 10,3 % av 16–25-åringane er utanfor arbeid og utdanning.',
  'Opp 0,3 prosentpoeng frå 2024.',
  '1,5 prosentpoeng over Norge (8,8 %).',
]);
export const Danish = languageStory('da', 'af de 16–25-årige er uden for job og uddannelse', [
  'Asker, 2025: 10,3 % af de 16–25-årige er uden for job og uddannelse.',
  'Op 0,3 procentpoint fra 2024.',
  '1,5 procentpoint over Norge (8,8 %).',
]);
export const English = languageStory('en', 'of 16–25 year-olds are outside work and education', [
  'Asker, 2025: 10.3% of 16–25 year-olds are outside work and education.',
  'Up 0.3 percentage points from 2024.',
  '1.5 percentage points above Norge (8.8%).',
]);

/** A data source that never answers. */
class StalledEngine extends Engine {
  override select(): Promise<never> {
    return new Promise<never>(() => undefined);
  }
}

export const Loading: Story = {
  loaders: [() => ({ engine: new StalledEngine() })],
  render: (args, { loaded }) => kpi(args, loaded['engine'] as Engine),
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'loading');
    await expect(root.querySelector<HTMLElement>('.skeleton')?.getBoundingClientRect().height).toBe(170);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Empty: Story = {
  args: { filter: `${NEET}&area=Atlantis` },
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'empty');
    await expect(read(root, '.message')).toEqual(['Ingen data for dette utvalget.']);
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorMissingFile: Story = {
  name: 'Error: missing file',
  args: { src: '/data/no-such-file.parquet' },
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'error');
    await expect(read(root, '.message')).toEqual(['Fant ikke datafilen.']);
    await expectNoA11yViolations(canvasElement);
  },
};

/** A phone in a CMS column: the words wrap, nothing overflows. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 280px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'figure');
    await waitFor(() => expect(root.querySelector('.kpi-card')?.getBoundingClientRect().width).toBeLessThanOrEqual(280), { timeout: 10_000 });
    await expect(root.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(280);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await kpiIn(canvasElement, 'figure');
    await expect(getComputedStyle(root.host).backgroundColor).toBe('rgb(22, 22, 22)');
    await expectNoA11yViolations(canvasElement);
  },
};
