// Access to the internal tier, honestly: the public demo server never serves
// data/internal; the internal demo (scripts/serve-internal.mjs) listens on localhost only,
// refuses every request without the password, sends no-store and no-referrer, never
// serves data/raw; and behind the login <slt-casework> shows the 4-party dashboard.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error: plain .mjs servers
import { createDemoServer, isPrivateDataPath } from '../../scripts/serve.mjs';
// @ts-expect-error: plain .mjs servers
import { createInternalServer, hasPassword } from '../../scripts/serve-internal.mjs';

const PASSWORD = 'test-password-not-secret';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const INTERNAL_PATHS = [
  '/data/internal/case_events.parquet',
  '/data/internal/case_years.parquet',
  '/data//internal/case_events.parquet',
  '/data/%69nternal/case_events.parquet',
  '/data/./internal/case_events.parquet',
  '/data/internal/',
];

async function listen(server: Server, host?: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

describe('the public demo server', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createDemoServer();
    origin = await listen(server);
  });
  afterAll(() => server.close());

  it('returns 404 for the internal files, however the path is written', async () => {
    expect((await fetch(`${origin}/data/case_monthly.parquet`)).status).toBe(200);
    for (const path of INTERNAL_PATHS) expect([path, (await fetch(`${origin}${path}`)).status]).toEqual([path, 404]);
  });

  it('never serves a release folder\u2019s history (it can hold a withdrawn release), nor raw/ or internal/ at any depth', () => {
    for (const path of ['/data/release-history.json', '/data/baerum/release-history.json', '/data//%72elease-history.json', '/data/baerum/indicators.release-history.json', '/data/release-history.until-2026-12-03T07-00-00-000Z.json', '/data/raw/as-published/persons.parquet', '/data/baerum/raw/as-published/period.json', '/data/baerum/internal/case_years.parquet']) expect([path, isPrivateDataPath(path)]).toEqual([path, true]);
    for (const path of ['/data/indicators.parquet', '/data/baerum/indicators.parquet', '/data/README.md']) expect([path, isPrivateDataPath(path)]).toEqual([path, false]);
  });
});

describe('the internal demo server', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  beforeAll(async () => {
    server = createInternalServer({ password: PASSWORD });
    origin = await listen(server);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('refuses every request without the right password, with no-store and no-referrer', async () => {
    for (const headers of [{}, { authorization: basic('coordinator', 'wrong') }, { authorization: basic('', '') }, { authorization: 'Bearer x' }] as Record<string, string>[]) {
      for (const path of ['/', '/data/internal/case_events.parquet', '/slt/slt-widgets.js']) {
        const response = await fetch(`${origin}${path}`, { headers });
        expect([path, response.status]).toEqual([path, 401]);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(new Uint8Array(await response.arrayBuffer()).slice(0, 4)).not.toEqual(new Uint8Array([0x50, 0x41, 0x52, 0x31]));
      }
    }
  });

  it('serves the internal file with the password, never cached, and never data/raw', async () => {
    const authorization = basic('coordinator', PASSWORD);
    const response = await fetch(`${origin}/data/internal/case_events.parquet`, { headers: { authorization } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(0, 4))).toBe('PAR1');
    for (const path of ['/data/raw/persons.parquet', '/data//raw/persons.parquet', '/data/%72aw/persons.parquet', '/data/bench/x.parquet']) {
      expect([path, (await fetch(`${origin}${path}`, { headers: { authorization } })).status]).toEqual([path, 404]);
    }
  });

  it('checks the password in full, and needs one of 8 characters or more', () => {
    expect(hasPassword(basic('a', PASSWORD), PASSWORD)).toBe(true);
    expect(hasPassword(basic('a', `${PASSWORD}x`), PASSWORD)).toBe(false);
    expect(hasPassword(basic('a', PASSWORD.slice(0, -1)), PASSWORD)).toBe(false);
    expect(() => createInternalServer({ password: 'short' })).toThrow(/8 characters/);
  });

  it('shows the 4-party dashboard behind the login, with the confidential banner', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'coordinator', password: PASSWORD } });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/?lang=en`);
      const banner = page.locator('slt-casework .banner strong');
      await banner.waitFor({ timeout: 60_000 });
      expect(await banner.textContent()).toBe('INTERNAL: CONFIDENTIAL');
      await page.locator('slt-casework [data-view="agenda"] tbody tr').first().waitFor({ timeout: 60_000 });
      const total = await page.locator('slt-casework [data-view="caseload"] tr[data-zone="discussed"] td').first().textContent();
      expect(Number(total)).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
