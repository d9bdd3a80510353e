import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../../.storybook/a11y.ts';
import { cellsOf } from '../../packages/engine/src/cells.ts';
import { LANGUAGES, type Language } from '../../packages/engine/src/index.ts';
import { openParquet, readColumns } from '../../packages/engine/src/parquet/index.ts';
import { DEFAULT_MODEL_JSON, DEFAULT_SQL, type SltQueryConsole } from './slt-query-console.ts';
import './slt-query-console.ts';

interface ConsoleArgs {
  sql: string;
  mode: 'sql' | 'model' | 'json';
  modelJson: string;
  modelFile: string;
  modelColumns: string;
  modelFilter: string;
  lang: Language;
}

const SETTLE = { timeout: 45_000, interval: 50 };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function consoleOf(canvas: HTMLElement): SltQueryConsole {
  return canvas.querySelector<SltQueryConsole>('slt-query-console')!;
}

/** Runs the console's query with the Run button and waits for a table or an error. */
async function runAndWait(canvas: HTMLElement): Promise<ShadowRoot> {
  const element = consoleOf(canvas);
  const root = await waitFor(() => element.shadowRoot ?? Promise.reject(new Error('no root')), SETTLE);
  const button = [...root.querySelectorAll('button')].find((b) => /Kjør|Køyr|Kør|Run/.test(b.textContent ?? ''))!;
  await userEvent.click(button);
  await waitFor(() => {
    const output = root.querySelector('.output');
    if (output?.getAttribute('aria-busy') !== 'false' || !(root.querySelector('table, [role="alert"]'))) throw new Error('no result yet');
  }, SETTLE);
  return root;
}

/**
 * What case_zones publishes for Asker as a whole in a year, read from the file itself (the
 * decoder, not the console's query or disclosure step): zone to figure, as the console
 * writes it; hidden figures are absent.
 */
async function publishedZones(period: string): Promise<Map<string, string>> {
  const file = await openParquet('/data/case_zones.parquet');
  const columns = await readColumns(file, ['period', 'district_group', 'zone', 'persons']);
  const [periods, groups, zones, persons] = (['period', 'district_group', 'zone', 'persons'] as const).map((name) => cellsOf(columns.get(name)!));
  const figures = new Map<string, string>();
  periods!.forEach((p, i) => {
    if (p === period && groups![i] === 'all' && persons![i] !== null) figures.set(String(zones![i]), String(persons![i]));
  });
  return figures;
}

const cells = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((td) => plain(td.textContent)));

const meta = {
  title: 'Data/Query console',
  component: 'slt-query-console',
  render: (args) =>
    html`${keyed(
      JSON.stringify(args),
      html`<slt-query-console lang=${args.lang} .sql=${args.sql} .mode=${args.mode} .modelJson=${args.modelJson} model-file=${args.modelFile}
        model-columns=${args.modelColumns} model-filter=${args.modelFilter}></slt-query-console>`,
    )}`,
  args: {
    sql: DEFAULT_SQL,
    mode: 'sql',
    modelJson: DEFAULT_MODEL_JSON,
    modelFile: 'case_zones.parquet',
    modelColumns: 'period,zone,persons',
    modelFilter: 'period=2025&district_group=all',
    lang: 'nb',
  },
  argTypes: {
    sql: { control: 'text' },
    mode: { control: 'inline-radio', options: ['sql', 'model', 'json'] },
    modelJson: { control: 'text' },
    lang: { control: 'inline-radio', options: [...LANGUAGES] },
  },
} satisfies Meta<ConsoleArgs>;

export default meta;
type Story = StoryObj<ConsoleArgs>;

/**
 * SQL over case_zones, Asker as a whole in 2019: the file shows all 67 and green 52 and
 * hides the other four zones; the console shows the same, hidden ones as ':'.
 */
export const Sql: Story = {
  args: { sql: "SELECT year, zone, persons FROM case_zones WHERE year = 2019 AND district_group = 'all' ORDER BY zone" },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    await expect(root.querySelector('[role="alert"]')).toBeNull();
    await expect(cells(root)).toEqual([
      ['2019', 'all', '67'],
      ['2019', 'green', '52'],
      ['2019', 'orange', ':'],
      ['2019', 'orange_or_red', ':'],
      ['2019', 'red', ':'],
      ['2019', 'yellow', ':'],
    ]);
    await expect(plain(root.querySelector('.note')?.textContent)).toContain('4 tall skjult for å beskytte personvernet');
    await expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain('6 stolper');
    await expectNoA11yViolations(canvasElement);
  },
};

/** The opening query: Asker as a whole by zone in 2025, as case_zones publishes it. */
export const SqlOpening: Story = {
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    await expect(root.querySelector('[role="alert"]')).toBeNull();
    const shown = cells(root);
    await expect(shown.map((row) => row[1])).toEqual(['all', 'green', 'orange', 'orange_or_red', 'red', 'yellow']);
    // Each figure as the file has it: a number where it publishes one, ':' where it hides it.
    const published = await publishedZones('2025');
    await expect(shown.map((row) => row[2])).toEqual(shown.map((row) => published.get(row[1]!) ?? ':'));
    await expect(shown.filter((row) => row[2] !== ':').length).toBeGreaterThan(2);
  },
};

/**
 * case_monthly for December 2025: every monthly count is withheld in this release, and the
 * console shows all six zones as ':'.
 */
export const SqlAllHidden: Story = {
  args: { sql: "SELECT period, zone, persons FROM case_monthly WHERE period = '2025-12' ORDER BY zone" },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    await expect(root.querySelector('[role="alert"]')).toBeNull();
    await expect(cells(root)).toEqual(
      ['all', 'green', 'orange', 'orange_or_red', 'red', 'yellow'].map((zone) => ['2025-12', zone, ':']),
    );
    await expect(plain(root.querySelector('.note')?.textContent)).toContain('6 tall skjult for å beskytte personvernet');
  },
};

/** A result with no small numbers comes back exactly as DuckDB computed it, nothing hidden. */
export const SqlNothingHidden: Story = {
  args: { sql: "SELECT year, sum(persons) AS persons FROM case_zones WHERE zone = 'all' AND district_group = 'all' AND year = 2019 AND persons IS NOT NULL GROUP BY year" },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    await expect(cells(root)).toEqual([['2019', '67']]);
    await expect(root.querySelector('.note')).toBeNull();
  },
};

/**
 * Attacks: a small count computed, renamed, cast to text or differenced never shows as
 * a number 1-4; it is ':'.
 */
export const SqlNeverShowsSmallCounts: Story = {
  args: {
    sql: `SELECT 'computed' AS what, count(*) AS year FROM case_monthly WHERE period = '2025-12' AND zone <> 'all'
UNION ALL SELECT 'text', CAST(CAST(3 AS VARCHAR) AS INTEGER)
UNION ALL SELECT 'difference', (SELECT persons FROM case_monthly WHERE period = '2025-12' AND zone = 'all')
  - (SELECT persons FROM case_monthly WHERE period = '2025-12' AND zone = 'green')
  - (SELECT persons FROM case_monthly WHERE period = '2025-12' AND zone = 'yellow')
UNION ALL SELECT 'plain', 2`,
  },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    const shown = cells(root);
    await expect(shown.map((row) => row[0])).toEqual(['computed', 'text', 'difference', 'plain']);
    for (const [, value] of shown) {
      const n = Number((value ?? '').replace(/\s/g, ''));
      await expect(value === ':' || !(Number.isInteger(n) && n >= 1 && n <= 4)).toBe(true);
    }
    await expect(shown[1]?.[1]).toBe(':');
    await expect(shown[3]?.[1]).toBe(':');
  },
};

/** Syntax errors and unknown columns are shown in the console, in words. */
export const SqlErrors: Story = {
  args: { sql: 'SELEC period FROM case_monthly' },
  play: async ({ canvasElement }) => {
    let root = await runAndWait(canvasElement);
    await expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/Feil i spørringen: .*syntax error/i);
    consoleOf(canvasElement).sql = 'SELECT no_such_column FROM case_monthly';
    root = await runAndWait(canvasElement);
    await expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/no_such_column/);
    consoleOf(canvasElement).sql = 'SELECT * FROM internal_case_events';
    root = await runAndWait(canvasElement);
    await expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/internal_case_events/);
    await expectNoA11yViolations(canvasElement);
  },
};

/**
 * The query model: the engine's select() with its disclosure step, and the element that
 * shows the same figures.
 */
export const QueryModel: Story = {
  args: { mode: 'model', lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    // case_zones for Asker as a whole in 2025: the same figures as the file, hidden ones as ':'.
    const published = await publishedZones('2025');
    const shown = cells(root);
    await expect(shown.map((row) => row[1]).sort()).toEqual(['all', 'green', 'orange', 'orange_or_red', 'red', 'yellow']);
    await expect(shown.map((row) => row[2])).toEqual(shown.map((row) => published.get(row[1]!) ?? ':'));
    await expect(plain(root.querySelector('pre')?.textContent)).toBe(
      '<script type="module" src="/slt/slt-widgets.js"></script> <slt-table src="/data/case_zones.parquet" columns="period,zone,persons" filter="period=2025&amp;district_group=all"></slt-table>',
    );
    await expectNoA11yViolations(canvasElement);
  },
};

/** An unknown column in the query model names the valid ones. */
export const QueryModelUnknownColumn: Story = {
  args: { mode: 'model', modelColumns: 'period,zonez', lang: 'da' },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    const alert = plain(root.querySelector('[role="alert"]')?.textContent);
    await expect(alert).toMatch(/Fejl i forespørgslen: .*zonez/);
    await expect(alert).toMatch(/persons/);
  },
};

/** Keyboard: Ctrl+Enter in the SQL box runs the query. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const element = consoleOf(canvasElement);
    const root = await waitFor(() => element.shadowRoot!, SETTLE);
    const textarea = await waitFor(() => root.querySelector('textarea')!, SETTLE);
    textarea.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => {
      if (!root.querySelector('tbody tr')) throw new Error('not run');
    }, SETTLE);
    await expect(cells(root).map((row) => row[1])).toEqual(['all', 'green', 'orange', 'orange_or_red', 'red', 'yellow']);
  },
};

/**
 * The engine's query model as JSON (group by, aggregates) through engine.query(): the
 * figures against the same rows read with a plain select, and its disclosure step.
 */
export const QueryModelJson: Story = {
  args: { mode: 'json', lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await runAndWait(canvasElement);
    await expect(root.querySelector('[role="alert"]')).toBeNull();
    const shown = cells(root);
    await expect(shown.map((row) => row[0])).toEqual(['all', 'green']);
    const element = consoleOf(canvasElement);
    const years = await element.engine.select('/data/case_zones.parquet', {
      columns: ['year', 'zone', 'persons'],
      filters: [{ column: 'district_group', values: ['all'] }, { column: 'zone', values: ['all'] }],
    });
    await expect(shown[0]?.[2]).toBe(String(years.rows.length));
    const visible = years.rows.map((row) => row['persons']).filter((v): v is number => typeof v === 'number');
    await expect(shown[0]?.[1]).toBe(visible.length === years.rows.length ? String(Math.max(...visible)) : ':');
    for (const row of shown) for (const value of row.slice(1)) {
      const n = Number(value);
      await expect(value === ':' || !(Number.isInteger(n) && n >= 1 && n <= 4)).toBe(true);
    }
    await expect(plain(root.querySelector('.output')?.textContent)).toContain('No element shows grouped figures yet');
    await expectNoA11yViolations(canvasElement);
  },
};

/** Bad JSON, a file that is not public, and an unknown column: each said in words. */
export const QueryModelJsonErrors: Story = {
  args: { mode: 'json', lang: 'en', modelJson: '{"from": "case_zones.parquet", ' },
  play: async ({ canvasElement }) => {
    let root = await runAndWait(canvasElement);
    await expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/Error in the query: JSON:/);
    consoleOf(canvasElement).modelJson = '{"from": "internal/case_events.parquet"}';
    root = await runAndWait(canvasElement);
    await expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/"from": one of case_counts.parquet/);
    consoleOf(canvasElement).modelJson = '{"from": "case_zones.parquet", "groupBy": ["zonez"], "aggregates": [{"fn": "count", "as": "n"}]}';
    root = await runAndWait(canvasElement);
    await expect(plain(root.querySelector('[role="alert"]')?.textContent)).toMatch(/zonez/);
  },
};
