import { describe, expect, it } from 'vitest';
import type { Row } from '@slt/engine';
import { anyHidden, toZonesPeriods } from './zones-data.ts';
import { zonesOptions, zonesQuery } from './zones-options.ts';
import { labelledIndices, niceTicks } from './zones-scale.ts';
import { summariseZones } from './zones-summary.ts';
import { joinList } from './zones.messages.ts';

const NBSP = '\u00a0';

/** Two years as published in case_counts.parquet (margins): 2024 total hidden. */
const ROWS: Row[] = [
  { period: '2024', year: 2024, zone: 'all', persons: null, status: ':' },
  { period: '2024', year: 2024, zone: 'green', persons: 60, status: null },
  { period: '2024', year: 2024, zone: 'yellow', persons: 0, status: null },
  { period: '2024', year: 2024, zone: 'orange', persons: null, status: ':' },
  { period: '2024', year: 2024, zone: 'red', persons: null, status: ':' },
  { period: '2025', year: 2025, zone: 'all', persons: 1081n, status: null },
  { period: '2025', year: 2025, zone: 'green', persons: 1054, status: null },
  { period: '2025', year: 2025, zone: 'yellow', persons: 12, status: null },
  { period: '2025', year: 2025, zone: 'orange', persons: 6, status: null },
  { period: '2025', year: 2025, zone: 'red', persons: null, status: ':' },
];

describe('zonesOptions', () => {
  it('defaults to stacked bars and keeps the filters', () => {
    expect(zonesOptions({ src: ' data/case_counts.parquet ', filter: 'sex=female', variant: '' })).toEqual({
      src: 'data/case_counts.parquet',
      filters: [{ column: 'sex', values: ['female'] }],
      variant: 'bars',
    });
  });

  it('fails loudly on a bad variant, a missing src and a zone filter', () => {
    expect(() => zonesOptions({ src: 'x', filter: '', variant: 'pie' })).toThrow('invalid variant: "pie" (use one of bars, areas)');
    expect(() => zonesOptions({ src: ' ', filter: '', variant: 'bars' })).toThrow('slt-zones needs a src');
    expect(() => zonesOptions({ src: 'x', filter: 'zone=red', variant: 'bars' })).toThrow('zone is chosen by the chart');
  });
});

describe('zonesQuery', () => {
  const options = zonesOptions({ src: 'x', filter: 'district_group=3203-G1', variant: 'bars' });

  it('reads every zone and the total, at the margins the page did not choose', () => {
    expect(zonesQuery(options)).toEqual({
      columns: ['period', 'year', 'zone', 'persons', 'status'],
      filters: [
        { column: 'district_group', values: ['3203-G1'] },
        { column: 'age_band', values: ['all'] },
        { column: 'sex', values: ['all'] },
        { column: 'measure', values: ['all'] },
        { column: 'zone', values: ['green', 'yellow', 'orange', 'red', 'all'] },
      ],
      orderBy: ['year', 'zone'],
    });
  });

  it('lets a linked filter replace a margin, and does not filter on a linked year', () => {
    const query = zonesQuery(options, [
      { column: 'sex', values: ['male'] },
      { column: 'year', values: ['2024'] },
    ]);
    expect(query.filters).toEqual([
      { column: 'district_group', values: ['3203-G1'] },
      { column: 'sex', values: ['male'] },
      { column: 'age_band', values: ['all'] },
      { column: 'measure', values: ['all'] },
      { column: 'zone', values: ['green', 'yellow', 'orange', 'red', 'all'] },
    ]);
  });
});

describe('toZonesPeriods', () => {
  const periods = toZonesPeriods(ROWS);

  it('takes the total from the published margin, never from the zones', () => {
    expect(periods.map((period) => period.total)).toEqual([
      { hidden: true, value: null },
      { hidden: false, value: 1081 },
    ]);
  });

  it('keeps hidden counts hidden and true zeros as 0', () => {
    expect(periods[0]!.zones).toEqual({
      green: { hidden: false, value: 60 },
      yellow: { hidden: false, value: 0 },
      orange: { hidden: true, value: null },
      red: { hidden: true, value: null },
    });
  });

  it('gives the hidden rest only when the total is shown', () => {
    expect(periods.map((period) => period.hiddenRest)).toEqual([null, 1081 - 1054 - 12 - 6]);
    expect(anyHidden(periods)).toBe(true);
  });

  it('treats a count the engine hid as hidden, whatever its status', () => {
    const hidden = toZonesPeriods(ROWS, (index) => index === 6);
    expect(hidden[1]!.zones.green).toEqual({ hidden: true, value: null });
  });

  it('rejects a count that is not a number', () => {
    expect(() => toZonesPeriods([{ period: '2025', year: 2025, zone: 'green', persons: 'many', status: null }])).toThrow(
      'persons must be a count, found "many"',
    );
  });
});

describe('summariseZones, in the four languages', () => {
  const periods = toZonesPeriods([
    ...ROWS,
    { period: '2023', year: 2023, zone: 'all', persons: 998, status: null },
  ]);

  it('bokmål', () => {
    expect(summariseZones(periods, 'nb', 5)).toEqual([
      `I 2025 var 1${NBSP}054 i grønn sone, 12 i gul og 6 i oransje; tallet for rød er skjult (færre enn 5, eller ville avslørt et slikt tall).`,
      `Til sammen 1${NBSP}081 unge i oppfølging.`,
      `Til sammen i oppfølging: 998 i 2023 og 1${NBSP}081 i 2025.`,
    ]);
  });

  it('nynorsk', () => {
    expect(summariseZones(periods, 'nn', 5)).toEqual([
      `I 2025 var 1${NBSP}054 i grøn sone, 12 i gul og 6 i oransje; talet for raud er skjult (færre enn 5, eller ville avslørt eit slikt tal).`,
      `Til saman 1${NBSP}081 unge i oppfølging.`,
      `Til saman i oppfølging: 998 i 2023 og 1${NBSP}081 i 2025.`,
    ]);
  });

  it('Danish', () => {
    expect(summariseZones(periods, 'da', 5)).toEqual([
      'I 2025 var der 1.054 i grøn zone, 12 i gul og 6 i orange; tallet for rød er skjult (færre end 5, eller ville afsløre et sådant tal).',
      'I alt 1.081 unge i opfølgning.',
      'I alt i opfølgning: 998 i 2023 og 1.081 i 2025.',
    ]);
  });

  it('English', () => {
    expect(summariseZones(periods, 'en', 5)).toEqual([
      'In 2025 there were 1,054 in the green zone, 12 in yellow and 6 in orange; the figure for red is hidden (fewer than 5, or would reveal such a count).',
      '1,081 young people in follow-up in all.',
      'In follow-up in all: 998 in 2023 and 1,081 in 2025.',
    ]);
  });

  it('says so when the latest total is hidden, and leaves the aside out when nothing is hidden', () => {
    const hiddenTotal = toZonesPeriods(ROWS.slice(0, 5));
    expect(summariseZones(hiddenTotal, 'nb', 5)[1]).toBe('Antallet til sammen er skjult.');
    const open = toZonesPeriods(ROWS.slice(5).map((row) => (row['zone'] === 'red' ? { ...row, persons: 9, status: null } : row)));
    expect(summariseZones(open, 'en', 5)[0]).toBe('In 2025 there were 1,054 in the green zone, 12 in yellow, 6 in orange and 9 in red.');
    expect(summariseZones([], 'nb', 5)).toEqual([]);
  });

  it('says hidden figures in words, never as ":" (a screen reader read it out as "kolon")', () => {
    const hide = (zones: readonly string[]) => toZonesPeriods(ROWS.slice(5), (index) => zones.includes(String(ROWS.slice(5)[index]!['zone'])));
    expect(summariseZones(hide(['green', 'orange', 'red']), 'nb', 5)[0]).toBe(
      'I 2025 var 12 i gul sone; tallene for grønn, oransje og rød er skjult (færre enn 5, eller ville avslørt et slikt tall).',
    );
    expect(summariseZones(hide(['green', 'yellow', 'orange', 'red']), 'nn', 5)[0]).toBe('I 2025 er tala for alle sonene skjulte (færre enn 5, eller ville avslørt eit slikt tal).');
    for (const language of ['nb', 'nn', 'da', 'en'] as const) expect(summariseZones(hide(['red']), language, 5).join(' ')).not.toMatch(/(^|\s):(\s|$)/);
  });
});

describe('helpers', () => {
  it('joins lists with the language\'s "and"', () => {
    expect(joinList(['a', 'b', 'c'], 'og')).toBe('a, b og c');
    expect(joinList(['a'], 'og')).toBe('a');
  });

  it('makes round ticks from 0 past the maximum', () => {
    expect(niceTicks(110, 5)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    expect(niceTicks(3, 4)).toEqual([0, 1, 2, 3]);
  });

  it('thins category labels to what fits, keeping the last', () => {
    expect([...labelledIndices(8, 30, 36)].sort()).toEqual([1, 3, 5, 7]);
    expect(labelledIndices(8, 100, 36).size).toBe(8);
  });
});
