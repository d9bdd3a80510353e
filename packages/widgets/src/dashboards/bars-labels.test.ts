import { describe, expect, it } from 'vitest';
import { ageLabelsOf, labelsOf } from './bars-labels.ts';

describe('labelsOf', () => {
  it('writes codes and names as <slt-bars labels> reads them, each part escaped', () => {
    expect(labelsOf({ up: 'Opp', 'a&b': 'Ja = nei' })).toBe('up=Opp&a%26b=Ja%20%3D%20nei');
  });
});

describe('ageLabelsOf', () => {
  it('names age groups with an en dash and the language\'s word for years', () => {
    expect(decodeURIComponent(ageLabelsOf(['15-29', '16-25'], '{age} år'))).toBe('15-29=15–29 år&16-25=16–25 år');
    expect(decodeURIComponent(ageLabelsOf(['20-24'], '{age} years'))).toBe('20-24=20–24 years');
  });
});
