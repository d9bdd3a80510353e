import { describe, expect, it } from 'vitest';
import { tileNameSize } from './map-tiles.ts';

describe('tileNameSize', () => {
  const asker = ['Asker sentrum', 'Borgen', 'Heggedal', 'Hvalstad', 'Røyken', 'Slemmestad', 'Spikkestad', 'Sætre', 'Tofte', 'Vollen'];

  it('is about 15 % of a tile where every word fits', () => {
    expect(tileNameSize(['Borgen', 'Tofte'], 100)).toBe(15);
    expect(tileNameSize(['Borgen', 'Tofte'], 72)).toBe(11);
  });

  it('shrinks so that the longest word fits on one line of the tile, condensed by at most a fifth', () => {
    // "Slemmestad", ten characters, in a 60 px tile (a printed report): at 10 px it would not fit.
    const size = tileNameSize(asker, 60);
    expect(size).toBeLessThan(10);
    expect(10 * size * 0.6 * 0.8).toBeLessThanOrEqual(60 - 12);
    // In 72 and 92 px tiles, as preferred (condensed a little where it must be).
    expect(tileNameSize(asker, 72)).toBe(11);
    expect(tileNameSize(asker, 92)).toBe(14);
  });

  it('breaks names after slashes and hyphens, so that one long name does not shrink every tile', () => {
    expect(tileNameSize(['Vesterbro/Kongens Enghave', 'Brønshøj-Husum', 'Nørrebro'], 72)).toBe(tileNameSize(['Vesterbro', 'Nørrebro'], 72));
  });

  it('never goes below 9 px: a word that still does not fit is cut instead', () => {
    expect(tileNameSize(['Nordre Follo-Kolbotnsentrumsområdet'], 40)).toBe(9);
  });
});
