import { describe, expect, it } from 'vitest';
import type { District } from './map-data.ts';
import { summariseMap } from './map-summary.ts';

const NBSP = '\u00a0';
const district = (name: string, value: number | null, hidden = false): District => ({ key: name, name, value, hidden, x: 0, y: 0 });
const districts = [
  district('Asker sentrum', 11.1),
  district('Borgen', 15.5),
  district('Vollen', 6.6),
  district('Hvalstad', null, true),
  district('Tofte', null, true),
  district('Heggedal', null),
];
const reference = { name: 'Asker', value: 10.3 };

describe('summariseMap', () => {
  it('names the highest and lowest district, the municipality, the hidden and the missing (nb)', () => {
    expect(summariseMap(districts, { unit: 'percent', language: 'nb', time: 2025, reference })).toEqual([
      `Høyest i 2025: Borgen med 15,5${NBSP}%; lavest: Vollen med 6,6${NBSP}%.`,
      `Asker samlet: 10,3${NBSP}%.`,
      'Tallet er skjult for Hvalstad og Tofte.',
      'Tall mangler for Heggedal.',
    ]);
  });

  it('names a window of years as the reader writes it (a three-year figure)', () => {
    expect(summariseMap(districts, { unit: 'percent', language: 'nb', time: '2023-2025' })[0]).toBe(
      `Høyest i 2023\u20132025: Borgen med 15,5${NBSP}%; lavest: Vollen med 6,6${NBSP}%.`,
    );
  });

  it('speaks nynorsk, Danish and English', () => {
    expect(summariseMap(districts, { unit: 'percent', language: 'nn', time: 2025, reference })).toEqual([
      `Høgast i 2025: Borgen med 15,5${NBSP}%; lågast: Vollen med 6,6${NBSP}%.`,
      `Asker samla: 10,3${NBSP}%.`,
      'Talet er skjult for Hvalstad og Tofte.',
      'Tal manglar for Heggedal.',
    ]);
    expect(summariseMap(districts, { unit: 'percent', language: 'da', time: 2025, reference })).toEqual([
      `Højest i 2025: Borgen med 15,5${NBSP}%; lavest: Vollen med 6,6${NBSP}%.`,
      `Asker samlet: 10,3${NBSP}%.`,
      'Tallet er skjult for Hvalstad og Tofte.',
      'Tal mangler for Heggedal.',
    ]);
    expect(summariseMap(districts, { unit: 'percent', language: 'en', time: 2025, reference })).toEqual([
      'Highest in 2025: Borgen at 15.5%; lowest: Vollen at 6.6%.',
      'Asker overall: 10.3%.',
      'The figure is hidden for Hvalstad and Tofte.',
      'No figure for Heggedal.',
    ]);
  });

  it('names every district that ties, as the reader sees the figures', () => {
    const tied = [district('Borgen', 15.5), district('Tofte', 15.54), district('Vollen', 6.6)];
    expect(summariseMap(tied, { unit: 'percent', language: 'en' })).toEqual([
      'Highest: Borgen and Tofte at 15.5%; lowest: Vollen at 6.6%.',
    ]);
    expect(summariseMap([district('Borgen', 2), district('Vollen', 2)], { unit: 'count', language: 'nb' })).toEqual([
      'Borgen og Vollen: 2.',
    ]);
  });

  it('says nothing of a hidden reference figure, and nothing made up when all are hidden', () => {
    expect(
      summariseMap([district('Hvalstad', null, true)], {
        unit: 'percent',
        language: 'nb',
        reference: { name: 'Asker', value: null },
      }),
    ).toEqual(['Tallet er skjult for Hvalstad.']);
  });
});
