// Debian's Chromium through Playwright, with the flags this sandbox needs (no network
// beyond loopback, no GPU). Shared by the benchmark, the screenshot tool and e2e tests.
import { chromium } from 'playwright';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Waits until the page has elements of ours and none of them is loading any more (each has
 * a figure, form or dashboard article with aria-busy="false"), or until the timeout; says so
 * on the console instead of failing, for the screenshot tools.
 */
export async function widgetsSettled(page, timeout = 20_000) {
  await page
    .waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('*')].filter((element) => element.tagName.startsWith('SLT-'));
        return widgets.length > 0 && widgets.every((element) => element.shadowRoot?.querySelector(':is(figure, form, article)[aria-busy="false"]'));
      },
      undefined,
      { timeout },
    )
    .catch(() => console.log(`${page.url()}: widgets still loading after ${timeout / 1000} s`));
}
