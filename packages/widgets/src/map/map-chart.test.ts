import { describe, expect, it } from 'vitest';
import { nameLines } from './map-chart.ts';

describe('nameLines', () => {
  it('breaks a name at spaces and hyphens into at most two lines', () => {
    expect(nameLines('Asker sentrum', 10)).toEqual(['Asker', 'sentrum']);
    expect(nameLines('Borgen', 10)).toEqual(['Borgen']);
    expect(nameLines('Nordre Follo-Vest', 8)).toEqual(['Nordre', 'Follo-…']);
    expect(nameLines('Spikkestad', 6)).toEqual(['Spikk…']);
  });

  it('keeps a word of up to `most` characters whole (to be condensed), but never joins two words past `chars`', () => {
    expect(nameLines('Spikkestad', 8, 10)).toEqual(['Spikkestad']);
    expect(nameLines('Spikkestad', 8, 9)).toEqual(['Spikkest…']);
    expect(nameLines('Asker sentrum', 10, 13)).toEqual(['Asker', 'sentrum']);
    expect(nameLines('Vesterbro/Kongens Enghave', 10, 12)).toEqual(['Vesterbro/', 'Kongens…']);
    expect(nameLines('Vesterbro/Kongens Enghave', 10, 12, 3)).toEqual(['Vesterbro/', 'Kongens', 'Enghave']);
  });
});
