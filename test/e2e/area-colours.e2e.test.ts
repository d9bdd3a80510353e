// One colour per area on a page (issue 11): in each dashboard of the demo site, the
// municipality, the country, the district in focus and each comparison area keep one colour
// and one symbol in every chart that draws them as series, before and after a district is
// chosen, and the marks on each chart are the ones its legend shows. Read from what the
// reader sees: each chart's legend (colour, symbol, name) and the dots it draws.
// And the other way round (palette colours mean areas only): no series that is not an area
// (women and men) and no bar of an area the page does not single out (the other districts)
// is drawn in an area's colour, in its legend or on the chart.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useDemoSite } from './demo-site.ts';

const DASHBOARDS = 'slt-living-conditions, slt-youth-exclusion';

/** The demo pages with area dashboards, and a district to choose in each of their dashboards. */
const PAGES = [
  { path: '/levekar.html', choose: ['Heggedal'] },
  { path: '/utenforskap.html', choose: ['Heggedal'] },
  { path: '/baerum.html', choose: [undefined, undefined] },
  { path: '/kobenhavn.html', choose: ['Nørrebro', 'Valby'] },
] as const;

/** One series as a chart shows it: its name, colour and mark (trend symbol or bar hatching). */
interface SeenSeries {
  readonly chart: string;
  readonly kind: 'trend' | 'bars';
  readonly area: string;
  readonly colour: string;
  readonly mark: string;
}

/** A colour drawn for something that is not one of the page's area series: a legend key or a bar. */
interface OtherColour {
  readonly chart: string;
  /** What it stands for: `Kvinner` (a series), or a bar's category (a district) in bars without series. */
  readonly what: string;
  readonly colour: string;
  /** A bar without series stands for its category, which may be an area the page styles (the district in focus). */
  readonly category?: string;
}

interface SeenDashboard {
  readonly tag: string;
  readonly series: SeenSeries[];
  readonly others: OtherColour[];
  /** Per trend: colours whose dots do not have the legend's symbol (should be none). */
  readonly mismatches: string[];
}

/** Waits until every dashboard has loaded and every widget in it has settled. */
async function settle(page: Page, dashboards: number) {
  await page.waitForFunction(
    ({ selector, dashboards }) => {
      const found = [...document.querySelectorAll(selector)];
      if (found.length !== dashboards) return false;
      return found.every((dashboard) => {
        const root = dashboard.shadowRoot;
        if (root?.querySelector('article')?.getAttribute('aria-busy') !== 'false') return false;
        const widgets = [...root.querySelectorAll('.scope *')].filter((element) => element.localName.startsWith('slt-'));
        return widgets.length > 0 && widgets.every((widget) => ['ready', 'empty', 'error'].includes(widget.getAttribute('state') ?? ''));
      });
    },
    { selector: DASHBOARDS, dashboards },
    { timeout: 60_000, polling: 100 },
  );
}

/** Every area series each dashboard's charts show, read from their legends and drawings. */
function seenSeries(page: Page): Promise<SeenDashboard[]> {
  return page.evaluate((selector) => {
    // A symbol's shape without its size: the path's command letters (circle: arcs, square: h/v, …).
    const shape = (d: string | null) => (d ?? '').replace(/[^a-zA-Z]/g, '');
    const colour = (value: string | null) => (value ?? '').trim().toLowerCase();
    return [...document.querySelectorAll(selector)].map((dashboard) => {
      const widgets = [...dashboard.shadowRoot!.querySelectorAll('slt-trend, slt-bars')].filter(
        (widget) => widget.getAttribute('series-column') === 'area' && widget.getAttribute('state') === 'ready',
      );
      const series: SeenSeries[] = [];
      const mismatches: string[] = [];
      const others: OtherColour[] = [];
      // Every chart whose series are not areas, and every bar chart without series.
      const otherWidgets = [...dashboard.shadowRoot!.querySelectorAll('slt-trend, slt-bars')].filter(
        (widget) => widget.getAttribute('series-column') !== 'area' && widget.getAttribute('state') === 'ready',
      );
      for (const widget of otherWidgets) {
        const shadow = widget.shadowRoot!;
        const chart = shadow.querySelector('.heading')?.textContent?.trim() ?? widget.getAttribute('heading') ?? '';
        for (const item of shadow.querySelectorAll('.legend li')) {
          const what = item.querySelector('span')?.textContent?.trim() ?? '';
          const key = item.querySelector('svg.swatch rect, svg path');
          others.push({ chart, what, colour: colour(key?.getAttribute('fill') ?? null) });
        }
        const withSeries = (widget.getAttribute('series-column') ?? '').trim() !== '';
        for (const rect of shadow.querySelectorAll('.chart svg g.slt-bars-bars rect:not(.slt-bars-pattern)')) {
          const title = rect.querySelector('title')?.textContent ?? '';
          const [category = '', second = ''] = title.split('\n');
          const fill = colour(rect.getAttribute('fill') ?? rect.parentElement?.getAttribute('fill') ?? null);
          others.push({ chart, what: withSeries ? `${category}, ${second}` : category, colour: fill, ...(withSeries ? {} : { category }) });
        }
      }
      for (const widget of widgets) {
        const shadow = widget.shadowRoot!;
        const chart = shadow.querySelector('.heading')?.textContent?.trim() ?? widget.getAttribute('heading') ?? '';
        const kind = widget.localName === 'slt-trend' ? 'trend' : 'bars';
        const legend = [...shadow.querySelectorAll('.legend li')];
        for (const item of legend) {
          const area = item.querySelector('span')?.textContent?.trim() ?? '';
          if (kind === 'trend') {
            const key = item.querySelector('svg path');
            series.push({ chart, kind, area, colour: colour(key?.getAttribute('fill') ?? null), mark: shape(key?.getAttribute('d') ?? null) });
          } else {
            const [plain, hatch] = [...item.querySelectorAll('svg.swatch rect')];
            const pattern = /pattern-(\d+)/.exec(hatch?.getAttribute('fill') ?? '')?.[1] ?? 'plain';
            series.push({ chart, kind, area, colour: colour(plain?.getAttribute('fill') ?? null), mark: pattern });
          }
        }
        if (kind !== 'trend') continue;
        // The dots on the chart have, per colour, the symbol the legend shows for that colour.
        const legendShapes = new Map(series.filter((s) => s.chart === chart).map((s) => [s.colour, s.mark]));
        for (const dot of shadow.querySelectorAll('.chart svg g.slt-trend-points path')) {
          const fill = colour(dot.getAttribute('fill'));
          if (legendShapes.get(fill) !== shape(dot.getAttribute('d'))) mismatches.push(`${chart}: a dot in ${fill} is not the legend's symbol`);
        }
      }
      return { tag: dashboard.localName, series, others, mismatches: [...new Set(mismatches)] };
    });
  }, DASHBOARDS);
}

/** Per area: the colours it has across all charts, and its marks per kind of chart. */
function byArea(series: readonly SeenSeries[]) {
  const areas = new Map<string, { colours: Set<string>; marks: Record<'trend' | 'bars', Set<string>>; charts: Set<string> }>();
  for (const s of series) {
    let entry = areas.get(s.area);
    if (!entry) areas.set(s.area, (entry = { colours: new Set(), marks: { trend: new Set(), bars: new Set() }, charts: new Set() }));
    entry.colours.add(s.colour);
    entry.marks[s.kind].add(s.mark);
    entry.charts.add(s.chart);
  }
  return areas;
}

function expectOneStylePerArea(dashboards: readonly SeenDashboard[], when: string) {
  for (const dashboard of dashboards) {
    const where = `${dashboard.tag} ${when}`;
    expect(dashboard.mismatches, where).toEqual([]);
    const areas = byArea(dashboard.series);
    // The dashboards compare at least the district in focus, the municipality and the country, in several charts.
    expect(areas.size, `${where}: areas in legends`).toBeGreaterThanOrEqual(3);
    expect(Math.max(...[...areas.values()].map((area) => area.charts.size)), `${where}: an area in several charts`).toBeGreaterThan(1);
    for (const [area, seen] of areas) {
      expect([...seen.colours], `${where}: colours of ${area}`).toHaveLength(1);
      expect(seen.marks.trend.size, `${where}: symbols of ${area} in the trends`).toBeLessThanOrEqual(1);
      expect(seen.marks.bars.size, `${where}: hatchings of ${area} in the bars`).toBeLessThanOrEqual(1);
    }
    // And the other way round: no two areas share a colour, nor a symbol, on the page.
    const colours = [...areas.values()].map((area) => [...area.colours][0]);
    expect(new Set(colours).size, `${where}: one colour per area`).toBe(areas.size);
    const symbols = [...areas.values()].flatMap((area) => [...area.marks.trend]);
    expect(new Set(symbols).size, `${where}: one symbol per area`).toBe(symbols.length);
  }
  expectAreaColoursForAreasOnly(dashboards, when);
}

/**
 * Palette colours mean areas only: on the whole page, no series that is not an area and no
 * bar standing for no styled area is drawn in a colour some area has; a bar of an area its
 * dashboard styles (the district in focus in the district bars) has that area's colour.
 */
function expectAreaColoursForAreasOnly(dashboards: readonly SeenDashboard[], when: string) {
  const areaColours = new Map<string, string>();
  for (const [area, seen] of byArea(dashboards.flatMap((dashboard) => dashboard.series))) for (const colour of seen.colours) areaColours.set(colour, area);
  for (const dashboard of dashboards) {
    const where = `${dashboard.tag} ${when}`;
    const areas = byArea(dashboard.series);
    // The dashboards draw such charts (the bars by sex, the district bars): the check has something to check.
    expect(dashboard.others.length, `${where}: charts of series that are not areas`).toBeGreaterThan(0);
    for (const other of dashboard.others) {
      const own = other.category === undefined ? undefined : areas.get(other.category);
      if (own) {
        expect([other.colour], `${where}: ${other.chart}: the bar of ${other.category}`).toEqual([...own.colours]);
      } else {
        const area = areaColours.get(other.colour);
        expect(area, `${where}: ${other.chart}: ${other.what} is drawn in ${other.colour}, the colour of ${area}`).toBeUndefined();
      }
    }
  }
}

describe('one colour and symbol per area in each dashboard', () => {
  const shared = useDemoSite();

  for (const demo of PAGES) {
    it(`${demo.path}: each area keeps its colour and symbol across all charts, also after a district is chosen`, async () => {
      const page = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${shared.site.origin}${demo.path}`);
      await settle(page, demo.choose.length);
      const before = await seenSeries(page);
      expectOneStylePerArea(before, 'as loaded');
      // Where a page has two dashboards of one municipality, an area looks the same in both.
      for (const [area, seen] of byArea(before.flatMap((dashboard) => dashboard.series))) {
        expect([...seen.colours], `${demo.path}: colours of ${area} on the page`).toHaveLength(1);
      }

      const chosen = demo.choose.some(Boolean);
      if (chosen) {
        await page.evaluate(
          ({ selector, choose }) => {
            for (const [index, area] of choose.entries()) {
              if (!area) continue;
              const scope = document.querySelectorAll(selector)[index]!.shadowRoot!.querySelector('[slt-scope]')!;
              scope.dispatchEvent(new CustomEvent('slt-filter', { bubbles: true, composed: true, detail: { column: 'area', values: [area] } }));
            }
          },
          { selector: DASHBOARDS, choose: [...demo.choose] },
        );
        await page.waitForTimeout(300);
        await settle(page, demo.choose.length);
        const after = await seenSeries(page);
        // The chosen district is now drawn, in the colour and symbol the district in focus had.
        for (const [index, area] of demo.choose.entries()) {
          if (!area) continue;
          const [was, is] = [byArea(before[index]!.series), byArea(after[index]!.series)];
          expect([...is.keys()], after[index]!.tag).toContain(area);
          // The district that was in focus gave way to the chosen one, which took over its style
          // (or the chosen one was in focus already: the highest district, by default).
          const leaving = was.has(area) ? [area] : [...was.keys()].filter((name) => !is.has(name));
          expect(leaving, `${after[index]!.tag}: the district that left`).toHaveLength(1);
          const [old, now] = [was.get(leaving[0]!)!, is.get(area)!];
          expect([...now.colours], `${after[index]!.tag}: colour of ${area}`).toEqual([...old.colours]);
          expect([...now.marks.trend], `${after[index]!.tag}: symbol of ${area}`).toEqual([...old.marks.trend]);
          // Everyone else kept theirs.
          for (const [name, seen] of is) if (name !== area) expect([...seen.colours], `${after[index]!.tag}: ${name}`).toEqual([...was.get(name)!.colours]);
        }
        expectOneStylePerArea(after, `after choosing ${demo.choose.filter(Boolean).join(', ')}`);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
