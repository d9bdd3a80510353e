import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ageLabelsOf, countryInText, labelsOf, parseDashboardProfile, ProfileFormatError, tilesOf, withAges } from './profile.ts';

const published = (path: string) => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));

describe('the published profile the dashboards read', () => {
  it('reads each shipped profile: districts with tiles, comparison set, language, age groups', () => {
    const asker = parseDashboardProfile(published('data/profile.json'), 'data/profile.json');
    expect(asker.name).toBe('Asker');
    expect(tilesOf(asker)).toBe('3203-02:2,0;3203-03:3,0;3203-04:1,1;3203-01:2,1;3203-05:3,1;3203-07:1,2;3203-08:2,2;3203-06:3,2;3203-10:0,3;3203-09:1,3');
    expect(asker.comparison.areas.map((a) => a.name)).toEqual(['Bærum', 'Oslo', 'Drammen', 'Lillestrøm']);
    expect(asker.notes.find((n) => n.areaChanged && n.area === 'Asker')?.text.en).toContain('0220 Asker, 0627 Røyken, 0628 Hurum');
    const kbh = parseDashboardProfile(published('data/kobenhavn/profile.json'), 'kobenhavn');
    expect([kbh.language, kbh.country.name, kbh.youth.districtAgeGroup, kbh.youth.comparisonAgeGroup]).toEqual(['da', 'Hele landet', '16-24', '16-24']);
    expect(kbh.districts.map((d) => d.name)).toContain('Nørrebro');
    // DST's "Hele landet" is written "hele landet" inside a sentence; Norge stays Norge.
    expect(countryInText(kbh)).toBe('hele landet');
    expect(countryInText(asker)).toBe('Norge');
    expect(parseDashboardProfile(published('data/baerum/profile.json'), 'baerum').districts[0]!.code).toBe('3201-01');
  });

  it('puts the profile age groups into texts written for 16–25 and 15–29', () => {
    const youth = { districtAgeGroup: '16-24', comparisonAgeGroup: '16-24' };
    expect(withAges('Unge 16–25 år; 15–29 år', { youth })).toBe('Unge 16–24 år; 16–24 år');
  });

  it('names the field of every mistake in one line', () => {
    const good = published('data/profile.json');
    const broken = (change: (p: any) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return () => parseDashboardProfile(copy, '/data/profile.json');
    };
    expect(broken((p) => delete p.districts[2].tile)).toThrow(new ProfileFormatError('/data/profile.json: districts[2].tile: must be an array'));
    expect(broken((p) => (p.language = 'sv'))).toThrow('/data/profile.json: language: must be one of nb, nn, da, en');
    expect(broken((p) => delete p.comparison.label.nn)).toThrow('/data/profile.json: comparison.label.nn: must be a non-empty string');
    expect(broken((p) => (p.country.inText = ''))).toThrow('/data/profile.json: country.inText: must be a non-empty string');
    expect(broken((p) => (p.caseVocabulary.measures.none = 'Ingen'))).toThrow('/data/profile.json: caseVocabulary.measures.none: must be an object');
  });
});

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
