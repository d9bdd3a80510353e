import { expect, waitFor } from 'storybook/test';

/**
 * What a reader sees of a rendered <slt-zones> or <slt-flow>, read from its shadow root,
 * for play functions. Text has no-break spaces as plain spaces.
 */
export const STATES = ['loading', 'empty', 'error', 'chart'] as const;
export type ChartState = (typeof STATES)[number];

const SETTLE_TIMEOUT = 30_000;

const STATE_SELECTORS: Record<ChartState, string> = {
  loading: 'figure[aria-busy="true"] .chart.skeleton',
  empty: 'figure[aria-busy="false"] .message[role="status"]',
  error: 'figure[aria-busy="false"] .message.error[role="alert"]',
  chart: 'figure[aria-busy="false"] .chart svg',
};

export class ChartView {
  constructor(
    readonly host: HTMLElement,
    readonly root: ShadowRoot,
  ) {}

  get heading(): string {
    return text(this.root.querySelector('[role="heading"]'));
  }

  get message(): string {
    return text(this.root.querySelector('.message'));
  }

  get captionSentences(): string[] {
    return [...this.root.querySelectorAll('figcaption p')].map(text);
  }

  get legend(): string[] {
    return [...this.root.querySelectorAll('.legend li')].map(text);
  }

  get svg(): SVGSVGElement | null {
    return this.root.querySelector('.chart svg');
  }

  get readout(): string {
    return text(this.root.querySelector('.readout'));
  }

  get chartBox(): HTMLElement | null {
    return this.root.querySelector('.chart[tabindex]');
  }

  /** Texts drawn in the SVG with this class. */
  svgTexts(selector: string): string[] {
    return [...this.root.querySelectorAll(`.chart svg ${selector}`)].map(text);
  }

  get tableHeaders(): string[] {
    return [...this.root.querySelectorAll('thead th')].map(text);
  }

  /** Data rows as the reader sees them: a hidden cell is ':' (its explanation is for screen readers). */
  get tableRows(): string[][] {
    return [...this.root.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => (cell.classList.contains('suppressed') ? text(cell.querySelector('abbr')) : text(cell))),
    );
  }
}

/** Waits until the story's element `tag` shows `state`, and returns a view of it. */
export async function chartIn(canvas: HTMLElement, tag: string, state: ChartState): Promise<ChartView> {
  const view = await waitFor(
    () => {
      const host = canvas.querySelector<HTMLElement>(tag);
      const root = host?.shadowRoot;
      if (!host || !root) throw new Error(`no <${tag}> with a shadow root in the story`);
      if (!root.querySelector(STATE_SELECTORS[state])) throw new Error(`<${tag}> is not in the ${state} state: ${text(root.querySelector('figure'))}`);
      return new ChartView(host, root);
    },
    { timeout: SETTLE_TIMEOUT, interval: 50 },
  );
  for (const other of STATES.filter((candidate) => candidate !== state)) {
    await expect(view.root.querySelector(STATE_SELECTORS[other]), `also in the ${other} state`).toBeNull();
  }
  return view;
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
