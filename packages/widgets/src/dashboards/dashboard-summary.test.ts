import { describe, expect, it } from 'vitest';
import { caseSummary, filtersInWords, indicatorSummary, monthsToCompare, type IndicatorFacts } from './dashboard-summary.ts';

const lowIncome: IndicatorFacts = {
  indicator: 'persistent_low_income_children', unit: 'percent', period: '2023-2025', previousPeriod: '2022-2024',
  municipality: 6.8, previous: 7.2, country: 11, highest: { area: 'Sætre', value: 10.7 }, focus: { area: 'Borgen', value: 10 },
};
const childWelfare: IndicatorFacts = { indicator: 'child_welfare_per_1000', unit: 'per_1000', period: '2025', municipality: 16.7, country: 21.2 };
const names = { municipality: 'Asker', country: 'Norge' };

describe('indicatorSummary', () => {
  it('says the highest district, the change, the country and the focus, in bokmål', () => {
    // Numbers use no-break spaces (1\u00a0000, 6,8\u00a0%); compared here with plain spaces.
    expect(indicatorSummary([lowIncome, childWelfare], names, 'nb').map((text) => text.replaceAll('\u00a0', ' '))).toEqual([
      'Andel barn i husholdninger med vedvarende lavinntekt: høyest i Sætre (10,7 %), mot 6,8 % i Asker og 11,0 % i Norge (2023–2025).',
      'Andel barn i husholdninger med vedvarende lavinntekt i Asker: 6,8 % i 2023–2025, ned 0,4 prosentpoeng fra 2022–2024.',
      'Barn med barnevernstiltak per 1 000: Asker 16,7 per 1 000, 4,5 per 1 000 under Norge (21,2 per 1 000).',
      'Borgen: andel barn i husholdninger med vedvarende lavinntekt 10,0 % i 2023–2025, 3,2 prosentpoeng over Asker (6,8 %).',
    ]);
  });

  it('speaks nynorsk, Danish and English', () => {
    const first = (language: 'nn' | 'da' | 'en') => indicatorSummary([lowIncome], names, language)[0];
    expect(first('nn')).toMatch(/^Del born i hushald med vedvarande låginntekt: høgast i Sætre \(10,7\s%\)/);
    expect(first('da')).toMatch(/^Andel børn i familier med vedvarende lavindkomst: højest i Sætre \(10,7\s%\) mod 6,8\s% i Asker/);
    expect(first('en')).toMatch(/^Share of children in persistent low-income households: highest in Sætre \(10.7\s?%\), against 6.8\s?% in Asker/);
  });

  it('calls a change within chance no clear change, as the key figures do', () => {
    const within = indicatorSummary([{ ...lowIncome, changeClear: false }], names, 'nb').map((text) => text.replaceAll('\u00a0', ' '));
    expect(within[1]).toBe('Andel barn i husholdninger med vedvarende lavinntekt i Asker: 6,8 % i 2023–2025, ingen klar endring fra 2022–2024 (ned 0,4 prosentpoeng, innenfor tilfeldig variasjon).');
    expect(indicatorSummary([{ ...lowIncome, changeClear: true }], names, 'nb')[1]).toMatch(/, ned 0,4\sprosentpoeng fra 2022–2024\.$/);
    // A change that rounds to nothing is "uendret", not "ingen klar endring (uendret, …)".
    expect(indicatorSummary([{ ...lowIncome, previous: 6.82, changeClear: false }], names, 'nb')[1]).toBe('Andel barn i husholdninger med vedvarende lavinntekt i Asker: 6,8\u00a0% i 2023–2025, uendret fra 2022–2024.');
    expect(indicatorSummary([{ ...lowIncome, changeClear: false }], names, 'da')[1]).toMatch(/ingen klar ændring fra 2022–2024 \(ned 0,4\sprocentpoint, inden for tilfældig variation\)\.$/);
  });

  it('leaves out a sentence whose figure is hidden', () => {
    expect(indicatorSummary([{ ...lowIncome, municipality: null }], names, 'nb')).toEqual([]);
  });
});

describe('caseSummary', () => {
  const facts = { month: '2025-12', thisMonth: 43, lastMonth: 47, sameMonthLastYear: null, year: 2025, total: 81, green: 54, yellow: 16, concerns: 12 };
  it('compares the month with the month before and the same month last year; hidden is ":"', () => {
    expect(caseSummary(facts, 'nb')[0]).toBe('I desember 2025 ble 43 unge drøftet i 4-partsmøtene, mot 47 måneden før og : (skjult) i desember 2024.');
    expect(caseSummary(facts, 'da')[0]).toBe('I december 2025 blev 43 unge drøftet på 4-partsmøderne mod 47 måneden før og : (skjult) i december 2024.');
    expect(caseSummary(facts, 'en')[0]).toBe('In December 2025, 43 young people were discussed at the 4-party meetings, against 47 the month before and : (hidden) in December 2024.');
    expect(caseSummary(facts, 'nn')[1]).toBe('I 2025 var 81 unge i oppfølging, 54 av dei i grøn sone og 16 i gul.');
  });
  it('says that months are not published when all three months are hidden, instead of three ":"', () => {
    const withheld = { ...facts, thisMonth: null, lastMonth: null, sameMonthLastYear: null };
    expect(caseSummary(withheld, 'nb')[0]).toBe('Hvor mange unge som ble drøftet i 4-partsmøtene hver måned, publiseres ikke: hver måned har for få saker til at tallet kan vises uten å avsløre noen. Se årstallene nedenfor.');
    expect(caseSummary(withheld, 'en')[0]).toMatch(/^How many young people were discussed at the 4-party meetings each month is not published/);
    expect(caseSummary(withheld, 'nb')[1]).toBe(caseSummary(facts, 'nb')[1]); // the yearly sentence stays
    expect(caseSummary({ ...withheld, lastMonth: 47 }, 'nb')[0]).toMatch(/^I desember 2025 ble : \(skjult\) unge drøftet/);
  });
  it('knows the months to compare across a new year', () => {
    expect(monthsToCompare('2025-01')).toEqual({ lastMonth: '2024-12', sameMonthLastYear: '2024-01' });
  });
});

describe('filtersInWords', () => {
  it('writes the filters in force for the printed report', () => {
    expect(filtersInWords(new Map([['area', ['Borgen']], ['sex', ['female']]]), 'nb')).toBe('Område: Borgen; Kjønn: jenter/kvinner');
    expect(filtersInWords(new Map(), 'en')).toBe('the whole municipality, no selection');
  });
});

describe('indicatorSummary: the district in focus against the country', () => {
  const base: IndicatorFacts = { indicator: 'neet_16_25', unit: 'percent', period: '2025', municipality: 10.3, country: 8.8 };
  const said = (focus: IndicatorFacts['focus'], language: 'nb' | 'en' = 'nb') =>
    indicatorSummary([{ ...base, focus }], names, language).filter((text) => /^[▲▼●]/.test(text)).map((text) => text.replaceAll('\u00a0', ' '));

  it('says a difference beyond chance in words and with a symbol', () => {
    expect(said({ area: 'Borgen', value: 15, numerator: 150, denominator: 1000 })).toEqual([
      '▲ Borgen: andel unge 16–25 år utenfor arbeid og utdanning 15,0 % er klart høyere enn i Norge (8,8 %), mer enn tilfeldig variasjon.',
    ]);
    expect(said({ area: 'Borgen', value: 5, numerator: 50, denominator: 1000 }, 'en')[0]).toMatch(/^▼ Borgen: .* is clearly lower than in Norge/);
  });

  it('says no clear difference for a small district, and points to the three-year average', () => {
    expect(said({ area: 'Tofte', value: 10, numerator: 12, denominator: 120 })).toEqual([
      '● Tofte: andel unge 16–25 år utenfor arbeid og utdanning 10,0 % skiller seg ikke klart fra Norge (8,8 %). Området er lite: se helst på gjennomsnittet over tre år.',
    ]);
  });

  it('does not point a figure that is a 3-year window already to the three-year average', () => {
    const window = indicatorSummary([{ ...base, period: '2023-2025', focus: { area: 'Tofte', value: 10, numerator: 12, denominator: 120 } }], names, 'nb');
    expect(window.find((text) => text.startsWith('●'))).not.toMatch(/gjennomsnittet over tre år/);
  });

  it("gives the district's 3-year figure in the averaged view, and only there", () => {
    const facts = [{ ...base, focus: { area: 'Tofte', value: 14.2, numerator: 79, denominator: 556, average: { period: '2022–2024', value: 13.66 } } }];
    const averaged = indicatorSummary(facts, names, 'nb', { averaged: ['neet_16_25'] });
    expect(averaged).toContain('Tofte: andel unge 16–25 år utenfor arbeid og utdanning 13,7\u00a0% som 3-års gjennomsnitt for 2022–2024.');
    expect(indicatorSummary(facts, names, 'nb').join(' ')).not.toContain('3-års gjennomsnitt for');
    expect(indicatorSummary(facts, names, 'en', { averaged: ['neet_16_25'] }).join(' ')).toContain('as a 3-year average for 2022–2024');
  });

  it('says nothing when the counts are hidden', () => {
    expect(said({ area: 'Tofte', value: 10, numerator: null, denominator: 120 })).toEqual([]);
  });

  describe('in the 3-year view: tested on the pooled counts of the window', () => {
    // 14 of 100 young people a year: 14 % against the country's 10 % is chance in one year,
    // and beyond chance over three (42 of 300): what the averaged view is for.
    const yearly = { area: 'Tofte', value: 14, numerator: 14, denominator: 100 };
    const average = { period: '2022–2024', value: 14, numerator: 42, denominator: 300 };
    const fact: IndicatorFacts = { ...base, country: 10, countryAverage: 10, focus: { ...yearly, average } };
    const marks = (facts: IndicatorFacts[], language: 'nb' | 'nn' | 'da' | 'en' = 'nb', view: 'average' | 'yearly' = 'average') =>
      indicatorSummary(facts, names, language, { averaged: ['neet_16_25'], view }).filter((text) => /^[▲▼●]/.test(text)).map((text) => text.replaceAll('\u00a0', ' '));

    it('uses the pooled numerator and denominator, not the latest year', () => {
      expect(marks([fact], 'nb', 'yearly')[0]).toMatch(/^● Tofte: .* 14,0 % skiller seg ikke klart fra Norge \(10,0 %\)/);
      expect(marks([fact])).toEqual([
        '▲ Tofte: andel unge 16–25 år utenfor arbeid og utdanning 14,0 % som 3-års gjennomsnitt for 2022–2024 er klart høyere enn i Norge (10,0 % for de samme årene), mer enn tilfeldig variasjon.',
      ]);
    });

    it('compares with the country over the same years, not its latest year', () => {
      // The country's latest year (13 %) would make Tofte ordinary; its 3-year figure (10 %) does not.
      expect(marks([{ ...fact, country: 13 }])[0]).toMatch(/^▲ .*Norge \(10,0 % for de samme årene\)/);
      expect(marks([{ ...fact, countryAverage: 13.5 }])[0]).toMatch(/^● /);
    });

    it('says "3-year average" and the window in nynorsk, Danish and English', () => {
      expect(marks([fact], 'nn')[0]).toContain('som 3-års gjennomsnitt for åra 2022–2024 er klart høgare enn i Norge (10,0 % for dei same åra)');
      expect(marks([fact], 'da')[0]).toContain('som 3-års gennemsnit for 2022–2024 er klart højere end i Norge (10,0 % for de samme år)');
      expect(marks([fact], 'en')[0]).toContain('as a 3-year average for 2022–2024 is clearly higher than in Norge (10.0% over the same years)');
    });

    it('gives no mark when a year of the window is hidden (no pooled figure), never the yearly test instead', () => {
      expect(marks([{ ...fact, focus: yearly }])).toEqual([]);
      expect(marks([{ ...fact, focus: { ...yearly, average: { period: '2022–2024', value: 14 } } }])).toEqual([]);
    });

    it('gives no mark when the country has no figure for every year of the window', () => {
      expect(marks([{ ...fact, countryAverage: null }])).toEqual([]);
      const { countryAverage: _dropped, ...withoutCountry } = fact;
      expect(marks([withoutCountry])).toEqual([]);
    });

    it('keeps the yearly test for a figure published as a 3-year window already', () => {
      const window: IndicatorFacts = { ...fact, period: '2022-2024', focus: { area: 'Tofte', value: 14, numerator: 42, denominator: 300 } };
      expect(marks([window])[0]).toMatch(/^▲ Tofte: .* 14,0 % er klart høyere enn i Norge \(10,0 %\)/);
    });

    it('says the 3-year figure once: the tested sentence replaces the plain one', () => {
      const sentences = indicatorSummary([fact], names, 'nb', { averaged: ['neet_16_25'], view: 'average' });
      expect(sentences.filter((text) => text.includes('som 3-års gjennomsnitt for 2022–2024'))).toHaveLength(1);
    });
  });
});
