// The packages as a user gets them: `pnpm pack` each one (pnpm applies publishConfig and
// turns workspace: versions into real ones), install the tarballs, not the workspace, into a
// fresh project, import every entry in plain Node, and build each example app in examples/
// with its framework's own tooling, then render its trend in Chromium: it draws, axe-core
// finds nothing, and the DuckDB wasm comes from the package (copied by the app's bundler).
//
// The example apps share one install (one node_modules above them), from the npm registry
// through npm's cache (--prefer-offline): later runs download nothing. Versions are pinned
// in examples/*/package.json. Needs the built packages (npm test builds them).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';
import { staticSite, type Site } from './static-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['disclosure', 'engine', 'widgets'] as const;
const EXAMPLES = ['vite', 'react', 'vue', 'svelte'] as const;
/** Folders of examples/ copied into the project: the apps and the type checks. */
const FOLDERS = [...EXAMPLES, 'typecheck'] as const;
const ELEMENTS = ['trend', 'bars', 'kpi', 'map', 'table', 'zones', 'flow', 'filter', 'living-conditions', 'youth-exclusion', 'case-followup', 'casework'];
const pnpm = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).packageManager as string;

function run(command: string, args: string[], cwd: string, timeout = 600_000) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}\n${result.error ?? ''}`);
  }
  return result.stdout;
}

function listTarball(tarball: string): string[] {
  return run('tar', ['tzf', tarball], root).trim().split('\n');
}

function packageJsonOf(tarball: string): Record<string, unknown> {
  return JSON.parse(run('tar', ['xzf', tarball, '-O', 'package/package.json'], root));
}

describe('the packed packages', () => {
  let work: string;
  let apps: string;
  const tarballs = {} as Record<(typeof PACKAGES)[number], string>;
  let browser: Browser;
  const sites: Site[] = [];

  beforeAll(async () => {
    for (const name of PACKAGES) {
      if (!existsSync(`${root}packages/${name}/lib/index.js`)) throw new Error('Build the packages first: node scripts/build.mjs');
    }
    work = mkdtempSync(join(tmpdir(), 'slt-packed-'));
    const packs = join(work, 'tarballs');
    mkdirSync(packs);
    for (const name of PACKAGES) {
      run('npx', ['-y', pnpm, 'pack', '--pack-destination', packs], `${root}packages/${name}`);
      tarballs[name] = join(packs, readdirSync(packs).find((file) => file.startsWith(`slt-${name}-`))!);
    }

    // One project holds the examples; its dependencies are theirs, with @slt/* from the tarballs.
    apps = join(work, 'apps');
    mkdirSync(apps);
    const dependencies: Record<string, string> = {};
    for (const example of FOLDERS) {
      const manifest = JSON.parse(readFileSync(`${root}examples/${example}/package.json`, 'utf8'));
      Object.assign(dependencies, manifest.dependencies, manifest.devDependencies);
      cpSync(`${root}examples/${example}`, join(apps, example), { recursive: true, filter: (path) => !/node_modules|dist$/.test(path) });
      rmSync(join(apps, example, 'package.json'));
      mkdirSync(join(apps, example, 'public', 'data'), { recursive: true });
      cpSync(`${root}data/indicators.parquet`, join(apps, example, 'public', 'data', 'indicators.parquet'));
    }
    for (const name of PACKAGES) dependencies[`@slt/${name}`] = `file:${tarballs[name]}`;
    writeFileSync(join(apps, 'package.json'), JSON.stringify({ name: 'slt-examples', private: true, type: 'module', dependencies }, null, 2));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], apps);
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    for (const { server } of sites) server.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('each tarball holds built modules, declarations, README and changelog; no sources, no workspace versions', () => {
    for (const name of PACKAGES) {
      const files = listTarball(tarballs[name]);
      expect(files).toContain('package/lib/index.js');
      expect(files).toContain('package/lib/index.d.ts');
      expect(files).toContain('package/README.md');
      expect(files).toContain('package/CHANGELOG.md');
      expect(files.filter((file) => file.startsWith('package/src/') || file.endsWith('.map') || file.includes('node_modules'))).toEqual([]);
      const manifest = packageJsonOf(tarballs[name]);
      expect(JSON.stringify(manifest)).not.toContain('workspace:');
      expect((manifest.exports as Record<string, { import?: string }>)['.']!.import).toBe('./lib/index.js');
      expect(manifest.private).toBeUndefined();
    }
    const widgets = listTarball(tarballs.widgets);
    expect(widgets).toContain('package/lib/custom-elements.json');
    for (const framework of ['react', 'preact', 'vue', 'svelte']) expect(widgets).toContain(`package/lib/frameworks/${framework}.d.ts`);
    const manifest = packageJsonOf(tarballs.widgets) as { peerDependencies: Record<string, string>; dependencies: Record<string, string>; sideEffects: string[] };
    expect(Object.keys(manifest.peerDependencies)).toEqual(['lit']);
    expect(manifest.dependencies.lit).toBeUndefined();
    expect(manifest.sideEffects).toContain('./lib/elements/*.js');
    const engine = listTarball(tarballs.engine);
    expect(engine.filter((file) => /lib\/assets\/duckdb-(eh|mvp)\.wasm$/.test(file))).toHaveLength(2);
  });

  it('every package and every element subpath imports in plain Node', () => {
    const specifiers = ['@slt/disclosure', '@slt/engine', '@slt/widgets', ...ELEMENTS.map((element) => `@slt/widgets/${element}`)];
    const script = `
      const before = { window: typeof window, document: typeof document };
      const exported = {};
      for (const specifier of ${JSON.stringify(specifiers)}) exported[specifier] = Object.keys(await import(specifier));
      console.log(JSON.stringify({ before, after: { window: typeof window, document: typeof document }, exported }));`;
    const output = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], apps).trim().split('\n').pop()!);
    expect(output.before).toEqual({ window: 'undefined', document: 'undefined' });
    expect(output.after).toEqual({ window: 'undefined', document: 'undefined' });
    expect(output.exported['@slt/widgets/trend']).toEqual(['SltTrend']);
    expect(output.exported['@slt/engine']).toContain('sharedEngine');
  });

  it('the element types generated for React, Preact, Vue and Svelte type-check (a misspelt attribute does not)', () => {
    run(join(apps, 'node_modules', '.bin', 'tsc'), ['-p', '.'], join(apps, 'typecheck'));
  });

  it.each(EXAMPLES)('the %s example builds with its own tooling and draws a trend from the package', async (example) => {
    const app = join(apps, example);
    if (example === 'react') run(join(apps, 'node_modules', '.bin', 'tsc'), ['-p', '.'], app); // the JSX types from the manifest
    run(join(apps, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], app);
    const built = join(app, 'dist');
    const site = await staticSite({ '/': built });
    sites.push(site);

    const page = await browser.newPage();
    const errors: string[] = [];
    const wasm: { url: string; status: number; bytes: number }[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', async (response) => {
      // The engine asks for the wasm's headers (HEAD) before its worker downloads it (GET): count the download.
      if (!response.url().endsWith('.wasm') || response.request().method() !== 'GET') return;
      wasm.push({ url: response.url(), status: response.status(), bytes: Number(response.headers()['content-length'] ?? 0) });
    });
    await page.goto(`${site.origin}/index.html`);
    await page.waitForFunction(() => document.querySelector('slt-trend')?.shadowRoot?.querySelector('.slt-trend-points'), undefined, { timeout: 60_000 });
    const points = await page.evaluate(() => document.querySelector('slt-trend')!.shadowRoot!.querySelectorAll('.slt-trend-points > *').length);
    expect(points).toBeGreaterThan(0);

    // DuckDB-WASM starts from the files the app's bundler copied out of @slt/engine.
    await page.evaluate(async () => {
      const engine = (globalThis as Record<symbol, { duckdb(): Promise<unknown> }>)[Symbol.for('slt.engine')];
      await engine!.duckdb();
    });
    expect(wasm).toHaveLength(1);
    expect(wasm[0]!.status).toBe(200);
    expect(new URL(wasm[0]!.url).origin).toBe(site.origin);
    const name = new URL(wasm[0]!.url).pathname.split('/').pop()!;
    const original = name.startsWith('duckdb-eh') ? 'duckdb-eh.wasm' : 'duckdb-mvp.wasm';
    expect(statSync(join(built, 'assets', name)).size).toBe(statSync(join(apps, 'node_modules/@slt/engine/lib/assets', original)).size);

    await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);
});
