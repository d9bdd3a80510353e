import { WidgetError } from './widget-error.ts';

/**
 * One colour and one symbol per area across every chart of a dashboard (issue 11).
 *
 * A chart on its own styles its series by their order in its data: the first gets series
 * style 1 (`--slt-series-1`, a circle, plain bars), the second style 2, and so on. On a
 * dashboard that makes "orange" Borgen in one trend and Norway in the next, because each
 * chart shows a different set of areas. So the dashboard gives every area it shows one
 * style for the whole page, from the roles in its profile, and hands that assignment to
 * each chart as the `series-styles` attribute (`Asker=1&Borgen=2&Norge=5`).
 *
 * A style is a slot: the same index picks the palette colour, the symbol on a trend and
 * the hatching on bars (series-style.ts and bars-chart.ts keep them in step), so an area
 * keeps its colour and its shape together. No DOM here: tested in Node.
 *
 * The rule that goes with it: on a dashboard, **palette colours mean areas, and only
 * areas**. A series that is not one of the page's areas (women and men, age groups) or a bar
 * that stands for no area the page names (the districts of a bar chart, but the one in
 * focus) is drawn in a neutral style: a light grey tone with an outline and hatching in the
 * text colour (series-style.ts, bars-chart.ts). A reader who learnt "blue is Asker" in one
 * chart never meets blue meaning "women" in the next.
 */

/** How many series styles there are: palette colours, trend symbols and bar hatchings. */
export const SERIES_STYLE_COUNT = 7;

/** How many neutral styles there are (grey tones with hatching in the text colour), for series that are not areas. */
export const NEUTRAL_STYLE_COUNT = 4;

/**
 * How one series (or bar) is drawn: a palette style (an area's colour, symbol and hatching,
 * 0-based slot) or a neutral style (a grey tone, outlined, with ink hatching; 0-based).
 */
export type SeriesStyle = { readonly kind: 'palette'; readonly slot: number } | { readonly kind: 'neutral'; readonly slot: number };

/** A series' style by its name: the 0-based slot (style 1 is slot 0). */
export type SeriesStyles = ReadonlyMap<string, number>;

/** The areas a dashboard compares, by role, as its profile and its district choice name them. */
export interface DashboardAreas {
  readonly municipality: string;
  readonly country: string;
  /** The district in focus: the chosen one, else the dashboard's `focus`. */
  readonly focus?: string | undefined;
  /** The profile's comparison municipalities, in the profile's order. */
  readonly comparison?: readonly string[];
}

/**
 * The slot for each role, in the fixed role order: the municipality gets style 1 (blue,
 * circle), the district in focus style 2 (vermillion, square), the country style 5 (grey,
 * star: the reference every chart shares, quiet), the comparison areas styles 3, 4, 6 and 7.
 */
const ROLE_SLOTS = [0, 1, 4, 2, 3, 5, 6] as const;

/**
 * One style per area for a whole dashboard: municipality, district in focus, country, then
 * the comparison areas in the profile's order. The same area always gets the same style,
 * whichever chart shows it; the district in focus keeps the focus style when another is
 * chosen. With more than seven areas the styles repeat (the palette has seven).
 */
export function areaStyles(areas: DashboardAreas): Map<string, number> {
  const styles = new Map<string, number>();
  // A role keeps its place when it is empty or repeats an area: nobody moves up into its style.
  const byRole = [areas.municipality, areas.focus ?? '', areas.country, ...(areas.comparison ?? [])];
  for (const [role, name] of byRole.entries()) {
    if (name !== '' && !styles.has(name)) styles.set(name, ROLE_SLOTS[role % ROLE_SLOTS.length]!);
  }
  return styles;
}

/** The `series-styles` attribute for an assignment: `name=style` pairs (style 1-based), names %-escaped. */
export function formatSeriesStyles(styles: SeriesStyles): string {
  return [...styles].map(([name, slot]) => `${encodeURIComponent(name)}=${slot + 1}`).join('&');
}

/** What `series-styles` accepts, as the invalid-setting message shows it. */
export const SERIES_STYLES_VALID = `Asker=1&Norge=5 (1–${SERIES_STYLE_COUNT})`;

/**
 * Reads the `series-styles` attribute: `name=style` pairs joined by `&` (or `;`), each style
 * a whole number from 1 to SERIES_STYLE_COUNT, names %-escaped where they hold `&`, `;`,
 * `=` or `%`. Empty means no assignment (styles by order). Anything else is refused with
 * the invalid-setting message naming the attribute; nothing is drawn from it.
 */
export function parseSeriesStyles(text: string): Map<string, number> {
  const refuse = (detail: string): never => {
    throw new WidgetError('invalid-attribute', `series-styles: ${detail}`, { attribute: 'series-styles', valid: SERIES_STYLES_VALID });
  };
  const styles = new Map<string, number>();
  for (const pair of text.split(/[&;]/)) {
    if (pair.trim() === '') continue;
    const separator = pair.lastIndexOf('=');
    if (separator <= 0) refuse(`${JSON.stringify(pair)} must look like name=style`);
    let name = '';
    try {
      name = decodeURIComponent(pair.slice(0, separator).trim());
    } catch {
      refuse(`${JSON.stringify(pair)} has a broken %-escape`);
    }
    const style = pair.slice(separator + 1).trim();
    if (!/^\d+$/.test(style) || Number(style) < 1 || Number(style) > SERIES_STYLE_COUNT) {
      refuse(`the style of ${JSON.stringify(name)} must be a whole number from 1 to ${SERIES_STYLE_COUNT}, got ${JSON.stringify(style)}`);
    }
    if (styles.has(name)) refuse(`${JSON.stringify(name)} is given twice`);
    styles.set(name, Number(style) - 1);
  }
  return styles;
}

/**
 * The slot of each series a chart draws, in its order. A series the assignment names gets
 * its style; any other gets the first style that neither the assignment nor an earlier
 * series of this chart uses (so it cannot be mistaken for an area drawn elsewhere on the
 * page), and only when every style is taken, the first one this chart does not use yet.
 * Without an assignment this is the order: 0, 1, 2, …
 */
export function seriesSlots(series: readonly string[], styles: SeriesStyles = new Map()): number[] {
  const reserved = new Set(styles.values());
  const used = new Set<number>();
  const free = (avoid: ReadonlySet<number>) => {
    for (let slot = 0; slot < SERIES_STYLE_COUNT; slot++) if (!avoid.has(slot) && !used.has(slot)) return slot;
    return undefined;
  };
  return series.map((name, index) => {
    const slot = styles.get(name) ?? free(reserved) ?? free(new Set()) ?? index % SERIES_STYLE_COUNT;
    used.add(slot);
    return slot;
  });
}

/**
 * The style of each series a chart draws, in its order. Without `neutral` this is
 * seriesSlots (palette styles, by the assignment, else by order). With `neutral`, where
 * palette colours are kept for areas: a series the assignment names gets its area's style,
 * every other series the neutral styles in their order of appearance (women the first,
 * men the second), so nothing that is not an area borrows an area's colour.
 */
export function seriesStyleList(series: readonly string[], styles: SeriesStyles = new Map(), neutral = false): SeriesStyle[] {
  if (!neutral) return seriesSlots(series, styles).map((slot) => ({ kind: 'palette', slot }));
  let next = 0;
  return series.map((name) => {
    const slot = styles.get(name);
    return slot === undefined ? { kind: 'neutral', slot: next++ % NEUTRAL_STYLE_COUNT } : { kind: 'palette', slot };
  });
}

/**
 * The style of each bar of a chart without series, where palette colours are kept for areas:
 * a bar the assignment names (the district in focus) gets its area's style, every other bar
 * the first neutral style. One tone for all the districts the page does not single out, so
 * the eye goes to the one it does; the municipality is the chart's reference line.
 */
export function categoryStyleList(categories: readonly string[], styles: SeriesStyles): SeriesStyle[] {
  return categories.map((name) => {
    const slot = styles.get(name);
    return slot === undefined ? { kind: 'neutral', slot: 0 } : { kind: 'palette', slot };
  });
}
