// The indicator dashboards on a demo page, as the e2e tests drive them: wait until the
// dashboard and every widget in it has settled, and choose a district as its picker does.
import type { Page } from 'playwright';

/** The two indicator dashboards, as a selector. */
export const INDICATOR_DASHBOARDS = 'slt-living-conditions, slt-youth-exclusion';

/** Waits until the dashboard is ready and every widget in it is ready, empty or in error. */
export async function settleDashboard(page: Page) {
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector(selector)?.shadowRoot;
      if (root?.querySelector('article')?.getAttribute('data-state') !== 'ready') return false;
      const widgets = [...root.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
      return widgets.length > 0 && widgets.every((widget) => ['ready', 'empty', 'error'].includes(widget.getAttribute('state') ?? ''));
    },
    INDICATOR_DASHBOARDS,
    { timeout: 90_000, polling: 100 },
  );
  await page.waitForTimeout(200);
}

/** Chooses a district in the dashboard's scope, as its picker does. */
export async function chooseArea(page: Page, area: string) {
  await page.evaluate(
    ({ selector, area }) => {
      const scope = document.querySelector(selector)!.shadowRoot!.querySelector('[slt-scope]')!;
      scope.dispatchEvent(new CustomEvent('slt-filter', { bubbles: true, composed: true, detail: { column: 'area', values: [area] } }));
    },
    { selector: INDICATOR_DASHBOARDS, area },
  );
  await page.waitForTimeout(300);
  await settleDashboard(page);
}
