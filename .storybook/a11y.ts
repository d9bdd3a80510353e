import axe from 'axe-core';
import { expect } from 'storybook/test';
import { knownBug, type KnownBug } from './known-bugs.ts';

/** The WCAG levels our municipal customers are held to (the EU Web Accessibility Directive). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Violations that belong to a known bug: which rule, on which elements. */
const KNOWN_VIOLATIONS: Partial<Record<KnownBug, { rule: string; matches: (element: Element) => boolean }>> = {
  plotGroupLabels: {
    rule: 'aria-prohibited-attr',
    matches: (element) => element.matches('g[aria-label]') && element.closest('svg[role="img"]') !== null,
  },
};

export interface A11yOptions {
  /** A known bug whose violations are reported as a warning while it lasts (see known-bugs.ts). */
  knownBug?: KnownBug;
}

/** axe refuses a second run while one is in progress, so runs on a page are queued. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs axe-core over a rendered story (it looks into open shadow roots) and fails with
 * one readable line per violation: rule, impact, help text and the offending nodes.
 */
export async function expectNoA11yViolations(root: Element, options: A11yOptions = {}): Promise<void> {
  const run = queue.then(() =>
    axe.run(root, {
      runOnly: { type: 'tag', values: [...WCAG_TAGS] },
      resultTypes: ['violations'],
      elementRef: true,
    }),
  );
  queue = run.catch(() => undefined);
  const { violations } = await run;

  const known = options.knownBug ? KNOWN_VIOLATIONS[options.knownBug] : undefined;
  const isKnown = (id: string, node: axe.NodeResult) =>
    known !== undefined && id === known.rule && node.element !== undefined && known.matches(node.element);
  const describe = (keep: (id: string, node: axe.NodeResult) => boolean) =>
    violations.flatMap((violation) => {
      const nodes = violation.nodes.filter((node) => keep(violation.id, node));
      if (nodes.length === 0) return [];
      const targets = nodes.map((node) => JSON.stringify(node.target)).join(', ');
      return [`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets}`];
    });

  await expect(describe((id, node) => !isKnown(id, node)), 'axe-core WCAG 2.1 A/AA violations').toEqual([]);
  if (options.knownBug) {
    const bug = options.knownBug;
    await knownBug(bug, () => expect(describe(isKnown), `axe-core violations of known bug ${bug}`).toEqual([]));
  }
}
