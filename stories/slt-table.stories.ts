import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../.storybook/a11y.ts';
import { Engine, LANGUAGES, sharedEngine, type Language } from '../packages/engine/src/index.ts';
import '../packages/widgets/src/table/slt-table.ts';

interface TableArgs {
  src: string;
  filter: string;
  columns: string;
  labels: string;
  units: string;
  sort: string;
  heading: string;
  lang: Language;
}

const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const DISTRICTS_2025 = 'indicator=neet&age_group=16-25&sex=all&area_level=district&year=2025';
const SETTLE = { timeout: 30_000, interval: 50 };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function table(args: TableArgs, engine?: Engine) {
  return html`${keyed(
    args.lang,
    html`<slt-table
      src=${args.src}
      filter=${args.filter}
      columns=${args.columns || nothing}
      labels=${args.labels || nothing}
      units=${args.units || nothing}
      sort=${args.sort || nothing}
      heading=${args.heading || nothing}
      lang=${args.lang}
      .engine=${engine ?? sharedEngine()}
    ></slt-table>`,
  )}`;
}

async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  return waitFor(() => {
    const root = canvas.querySelector('slt-table')?.shadowRoot;
    if (!root?.querySelector(selector)) throw new Error(`<slt-table> does not show ${selector} yet`);
    return root;
  }, SETTLE);
}

const TABLE = 'figure[aria-busy="false"] table';
const column = (root: ParentNode, index: number) => [...root.querySelectorAll(`tbody td:nth-child(${index})`)].map((cell) => plain(cell.textContent));
const text = (description: string) => ({ control: 'text' as const, description, table: { category: 'Attributes' } });

const meta = {
  title: 'Widgets/slt-table',
  component: 'slt-table',
  render: (args) => table(args),
  args: {
    src: INDICATORS,
    filter: DISTRICTS_2025,
    columns: 'area,value,numerator,denominator',
    labels: 'area=Bydel&value=Andel&numerator=Antall&denominator=Innbyggere 16–25 år',
    units: 'value=percent&numerator=count&denominator=count',
    sort: 'value:descending',
    heading: 'Unge 16–25 år utenfor arbeid og utdanning, 2025',
    lang: 'nb',
  },
  argTypes: {
    src: text('A Parquet URL or a registered dataset name.'),
    filter: text('Equality filters, `column=value` joined by `&`.'),
    columns: text('Columns to show, comma-separated; all but `status` when empty.'),
    labels: text('Column headers, `column=Label` joined by `&`.'),
    units: text('Units of numeric columns, `column=unit` joined by `&`.'),
    sort: text('Starting order: `column` or `column:descending`.'),
    heading: text('Caption above the table.'),
    lang: { control: 'inline-radio', options: [...LANGUAGES], table: { category: 'Attributes' } },
  },
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

/** Sorted by share, largest first; a column button sorts by that column instead. */
export const Sortable: Story = {
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, TABLE);
    await expect(column(root, 1)[0]).toBe('Borgen');
    await expect(column(root, 2)[0]).toBe('15,5 %');
    await expect(root.querySelectorAll('thead th')[1]?.getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(root.querySelector<HTMLButtonElement>('thead th button')!);
    await waitFor(() => expect(column(root, 1)[0]).toBe('Asker sentrum'));
    await expect(root.querySelectorAll('thead th')[0]?.getAttribute('aria-sort')).toBe('ascending');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Hidden figures as ':' with the explanation. */
export const HiddenCells: Story = {
  args: {
    filter: 'indicator=ungdata_bullied&area_level=district&year=2015',
    columns: 'area,sex,value',
    labels: 'area=Bydel&sex=Kjønn&value=Andel',
    units: 'value=percent',
    sort: '',
    heading: 'Mobbet på skolen, 2013–2015',
  },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, TABLE);
    await expect(root.querySelectorAll('td.suppressed')).toHaveLength(4);
    await expect(plain(root.querySelector('.note')?.textContent)).toBe('«:» = skjult for å beskytte personvernet: færre enn 5 personer, eller et tall som ville avslørt et slikt.');
    await expectNoA11yViolations(canvasElement);
  },
};

export const Danish: Story = {
  args: { lang: 'da', labels: 'area=Område&value=Andel&numerator=Antal&denominator=Indbyggere 16–25 år', heading: 'Unge 16–25 år uden for job og uddannelse, 2025' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, TABLE);
    await expect(column(root, 2)[0]).toBe('15,5 %');
    await expect(plain(root.querySelector('p.count')?.textContent)).toBe('10 rækker');
    await expectNoA11yViolations(canvasElement);
  },
};

/** A phone: the table scrolls sideways inside a focusable, named region. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, TABLE);
    const region = root.querySelector<HTMLElement>('.table-scroll')!;
    await expect(region.getAttribute('role')).toBe('region');
    await expect(region.tabIndex).toBe(0);
    await expect(root.querySelector('figure')!.getBoundingClientRect().width).toBeLessThanOrEqual(300);
    await expectNoA11yViolations(canvasElement);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, TABLE);
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
  render: (args, { loaded }) => table(args, loaded['engine'] as StalledEngine),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, 'figure[aria-busy="true"] .skeleton');
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

export const ErrorUnknownColumn: Story = {
  name: 'Error: unknown column',
  args: { columns: 'area,verdi' },
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'figure[aria-busy="false"] .message.error');
    await expect(plain(root.querySelector('.message')?.textContent)).toMatch(/^Kolonnen «verdi» finnes ikke/);
    await expectNoA11yViolations(canvasElement);
  },
};
