import { vi } from 'vitest';
import type { Engine } from '@slt/engine';

/** Puts a widget in a container of the given width, with attributes, before it connects. */
export function mountWidget<T extends HTMLElement & { engine: Engine }>(
  tag: string,
  attributes: Record<string, string>,
  options: { width?: number; parent?: HTMLElement; engine?: Engine } = {},
): T {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 600}px`;
  const element = document.createElement(tag) as T;
  if (options.engine) element.engine = options.engine;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  (options.parent ?? document.body).append(container);
  return element;
}

/**
 * Waits until a widget has left its loading state, and for a chart until it is drawn (an SVG, or
 * a KPI's text). 50 s by default, inside the browser project's 60 s per test: a widget whose query
 * starts DuckDB-WASM cold took 23 s and then over 30 s in two full runs on a slow two-core machine,
 * while the other projects' Chromiums ran beside it.
 */
export async function settled(element: HTMLElement, timeout = 50_000): Promise<ShadowRoot> {
  const root = element.shadowRoot!;
  await vi.waitFor(
    () => {
      // Charts busy themselves on their <figure>, form-like widgets on their <form>.
      const frame = root.querySelector(':is(figure, form)[aria-busy]');
      if (frame?.getAttribute('aria-busy') !== 'false') throw new Error('still loading');
      if (root.querySelector('figcaption') && !root.querySelector('.chart[tabindex] > *')) throw new Error('chart not drawn');
    },
    { timeout, interval: 50 },
  );
  return root;
}

/** The trimmed text of every match. */
export const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
