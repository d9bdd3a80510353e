import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, UNITS, type Language, type Unit } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/map/slt-map.ts';
import '../packages/widgets/src/trend/slt-trend.ts';
import { mapIn, text } from './slt-map.view.ts';
import askerProfile from '../profiles/asker.json';
import { tilesOf } from '../packages/widgets/src/dashboards/profile.ts';

interface MapArgs {
  src: string;
  filter: string;
  reference: string;
  tiles: string;
  geometry: string;
  heading: string;
  unit: Unit;
  height: number;
  lang: Language;
}

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&sex=all&area_level=district';
/** Ungdata 2015, girls: Hvalstad and Vollen hidden by disclosure control. */
const HIDDEN = 'indicator=ungdata_bullied&age_group=13-15&sex=female&area_level=district&year=2015';
/** The demo data's districts as the Asker profile places them (Borgen and Hvalstad in the north-east, Hurum in the south-west). */
const ASKER_TILES = tilesOf(askerProfile);

function map(args: MapArgs, engine?: Engine) {
  return html`${keyed(
    args.lang,
    html`<slt-map
      src=${args.src}
      filter=${args.filter}
      reference=${args.reference || nothing}
      tiles=${args.tiles || nothing}
      geometry=${args.geometry || nothing}
      heading=${args.heading || nothing}
      unit=${args.unit}
      height=${args.height}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-map>`,
  )}`;
}

const text$ = (description: string) => ({ control: 'text' as const, description, table: { category: 'Attributes' } });

const meta = {
  title: 'Widgets/slt-map',
  component: 'slt-map',
  render: (args) => map(args),
  args: {
    src: INDICATORS,
    filter: NEET,
    reference: 'area_level=municipality',
    tiles: ASKER_TILES,
    geometry: '',
    heading: 'Unge 16–25 år utenfor arbeid og utdanning, etter område',
    unit: 'percent',
    height: 340,
    lang: 'nb',
  },
  argTypes: {
    src: text$('A Parquet URL or the name of a registered dataset.'),
    filter: text$('Equality filters picking one row per district, e.g. `indicator=neet&sex=all&area_level=district`.'),
    reference: text$('Filters that pick the reference area instead (`area_level=municipality`), for the text alternative.'),
    tiles: text$('Tile positions `code:column,row;…`; empty: a default grid.'),
    geometry: text$('A GeoJSON or TopoJSON URL: draws the real shapes.'),
    heading: text$('Heading above the map.'),
    unit: { control: 'select', options: [...UNITS], table: { category: 'Attributes' } },
    height: { control: { type: 'range', min: 200, max: 600, step: 20 }, table: { category: 'Attributes' } },
    lang: { control: 'inline-radio', options: [...LANGUAGES], table: { category: 'Attributes' } },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** Ten districts as tiles placed like Asker, each with its value written on it. */
export const Tiles: Story = {
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    await expect(view.tiles).toHaveLength(10);
    await expect(view.tiles).toContain('Borgen: 15,5 %');
    await expect(view.tiles).toContain('Asker sentrum: 11,1 %');
    await expect(view.legend).toEqual(['6,6–7,9 %', '8,0–9,9 %', '10,0–11,9 %', '12,0–13,9 %', '14,0–15,5 %']);
    await expect(view.captionSentences).toEqual([
      'Høyest i 2025: Borgen med 15,5 %; lavest: Vollen med 6,6 %.',
      'Asker samlet: 10,3 %.',
    ]);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Without a tiles mapping: a default grid of ceil(√10) = 4 columns, in code order. */
export const DefaultGrid: Story = {
  args: { tiles: '' },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    await expect(view.tiles[0]).toBe('Asker sentrum: 11,1 %');
    await expect(view.tiles).toHaveLength(10);
    await expectNoA11yViolations(canvasElement);
  },
};

/** The real shapes from a GeoJSON file (synthetic geometry in the test fixtures). */
export const Geometry: Story = {
  args: { geometry: '/test/fixtures/districts.geojson' },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'shapes');
    await expect(view.root.querySelectorAll('g.slt-map-shape path')).toHaveLength(10);
    await expect(view.legend).toHaveLength(5);
    await expectNoA11yViolations(canvasElement);
  },
};

/** Hidden figures: ':' on a hatched tile, in the key, the text and the table. */
export const HiddenFigures: Story = {
  args: { filter: HIDDEN, reference: '', heading: 'Mobbet, jenter 13–15 år, 2013–2015', unit: 'percent' },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    await expect(view.tiles).toContain('Hvalstad: :');
    await expect(view.tiles).toContain('Vollen: :');
    await expect(view.legend.at(-1)).toBe('skjult (:)');
    await expect(view.captionSentences).toContain('Tallet er skjult for Hvalstad og Vollen.');
    await expect(view.captionSentences.at(-1)).toBe('«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.');
    const hvalstad = view.tableRows.find((cells) => cells[0] === 'Hvalstad');
    await expect(hvalstad?.[2]).toMatch(/^: skjult for å beskytte personvernet/);
    await expectNoA11yViolations(canvasElement);
  },
};

function languageStory(lang: Language, heading: string, sentence: string, borgen: string, legendFirst: string): Story {
  return {
    args: { lang, heading },
    play: async ({ canvasElement }) => {
      const view = await mapIn(canvasElement, 'tiles');
      await expect(view.captionSentences[0]).toBe(sentence);
      await expect(view.tiles).toContain(borgen);
      await expect(view.legend[0]).toBe(legendFirst);
      await expectNoA11yViolations(canvasElement);
    },
  };
}

export const Nynorsk = languageStory('nn', 'Unge 16–25 år utanfor arbeid og utdanning', 'Høgast i 2025: Borgen med 15,5 %; lågast: Vollen med 6,6 %.', 'Borgen: 15,5 %', '6,6–7,9 %');
export const Danish = languageStory('da', 'Unge 16–25 år uden for job og uddannelse', 'Højest i 2025: Borgen med 15,5 %; lavest: Vollen med 6,6 %.', 'Borgen: 15,5 %', '6,6–7,9 %');
export const English = languageStory('en', 'Young people aged 16–25 not in employment, education or training', 'Highest in 2025: Borgen at 15.5%; lowest: Vollen at 6.6%.', 'Borgen: 15.5%', '6.6–7.9%');

/** Click a tile: it is chosen for the linked trend beside it, outlined and named; click again to clear. */
export const LinkedWithTrend: Story = {
  render: (args) => html`<section slt-scope>
    ${map(args)}
    <slt-trend src=${INDICATORS} filter=${NEET} series-column="area" unit="percent" heading="Utvikling" height="220"></slt-trend>
  </section>`,
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    const trend = canvasElement.querySelector('slt-trend')!;
    await waitFor(() => expect(trend.shadowRoot?.querySelectorAll('.slt-trend-points > *').length).toBe(110), { timeout: 30_000 });
    await userEvent.click(view.tile('3203-02')!);
    await waitFor(() => expect(view.selection).toBe('Valgt område: Borgen.'));
    await waitFor(() => expect(view.tile('3203-02')?.querySelector('.slt-map-selected')).not.toBeNull());
    await waitFor(() => expect(trend.shadowRoot?.querySelectorAll('.slt-trend-points > *').length).toBe(11));
    await expect(view.tiles).toHaveLength(10);
    await expectNoA11yViolations(canvasElement);
    await userEvent.click(view.tile('3203-02')!);
    await waitFor(() => expect(view.selection).toBe(''));
    await waitFor(() => expect(trend.shadowRoot?.querySelectorAll('.slt-trend-points > *').length).toBe(110));
  },
};

/** Keyboard: focus the map, arrows step between tiles, the value is read out, Enter chooses. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    // Tab order in the test page depends on what ran before; the browser test tabs in for real.
    view.root.querySelector<HTMLElement>('.chart[tabindex]')!.focus();
    const readout = view.root.querySelector('.readout');
    await waitFor(() => expect(text(readout)).toBe('Hvalstad: 7,0 %'));
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(text(readout)).toBe('Borgen: 15,5 %'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(view.selection).toBe('Valgt område: Borgen.'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(view.selection).toBe(''));
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
  render: (args, { loaded }) => map(args, loaded['engine'] as StalledEngine),
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'loading');
    await expect(view.root.querySelector<HTMLElement>('.skeleton')?.getBoundingClientRect().height).toBe(340);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Empty: Story = {
  args: { filter: `${NEET}&area=Atlantis` },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'empty');
    await expect(view.message).toBe('Ingen data for dette utvalget.');
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorMissingFile: Story = {
  name: 'Error: missing file',
  args: { src: '/data/no-such-file.parquet' },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'error');
    await expect(view.message).toBe('Fant ikke datafilen.');
    await expectNoA11yViolations(canvasElement);
  },
};

/** A filter that leaves three rows per district (sex not fixed): the reader is told which point has two figures, and that a filter is missing. */
export const ErrorAmbiguousFilter: Story = {
  name: 'Error: several rows per district',
  args: { filter: 'indicator=neet&age_group=16-25&area_level=district' },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'error');
    await expect(view.message).toMatch(/^Dataene har mer enn ett tall for samme punkt \([^,]+, 20\d\d\): diagrammet trenger ett filter til/);
    await expectNoA11yViolations(canvasElement);
  },
};

/** A phone in a CMS column (300 px): tiles shrink, names wrap, nothing overflows. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    await waitFor(() => expect(view.svg?.getAttribute('width')).toBe('300'), { timeout: 10_000 });
    await expect(view.root.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(300);
    await expectNoA11yViolations(canvasElement);
  },
};

/** On a dark page: the classes keep their colours, text on each tile keeps its contrast. */
export const Dark: Story = {
  args: { filter: HIDDEN, reference: '', heading: 'Mobbet, jenter 13–15 år' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const view = await mapIn(canvasElement, 'tiles');
    await expect(getComputedStyle(view.host).backgroundColor).toBe('rgb(22, 22, 22)');
    await expectNoA11yViolations(canvasElement);
  },
};
