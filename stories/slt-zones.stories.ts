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

/** The municipality's totals: green shown, the rest of the ladder hidden (few people), totals published. */
export const Bars: Story = {
  play: async ({ canvasElement }) => {
    const view = await chartIn(canvasElement, 'slt-zones', 'chart');
    await expect(view.legend).toEqual(['Grønn', 'Gul', 'Oransje', 'Rød', ': Skjult fordeling']);
    await expect(view.svgTexts('.slt-zones-total')).toEqual([':', '67', '84', '93', '102', '110', '98', '81']);
    await expect(view.captionSentences).toEqual([
      'I 2025 var 54 i grønn sone, : i gul, : i oransje og : i rød (skjult: færre enn 5).',
      'Til sammen 81 unge i oppfølging.',
      'Til sammen i oppfølging: 67 i 2019 og 81 i 2025.',
      '«:» = skjult for å beskytte personvernet: færre enn 5 personer.',
    ]);
    await expect(view.tableHeaders).toEqual(['År', 'Grønn', 'Gul', 'Oransje', 'Rød', 'I alt']);
    await expect(view.tableRows.at(-1)).toEqual(['2025', '54', ':', ':', ':', '81']);
    await expectNoA11yViolations(canvasElement);
  },
};
