// The three dashboards on the demo site, served as a municipality would (static files; the
// bundle at /slt/, the Parquet files at /data/), in Debian's Chromium: every widget renders
// with data, a filter change reaches every widget of a dashboard, axe-core finds no WCAG 2.1
// A/AA violation, and each dashboard prints to A4 with the report title.
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useDemoSite } from './demo-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DASHBOARDS = 'slt-living-conditions, slt-youth-exclusion, slt-case-followup';

/** Each demo page: its dashboards, their widget counts, their titles, and the pages they print to. */
const PAGES = [
  // 14: five key figures and education's (upper-secondary completion; its districts and trend are in the youth dashboard).
  { path: '/levekar.html', widgets: [14], titles: ['Levekår for barn og unge'], choose: [{ area: ['Heggedal'] }] },
  { path: '/utenforskap.html', widgets: [11], titles: ['Unge utenfor arbeid og utdanning'], choose: [{ area: ['Heggedal'], sex: ['female'] }] },
  // 6: the meetings and transitions charts and the monthly panels (every figure withheld in the release) are sentences, not widgets.
  { path: '/oppfolging.html', widgets: [6], titles: ['Oppfølging av unge i SLT'], choose: [{ year: ['2023'] }] },
  {
    // København's own profile: DST NEET 16-24 (one age group, so one NEET key figure fewer), its bydele.
    path: '/kobenhavn.html',
    widgets: [10, 14],
    titles: ['Unge uden for job og uddannelse', 'Levevilkår for børn og unge'],
    // Not the district each opens with (the highest, Nørrebro in the youth figures), so the choice changes every chart.
    choose: [{ area: ['Østerbro'], sex: ['female'] }, { area: ['Valby'] }],
  },
] as const;


/** Per dashboard, per widget: its tag, whether it is drawn (an SVG or a table or a form), its state. */
async function widgetStates(page: Page) {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].map((dashboard) => {
      const root = dashboard.shadowRoot!;
      const widgets = [...root.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
      return {
        busy: root.querySelector('article')?.getAttribute('aria-busy') ?? 'true',
        ownTable: root.querySelectorAll('table.monthly td').length,
        widgets: widgets.map((widget) => {
          const shadow = widget.shadowRoot!;
          const busy = shadow.querySelector(':is(figure, form)[aria-busy]')?.getAttribute('aria-busy') ?? 'true';
          const chart = shadow.querySelector('.chart');
          return {
            tag: widget.localName,
            busy,
            error: shadow.querySelector('[role=alert]')?.textContent?.trim() ?? '',
            empty: shadow.querySelector('p.message[role=status]')?.textContent?.trim() ?? '',
            drawn: Boolean(shadow.querySelector('.chart svg, table, select')),
            // What the reader sees change: the drawing, the text alternative, the choices.
            signature: `${chart?.innerHTML ?? ''}|${shadow.querySelector('figcaption')?.textContent ?? ''}|${widget.getAttribute('filter') ?? ''}`,
          };
        }),
      };
    });
  }, DASHBOARDS);
}

async function settle(page: Page, counts: readonly number[]) {
  await page.waitForFunction(
    ({ selector, counts }) => {
      const dashboards = [...document.querySelectorAll(selector)];
      if (dashboards.length !== counts.length) return false;
      return dashboards.every((dashboard, index) => {
        const root = dashboard.shadowRoot;
        const widgets = [...(root?.querySelectorAll('.scope *') ?? [])].filter((element) => element.localName.startsWith('slt-'));
        if (widgets.length !== counts[index]) return false;
        return widgets.every((widget) => {
          const shadow = widget.shadowRoot;
          const frame = shadow?.querySelector(':is(figure, form)[aria-busy]');
          if (frame?.getAttribute('aria-busy') !== 'false') return false;
          return Boolean(shadow?.querySelector('[role=alert], p.message, .chart svg, .chart .kpi-card, select'));
        });
      });
    },
    { selector: DASHBOARDS, counts },
    { timeout: 60_000, polling: 100 },
  );
}

/** The text of a PDF's content and outline strings, as far as Node's zlib can read them. */
function pdfInfo(bytes: Buffer) {
  const latin = bytes.toString('latin1');
  const pages = (latin.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const strings: string[] = [];
  for (const match of latin.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      strings.push(inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1'));
    } catch {
      // not a Flate stream (an image, a font): skip
    }
  }
  const hexTexts = [...`${latin}\n${strings.join('\n')}`.matchAll(/<FEFF([0-9A-Fa-f]+)>/g)].map(([, hex]) =>
    Buffer.from(hex!, 'hex').swap16().toString('utf16le'),
  );
  return { pages, texts: hexTexts };
}

describe('the dashboards on the demo site', () => {
  const shared = useDemoSite();

  async function open(path: string, counts: readonly number[], width = 1280, colorScheme: 'light' | 'dark' = 'light') {
    const page = await shared.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // What a developer embedding the dashboard sees in the console: nothing on a working page
    // (a disclosure warning was logged on every load of the SLT page).
    const console: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') console.push(`${message.type()}: ${message.text()}`);
    });
    await page.goto(`${shared.site.origin}${path}`);
    await settle(page, counts);
    return { page, errors, console };
  }

  for (const demo of PAGES) {
    it(`${demo.path}: every widget renders with data, and a filter change reaches every widget`, async () => {
      const { page, errors, console } = await open(demo.path, demo.widgets);
      const before = await widgetStates(page);
      for (const dashboard of before) {
        for (const widget of dashboard.widgets) {
          expect(widget.error, `${widget.tag} is in error`).toBe('');
          // The zone movements: every count is withheld in the release (data/README.md), so
          // the chart says so for the quarter shown instead of drawing a grid of ':'.
          if (widget.tag === 'slt-flow') {
            expect(widget.empty).toMatch(/^4\. kvartal 2025: alle tallene her er skjult for å beskytte personvernet: færre enn 5 personer, eller tall som ville avslørt slike\.$/);
            continue;
          }
          expect(widget.empty, `${widget.tag} is empty`).toBe('');
          expect(widget.drawn, `${widget.tag} has no SVG or table`).toBe(true);
        }
      }
      // The release withholds every monthly count: no table of ':' (the panel says why instead).
      if (demo.path === '/oppfolging.html') expect(before[0]!.ownTable).toBe(0);

      // Choose in each dashboard's scope, as a bar, a tile or a picker would.
      for (const [index, choice] of demo.choose.entries()) {
        await page.evaluate(
          ({ selector, index, choice }) => {
            const dashboard = document.querySelectorAll(selector)[index]!;
            const scope = dashboard.shadowRoot!.querySelector('[slt-scope]')!;
            for (const [column, values] of Object.entries(choice)) {
              scope.dispatchEvent(new CustomEvent('slt-filter', { bubbles: true, composed: true, detail: { column, values } }));
            }
          },
          { selector: DASHBOARDS, index, choice },
        );
      }
      await page.waitForTimeout(300);
      await settle(page, demo.widgets);
      await page.waitForTimeout(300);
      const after = await widgetStates(page);
      for (const [d, dashboard] of after.entries()) {
        for (const [w, widget] of dashboard.widgets.entries()) {
          if (widget.tag === 'slt-filter') continue; // the picker shows the choice; its options stay
          expect(widget.error, `${widget.tag} is in error after the choice`).toBe('');
          expect(widget.signature, `${widget.tag} #${w} did not change`).not.toBe(before[d]!.widgets[w]!.signature);
        }
      }
      expect(errors).toEqual([]);
      expect(console).toEqual([]);
      await page.close();
    });

    it.each(['light', 'dark'] as const)(`${demo.path}: axe-core finds no WCAG 2.1 A/AA violation (%s mode)`, async (scheme) => {
      const { page } = await open(demo.path, demo.widgets, 1280, scheme);
      await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  for (const demo of PAGES.slice(0, 3)) {
    it(`${demo.path}: prints to A4 as a report with its title, date and filters, and without controls`, async () => {
      const { page } = await open(demo.path, demo.widgets);
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction((selector) => document.querySelector(selector)?.hasAttribute('printing'), DASHBOARDS);
      await page.waitForTimeout(500);
      await settle(page, demo.widgets);
      const shown = await page.evaluate((selector) => {
        const root = document.querySelector(selector)!.shadowRoot!;
        const visible = (element: Element | null) => Boolean(element && element.getClientRects().length > 0);
        return {
          label: visible(root.querySelector('.report-label')),
          printLine: root.querySelector('.print-only')?.textContent ?? '',
          button: visible(root.querySelector('button.print')),
          picker: visible(root.querySelector('slt-filter')),
          width: root.querySelector('article')!.getBoundingClientRect().width,
        };
      }, DASHBOARDS);
      expect(shown.label).toBe(true);
      expect(shown.printLine).toMatch(/Utskrevet: .+\d{4}\. Utvalg: /);
      expect(shown.button).toBe(false);
      expect(shown.picker).toBe(false);
      expect(Math.round(shown.width)).toBe(643); // 170 mm
      const pdf = await page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true });
      const { pages, texts } = pdfInfo(pdf);
      expect(pages).toBeLessThanOrEqual(4);
      expect(pages).toBe(EXPECTED_PAGES[demo.path]);
      // Nothing clipped: no element of the report is wider than its box.
      const overflowing = await page.evaluate((selector) => {
        const found: string[] = [];
        const walk = (root: ShadowRoot | Document, where: string) => {
          for (const element of root.querySelectorAll<HTMLElement>('*')) {
            if (element.closest('.table-scroll, details:not([open])')) continue;
            const style = getComputedStyle(element);
            if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'absolute') continue;
            if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && !['visible'].includes(style.overflowX) && element.localName !== 'svg')
              found.push(`${where} ${element.localName}.${element.className}`);
            if (element.shadowRoot) walk(element.shadowRoot, `${where} ${element.localName}`);
          }
        };
        walk(document.querySelector(selector)!.shadowRoot!, selector);
        return found;
      }, DASHBOARDS);
      expect(overflowing).toEqual([]);
      expect(texts.join('\n')).toContain(demo.titles[0]);
      await page.close();
    });
  }

  it('the case dashboard shows orange or red, and no chart with every figure hidden; each chart says how much is hidden', async () => {
    const { page, errors } = await open('/oppfolging.html', [6]);
    const seen = await page.evaluate(async () => {
      const root = document.querySelector('slt-case-followup')!.shadowRoot!;
      const bars = [...root.querySelectorAll('slt-bars')].map((bars) => {
        const cells = [...bars.shadowRoot!.querySelectorAll('details tbody td')].map((cell) => cell.textContent!.trim());
        const numbers = cells.filter((text) => /\d/.test(text) && !text.startsWith(':'));
        return { heading: bars.getAttribute('heading'), cells: cells.length, shown: numbers.length };
      });
      const orangeOrRed = [...root.querySelectorAll('table.monthly tbody tr')].find((row) => /Oransje eller rød/.test(row.textContent!));
      return {
        bars,
        orangeOrRed: orangeOrRed ? [...orangeOrRed.querySelectorAll('td')].map((cell) => cell.textContent!.trim()) : [],
        tooFew: [...root.querySelectorAll('p.too-few')].map((p) => `${p.closest('[data-chart]')!.getAttribute('data-chart')}: ${p.textContent}`),
        shares: [...root.querySelectorAll('.hidden-share')].map((p) => p.textContent),
        summary: root.textContent ?? '',
      };
    });
    for (const chart of seen.bars) expect(chart.shown, `${chart.heading}: every figure hidden`).toBeGreaterThan(0);
    // The release hides every monthly count (case_monthly is all ':'): no monthly table of ':';
    // the summary says once that months are not published.
    expect(seen.orangeOrRed).toEqual([]);
    expect(seen.summary).toContain('Hvor mange unge som ble drøftet i 4-partsmøtene hver måned, publiseres ikke: hver måned har for få saker til at tallet kan vises uten å avsløre noen. Se årstallene nedenfor.');
    // case_meetings and zone_transitions are withheld too: each chart is one sentence in one
    // note at the end, not empty axes or a grid of ':'.
    expect(seen.tooFew).toEqual([
      'meetings: For få saker i desember 2025 til å vise 4-partsmøtene.',
      'flow: Bevegelser mellom soner per kvartal publiseres ikke: for få saker til at de kan vises uten å avsløre noen. Se bevegelsene i tiltakstrappen per år ovenfor.',
    ]);
    // Orange or red is in the yearly zones chart, with a figure.
    const zones = seen.bars.find((chart) => /oransje og rød/.test(chart.heading ?? ''));
    expect(zones?.shown).toBeGreaterThan(0);
    expect(seen.shares.every((text) => /^\d+ av \d+ tall er skjult/.test(text ?? ''))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A three-year indicator (persistent low income, Ungdata, upper secondary completion) is
  // named by its period everywhere: a key figure that said "2025 ... fra 2024" beside a summary
  // that said "2023–2025 ... fra 2022–2024" told a reader two different things.
  it('the key figures and trends name the same periods as the summary above them', async () => {
    // (The youth summary gives completion without a period: nothing there to compare.)
    for (const { path, count, heading, where, change, inSummary } of [
      // The key figures are the district's in focus (Borgen on the demo pages), as the picker says.
      { path: '/levekar.html', count: 14, heading: 'Vedvarende lavinntekt', where: 'Borgen, 2023–2025', change: /fra 2022–2024( \(.+\))?$/, inSummary: true },
      { path: '/levekar.html', count: 14, heading: 'Trangboddhet', where: 'Borgen, 2025', change: /fra 2024( \(.+\))?$/, inSummary: true },
      { path: '/utenforskap.html', count: 11, heading: 'Fullført videregående', where: 'Borgen, 2023–2025', change: /fra 2022–2024( \(.+\))?$/, inSummary: false },
    ]) {
      const { page } = await open(path, [count]);
      const read = await page.evaluate((heading) => {
        const root = document.querySelector('slt-living-conditions, slt-youth-exclusion')!.shadowRoot!;
        const kpi = [...root.querySelectorAll('slt-kpi')].find((element) => element.getAttribute('heading') === heading)!;
        const text = (selector: string) => kpi.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return { where: text('.kpi-where'), change: text('.kpi-change'), summary: root.querySelector('section.summary')?.textContent?.replace(/\s+/g, ' ') ?? '' };
      }, heading);
      expect(read.where, `${path} ${heading}`).toBe(where);
      expect(read.change, `${path} ${heading}`).toMatch(change);
      if (inSummary) expect(read.summary, `${path}: the summary names the same period`).toContain(where.replace('Borgen, ', ''));
      await page.close();
    }
    // And the trend and the map of a three-year indicator say the windows too; the trend says
    // where a window stands on its axis of years.
    const { page } = await open('/levekar.html', [14]);
    const [trendText, mapText] = await page.evaluate(() => {
      const root = document.querySelector('slt-living-conditions')!.shadowRoot!;
      const caption = (tag: string) => {
        const chart = [...root.querySelectorAll(tag)].find((element) => element.getAttribute('heading')?.startsWith('Vedvarende lavinntekt'))!;
        return chart.shadowRoot!.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ') ?? '';
      };
      return [caption('slt-trend'), caption('slt-map')];
    });
    expect(trendText).toMatch(/Asker: fra [\d,]+\s?% i 2013–2015 til 6,8\s?% i 2023–2025/);
    expect(trendText).toContain('står ved periodens siste år (2023–2025 ved 2025)');
    expect(mapText).toMatch(/Høyest i 2023–2025: \S+ med [\d,]+\s?%/);
    await page.close();
  });

  // SSB publishes NEET for the country at 15–29, not at 16–25: the 16–25 trend has no line for
  // Norway, and its heading must not promise one ("Borgen, Asker og landet" over two lines).
  // Before, the picker said "Alle" and the key figures showed Asker while the trends, the
  // summary and the map were about the district in focus (focus="Borgen").
  it('every part names the district in focus: the picker (no "Alle"), the key figures, the map and the trends; it cannot be cleared; a new `focus` moves them all', async () => {
    const { page } = await open('/utenforskap.html', [11]);
    const parts = () =>
      page.evaluate(() => {
        const root = document.querySelector('slt-youth-exclusion')!.shadowRoot!;
        const select = root.querySelector('slt-filter')!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="area"]')!;
        return {
          picker: select.value,
          options: [...select.options].map((option) => option.textContent!.trim()),
          kpis: [...root.querySelectorAll('slt-kpi')].map((kpi) => kpi.shadowRoot!.querySelector('.kpi-where')?.textContent?.trim() ?? ''),
          map: root.querySelector('slt-map')!.shadowRoot!.querySelector('.selection')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          mapClears: root.querySelector('slt-map')!.shadowRoot!.querySelector('.selection button') !== null,
          highlights: [...root.querySelectorAll('slt-trend[highlight], slt-average-trend[highlight]')].map((trend) => trend.getAttribute('highlight')),
        };
      });
    const opened = await parts();
    expect(opened.picker).toBe('Borgen');
    expect(opened.options).not.toContain('Alle');
    expect(opened.kpis.length).toBeGreaterThan(0);
    for (const where of opened.kpis) expect(where).toMatch(/^Borgen, /);
    expect(opened.map).toMatch(/Borgen/);
    expect(opened.highlights).toContain('Borgen');
    // The scope keeps a district (slt-required): no "Vis alle områder", and a request to clear is ignored.
    expect(opened.mapClears).toBe(false);
    await page.evaluate(() => {
      const scope = document.querySelector('slt-youth-exclusion')!.shadowRoot!.querySelector('[slt-scope]')!;
      scope.dispatchEvent(new CustomEvent('slt-filter', { bubbles: true, composed: true, detail: { column: 'area', values: null } }));
    });
    await page.waitForTimeout(300);
    expect((await parts()).picker).toBe('Borgen');
    await page.evaluate(() => document.querySelector('slt-youth-exclusion')!.setAttribute('focus', 'Heggedal'));
    await page.waitForTimeout(300);
    await settle(page, [11]);
    const moved = await parts();
    expect(moved.picker).toBe('Heggedal');
    for (const where of moved.kpis) expect(where).toMatch(/^Heggedal, /);
    expect(moved.map).toMatch(/Heggedal/);
    expect(moved.highlights).toContain('Heggedal');
    await page.close();
  });

  it('the youth dashboard names what it draws: no "og landet" where the country has no figure, age groups in words', async () => {
    const { page } = await open('/utenforskap.html', [11]);
    const trends = await page.evaluate(() =>
      [...document.querySelector('slt-youth-exclusion')!.shadowRoot!.querySelectorAll('slt-trend, slt-average-trend')].map((element) => {
        const inner = element.localName === 'slt-trend' ? element : element.shadowRoot!.querySelector('slt-trend')!;
        const legend = [...inner.shadowRoot!.querySelectorAll('[part="legend"] li')].map((item) => item.textContent!.trim());
        return { heading: element.getAttribute('heading') ?? '', legend };
      }),
    );
    expect(trends.length).toBeGreaterThanOrEqual(3);
    for (const { heading, legend } of trends) {
      expect(legend.length, heading).toBeGreaterThan(0);
      expect(/og landet$/.test(heading), `${heading}: ${legend.join(', ')}`).toBe(legend.includes('Norge'));
    }
    expect(trends.some(({ heading }) => heading.startsWith('Unge 16–25 år') && heading.endsWith('Borgen og Asker'))).toBe(true);
    // The chart by age group names the groups as a reader writes them, not as codes ("15-29").
    const ages = await page.evaluate(() => {
      const bars = [...document.querySelector('slt-youth-exclusion')!.shadowRoot!.querySelectorAll('slt-bars')].find((element) => element.getAttribute('category-column') === 'age_group')!;
      const root = bars.shadowRoot!;
      return {
        axis: [...root.querySelectorAll('g[aria-label="fy-axis tick label"] text')].map((text) => text.textContent),
        caption: root.querySelector('figcaption p')?.textContent ?? '',
      };
    });
    expect(ages.axis).toEqual(['15–29 år', '16–25 år', '20–24 år', '25–29 år']);
    expect(ages.caption).toMatch(/^Asker: høyest er 25–29 år med [\d,]+\s?%, lavest er 16–25 år/);
    await page.close();
  });

  // The release publishes orange or red as one category (data/README.md): visible in 5 of 8 years.
  it('the yearly orange-or-red figure is visible in most years of the committed data', async () => {
    const { page } = await open('/oppfolging.html', [6]);
    // The bundle's engine, imported in the page (a string, so the test runner leaves the import alone).
    await page.evaluate("import('/slt/slt-widgets.js').then((bundle) => { globalThis.__sltBundle = bundle; })");
    const years = await page.evaluate(async () => {
      const { sharedEngine } = (globalThis as unknown as { __sltBundle: unknown }).__sltBundle as { sharedEngine(): { select(src: string, query: unknown): Promise<{ rows: Record<string, unknown>[] }> } };
      const { rows } = await sharedEngine().select('/data/case_counts.parquet', {
        columns: ['year', 'persons'],
        filters: [['zone', 'orange_or_red'], ['district_group', 'all'], ['sex', 'all'], ['age_band', 'all'], ['measure', 'all']].map(([column, value]) => ({ column, values: [value] })),
      });
      return rows.map((row) => row['persons'] !== null);
    });
    expect(years.length).toBe(8);
    expect(years.filter(Boolean).length, 'years with orange or red visible').toBeGreaterThan(years.length / 2);
    await page.close();
  });

  it('a dashboard says when the whole report is in: state="ready" and one slt-ready, after every widget inside has settled', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${shared.site.origin}/levekar.html`);
    const seen = await page.evaluate(
      () =>
        new Promise<{ events: string[]; widgets: (string | null)[]; state: string | null }>((resolve) => {
          document.body.innerHTML = '';
          const dashboard = document.createElement('slt-youth-exclusion');
          dashboard.setAttribute('data', '/data/');
          const events: string[] = [];
          // Only the dashboard's own event reaches the page: its widgets' stay inside it.
          document.addEventListener('slt-ready', (event) => {
            events.push(`${(event.target as Element).localName} ${(event as CustomEvent<{ state: string }>).detail.state}`);
            const widgets = [...dashboard.shadowRoot!.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
            setTimeout(() => resolve({ events, widgets: [...new Set(widgets.map((widget) => widget.getAttribute('state')))], state: dashboard.getAttribute('state') }), 1500);
          });
          document.body.append(dashboard);
        }),
    );
    expect(seen).toEqual({ events: ['slt-youth-exclusion ready'], widgets: ['ready'], state: 'ready' });
    await page.close();
  });

  it('each dashboard has an empty state over 0-row files and an error state over missing files, and is not busy', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // What the developer reads in the console: each failure once (the load ran twice at start).
    const logged: string[] = [];
    page.on('console', (message) => message.type() === 'error' && message.text().startsWith('<slt-') && logged.push(message.text().split(']')[0]!));
    await page.goto(`${shared.site.origin}/levekar.html`);
    await page.evaluate(() => {
      document.body.innerHTML = ['slt-living-conditions', 'slt-youth-exclusion', 'slt-case-followup']
        .flatMap((tag) => [`<${tag} data="/fixtures/empty-data/"></${tag}>`, `<${tag} data="/no-such-folder/"></${tag}>`])
        .join('');
    });
    await page.waitForFunction(
      () => [...document.body.children].every((element) => element.shadowRoot?.querySelector('article[aria-busy="false"][data-state]:not([data-state="loading"])')),
      undefined,
      { timeout: 60_000 },
    );
    const states = await page.evaluate(() =>
      [...document.body.children].map((element) => {
        const article = element.shadowRoot!.querySelector('article')!;
        const offered = article.querySelectorAll('button.print, .embed-toggle').length;
        return `${element.localName} ${element.getAttribute('data')} ${article.dataset.state} ${element.getAttribute('state')} ${article.getAttribute('aria-busy')} ${offered} ${article.querySelector('.message')?.textContent}`;
      }),
    );
    // The host says it too (`state`), and a report of a message offers no print or embed code.
    expect(states).toEqual(
      ['slt-living-conditions', 'slt-youth-exclusion', 'slt-case-followup'].flatMap((tag) => [
        `${tag} /fixtures/empty-data/ empty empty false 0 Det finnes ingen tall å vise ennå.`,
        `${tag} /no-such-folder/ error error false 0 Tallene kunne ikke lastes.`,
      ]),
    );
    expect(errors).toEqual([]); // no RangeError ("Invalid time value") from the case summary
    expect(logged.filter((text) => text.includes('/no-such-folder/')).map((text) => text.split(' ')[0])).toEqual(
      expect.arrayContaining(['<slt-living-conditions', '<slt-youth-exclusion', '<slt-case-followup']),
    );
    expect(logged.filter((text) => text.includes('/no-such-folder/'))).toHaveLength(3);
    await page.close();
  });
});

/** Pages of each printed report (A4, the demo pages' 15 x 20 mm margins). */
const EXPECTED_PAGES: Record<string, number> = {
  '/levekar.html': 4,
  '/utenforskap.html': 4,
  '/oppfolging.html': 3,
};
