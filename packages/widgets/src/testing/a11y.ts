import axe from 'axe-core';

/** The WCAG levels Norwegian public bodies are held to (WCAG 2.1 A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe refuses a second run while one is in progress, so runs on a page are queued. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * axe-core's WCAG 2.1 A/AA violations in a subtree (it looks into open shadow roots),
 * one readable line each: rule, impact, help and the offending nodes. Empty when clean.
 */
export async function accessibilityViolations(root: Element): Promise<string[]> {
  const run = queue.then(() =>
    axe.run(root, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] }),
  );
  queue = run.catch(() => undefined);
  const { violations } = await run;
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets}`;
  });
}
