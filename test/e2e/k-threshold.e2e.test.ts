// The `k` attribute (raise the disclosure threshold) reaches the engine in EVERY element.
// One page over the public files in data/ holds each element configured so that, at the
// files' own k = 5, it shows a count from 5 to 9. Which counts those are is computed here,
// independently, with native DuckDB over the same Parquet files. Without `k` the page must
// show them (so the test can fail); with k="10" no count from 5 to 9 may be visible anywhere:
// not in a mark's label, the text alternative, the read-out, an accessible name, the table
// or the CSV.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.SLT_DIST ?? `${root}packages/widgets/dist`;

/** Each element, its attributes, and the SQL (native DuckDB) for the counts it shows at the file's k. */
const ELEMENTS: { tag: string; attributes: Record<string, string>; counts: string; withheld?: true }[] = [
  // withheld: the release hides every count of this element's data (status ':', data/README.md).
  {
    tag: 'slt-zones',
    // District group 'all': since the release added orange_or_red, the single groups show
    // (almost) only their yearly totals; the sum over groups still has counts from 5 to 9.
    attributes: { src: '/data/case_counts.parquet', filter: 'district_group=all' },
    counts: `SELECT persons FROM 'case_counts.parquet'
             WHERE district_group = 'all' AND age_band = 'all' AND sex = 'all' AND measure = 'all'`,
  },
  {
    tag: 'slt-flow',
    attributes: { src: '/data/zone_transitions.parquet', period: '2025K4' },
    counts: `SELECT persons FROM 'zone_transitions.parquet' WHERE period = '2025K4'`,
    withheld: true,
  },
  {
    tag: 'slt-trend',
    attributes: {
      src: '/data/case_zones.parquet', filter: 'district_group=all&zone=orange_or_red', 'time-column': 'year',
      'value-column': 'persons', unit: 'count',
    },
    counts: `SELECT persons FROM 'case_zones.parquet' WHERE district_group = 'all' AND zone = 'orange_or_red'`,
  },
  {
    tag: 'slt-bars',
    attributes: {
      src: '/data/case_zones.parquet', filter: 'district_group=all&year=2022', 'category-column': 'zone',
      'value-column': 'persons', unit: 'count',
    },
    counts: `SELECT persons FROM 'case_zones.parquet' WHERE district_group = 'all' AND year = 2022`,
  },
  {
    // The bars added up in the query (aggregate="sum"): each district group's total of 2020.
    tag: 'slt-bars',
    attributes: {
      src: '/data/case_zones.parquet', filter: 'zone=all&year=2020', 'category-column': 'district_group',
      'value-column': 'persons', aggregate: 'sum', unit: 'count',
    },
    counts: `SELECT persons FROM 'case_zones.parquet' WHERE zone = 'all' AND year = 2020`,
  },
  {
    tag: 'slt-kpi',
    attributes: {
      src: '/data/case_zones.parquet', filter: 'district_group=all&zone=orange_or_red', 'time-column': 'year',
      'value-column': 'persons', period: '2022', unit: 'count',
    },
    counts: `SELECT persons FROM 'case_zones.parquet' WHERE district_group = 'all' AND zone = 'orange_or_red' AND year IN (2021, 2022)`,
  },
  {
    tag: 'slt-table',
    attributes: { src: '/data/case_zones.parquet', filter: 'district_group=all', columns: 'year,zone,persons' },
    counts: `SELECT persons FROM 'case_zones.parquet' WHERE district_group = 'all'`,
  },
  {
    // Rates: a rate whose numerator is hidden is hidden too; the table shows the numerators.
    tag: 'slt-table',
    attributes: {
      src: '/data/indicators.parquet', filter: 'indicator=ungdata_bullied&sex=male&age_group=13-15&year=2016&area_level=district',
      columns: 'area,value,numerator',
    },
    counts: `SELECT numerator AS persons FROM 'indicators.parquet'
             WHERE indicator = 'ungdata_bullied' AND sex = 'male' AND age_group = '13-15' AND year = 2016 AND area_level = 'district'`,
  },
  {
    tag: 'slt-map',
    attributes: {
      src: '/data/indicators.parquet', filter: 'indicator=ungdata_bullied&sex=male&age_group=13-15&year=2016&area_level=district',
      unit: 'count', 'value-column': 'numerator',
    },
    counts: `SELECT numerator AS persons FROM 'indicators.parquet'
             WHERE indicator = 'ungdata_bullied' AND sex = 'male' AND age_group = '13-15' AND year = 2016 AND area_level = 'district'`,
  },
  {
    // The pickers show names and years, never a count; with k they still offer every choice.
    tag: 'slt-filter',
    attributes: { src: '/data/case_zones.parquet', columns: 'year,zone' },
    counts: `SELECT NULL::BIGINT AS persons WHERE false`,
  },
];

/** Counts from 5 to 9 in each element's data, from native DuckDB over the Parquet files. */
async function smallCounts(): Promise<number[][]> {
  const requireFromPipeline = createRequire(`${root}packages/pipeline/package.json`);
  const { DuckDBInstance } = (await import(pathToFileURL(requireFromPipeline.resolve('@duckdb/node-api')).href)) as {
    DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }> }> }> };
  };
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.runAndReadAll(`SET file_search_path = '${root}data'`);
  const counts: number[][] = [];
  visibleRows = [];
  for (const element of ELEMENTS) {
    const reader = await connection.runAndReadAll(`SELECT DISTINCT persons FROM (${element.counts}) WHERE persons BETWEEN 5 AND 9 ORDER BY 1`);
    counts.push(reader.getRows().map((row) => Number(row[0])));
    const tally = await connection.runAndReadAll(`SELECT count(*), count(persons) FROM (${element.counts})`);
    const [rows, visible] = tally.getRows()[0]!.map(Number);
    visibleRows.push({ rows: rows!, visible: visible! });
  }
  return counts;
}

/** Per element: its rows in the data, and how many of them show a count (not hidden). */
let visibleRows: { rows: number; visible: number }[] = [];

function serve(): Promise<{ server: Server; origin: string }> {
  const bundle = sirv(dist, { dev: true, gzip: true, brotli: true });
  const data = sirv(`${root}data`, { dev: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const notFound = () => {
      response.statusCode = 404;
      response.end('not found');
    };
    if (url.startsWith('/page')) {
      const k = new URL(url, 'http://x').searchParams.get('k');
      const elements = ELEMENTS.map(({ tag, attributes }, index) => {
        const attrs = Object.entries({ ...attributes, ...(k ? { k } : {}), heading: `Element ${String.fromCharCode(65 + index)}` })
          .map(([name, value]) => `${name}="${value.replaceAll('&', '&amp;')}"`)
          .join(' ');
        return `<section slt-scope><${tag} id="e${index}" ${attrs}></${tag}></section>`;
      });
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>k</title>
        <script type="module" src="/slt/slt-widgets.js"></script></head><body style="width:900px">${elements.join('\n')}</body></html>`);
      return;
    }
    for (const [prefix, handler] of [['/slt/', bundle], ['/data/', data]] as const) {
      if (!url.startsWith(prefix)) continue;
      if (/^\/data\/(raw|internal|bench)\//.test(url)) return notFound();
      request.url = url.slice(prefix.length - 1);
      return handler(request, response, notFound);
    }
    notFound();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

/**
 * Everything a reader can get from each element: its visible text (marks' labels, text
 * alternative, table, footer; axis tick labels left out: a tick at 5 is a scale, not a
 * count), every accessible name, the keyboard read-outs, and the CSV download.
 */
async function whatEachShows(page: Page): Promise<string[]> {
  return page.evaluate(async (count) => {
    const saved: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) saved.push(blob);
      return create(blob);
    };
    const shown: string[] = [];
    for (let index = 0; index < count; index++) {
      const element = document.getElementById(`e${index}`) as HTMLElement & { downloadCsv?: () => void };
      const root = element.shadowRoot!;
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof Element) {
          if (node.localName === 'style' || /tick label|tick-label/.test(node.getAttribute('aria-label') ?? '') || node.matches('[class*="tick"]')) return;
          for (const name of ['aria-label', 'title', 'aria-valuetext']) {
            const value = node.getAttribute(name);
            if (value) parts.push(value);
          }
        }
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        for (const child of node.childNodes) walk(child);
      };
      walk(root);
      // The keyboard read-out of every point: focus the chart and step through it.
      const chart = root.querySelector<HTMLElement>('.chart[tabindex]');
      if (chart) {
        chart.focus();
        for (const key of ['Home', ...Array.from({ length: 40 }, () => 'ArrowRight'), ...Array.from({ length: 8 }, () => 'ArrowDown')]) {
          chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          parts.push(root.querySelector('.readout')?.textContent ?? '');
        }
        chart.blur();
      }
      const before = saved.length;
      element.downloadCsv?.();
      if (saved.length > before) parts.push(await saved.at(-1)!.text());
      shown.push(parts.join('\n'));
    }
    return shown;
  }, ELEMENTS.length);
}

/** Standalone whole numbers from 5 to 9 in a text: not part of a larger number, a decimal, a date or a range. */
function smallNumbersIn(text: string): number[] {
  // How many figures are hidden is not a count of people ("7 av tallene er skjult").
  const counted = text.replace(/\d+ av tallene/g, '');
  return [...counted.matchAll(/(?<![\d,.\-–:/])\b([5-9])\b(?![\d,]|\.\d|\s?%|\.\s?(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|kvartal))/gi)].map(
    (match) => Number(match[1]),
  );
}

describe('k="10" on every element over the public files', () => {
  let browser: Browser;
  let site: { server: Server; origin: string };
  let expected: number[][];

  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    expected = await smallCounts();
    browser = await launchChromium();
    site = await serve();
  });

  afterAll(async () => {
    await browser?.close();
    site?.server.close();
  });

  async function open(k: string | undefined) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/page${k ? `?k=${k}` : ''}`);
    await page.waitForFunction(
      (count) =>
        Array.from({ length: count }, (_, index) => document.getElementById(`e${index}`)?.shadowRoot).every((root) => {
          const frame = root?.querySelector(':is(figure, form)[aria-busy]');
          return frame?.getAttribute('aria-busy') === 'false' && Boolean(root?.querySelector('.chart svg, table, select, [role=alert], p.message'));
        }),
      ELEMENTS.length,
      { timeout: 60_000, polling: 100 },
    );
    return { page, errors };
  }

  it('the data has counts from 5 to 9 for every element that shows counts (computed with native DuckDB)', () => {
    for (const [index, element] of ELEMENTS.entries()) {
      if (element.tag === 'slt-filter') continue;
      if (element.withheld) {
        // Every count hidden in the file: there is no 5..9 to show, and nothing else either.
        expect(visibleRows[index]!.rows, `${element.tag} #${index} has no rows`).toBeGreaterThan(0);
        expect(visibleRows[index]!.visible, `${element.tag} #${index} should have every count hidden`).toBe(0);
        expect(expected[index]).toEqual([]);
        continue;
      }
      expect(expected[index]!.length, `${element.tag} #${index} shows no count from 5 to 9 at k = 5: the test could not fail`).toBeGreaterThan(0);
    }
  });

  it('without k, each element shows its counts from 5 to 9 (the check below can see them)', async () => {
    const { page, errors } = await open(undefined);
    const shown = await whatEachShows(page);
    for (const [index, element] of ELEMENTS.entries()) {
      const seen = new Set(smallNumbersIn(shown[index]!));
      for (const count of expected[index]!) expect(seen.has(count), `${element.tag} #${index} should show ${count} at k = 5`).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with k="10", no element shows a count from 5 to 9 anywhere, and each says that figures under 10 are hidden', async () => {
    const { page, errors } = await open('10');
    const shown = await whatEachShows(page);
    for (const [index, element] of ELEMENTS.entries()) {
      expect(smallNumbersIn(shown[index]!), `${element.tag} #${index}`).toEqual([]);
      if (element.tag !== 'slt-filter') expect(shown[index], `${element.tag} #${index} names k`).toMatch(/færre enn 10/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
