import type { Language } from '@slt/engine';
import { describe, expect, it } from 'vitest';
import { wrap } from './kpi-card.ts';
import type { KpiFigure, KpiFigures } from './kpi-data.ts';
import { describeKpi, formatPeriod, kpiText } from './kpi-summary.ts';

const NBSP = '\u00a0';
const figure = (area: string, time: string, value: number | null, hidden = false): KpiFigure => ({ area, time, value, hidden });
const asker: KpiFigures = {
  current: figure('Asker', '2025', 11.0),
  previous: figure('Asker', '2024', 11.4),
  reference: figure('Norge', '2025', 9.5),
};
const options = (language: Language, label = '') => ({ unit: 'percent' as const, language, label, referenceName: 'Norge' });

describe('the KPI in words', () => {
  it.each([
    ['nb', 'av 16–25-åringene er utenfor arbeid og utdanning', [
      `Asker, 2025: 11,0${NBSP}% av 16–25-åringene er utenfor arbeid og utdanning.`,
      `Ned 0,4${NBSP}prosentpoeng fra 2024.`,
      `1,5${NBSP}prosentpoeng over Norge (9,5${NBSP}%).`,
    ]],
    ['nn', 'av 16–25-åringane er utanfor arbeid og utdanning', [
      `Asker, 2025: 11,0${NBSP}% av 16–25-åringane er utanfor arbeid og utdanning.`,
      `Ned 0,4${NBSP}prosentpoeng frå 2024.`,
      `1,5${NBSP}prosentpoeng over Norge (9,5${NBSP}%).`,
    ]],
    ['da', 'af de 16–25-årige er uden for job og uddannelse', [
      `Asker, 2025: 11,0${NBSP}% af de 16–25-årige er uden for job og uddannelse.`,
      `Ned 0,4${NBSP}procentpoint fra 2024.`,
      `1,5${NBSP}procentpoint over Norge (9,5${NBSP}%).`,
    ]],
    ['en', 'of 16–25 year-olds are outside work and education', [
      'Asker, 2025: 11.0% of 16–25 year-olds are outside work and education.',
      `Down 0.4${NBSP}percentage points from 2024.`,
      `1.5${NBSP}percentage points above Norge (9.5%).`,
    ]],
  ] as const)('%s', (language, label, expected) => {
    const text = kpiText(asker, options(language, label))!;
    expect(describeKpi(text, language)).toEqual(expected);
    expect(text.change?.direction).toBe('down');
  });

  it('says "up", "unchanged" and "below" in words, not only with the arrow', () => {
    const up = kpiText({ current: figure('Borgen', '2025', 15.5), previous: figure('Borgen', '2024', 15.0), reference: figure('Norge', '2025', 15.5) }, options('nb'))!;
    expect(up.change).toEqual({ direction: 'up', text: `opp 0,5${NBSP}prosentpoeng fra 2024` });
    expect(up.comparison).toBe(`som Norge (15,5${NBSP}%)`);
    const same = kpiText({ current: figure('Vollen', '2025', 6.6), previous: figure('Vollen', '2024', 6.63), reference: figure('Norge', '2025', 8.8) }, options('en'))!;
    expect(same.change).toEqual({ direction: 'none', text: 'unchanged from 2024' });
    expect(same.comparison).toBe(`2.2${NBSP}percentage points below Norge (8.8%)`);
  });

  it('calls a move within chance no clear change, where it has the counts (a tenth of a point is one or two young people)', () => {
    const withCounts = (value: number, numerator: number, denominator: number, time: string): KpiFigure => ({ ...figure('Asker', time, value), counts: { numerator, denominator } });
    // SSB 13556, Asker 15-29: 10,2 % in 2023, 10,3 % in 2024.
    const chance = kpiText({ current: withCounts(10.3, 1672, 16205, '2024'), previous: withCounts(10.2, 1611, 15865, '2023'), reference: undefined }, { ...options('nb'), referenceName: '' })!;
    expect(chance.change).toEqual({ direction: 'none', text: `ingen klar endring fra 2023 (opp 0,1${NBSP}prosentpoeng, innenfor tilfeldig variasjon)` });
    expect(describeKpi(chance, 'nb')[1]).toBe(`Ingen klar endring fra 2023 (opp 0,1${NBSP}prosentpoeng, innenfor tilfeldig variasjon).`);
    const english = kpiText({ current: withCounts(10.2, 1611, 15865, '2024'), previous: withCounts(10.3, 1672, 16205, '2023'), reference: undefined }, { ...options('en'), referenceName: '' })!;
    expect(english.change).toEqual({ direction: 'none', text: `no clear change from 2023 (down 0.1${NBSP}percentage points, within chance variation)` });
    // Beyond chance: a rise, with its arrow.
    const clear = kpiText({ current: withCounts(12, 12_000, 100_000, '2024'), previous: withCounts(11, 11_000, 100_000, '2023'), reference: undefined }, { ...options('nb'), referenceName: '' })!;
    expect(clear.change).toEqual({ direction: 'up', text: `opp 1,0${NBSP}prosentpoeng fra 2023` });
  });

  it('shows a hidden figure as ":" with words, and says what cannot be compared', () => {
    const hidden = kpiText(
      { current: figure('Vollen', '2014-2016', null, true), previous: figure('Vollen', '2013-2015', null, true), reference: figure('Asker', '2014-2016', 12) },
      options('nb'),
    )!;
    expect(hidden.figure).toBe(':');
    expect(describeKpi(hidden, 'nb')).toEqual(['Vollen, 2014–2016: tallet er skjult (:).']);
    const previousHidden = kpiText({ current: figure('Vollen', '2017-2019', 7), previous: figure('Vollen', '2016-2018', null, true), reference: figure('Asker', '2017-2019', null, true) }, options('nn'))!;
    expect(describeKpi(previousHidden, 'nn')).toEqual([
      `Vollen, 2017–2019: 7,0${NBSP}%.`,
      'Talet for 2016–2018 er skjult (:), så endringa blir ikkje vist.',
      'Talet for Asker er skjult (:).',
    ]);
    // A reference with no figure for the period (Norway's 16-25 is not published) says so.
    const noReference = kpiText({ current: figure('Asker', '2024', 9.9), previous: undefined, reference: undefined }, options('nb'))!;
    expect(describeKpi(noReference, 'nb')).toEqual([`Asker, 2024: 9,9${NBSP}%.`, 'Ingen tall for Norge å sammenligne med.']);
    const previousMissing = kpiText({ current: figure('Asker', '2024', 9.9), previous: figure('Asker', '2023', null), reference: undefined }, { ...options('nb'), referenceName: '' })!;
    expect(previousMissing.change).toEqual({ direction: 'unknown', text: 'ingen tall for 2023 å sammenligne med' });
    const referenceMissing = kpiText({ current: figure('Asker', '2024', 9.9), previous: undefined, reference: figure('Norge', '2024', null) }, options('en'))!;
    expect(referenceMissing.comparison).toBe('no figure for Norge to compare with');
    const missing = kpiText({ current: figure('', '2016', null), previous: undefined, reference: undefined }, { ...options('da'), referenceName: '' })!;
    expect(describeKpi(missing, 'da')).toEqual(['2016: intet tal.']);
  });

  it('writes periods with an en dash', () => {
    expect(formatPeriod('2021-2023', 'nb')).toBe('2021–2023');
    expect(formatPeriod('2024K1', 'nb')).toBe('1. kvartal 2024');
  });
});

describe('wrap', () => {
  it('breaks at spaces to fit the width, never inside a number and its unit', () => {
    const lines = wrap(`↓ ned 0,4${NBSP}prosentpoeng fra 2024`, 160, 15);
    expect(lines).toEqual(['↓ ned', `0,4${NBSP}prosentpoeng`, 'fra 2024']);
    expect(wrap('kort', 300, 15)).toEqual(['kort']);
  });
});
