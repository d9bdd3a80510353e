import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, type Language } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/flow/slt-flow.ts';
import { chartIn } from './slt-zones.view.ts';

interface FlowArgs {
  src: string;
  filter: string;
  period: string;
  heading: string;
  lang: Language;
}

const TRANSITIONS = '/data/zone_transitions.parquet';

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
    await expect(view.legend).toEqual([]);
    await expectNoA11yViolations(canvasElement);
  },
};
