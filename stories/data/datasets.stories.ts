import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, waitFor } from 'storybook/test';
import { expectNoA11yViolations } from '../../.storybook/a11y.ts';
import { LANGUAGES, sharedEngine, type Language } from '../../packages/engine/src/index.ts';
import { PUBLIC_FILES, urlOf } from './public-files.ts';
import './slt-dataset-page.ts';

interface PageArgs {
  file: string;
  lang: Language;
}

const SETTLE = { timeout: 30_000, interval: 50 };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function page(canvas: HTMLElement): Promise<ShadowRoot> {
  return waitFor(() => {
    const root = canvas.querySelector('slt-dataset-page')?.shadowRoot;
    if (!root?.querySelector('article[aria-busy="false"], [role="alert"]')) throw new Error('page not loaded');
    return root;
  }, SETTLE);
}

/**
 * Each page is checked against the pipeline's own record of the file in
 * data/disclosure-report.json (its rows, the k, and that a passed check covered it), and
 * its hidden cells against the file's status column read separately through the engine.
 */
async function checkPage(canvas: HTMLElement, file: string) {
  const root = await page(canvas);
  // Fetched as a static file, like the Parquet files (Storybook serves it beside them).
  const report = (await (await fetch('/data/disclosure-report.json')).json()) as {
    k: number;
    checks: { check: string; files: string[]; passed: boolean }[];
    public: Record<string, { rows: number }>;
  };
  await expect(root.querySelector('[role="alert"]')).toBeNull();
  const expected = report.public[file];
  await expect(expected).toBeDefined();
  await expect(report.checks.some((check) => check.passed && check.files.includes(file))).toBe(true);
  const fact = (name: string) => plain(root.querySelector(`[data-fact="${name}"]`)?.textContent).replace(/\s/g, '');
  await expect(fact('rows')).toBe(String(expected!.rows));
  await expect(fact('k')).toBe(String(report.k));
  // The report no longer counts hidden cells: count the rows with status ':' here.
  const statuses = await sharedEngine().select(urlOf(file), { columns: ['status'] });
  await expect(statuses.rows).toHaveLength(expected!.rows);
  const hidden = statuses.rows.filter((row) => row['status'] === ':').length;
  await expect(fact('hidden')).toBe(String(hidden));
  await expect(root.querySelectorAll('tbody tr').length).toBeGreaterThan(2);
  await expectNoA11yViolations(canvas);
}

const meta = {
  title: 'Data/Datasets',
  component: 'slt-dataset-page',
  render: (args) => html`${keyed(`${args.file}${args.lang}`, html`<slt-dataset-page file=${args.file} lang=${args.lang}></slt-dataset-page>`)}`,
  args: { file: 'case_monthly.parquet', lang: 'nb' },
  argTypes: {
    file: { control: 'select', options: [...PUBLIC_FILES] },
    lang: { control: 'inline-radio', options: [...LANGUAGES] },
  },
} satisfies Meta<PageArgs>;

export default meta;
type Story = StoryObj<PageArgs>;

const pageFor = (file: string): Story => ({ args: { file }, play: ({ canvasElement }) => checkPage(canvasElement, file) });

// One page per public file. Storybook indexes stories statically, so they are listed
// here by name; the Index story fails when data/ gains a file without a page.
export const CaseCounts = pageFor('case_counts.parquet');
export const CaseZones = pageFor('case_zones.parquet');
export const CaseMeasures = pageFor('case_measures.parquet');
export const CaseDemography = pageFor('case_demography.parquet');
export const CaseMonthly = pageFor('case_monthly.parquet');
export const CaseMeetings = pageFor('case_meetings.parquet');
export const CaseMoves = pageFor('case_moves.parquet');
export const ConcernsMonthly = pageFor('concerns_monthly.parquet');
export const ConcernsYearly = pageFor('concerns_yearly.parquet');
export const ConcernsRolling = pageFor('concerns_rolling.parquet');
export const ZoneTransitions = pageFor('zone_transitions.parquet');
export const Indicators = pageFor('indicators.parquet');

const PAGES = [
  CaseCounts, CaseZones, CaseMeasures, CaseDemography, CaseMonthly, CaseMeetings, CaseMoves,
  ConcernsMonthly, ConcernsYearly, ConcernsRolling, ZoneTransitions, Indicators,
];

/** Every public file has a page, and no internal file is among them. */
export const Index: Story = {
  render: () => html`<ul>${PUBLIC_FILES.map((file) => html`<li><code>${file}</code></li>`)}</ul>`,
  play: async ({ canvasElement }) => {
    await expect(PAGES.map((story) => story.args?.file).sort()).toEqual([...PUBLIC_FILES]);
    // And every file the release's disclosure report lists is public and has a page.
    const report = (await (await fetch('/data/disclosure-report.json')).json()) as { public: Record<string, unknown> };
    await expect(Object.keys(report.public).sort()).toEqual([...PUBLIC_FILES]);
    await expect(PUBLIC_FILES.some((file) => file.includes('/'))).toBe(false);
    await expect(canvasElement.querySelectorAll('li')).toHaveLength(PUBLIC_FILES.length);
  },
};

/** Title, description and source in the reader's language, from the file's metadata. */
export const Nynorsk: Story = {
  args: { file: 'case_monthly.parquet', lang: 'nn' },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    const response = await fetch('/data/case_monthly.parquet', { method: 'HEAD' });
    await expect(response.ok).toBe(true);
    await expect(plain(root.querySelector('dt')?.textContent)).toBe('Kjelde');
    await expect(plain(root.querySelector('h1')?.textContent)).not.toBe('case_monthly.parquet');
    await expectNoA11yViolations(canvasElement);
  },
};

/**
 * Storybook serves the public files and nothing under data/internal, data/raw or
 * data/bench, whatever the spelling of the path.
 */
export const NeverServesPersonalData: Story = {
  render: () => html`<p>data/internal and data/raw are never served.</p>`,
  play: async () => {
    await expect((await fetch('/data/case_monthly.parquet')).status).toBe(200);
    for (const path of [
      '/data/internal/case_events.parquet',
      '/data/internal/case_years.parquet',
      '/data/internal/',
      '/data/%69nternal/case_events.parquet',
      '/data//internal/case_events.parquet',
      '/data/raw/persons.parquet',
      '/data/bench/case_events_1000000.parquet',
      '/data/README.md',
    ]) {
      const response = await fetch(path);
      const body = new Uint8Array(await response.arrayBuffer());
      const isParquet = body.length >= 4 && String.fromCharCode(...body.slice(0, 4)) === 'PAR1';
      await expect({ path, parquet: isParquet }).toEqual({ path, parquet: false });
      await expect({ path, ok: response.ok && !(response.headers.get('content-type') ?? '').includes('text/html') }).toEqual({ path, ok: false });
    }
  },
};
