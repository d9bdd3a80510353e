import axe from 'axe-core';
import { expect } from 'storybook/test';

/** The WCAG levels our municipal customers are held to (the EU Web Accessibility Directive). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** axe refuses a second run while one is in progress, so runs on a page are queued. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs axe-core over a rendered story (it looks into open shadow roots) and fails with
 * one readable line per violation: rule, impact, help text and the offending nodes.
 */
export async function expectNoA11yViolations(root: Element): Promise<void> {
  const run = queue.then(() =>
    axe.run(root, {
      runOnly: { type: 'tag', values: [...WCAG_TAGS] },
      resultTypes: ['violations'],
      elementRef: true,
    }),
  );
  queue = run.catch(() => undefined);
  const { violations } = await run;

  const lines = violations.map((violation) => {
    const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets}`;
  });
  await expect(lines, 'axe-core WCAG 2.1 A/AA violations').toEqual([]);
}
