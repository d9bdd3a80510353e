import { describe, expect, it } from 'vitest';
import { tileNameSize } from './map-tiles.ts';

describe('tileNameSize', () => {
  const asker = ['Asker sentrum', 'Borgen', 'Heggedal', 'Hvalstad', 'Røyken', 'Slemmestad', 'Spikkestad', 'Sætre', 'Tofte', 'Vollen'];

  it('is about 15 % of a tile where every word fits', () => {
    expect(tileNameSize(['Borgen', 'Tofte'], 100)).toBe(15);
    expect(tileNameSize(['Borgen', 'Tofte'], 72)).toBe(11);
  });

  it('shrinks so that the longest word fits on one line of the tile', () => {
    // "Slemmestad", ten characters, in a 72 px tile: at 11 px it ran over the edge.
    const size = tileNameSize(asker, 72);
    expect(size).toBeLessThan(11);
    expect(10 * size * 0.6).toBeLessThanOrEqual(72 - 12);
    expect(tileNameSize(asker, 92)).toBe(13);
  });

  it('never goes below 9 px: a word that still does not fit is cut instead', () => {
    expect(tileNameSize(['Nordre Follo-Kolbotnsentrumsområdet'], 40)).toBe(9);
  });
});
