import { describe, expect, it } from 'vitest';
import { monthName, reportSentences } from './casework-report.ts';
import { EMPTY_MONTH, type MonthFigures } from './casework-shape.ts';

const month = (m: string, figures: Partial<MonthFigures>): MonthFigures => ({ ...EMPTY_MONTH(m), ...figures });
const MONTHLY = [
  month('2024-12', { discussed: 37, concerns: 9 }),
  month('2025-11', { discussed: 47, escalations: 0, deescalations: 1, concerns: 12 }),
  month('2025-12', { discussed: 43, green: 21, yellow: 10, orange: 8, red: 4, escalations: 4, deescalations: 3, concerns: 12, measures_started: 9, new_cases: 0 }),
];

describe('reportSentences', () => {
  it('says this month against the month before and the same month last year, in bokmål', () => {
    expect(reportSentences(MONTHLY, '2025-12', 'nb')).toEqual([
      'I desember 2025 ble 43 unge drøftet i 4-partsmøtet, 4 færre enn i november 2025 og 6 flere enn i desember 2024.',
      '21 var i grønn sone, 10 i gul, 8 i oransje og 4 i rød.',
      '4 gikk opp på tiltaksstigen og 3 gikk ned (måneden før: 0 opp og 1 ned).',
      '12 nye bekymringer kom inn (12 i november 2025, 9 i desember 2024).',
      '9 tiltak ble startet, og 0 unge ble drøftet for første gang.',
    ]);
  });

  it('writes nynorsk, Danish and English, and "as many as" when nothing changed', () => {
    const same = [month('2025-11', { discussed: 43 }), ...MONTHLY.filter((m) => m.month !== '2025-11')];
    expect(reportSentences(same, '2025-12', 'nn')[0]).toBe(
      'I desember 2025 vart 43 unge drøfta i 4-partsmøtet, like mange som i november 2025 og 6 fleire enn i desember 2024.',
    );
    expect(reportSentences(same, '2025-12', 'da')[0]).toBe(
      'I december 2025 blev 43 unge drøftet på 4-partsmødet, lige så mange som i november 2025 og 6 flere end i december 2024.',
    );
    expect(reportSentences(MONTHLY, '2025-12', 'en')[0]).toBe(
      'In December 2025, 43 young people were discussed at the 4-party meeting, 4 fewer than in November 2025 and 6 more than in December 2024.',
    );
  });

  it('treats a month without rows as zero', () => {
    expect(reportSentences([], '2019-03', 'en')[3]).toBe('0 new concerns came in (0 in February 2019, 0 in March 2018).');
  });

  it('names months in each language', () => {
    expect(['nb', 'nn', 'da', 'en'].map((l) => monthName('2025-05', l as 'nb'))).toEqual(['mai 2025', 'mai 2025', 'maj 2025', 'May 2025']);
  });
});
