// The attribute names of 1.x are a contract: pages pasted years ago keep working on
// /slt/v1/. attributes-1.x.json lists them. This test fails when the elements (their
// custom-elements manifest, made from the code) drop or rename one (a breaking change: a
// new major version), or gain one that is not added to the contract and documented (an
// undocumented change). Then it renders every element with every contract attribute set
// and checks that each one reaches the element (observed, and its property follows).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error: a plain .mjs script
import { elementsOf } from '../../scripts/framework-types.mjs';
import contract from './attributes-1.x.json' with { type: 'json' };
import { staticSite, type Site } from './static-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/widgets/dist`;

/** HTML's global attributes: every element takes them, they are not part of an element's contract. */
const GLOBAL = new Set(['lang', 'id', 'class', 'style', 'title', 'hidden', 'dir']);

interface ManifestElement {
  tag: string;
  attributes: { name: string; type: string }[];
}

const CONTRACT = contract as Record<string, string[]>;

/** Where each element's attributes are documented for users. */
function documentationOf(tag: string): string {
  const folder = tag.replace(/^slt-/, '');
  const candidates = [`${root}packages/widgets/README.md`, `${root}packages/widgets/src/${folder}/README.md`, `${root}packages/widgets/src/dashboards/README.md`];
  return candidates.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
}

describe('the 1.x attribute contract', () => {
  let elements: ManifestElement[];

  beforeAll(() => {
    if (!existsSync(`${dist}/custom-elements.json`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    elements = (elementsOf(JSON.parse(readFileSync(`${dist}/custom-elements.json`, 'utf8'))) as ManifestElement[]).map((element) => ({
      ...element,
      attributes: element.attributes.filter(({ name }) => !GLOBAL.has(name)),
    }));
  });

  it('no element or attribute of 1.x is gone or renamed', () => {
    const now = Object.fromEntries(elements.map(({ tag, attributes }) => [tag, attributes.map(({ name }) => name)]));
    for (const [tag, names] of Object.entries(CONTRACT)) {
      expect(now[tag], `<${tag}> is gone: a breaking change`).toBeDefined();
      const missing = names.filter((name) => !now[tag]!.includes(name));
      expect(missing, `<${tag}> lost attributes of the 1.x contract (a breaking change, needs v2)`).toEqual([]);
    }
  });

  it('every attribute is in the contract and documented', () => {
    for (const { tag, attributes } of elements) {
      const added = attributes.map(({ name }) => name).filter((name) => !(CONTRACT[tag] ?? []).includes(name));
      expect(added, `<${tag}> has attributes outside test/package/attributes-1.x.json: add them there and document them (a minor release)`).toEqual([]);
      const documentation = documentationOf(tag);
      const undocumented = attributes.map(({ name }) => name).filter((name) => !documentation.includes(`\`${name}\``));
      expect(undocumented, `<${tag}> attributes missing from its README`).toEqual([]);
    }
  });

  describe('in the browser', () => {
    let browser: Browser;
    let site: Site;

    beforeAll(async () => {
      browser = await launchChromium();
      site = await staticSite({ '/slt/': dist, '/data/': `${root}data`, '/': { html: '<!doctype html><html lang="nb"><head><script type="module" src="/slt/slt-widgets.js"></script></head><body></body></html>' } });
    });

    afterAll(async () => {
      await browser?.close();
      site?.server.close();
    });

    it('every contract attribute of every element reaches the element', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.origin}/`);
      const samples = Object.fromEntries(
        elements.map(({ tag, attributes }) => [
          tag,
          attributes
            .filter(({ name }) => CONTRACT[tag]?.includes(name))
            .map(({ name, type }) => ({ name, value: /boolean/.test(type) ? '' : /number/.test(type) ? '12' : `/data/${name}` })),
        ]),
      );
      const unseen = await page.evaluate(async (byTag) => {
        const problems: string[] = [];
        for (const [tag, attributes] of Object.entries(byTag)) {
          const element = document.createElement(tag);
          for (const { name, value } of attributes) element.setAttribute(name, value);
          document.body.append(element);
          await customElements.whenDefined(tag);
          const observed: string[] = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
          for (const { name } of attributes) if (!observed.includes(name)) problems.push(`<${tag}> does not observe ${name}`);
          // The element renders with them (an error or empty state is fine: the values are samples).
          await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          if (!element.shadowRoot) problems.push(`<${tag}> did not render`);
          element.remove();
        }
        return problems;
      }, samples);
      expect(unseen).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

describe('the versioned embed paths', () => {
  it('the demo server serves the bundle under /slt/v<major>/ and /slt/v<version>/, and no other version', async () => {
    // @ts-expect-error: a plain .mjs script
    const { createDemoServer } = await import('../../scripts/serve.mjs');
    // @ts-expect-error: a plain .mjs script
    const { embedPaths } = await import('../../scripts/embed-versions.mjs');
    const [major, exact] = embedPaths() as [string, string];
    expect(major).toMatch(/^v\d+$/);
    expect(exact).toMatch(/^v\d+\.\d+\.\d+/);
    const server = createDemoServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      for (const path of [major, exact]) {
        const response = await fetch(`${origin}/slt/${path}/slt-widgets.js`);
        expect(response.status).toBe(200);
        // The entry itself: its exports and the tags, and an element's chunk beside it in assets/.
        const entry = await response.text();
        expect(entry).toContain('loadElement');
        expect(entry).toContain('slt-trend');
        const trend = /"\.\/(assets\/slt-trend-[\w-]+\.js)"/.exec(entry)?.[1];
        expect(trend).toBeDefined();
        expect(await (await fetch(`${origin}/slt/${path}/${trend}`)).text()).toContain('slt-trend');
      }
      expect((await fetch(`${origin}/slt/v${Number(major.slice(1)) + 1}/slt-widgets.js`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('publish-embed.mjs writes both paths and the iframe page, which shows a chart from the published files alone; it never overwrites a published release', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    // @ts-expect-error: a plain .mjs script
    const { embedPaths } = await import('../../scripts/embed-versions.mjs');
    const webroot = mkdtempSync(`${tmpdir()}/slt-webroot-`);
    try {
      const publish = () => spawnSync(process.execPath, [`${root}scripts/publish-embed.mjs`, webroot], { encoding: 'utf8' });
      expect(publish().status).toBe(0);
      for (const path of embedPaths() as string[]) {
        expect(existsSync(`${webroot}/slt/${path}/slt-widgets.js`)).toBe(true);
        expect(existsSync(`${webroot}/slt/${path}/.vite`)).toBe(false);
      }
      // The iframe embed as EMBEDDING.md sets it up: the published web root and the data,
      // nothing of the demo server's (its page once loaded /slt/slt-widgets.js, which only
      // the demo server has, and showed an empty frame).
      const site = await staticSite({ '/data/': `${root}data`, '/': webroot });
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on('response', (response: { status(): number; url(): string }) => {
          if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(`${site.origin}/embed/?widget=slt-trend&src=/data/indicators.parquet&filter=indicator%3Dneet%26age_group%3D16-25%26sex%3Dall%26area%3DAsker&unit=percent`);
        await page.waitForFunction(() => document.querySelector('slt-trend')?.getAttribute('state') === 'ready', undefined, { timeout: 30_000 });
        expect(await page.evaluate(() => Boolean(document.querySelector('slt-trend')!.shadowRoot!.querySelector('.chart svg')))).toBe(true);
        expect(failed).toEqual([]);
      } finally {
        await browser.close();
        site.server.close();
      }
      const again = publish();
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('a published release never changes');
    } finally {
      rmSync(webroot, { recursive: true, force: true });
    }
  });
});
