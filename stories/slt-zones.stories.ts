import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, type Language } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/zones/slt-zones.ts';
import { VARIANTS, type ZonesVariant } from '../packages/widgets/src/zones/zones-options.ts';
import { chartIn } from './slt-zones.view.ts';

interface ZonesArgs {
  src: string;
  filter: string;
  variant: ZonesVariant;
  heading: string;
  height: number;
  lang: Language;
}

const CASES = '/data/case_counts.parquet';

function zones(args: ZonesArgs, engine?: Engine) {
  return html`${keyed(
    args.lang,
    html`<slt-zones
      src=${args.src}
      filter=${args.filter || nothing}
      variant=${args.variant}
      heading=${args.heading || nothing}
      height=${args.height}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-zones>`,
  )}`;
}

const meta = {
  title: 'Widgets/slt-zones',
  component: 'slt-zones',
  render: (args) => zones(args),
  args: { src: CASES, filter: '', variant: 'bars', heading: 'Unge i SLT-oppfølging etter sone', height: 300, lang: 'nb' },
  argTypes: {
    src: { control: 'text', description: 'A Parquet URL or a registered dataset name (case_counts shape).' },
    filter: { control: 'text', description: 'Categories instead of the margins, e.g. `district_group=3203-G1`.' },
    variant: { control: 'inline-radio', options: [...VARIANTS], description: 'Stacked bars or stacked areas.' },
    heading: { control: 'text' },
    height: { control: { type: 'range', min: 200, max: 600, step: 20 } },
    lang: { control: 'inline-radio', options: [...LANGUAGES] },
  },
} satisfies Meta<ZonesArgs>;

export default meta;
type Story = StoryObj<ZonesArgs>;

/** The municipality's totals: green and yellow mostly shown, orange and red hidden (few people), totals published. */
export const Bars: Story = {
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    await expect(view.legend).toEqual(['Grønn', 'Gul', 'Oransje', 'Rød', ': Skjult fordeling']);
    await expect(view.svgTexts('.slt-zones-total')).toEqual(['46', '67', '84', '93', '102', '110', '98', '81']);
    await expect(view.captionSentences).toEqual([
      'I 2025 var 54 i grønn sone og 16 i gul; tallene for oransje og rød er skjult (færre enn 5, eller ville avslørt et slikt tall).',
      'Til sammen 81 unge i oppfølging.',
      'Til sammen i oppfølging: 46 i 2018 og 81 i 2025.',
      '«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.',
    ]);
    await expect(view.tableHeaders).toEqual(['År', 'Grønn', 'Gul', 'Oransje', 'Rød', 'I alt']);
    await expect(view.tableRows.at(-1)).toEqual(['2025', '54', '16', ':', ':', '81']);
    await expect(view.tableRows[0]).toEqual(['2018', ':', ':', ':', '0', '46']);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Stacked areas: each zone's band breaks where its count is hidden, never dropping to 0. */
export const Areas: Story = {
  args: { variant: 'areas' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    const bands = [...view.root.querySelectorAll('.slt-zones-areas path')].map((path) => path.getAttribute('data-zone'));
    await expect(bands).toEqual(['hidden', 'green', 'yellow']);
    await expect(view.svgTexts('.slt-zones-total').at(-1)).toBe('81');
    await expectNoA11yViolations(canvasElement);
  },
};

/** One district group: more is hidden, and the legend and ':' marks say so. */
export const DistrictGroup: Story = {
  args: { filter: 'district_group=3203-G1', heading: 'Asker nord: unge i oppfølging etter sone' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    await expect(view.svgTexts('.slt-zones-total')).toEqual(['25', '34', '42', '46', '53', '62', '50', '39']);
    await expect(view.captionSentences[1]).toBe('Til sammen 39 unge i oppfølging.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Keyboard: Tab into the chart, arrows step through the figures; Enter chooses the year. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    view.chartBox!.focus();
    await waitFor(() => expect(view.readout).toBe('I alt, 2025: 81'));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(view.readout).toBe('Grønn, 2025: 54'));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(view.readout).toBe('Grønn, 2023: 89'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(view.root.querySelector('.slt-zones-period.selected')?.getAttribute('data-year')).toBe('2023'));
    // The read-out says so at the next step (the base keeps the read-out until a key moves).
    await userEvent.keyboard('{ArrowRight}{ArrowLeft}');
    await waitFor(() => expect(view.readout).toBe('Grønn, 2023: 89 (valgt)'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(view.root.querySelector('.slt-zones-period.selected')).toBeNull());
    await expectNoA11yViolations(canvasElement);
  },
};

function languageStory(lang: Language, heading: string, legend: string[], sentence: string, headers: string[]): Story {
  return {
    args: { lang, heading },
    play: async ({ canvasElement }) => {
      const view = await chartIn(canvasElement, 'slt-zones', 'chart');
      await expect(view.legend.slice(0, 4)).toEqual(legend);
      await expect(view.captionSentences[0]).toBe(sentence);
      await expect(view.tableHeaders).toEqual(headers);
      await expectNoA11yViolations(canvasElement);
    },
  };
}

export const Nynorsk = languageStory(
  'nn',
  'Unge i SLT-oppfølging etter sone',
  ['Grøn', 'Gul', 'Oransje', 'Raud'],
  'I 2025 var 54 i grøn sone og 16 i gul; tala for oransje og raud er skjulte (færre enn 5, eller ville avslørt eit slikt tal).',
  ['År', 'Grøn', 'Gul', 'Oransje', 'Raud', 'I alt'],
);
export const Danish = languageStory(
  'da',
  'Unge i SSP-opfølgning efter zone',
  ['Grøn', 'Gul', 'Orange', 'Rød'],
  'I 2025 var der 54 i grøn zone og 16 i gul; tallene for orange og rød er skjult (færre end 5, eller ville afsløre et sådant tal).',
  ['År', 'Grøn', 'Gul', 'Orange', 'Rød', 'I alt'],
);
export const English = languageStory(
  'en',
  'Young people in follow-up by zone',
  ['Green', 'Yellow', 'Orange', 'Red'],
  'In 2025 there were 54 in the green zone and 16 in yellow; the figures for orange and red are hidden (fewer than 5, or would reveal such a count).',
  ['Year', 'Green', 'Yellow', 'Orange', 'Red', 'Total'],
);

/** A data source that never answers. */
class StalledEngine extends Engine {
  override select(): Promise<never> {
    return new Promise<never>(() => undefined);
  }
}

export const Loading: Story = {
  args: { height: 240 },
  loaders: [() => ({ engine: new StalledEngine() })],
  render: (args, { loaded }) => zones(args, loaded['engine'] as StalledEngine),
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'loading');
    await expect(view.root.querySelector<HTMLElement>('.skeleton')?.getBoundingClientRect().height).toBe(240);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Empty: Story = {
  args: { filter: 'district_group=Atlantis' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'empty');
    await expect(view.message).toBe('Ingen data for dette utvalget.');
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorMissingFile: Story = {
  name: 'Error: missing file',
  args: { src: '/data/no-such-file.parquet' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'error');
    await expect(view.message).toBe('Fant ikke datafilen.');
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorZoneFilter: Story = {
  name: 'Error: zone in the filter',
  args: { filter: 'zone=red' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'error');
    await expect(view.message).toBe('Ugyldig verdi for «filter».');
    await expectNoA11yViolations(canvasElement);
  },
};

/** 300 px: years thin out, the legend wraps, nothing overflows. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    await waitFor(() => expect(view.svg?.getAttribute('width')).toBe('300'), { timeout: 10_000 });
    await expect(view.root.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(300);
    await expect(view.svgTexts('.slt-zones-x-axis text')).toEqual(['2019', '2021', '2023', '2025']);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    await expect(getComputedStyle(view.host).backgroundColor).toBe('rgb(22, 22, 22)');
    await expect(view.legend[0]).toBe('Grønn');
    await expectNoA11yViolations(canvasElement);
  },
};
