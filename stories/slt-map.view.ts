import { waitFor } from 'storybook/test';
import type { SltMap } from '../packages/widgets/src/map/slt-map.ts';

/** What a reader sees of a rendered <slt-map>, for play functions (no-break spaces as spaces). */
export const MAP_STATES = ['loading', 'empty', 'error', 'tiles', 'shapes'] as const;
export type MapState = (typeof MAP_STATES)[number];

const SELECTORS: Record<MapState, string> = {
  loading: 'figure[aria-busy="true"] .chart.skeleton',
  empty: 'figure[aria-busy="false"] .message[role="status"]',
  error: 'figure[aria-busy="false"] .message.error[role="alert"]',
  tiles: 'figure[aria-busy="false"] .chart svg g.slt-map-tile',
  shapes: 'figure[aria-busy="false"] .chart svg g.slt-map-shape path',
};

export class MapView {
  constructor(
    readonly host: SltMap,
    readonly root: ShadowRoot,
  ) {}

  get message(): string {
    return text(this.root.querySelector('.message'));
  }
  get legend(): string[] {
    return [...this.root.querySelectorAll('.map-legend li')].map(text);
  }
  get captionSentences(): string[] {
    return [...this.root.querySelectorAll('figcaption p')].map(text);
  }
  get svg(): SVGSVGElement | null {
    return this.root.querySelector('.chart svg');
  }
  /** Each tile as "name: value written on it". */
  get tiles(): string[] {
    return [...this.root.querySelectorAll('g.slt-map-tile')].map(
      (tile) => `${[...tile.querySelectorAll('text.name')].map(text).join(' ')}: ${text(tile.querySelector('text.value'))}`,
    );
  }
  tile(key: string): SVGGElement | null {
    return this.root.querySelector(`g.slt-map-tile[data-key="${key}"]`);
  }
  get tableRows(): string[][] {
    return [...this.root.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));
  }
  get selection(): string {
    return text(this.root.querySelector('.selection span'));
  }
}

export async function mapIn(canvas: HTMLElement, state: MapState, index = 0): Promise<MapView> {
  return waitFor(
    () => {
      const host = canvas.querySelectorAll('slt-map')[index];
      const root = host?.shadowRoot;
      if (!host || !root) throw new Error('no <slt-map> in the story');
      if (!root.querySelector(SELECTORS[state])) throw new Error(`<slt-map> is not in the ${state} state: ${text(root.querySelector('figure'))}`);
      return new MapView(host, root);
    },
    { timeout: 30_000, interval: 50 },
  );
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
