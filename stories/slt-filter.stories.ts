import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { LANGUAGES, type Language } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/filter/slt-filter.ts';
import '../packages/widgets/src/kpi/slt-kpi.ts';
import '../packages/widgets/src/trend/slt-trend.ts';
import type { SltFilter } from '../packages/widgets/src/filter/slt-filter.ts';

interface FilterArgs {
  src: string;
  filter: string;
  columns: string;
  labels: string;
  heading: string;
  lang: Language;
}

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const NEET = 'indicator=neet&age_group=16-25&sex=all';

function pickers(args: FilterArgs) {
  return html`${keyed(
    args.lang,
    html`<slt-filter
      src=${args.src}
      filter=${args.filter}
      columns=${args.columns}
      labels=${args.labels || nothing}
      heading=${args.heading || nothing}
      lang=${args.lang}
    ></slt-filter>`,
  )}`;
}

async function filterIn(canvas: HTMLElement, state: 'ready' | 'error'): Promise<ShadowRoot> {
  return waitFor(
    () => {
      const root = canvas.querySelector<SltFilter>('slt-filter')?.shadowRoot;
      const ok = state === 'ready' ? root?.querySelector('form[aria-busy="false"] select') : root?.querySelector('form[aria-busy="false"] [role="alert"]');
      if (!root || !ok) throw new Error(`<slt-filter> is not ${state}`);
      return root;
    },
    { timeout: 30_000, interval: 50 },
  );
}

const read = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim());
const text = (description: string) => ({ control: 'text' as const, description, table: { category: 'Attributes' } });

const meta = {
  title: 'Widgets/slt-filter',
  component: 'slt-filter',
  render: (args) => pickers(args),
  args: {
    src: INDICATORS,
    filter: 'indicator=neet',
    columns: 'year,area,sex,age_group',
    labels: '',
    heading: 'Velg utvalg',
    lang: 'nb',
  },
  argTypes: {
    src: text('A Parquet URL or the name of a registered dataset.'),
    filter: text('Limits the rows the choices are read from.'),
    columns: text('Columns to offer pickers for, comma-separated.'),
    labels: text('Labels for the pickers, comma-separated in the order of columns.'),
    heading: text('Heading above the pickers.'),
    lang: { control: 'inline-radio', options: [...LANGUAGES], table: { category: 'Attributes' } },
  },
} satisfies Meta<FilterArgs>;

export default meta;
type Story = StoryObj<FilterArgs>;

export const Pickers: Story = {
  play: async ({ canvasElement }) => {
    const root = await filterIn(canvasElement, 'ready');
    await expect(read(root, 'label')).toEqual(['År', 'Område', 'Kjønn', 'Aldersgruppe']);
    await expect(read(root, 'select[name="year"] option').slice(0, 3)).toEqual(['Alle', '2025', '2024']);
    await expect(read(root, 'select[name="sex"] option')).toEqual(['Alle', 'Jenter/kvinner', 'Gutter/menn']);
    await expectNoA11yViolations(canvasElement);
  },
};

export const English: Story = {
  args: { lang: 'en', heading: 'Choose a selection', labels: 'Year,District' },
  play: async ({ canvasElement }) => {
    const root = await filterIn(canvasElement, 'ready');
    await expect(read(root, 'label')).toEqual(['Year', 'District', 'Sex', 'Age group']);
    await expect(read(root, 'button')).toEqual(['Reset the choices']);
    await expectNoA11yViolations(canvasElement);
  },
};

/** A dashboard: the pickers drive a trend and a KPI in the same scope. */
export const Dashboard: Story = {
  render: (args) => html`<section slt-scope lang=${args.lang} style="display: grid; gap: 1.5rem">
    ${pickers(args)}
    <slt-kpi src=${INDICATORS} filter="${NEET}&area=Asker" reference="area=Norge" unit="percent"
      label="av 16–25-åringene er utenfor arbeid og utdanning" heading="Unge utenfor arbeid og utdanning"></slt-kpi>
    <slt-trend src=${INDICATORS} filter="${NEET}&area_level=district" series-column="area" unit="percent"
      heading="Bydelene, 16–25 år"></slt-trend>
  </section>`,
  play: async ({ canvasElement }) => {
    const root = await filterIn(canvasElement, 'ready');
    const area = root.querySelector<HTMLSelectElement>('select[name="area"]')!;
    await userEvent.selectOptions(area, 'Borgen');
    const kpi = canvasElement.querySelector('slt-kpi')!.shadowRoot!;
    const trend = canvasElement.querySelector('slt-trend')!.shadowRoot!;
    await waitFor(() => expect(read(kpi, '.kpi-where')).toEqual(['Borgen, 2025']), { timeout: 30_000 });
    await waitFor(() => expect(read(trend, 'figcaption p').map((sentence) => sentence.split(':')[0])).toEqual(['Borgen']), { timeout: 30_000 });
    await expect(area.value).toBe('Borgen');
    await expectNoA11yViolations(canvasElement);
    await userEvent.click(root.querySelector('button')!);
    await waitFor(() => expect(read(kpi, '.kpi-where')).toEqual(['Asker, 2025']), { timeout: 30_000 });
  },
};

export const ErrorMissingFile: Story = {
  name: 'Error: missing file',
  args: { src: '/data/no-such-file.parquet' },
  play: async ({ canvasElement }) => {
    const root = await filterIn(canvasElement, 'error');
    await expect(read(root, '[role="alert"]')).toEqual(['Fant ikke datafilen.']);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 280px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await filterIn(canvasElement, 'ready');
    await expect(root.querySelector('form')!.scrollWidth).toBeLessThanOrEqual(280);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await filterIn(canvasElement, 'ready');
    await expect(getComputedStyle(root.host).backgroundColor).toBe('rgb(22, 22, 22)');
    await expectNoA11yViolations(canvasElement);
  },
};
