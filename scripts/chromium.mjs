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
