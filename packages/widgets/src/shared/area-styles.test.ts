import { describe, expect, it } from 'vitest';
import { areaStyles, categoryStyleList, formatSeriesStyles, NEUTRAL_STYLE_COUNT, parseSeriesStyles, SERIES_STYLE_COUNT, seriesSlots, seriesStyleList } from './area-styles.ts';
import { isWidgetError } from './widget-error.ts';
import { DARK_PALETTE, DEFAULT_PALETTE, SERIES_SYMBOLS } from './series-style.ts';
import { PATTERNS } from '../bars/bars-chart.ts';

const ASKER = { municipality: 'Asker', country: 'Norge', focus: 'Borgen', comparison: ['Bærum', 'Oslo', 'Drammen', 'Lillestrøm'] };

describe('areaStyles: one style per area for a whole dashboard', () => {
  it('gives the roles their fixed styles: municipality, district in focus, country, then the comparison areas', () => {
    expect(Object.fromEntries(areaStyles(ASKER))).toEqual({ Asker: 0, Borgen: 1, Norge: 4, Bærum: 2, Oslo: 3, Drammen: 5, Lillestrøm: 6 });
  });

  it('gives every area of the Norwegian and Danish profiles its own style', () => {
    for (const areas of [ASKER, { municipality: 'København', country: 'Hele landet', focus: 'Nørrebro', comparison: ['Frederiksberg', 'Aarhus', 'Odense', 'Aalborg'] }]) {
      const styles = areaStyles(areas);
      expect(styles.size).toBe(7);
      expect(new Set(styles.values()).size).toBe(7);
    }
  });

  it('keeps the focus style for whichever district is in focus, and the others where they were', () => {
    const before = areaStyles(ASKER);
    const after = areaStyles({ ...ASKER, focus: 'Heggedal' });
    expect(after.get('Heggedal')).toBe(before.get('Borgen'));
    for (const area of ['Asker', 'Norge', 'Bærum', 'Oslo', 'Drammen', 'Lillestrøm']) expect(after.get(area)).toBe(before.get(area));
  });

  it('does not move the comparison areas into the focus style when no district is in focus', () => {
    const styles = areaStyles({ ...ASKER, focus: '' });
    expect(styles.has('')).toBe(false);
    expect(styles.get('Bærum')).toBe(2);
    expect([...styles.values()]).not.toContain(1);
  });

  it('gives an area named in two roles the style of the first', () => {
    expect(areaStyles({ municipality: 'Asker', country: 'Norge', comparison: ['Asker', 'Oslo'] }).get('Asker')).toBe(0);
  });

  it('repeats styles only beyond seven areas', () => {
    const styles = areaStyles({ ...ASKER, comparison: [...ASKER.comparison, 'Bergen'] });
    expect(styles.get('Bergen')).toBe(styles.get('Asker'));
  });
});

describe('the series-styles attribute', () => {
  it('round-trips an assignment, 1-based and %-escaped', () => {
    const styles = new Map([['Asker', 0], ['Sogn & Fjordane', 3], ['Norge', 4]]);
    const text = formatSeriesStyles(styles);
    expect(text).toBe('Asker=1&Sogn%20%26%20Fjordane=4&Norge=5');
    expect(parseSeriesStyles(text)).toEqual(styles);
  });

  it('reads an empty attribute as no assignment, and takes ; like the filters', () => {
    expect(parseSeriesStyles('  ').size).toBe(0);
    expect(Object.fromEntries(parseSeriesStyles('Asker=1; Norge=5'))).toEqual({ Asker: 0, Norge: 4 });
  });

  it.each([
    ['Asker', 'no style'],
    ['=3', 'no name'],
    ['Asker=0', 'below 1'],
    [`Asker=${SERIES_STYLE_COUNT + 1}`, 'beyond the palette'],
    ['Asker=1.5', 'not whole'],
    ['Asker=blue', 'not a number'],
    ['Asker=1&Asker=2', 'an area twice'],
    ['Sogn%2=1', 'a broken %-escape'],
  ])('refuses %j (%s) with the invalid-setting message naming the attribute', (text) => {
    let caught: unknown;
    try {
      parseSeriesStyles(text);
    } catch (error) {
      caught = error;
    }
    expect(isWidgetError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'invalid-attribute', attribute: 'series-styles' });
  });
});

describe('seriesSlots: the styles of the series one chart draws', () => {
  it('without an assignment, styles the series by their order (as before)', () => {
    expect(seriesSlots(['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('gives the named series their styles whatever their order in the chart', () => {
    const styles = areaStyles(ASKER);
    expect(seriesSlots(['Asker', 'Borgen', 'Norge'], styles)).toEqual([0, 1, 4]);
    expect(seriesSlots(['Asker', 'Bærum', 'Drammen', 'Lillestrøm', 'Norge', 'Oslo'], styles)).toEqual([0, 2, 5, 6, 4, 3]);
  });

  it('gives a series the assignment does not name a style no named area has', () => {
    const styles = new Map([['Asker', 0], ['Norge', 4]]);
    expect(seriesSlots(['Asker', 'Vestby', 'Norge', 'Ås'], styles)).toEqual([0, 1, 4, 2]);
  });

  it('when every style is named, still keeps the series of one chart apart', () => {
    const styles = areaStyles(ASKER);
    const slots = seriesSlots(['Asker', 'Vestby'], styles);
    expect(slots[1]).not.toBe(slots[0]);
  });
});

describe('a style is one colour, one symbol and one hatching, in step', () => {
  it('has as many palette colours (light and dark), symbols and bar hatchings as styles', () => {
    expect(DEFAULT_PALETTE).toHaveLength(SERIES_STYLE_COUNT);
    expect(DARK_PALETTE).toHaveLength(SERIES_STYLE_COUNT);
    expect(SERIES_SYMBOLS).toHaveLength(SERIES_STYLE_COUNT);
    expect(PATTERNS).toHaveLength(SERIES_STYLE_COUNT);
    expect(new Set(PATTERNS).size).toBe(SERIES_STYLE_COUNT);
  });
});

describe('palette colours mean areas only: neutral styles for everything else', () => {
  const styles = areaStyles(ASKER);

  it('without neutral, styles series as seriesSlots does', () => {
    expect(seriesStyleList(['Asker', 'Vestby'], new Map([['Asker', 0]]))).toEqual([
      { kind: 'palette', slot: 0 },
      { kind: 'palette', slot: 1 },
    ]);
  });

  it('draws series that are not areas (women, men) in the neutral styles by order, never in an area style', () => {
    const list = seriesStyleList(['female', 'male', 'all'], styles, true);
    expect(list).toEqual([
      { kind: 'neutral', slot: 0 },
      { kind: 'neutral', slot: 1 },
      { kind: 'neutral', slot: 2 },
    ]);
  });

  it('keeps the areas it names in their styles beside neutral series', () => {
    expect(seriesStyleList(['Borgen', 'Vestby', 'Norge'], styles, true)).toEqual([
      { kind: 'palette', slot: 1 },
      { kind: 'neutral', slot: 0 },
      { kind: 'palette', slot: 4 },
    ]);
  });

  it('repeats the neutral styles beyond their number (they stay neutral)', () => {
    const names = Array.from({ length: NEUTRAL_STYLE_COUNT + 1 }, (_, index) => `s${index}`);
    const list = seriesStyleList(names, styles, true);
    expect(list.every((style) => style.kind === 'neutral')).toBe(true);
    expect(list.at(-1)).toEqual(list[0]);
  });

  it('single-series bars: the district in focus in its style, every other district in one neutral tone', () => {
    expect(categoryStyleList(['Heggedal', 'Borgen', 'Tofte'], styles)).toEqual([
      { kind: 'neutral', slot: 0 },
      { kind: 'palette', slot: 1 },
      { kind: 'neutral', slot: 0 },
    ]);
    expect(categoryStyleList(['Heggedal', 'Tofte'], new Map()).every((style) => style.kind === 'neutral')).toBe(true);
  });
});
