import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile.ts';

const asker = JSON.parse(readFileSync(new URL('../../../profiles/asker.json', import.meta.url), 'utf8'));
const broken = (change: (p: any) => void) => {
  const copy = structuredClone(asker);
  change(copy);
  return () => parseProfile(copy, 'profiles/asker.json');
};

describe('the municipality profile check', () => {
  it('reads the shipped profiles', () => {
    for (const name of ['asker', 'baerum', 'kobenhavn']) {
      const json = JSON.parse(readFileSync(new URL(`../../../profiles/${name}.json`, import.meta.url), 'utf8'));
      expect(parseProfile(json, name).id).toBe(name);
    }
  });

  // Words the two written standards share; any other nynorsk label equal to its bokmål one is
  // bokmål left untranslated (the SLT page read "Bytte av skole", "Skolefravær" in nynorsk).
  it('writes the case vocabulary in nynorsk, not bokmål, where the two differ', () => {
    const shared = new Set(['Gul', 'Oransje', 'Plassering i barnevernsinstitusjon', 'Ungdomsstraff (Konfliktrådet)', 'Ungdomsoppfølging (Konfliktrådet)',
      'Nettverksmøte med familien', 'Foreldreprogram', 'Fritidsjobb eller fritidsmentor', 'Bekymringssamtale med politiet', 'Vold', 'Trakassering',
      'Tyveri', 'Hærverk', 'Rus', 'Våpen', 'Politiet', 'Barnevernet', 'Ambulant ungdomsteam', 'SLT']);
    for (const name of ['asker', 'baerum', 'kobenhavn']) {
      const { caseVocabulary } = parseProfile(JSON.parse(readFileSync(new URL(`../../../profiles/${name}.json`, import.meta.url), 'utf8')), name);
      const untranslated = Object.values(caseVocabulary).flatMap((terms) => Object.values(terms)).filter((texts) => texts.nn === texts.nb && !shared.has(texts.nb)).map((texts) => texts.nb);
      expect(untranslated, name).toEqual([]);
    }
  });

  it.each([
    ['an unknown field', (p: any) => (p.colour = 'blue'), 'profiles/asker.json: unknown field "colour" (known: $schema, id, name, '],
    ['an unknown field of the country', (p: any) => (p.country.inTxt = 'landet'), 'profiles/asker.json: country: unknown field "inTxt" (known: code, name, inText)'],
    ['an empty name of the country inside a sentence', (p: any) => (p.country.inText = ''), 'profiles/asker.json: country.inText: must be a non-empty string'],
    ['a language it does not speak', (p: any) => (p.language = 'sv'), 'profiles/asker.json: language: must be one of nb, nn, da, en, got "sv"'],
    ['a district code of another municipality', (p: any) => (p.districts[0].code = '3201-01'), 'profiles/asker.json: districts[0] ("Asker sentrum").code: "3201-01" must start with the municipality\'s code and a hyphen ("3203-")'],
    ['two districts on one tile', (p: any) => (p.districts[1].tile = [2, 1]), 'profiles/asker.json: districts[1] ("Borgen").tile: [2,1] is also the tile of Asker sentrum'],
    ['shares that do not add up', (p: any) => (p.districts[0].share = 0.5), 'profiles/asker.json: districts: the shares add up to 1.340, not 1'],
    ['a group that does not exist', (p: any) => (p.districts[0].group = 'X'), 'profiles/asker.json: districts[0] ("Asker sentrum").group: "X" is not in districtGroups'],
    ['a source that is not listed', (p: any) => (p.indicators[0].sources = ['ssb-99999']), 'profiles/asker.json: indicators[0] (neet).sources: "ssb-99999" is not in sources'],
    ['a missing translation', (p: any) => delete p.sources['ssb-13556-kommuner'].credit.nn, 'profiles/asker.json: sources.ssb-13556-kommuner.credit.nn: must be a non-empty string, got nothing'],
    ['a sex it does not know', (p: any) => (p.sources['ssb-13556-kommuner'].sexes.Menn = 'men'), 'profiles/asker.json: sources.ssb-13556-kommuner.sexes.Menn: must be one of all, female, male, got "men"'],
    ['an age group the NEET indicator has not', (p: any) => (p.youth.districtAgeGroup = '16-24'), 'profiles/asker.json: youth.districtAgeGroup: "16-24" is not an age group of the neet indicator'],
    ['nesting in an age group listed after', (p: any) => (p.indicators[0].nestedIn = { '15-29': '16-25' }), 'profiles/asker.json: indicators[0] (neet).nestedIn: 16-25 must come before 15-29 in ageGroups'],
  ])('refuses %s in one line', (_name, change, message) => {
    expect(broken(change)).toThrow(message);
  });
});

/**
 * profiles/profile.schema.json is what an editor checks a profile with as it is written (VS
 * Code reads `$schema`); profile.ts is what the pipeline checks it with. They must agree on
 * the shipped profiles, and the schema must refuse what it can express (structure, enums).
 */
describe('profiles/profile.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../profiles/profile.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it.each(['asker', 'baerum', 'kobenhavn'])('accepts the shipped profile %s', (name) => {
    const json = JSON.parse(readFileSync(new URL(`../../../profiles/${name}.json`, import.meta.url), 'utf8'));
    expect(validate(json), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it.each([
    ['an unknown field', (p: any) => (p.colour = 'blue')],
    ['a language it does not speak', (p: any) => (p.language = 'sv')],
    ['a missing translation', (p: any) => delete p.sources['ssb-13556-kommuner'].credit.nn],
    ['a missing required field', (p: any) => delete p.districts],
  ])('refuses %s, as the pipeline does', (_name, change) => {
    const copy = structuredClone(asker);
    change(copy);
    expect(validate(copy)).toBe(false);
    expect(() => parseProfile(copy, 'profiles/asker.json')).toThrow();
  });
});
