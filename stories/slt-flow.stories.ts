import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, type Language } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/flow/slt-flow.ts';
import '../packages/widgets/src/zones/slt-zones.ts';
import { chartIn } from './slt-zones.view.ts';

interface FlowArgs {
  src: string;
  filter: string;
  period: string;
  heading: string;
  lang: Language;
}

const TRANSITIONS = '/test/fixtures/zone-transitions-demo.parquet';

function flow(args: FlowArgs, engine?: Engine) {
  return html`${keyed(
    args.lang,
    html`<slt-flow
      src=${args.src}
      filter=${args.filter || nothing}
      period=${args.period || nothing}
      heading=${args.heading || nothing}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-flow>`,
  )}`;
}

const meta = {
  title: 'Widgets/slt-flow',
  component: 'slt-flow',
  render: (args) => flow(args),
  args: { src: TRANSITIONS, filter: '', period: '', heading: 'Bevegelser mellom soner', lang: 'nb' },
  argTypes: {
    src: { control: 'text', description: 'A Parquet URL or a registered dataset name (zone_transitions shape).' },
    filter: { control: 'text' },
    period: { control: 'text', description: 'A quarter, e.g. `2024K2`; empty: the latest.' },
    heading: { control: 'text' },
    lang: { control: 'inline-radio', options: [...LANGUAGES] },
  },
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** The latest quarter, 2025K4. */
export const Latest: Story = {
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'chart');
    await expect(view.root.querySelector('.period')?.textContent).toBe('4. kvartal 2025');
    await expect(view.svgTexts('[data-from="green"][data-to="green"] .slt-flow-value')).toEqual(['24']);
    await expect(view.svgTexts('[data-from="green"][data-to="orange"] .slt-flow-value')).toEqual([':']);
    await expect(view.captionSentences[1]).toBe('Ved utgangen av kvartalet: 29 i grønn sone, 9 i gul, et skjult antall i oransje, et skjult antall i rød og 19 avsluttet.');
    await expect(view.tableRows[1]).toEqual(['Grønn', '24', '0', ':', '0', ':', ':']);
    await expectNoA11yViolations(canvasElement);
  },
};

/** An earlier quarter, chosen by attribute; read with the keyboard. */
export const ChosenQuarter: Story = {
  args: { period: '2019K2' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'chart');
    await expect(view.root.querySelector('.period')?.textContent).toBe('2. kvartal 2019');
    await expect(view.captionSentences[0]).toBe('2. kvartal 2019: 47 unge i alt.');
    view.chartBox!.focus();
    await waitFor(() => expect(view.readout).toBe('Ny → I alt: 16'));
    await userEvent.keyboard('{ArrowDown}{Home}');
    await waitFor(() => expect(view.readout).toBe('Grønn → Grønn: 14'));
    await expectNoA11yViolations(canvasElement);
  },
};

function languageStory(lang: Language, heading: string, period: string, headers: string[]): Story {
  return {
    args: { lang, heading },
    play: async ({ canvasElement }) => {
      const view = await chartIn(canvasElement, 'slt-flow', 'chart');
      await expect(view.root.querySelector('.period')?.textContent).toBe(period);
      await expect(view.tableHeaders).toEqual(headers);
      await expectNoA11yViolations(canvasElement);
    },
  };
}

export const Nynorsk = languageStory('nn', 'Rørsler mellom soner', '4. kvartal 2025', ['Frå \\ Til', 'Grøn', 'Gul', 'Oransje', 'Raud', 'Avslutta', 'I alt']);
export const Danish = languageStory('da', 'Bevægelser mellem zoner', '4. kvartal 2025', ['Fra \\ Til', 'Grøn', 'Gul', 'Orange', 'Rød', 'Afsluttet', 'I alt']);
export const English = languageStory('en', 'Movement between zones', 'Q4 2025', ['From \\ To', 'Green', 'Yellow', 'Orange', 'Red', 'Closed', 'Total']);

class StalledEngine extends Engine {
  override select(): Promise<never> {
    return new Promise<never>(() => undefined);
  }
}

export const Loading: Story = {
  loaders: [() => ({ engine: new StalledEngine() })],
  render: (args, { loaded }) => flow(args, loaded['engine'] as StalledEngine),
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'loading');
    await expect(view.root.querySelector<HTMLElement>('.skeleton')?.getBoundingClientRect().height).toBe(260);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Empty: Story = {
  args: { period: '1999K1' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'empty');
    await expect(view.message).toBe('Ingen data for dette utvalget.');
    await expectNoA11yViolations(canvasElement);
  },
};

export const ErrorBadPeriod: Story = {
  name: 'Error: bad period',
  args: { period: '2025-Q4' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'error');
    await expect(view.message).toBe('Ugyldig verdi for «period».');
    await expectNoA11yViolations(canvasElement);
  },
};

/** 300 px: column labels turn, the matrix fits. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'chart');
    await waitFor(() => expect(view.svg?.getAttribute('width')).toBe('300'), { timeout: 10_000 });
    await expect(view.root.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(300);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-flow', 'chart');
    await expect(getComputedStyle(view.host).backgroundColor).toBe('rgb(22, 22, 22)');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Linked: choosing a year on the ladder shows that year's last quarter here. */
export const LinkedToZones: Story = {
  render: (args) => html`<section slt-scope>
    <slt-zones src="/data/case_counts.parquet" heading="Unge etter sone" lang=${args.lang}></slt-zones>
    ${flow(args)}
  </section>`,
  play: async ({ canvasElement }) => {
    const zones = await chartIn(canvasElement, 'slt-zones', 'chart');
    const view = await chartIn(canvasElement, 'slt-flow', 'chart');
    await expect(view.root.querySelector('.period')?.textContent).toBe('4. kvartal 2025');
    zones.root.querySelector('[data-year="2022"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => expect(view.root.querySelector('.period')?.textContent).toBe('4. kvartal 2022'), { timeout: 10_000 });
    await expectNoA11yViolations(canvasElement);
  },
};
