import { describe, expect, it } from 'vitest';
import type { TrendPoint } from './trend-data.ts';
import { summariseTrend } from './trend-summary.ts';

const NBSP = '\u00a0';
const neet: TrendPoint[] = [
  { time: 2015, value: 11.4, series: 'Asker' },
  { time: 2020, value: null, series: 'Asker' },
  { time: 2024, value: 11.0, series: 'Asker' },
  { time: 2015, value: 10.5, series: 'Norge' },
  { time: 2024, value: 10.5, series: 'Norge' },
];

describe('summariseTrend', () => {
  it('names a three-year figure by its window, not by its last year', () => {
    const ungdata: TrendPoint[] = [
      { time: 2015, window: '2013-2015', value: 15.6, series: 'Asker' },
      { time: 2025, window: '2023-2025', value: 21.4, series: 'Asker' },
    ];
    expect(summariseTrend(ungdata, { unit: 'percent', language: 'nb' })).toEqual([
      `Asker: fra 15,6${NBSP}% i 2013\u20132015 til 21,4${NBSP}% i 2023\u20132025, en økning på 5,8${NBSP}prosentpoeng.`,
      'Hvert punkt gjelder en periode på flere år og står ved periodens siste år (2023\u20132025 ved 2025).',
    ]);
    expect(summariseTrend(ungdata, { unit: 'percent', language: 'en' }).at(-1)).toBe(
      'Each point covers a period of several years and stands at its last year (2023\u20132025 at 2025).',
    );
  });

  it('says nothing of windows when the points are single years, or when no series has a figure', () => {
    expect(summariseTrend(neet, { unit: 'percent', language: 'nb' }).join(' ')).not.toContain('periode');
    expect(summariseTrend([{ time: 2025, window: '2023-2025', value: null, series: 'Asker' }], { unit: 'percent', language: 'nb' })).toEqual([]);
  });

  it.each([
    [
      'nb',
      [
        `Asker: fra 11,4${NBSP}% i 2015 til 11,0${NBSP}% i 2024, en nedgang på 0,4${NBSP}prosentpoeng.`,
        `Norge: fra 10,5${NBSP}% i 2015 til 10,5${NBSP}% i 2024, uendret.`,
      ],
    ],
    [
      'nn',
      [
        `Asker: frå 11,4${NBSP}% i 2015 til 11,0${NBSP}% i 2024, ein nedgang på 0,4${NBSP}prosentpoeng.`,
        `Norge: frå 10,5${NBSP}% i 2015 til 10,5${NBSP}% i 2024, uendra.`,
      ],
    ],
    [
      'da',
      [
        `Asker: fra 11,4${NBSP}% i 2015 til 11,0${NBSP}% i 2024, et fald på 0,4${NBSP}procentpoint.`,
        `Norge: fra 10,5${NBSP}% i 2015 til 10,5${NBSP}% i 2024, uændret.`,
      ],
    ],
    [
      'en',
      [
        `Asker: from 11.4% in 2015 to 11.0% in 2024, a decrease of 0.4${NBSP}percentage points.`,
        `Norge: from 10.5% in 2015 to 10.5% in 2024, unchanged.`,
      ],
    ],
  ] as const)('describes each series from first to last value in %s', (language, expected) => {
    expect(summariseTrend(neet, { unit: 'percent', language })).toEqual(expected);
  });

  it('calls a change that rounds to zero "unchanged"', () => {
    const points: TrendPoint[] = [
      { time: 2020, value: 10.02, series: '' },
      { time: 2021, value: 10.04, series: '' },
    ];
    expect(summariseTrend(points, { unit: 'percent', language: 'nb' })).toEqual([
      `Fra 10,0${NBSP}% i 2020 til 10,0${NBSP}% i 2021, uendret.`,
    ]);
  });

  it('describes a single value, rates per 1000 and dates', () => {
    expect(summariseTrend([{ time: 2019, value: 19.7, series: 'Asker' }], { unit: 'per_1000', language: 'nb' })).toEqual([
      `Asker: 19,7${NBSP}per 1${NBSP}000 i 2019.`,
    ]);
    const monthly: TrendPoint[] = [
      { time: new Date(Date.UTC(2024, 0, 1)), value: 12, series: '' },
      { time: new Date(Date.UTC(2024, 5, 1)), value: 15, series: '' },
    ];
    expect(summariseTrend(monthly, { unit: 'count', language: 'nb' })).toEqual([
      'Fra 12 i 1. januar 2024 til 15 i 1. juni 2024, en økning på 3.',
    ]);
  });

  it.each([
    ['nb', 'Fra 12 i desember 2024 til 15 i mars 2025, en økning på 3.'],
    ['nn', 'Frå 12 i desember 2024 til 15 i mars 2025, ein auke på 3.'],
    ['da', 'Fra 12 i december 2024 til 15 i marts 2025, en stigning på 3.'],
    ['en', 'From 12 in December 2024 to 15 in March 2025, an increase of 3.'],
  ] as const)('names months as months in %s (a monthly file\'s 2024-12), not as their first day', (language, expected) => {
    const months: TrendPoint[] = [
      { time: new Date(Date.UTC(2024, 11, 1)), grain: 'month', value: 12, series: '' },
      { time: new Date(Date.UTC(2025, 2, 1)), grain: 'month', value: 15, series: '' },
    ];
    expect(summariseTrend(months, { unit: 'count', language })).toEqual([expected]);
  });

  it.each([
    ['nb', 'Fra 136,2 i 1. kvartal 2022 til 140,5 i 3. kvartal 2022, en økning på 4,3.'],
    ['nn', 'Frå 136,2 i 1. kvartal 2022 til 140,5 i 3. kvartal 2022, ein auke på 4,3.'],
    ['da', 'Fra 136,2 i 1. kvartal 2022 til 140,5 i 3. kvartal 2022, en stigning på 4,3.'],
    ['en', 'From 136.2 in Q1 2022 to 140.5 in Q3 2022, an increase of 4.3.'],
  ] as const)('names quarters as quarters in %s (SSB\'s 2022K1)', (language, expected) => {
    const quarters: TrendPoint[] = [
      { time: new Date(Date.UTC(2022, 0, 1)), grain: 'quarter', value: 136.2, series: '' },
      { time: new Date(Date.UTC(2022, 6, 1)), grain: 'quarter', value: 140.5, series: '' },
    ];
    expect(summariseTrend(quarters, { unit: 'count', language, decimals: 1 })).toEqual([expected]);
  });

  it('names half-years as half-years', () => {
    const halves: TrendPoint[] = [
      { time: new Date(Date.UTC(2023, 0, 1)), grain: 'half', value: 3, series: '' },
      { time: new Date(Date.UTC(2023, 6, 1)), grain: 'half', value: 5, series: '' },
    ];
    expect(summariseTrend(halves, { unit: 'count', language: 'nb' })).toEqual(['Fra 3 i 1. halvår 2023 til 5 i 2. halvår 2023, en økning på 2.']);
    expect(summariseTrend(halves, { unit: 'count', language: 'en' })).toEqual(['From 3 in H1 2023 to 5 in H2 2023, an increase of 2.']);
  });

  it('says how many figures are hidden to protect privacy', () => {
    const points: TrendPoint[] = [
      { time: 2023, value: 20, series: 'Vollen' },
      { time: 2024, value: null, series: 'Vollen', hidden: true },
      { time: 2025, value: 25, series: 'Vollen' },
    ];
    expect(summariseTrend(points, { unit: 'percent', language: 'nb' })).toEqual([
      `Vollen: fra 20,0${NBSP}% i 2023 til 25,0${NBSP}% i 2025, en økning på 5,0${NBSP}prosentpoeng. 1 av tallene er skjult.`,
    ]);
    expect(summariseTrend(points, { unit: 'percent', language: 'en' })[0]).toMatch(/ 1 of the figures are hidden\.$/);
  });

  it('leaves out a series that has no values at all', () => {
    expect(summariseTrend([{ time: 2020, value: null, series: 'Borgen' }], { unit: 'percent', language: 'nb' })).toEqual([]);
  });
});

describe('summariseTrend with a reference series', () => {
  const districts: TrendPoint[] = [
    { time: 2023, value: 16.1, series: 'Borgen' },
    { time: 2024, value: 15.9, series: 'Borgen' },
    { time: 2023, value: 8.0, series: 'Vollen' },
    { time: 2024, value: 8.7, series: 'Vollen' },
    // 10,33 shows as 10,3 %: not above the reference's 10,3 %.
    { time: 2024, value: 10.33, series: 'Sætre' },
    { time: 2024, value: 12.7, series: 'Tofte' },
  ];
  const reference = {
    name: 'Asker',
    points: [
      { time: 2024, value: 10.3, series: 'Asker' },
      { time: 2023, value: 10.2, series: 'Asker' },
    ],
  };

  it('names the dashed line first, then who lay above it at its last year, highest first', () => {
    expect(summariseTrend(districts, { unit: 'percent', language: 'nb' }, reference).slice(0, 3)).toEqual([
      `Asker (stiplet linje): fra 10,2${NBSP}% i 2023 til 10,3${NBSP}% i 2024, en økning på 0,1${NBSP}prosentpoeng.`,
      `I 2024 lå 2 av 4 over Asker (10,3${NBSP}%): Borgen og Tofte.`,
      `Borgen: fra 16,1${NBSP}% i 2023 til 15,9${NBSP}% i 2024, en nedgang på 0,2${NBSP}prosentpoeng.`,
    ]);
    expect(summariseTrend(districts, { unit: 'percent', language: 'en' }, reference)[1]).toBe('In 2024, 2 of 4 were above Asker (10.3%): Borgen and Tofte.');
    expect(summariseTrend(districts, { unit: 'percent', language: 'nn' }, reference)[0]).toMatch(/^Asker \(stipla linje\): frå /);
  });

  it('says when none lay above it, and compares at the reference\'s last figure', () => {
    const low = districts.filter((point) => point.series === 'Vollen');
    expect(summariseTrend(low, { unit: 'percent', language: 'da' }, reference)[1]).toBe(`I 2024 lå ingen af 1 over Asker (10,3${NBSP}%).`);
    // The reference's 2024 figure hidden: the comparison is made at 2023.
    const hidden = { name: 'Asker', points: [{ time: 2023, value: 10.2, series: 'Asker' }, { time: 2024, value: null, series: 'Asker', hidden: true }] };
    expect(summariseTrend(districts, { unit: 'percent', language: 'nb' }, hidden)[1]).toBe(`I 2023 lå 1 av 2 over Asker (10,2${NBSP}%): Borgen.`);
  });
});

describe('a highlighted series in the text alternative', () => {
  const areas = (values: Record<string, number | null>, time = 2024): TrendPoint[] =>
    Object.entries(values).map(([series, value]) => ({ time, value, series }));
  const lines = [...areas({ Asker: 10.1, Oslo: 11.5, Bærum: 9.6, Norge: 10.0 }, 2023), ...areas({ Asker: 10.3, Oslo: 10.12, Bærum: 9.6, Norge: 10.0, Drammen: 11.5 })];

  it('tells it first, then where it stood among the lines at the last time, by the figures as shown', () => {
    const text = summariseTrend(lines, { unit: 'percent', language: 'nb', highlight: 'Asker' });
    expect(text[0]).toMatch(/^Asker: fra 10,1/);
    expect(text[1]).toBe('I 2024 var Asker nummer 2 av 5, regnet fra det høyeste tallet.');
    expect(text.slice(2).map((sentence) => sentence.split(':')[0])).toEqual(['Oslo', 'Bærum', 'Norge', 'Drammen']);
    // Without a highlight: in the lines' order, no place.
    expect(summariseTrend(lines, { unit: 'percent', language: 'nb' }).map((sentence) => sentence.split(':')[0])).toEqual(['Asker', 'Oslo', 'Bærum', 'Norge', 'Drammen']);
  });

  it.each([
    ['Drammen', 'nb', 'I 2024 hadde Drammen det høyeste tallet av 5.'],
    ['Bærum', 'nn', 'I 2024 hadde Bærum det lågaste talet av 5.'],
    ['Norge', 'da', 'I 2024 var Norge nummer 4 af 5, regnet fra det højeste tal.'],
    ['Asker', 'en', 'In 2024, Asker was number 2 of 5, counting from the highest figure.'],
  ] as const)('%s in %s', (highlight, language, sentence) => {
    expect(summariseTrend(lines, { unit: 'percent', language, highlight })[1]).toBe(sentence);
  });

  it('shares a place with the lines whose figures read the same, and names them', () => {
    // 10,12 and 10,08 both read 10,1 %: the reader sees no difference, so neither is above the other.
    const tied = areas({ Asker: 10.12, Oslo: 10.08, Lillestrøm: 10.1, Drammen: 11.5, Bærum: 9.6 });
    expect(summariseTrend(tied, { unit: 'percent', language: 'nb', highlight: 'Oslo' })[1]).toBe('I 2024 var Oslo nummer 2 av 5, regnet fra det høyeste tallet, likt med Asker og Lillestrøm.');
    expect(summariseTrend(areas({ Asker: 9.6, Oslo: 9.6, Drammen: 11.5, Bærum: 10.2 }), { unit: 'percent', language: 'en', highlight: 'Asker' })[1]).toBe(
      'In 2024, Asker had the lowest figure of 4, level with Oslo.',
    );
  });

  it('says no place with fewer than four lines at the last time (three read at a glance), or without a figure of its own then', () => {
    const says = (points: TrendPoint[]) => summariseTrend(points, { unit: 'percent', language: 'nb', highlight: 'Asker' }).some((sentence) => /nummer|tallet av/.test(sentence));
    expect(says(areas({ Asker: 10.3, Oslo: 10.1, Norge: 10.0 }))).toBe(false);
    expect(says([...areas({ Asker: 10.3, Oslo: 10.1, Norge: 10.0, Bærum: 9.6 }, 2023), ...areas({ Asker: null, Oslo: 10.1, Norge: 10.0, Bærum: 9.6 })])).toBe(false);
    // Its figure hidden at the last time: no place either, and nothing that narrows it down.
    expect(says(areas({ Asker: null, Oslo: 10.1, Norge: 10.0, Bærum: 9.6, Drammen: 11.5 }))).toBe(false);
    expect(says(areas({ Asker: 10.3, Oslo: 10.1, Norge: 10.0, Bærum: 9.6 }))).toBe(true);
  });
});
