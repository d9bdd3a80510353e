import { expect, waitFor } from 'storybook/test';
import type { SltTrend } from '../packages/widgets/src/index.ts';

/**
 * What a reader sees of a rendered <slt-trend>, read from its shadow root, for play
 * functions. Text is returned with no-break spaces as plain spaces so expectations read
 * naturally; `expectNoBreakBeforeUnit` checks the no-break spaces themselves.
 */
export const STATES = ['loading', 'empty', 'error', 'chart'] as const;
export type TrendState = (typeof STATES)[number];

/** DuckDB-WASM starts in the first story that needs it: a cold start is slow on CI. */
const SETTLE_TIMEOUT = 30_000;

const STATE_SELECTORS: Record<TrendState, string> = {
  loading: 'figure[aria-busy="true"] .chart.skeleton',
  empty: 'figure[aria-busy="false"] .message[role="status"]',
  error: 'figure[aria-busy="false"] .message.error[role="alert"]',
  // The chart is drawn after render, in updated(): wait for Plot's dots, not just the box.
  chart: 'figure[aria-busy="false"] .chart svg g.slt-trend-points',
};

export class TrendView {
  constructor(
    readonly host: SltTrend,
    readonly root: ShadowRoot,
  ) {}

  get heading(): string {
    return text(this.root.querySelector('[role="heading"]'));
  }

  get message(): string {
    return text(this.root.querySelector('.message'));
  }

  /** One entry per sentence of the text alternative. */
  get captionSentences(): string[] {
    return [...this.root.querySelectorAll('figcaption p')].map(text);
  }

  get legend(): string[] {
    return [...this.root.querySelectorAll('.legend li')].map(text);
  }

  get svg(): SVGSVGElement | null {
    return this.root.querySelector('.chart svg');
  }

  /** Plotted points: one mark per known value in the Plot dot group. */
  get pointCount(): number {
    return this.root.querySelector('g.slt-trend-points')?.childElementCount ?? 0;
  }

  get xTickLabels(): string[] {
    return [...this.root.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(text);
  }

  get tableSummary(): HTMLElement | null {
    return this.root.querySelector('details > summary');
  }

  get tableHeaders(): string[] {
    return [...this.root.querySelectorAll('thead th')].map(text);
  }

  /** Data rows as arrays of cell text. */
  get tableRows(): string[][] {
    return [...this.root.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));
  }

  rowFor(time: string): string[] | undefined {
    return this.tableRows.find((cells) => cells[0] === time);
  }
}

/** Waits until the story's <slt-trend> shows `state`, and returns a view of it. */
export async function trendIn(canvas: HTMLElement, state: TrendState): Promise<TrendView> {
  const view = await waitFor(
    () => {
      const host = canvas.querySelector('slt-trend');
      const root = host?.shadowRoot;
      if (!host || !root) throw new Error('no <slt-trend> with a shadow root in the story');
      if (!root.querySelector(STATE_SELECTORS[state])) {
        throw new Error(`<slt-trend> is not in the ${state} state: ${text(root.querySelector('figure')) || '(empty)'}`);
      }
      return new TrendView(host, root);
    },
    { timeout: SETTLE_TIMEOUT, interval: 50 },
  );
  // Only one state at a time: e.g. no stale skeleton next to an error.
  for (const other of STATES.filter((candidate) => candidate !== state)) {
    await expect(view.root.querySelector(STATE_SELECTORS[other]), `also in the ${other} state`).toBeNull();
  }
  return view;
}

/** A number and its unit must not be split over two lines: `11,0 %`, `26,1 per 1 000`. */
export async function expectNoBreakBeforeUnit(element: Element | null, formatted: string): Promise<void> {
  const raw = element?.textContent ?? '';
  await expect(raw).toContain(formatted.replace(/ /g, '\u00a0'));
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
