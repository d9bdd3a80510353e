import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tidyJsonStat } from '../src/jsonstat.ts';
import type { Source } from '../src/profile.ts';
import { fromJsonStat1, readSource } from '../src/sources.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/sources');
const texts = (text: string) => ({ nb: text, nn: text, da: text, en: text });

/** DST STRAF42 (criminal decisions), recorded from the StatBank API: JSON-stat 1.x. */
const straf42: Source = {
  id: 'dst-straf42',
  kind: 'dst-statbank',
  table: 'STRAF42',
  file: 'dst-straf42-herkomst-2023.jsonstat1.json',
  credit: texts('Danmarks Statistik, STRAF42'),
  definition: texts('Decisions, total'),
  columns: { area: 'HERKOMST1', year: 'Tid' },
  numerator: { where: { ContentsCode: 'STRAF42' } },
  denominator: { where: { ContentsCode: 'STRAF42' } },
  ageGroups: { all: 'all' },
};

describe('recorded JSON-stat responses (SSB 2.0 and 1.0, DST 1.x)', () => {
  it('reads DST 1.x ({"dataset": ...}, no version) through to counts', async () => {
    const counts = await readSource(straf42, join(FIXTURES, straf42.file));
    expect(counts).toEqual([{ area: '00', year: 2023, ageGroup: 'all', sex: 'all', numerator: 233454, denominator: 233454 }]);
  });

  it('reads SSB JSON-stat 1.0 (29843) as 2.0, with its null values and "." statuses', () => {
    const json = JSON.parse(readFileSync(join(FIXTURES, 'ssb-29843-produksjonsindeks.jsonstat1.json'), 'utf8'));
    const tidy = tidyJsonStat(fromJsonStat1(json, 'ssb 29843'));
    expect(tidy.rows).toHaveLength(37440);
    expect(tidy.rows[17130]).toMatchObject({ PKoder: 'P1111', ContentsCode: 'Sesongjustert', Tid: '2013M07', value: 112.2 });
    expect(tidy.rows[0]).toMatchObject({ value: null, status: '.' });
  });

  it('reads SSB JSON-stat 2.0 (07221) and refuses its quarters where years are expected', async () => {
    const tidy = tidyJsonStat(JSON.parse(readFileSync(join(FIXTURES, 'ssb-07221-boligprisindeks.jsonstat2.json'), 'utf8')));
    expect(tidy.rows[0]).toMatchObject({ Region: 'TOTAL', Boligtype: '01', Tid: '2022K1', value: 136.2 });
    expect(tidy.rows[176]).toMatchObject({ value: null, status: '..' });
    const quarterly: Source = { ...straf42, id: 'ssb-07221', kind: 'ssb-pxweb', table: '07221', columns: { area: 'Region', year: 'Tid' }, numerator: { where: {} }, denominator: { where: {} } };
    await expect(readSource(quarterly, join(FIXTURES, 'ssb-07221-boligprisindeks.jsonstat2.json'))).rejects.toThrow(
      /source ssb-07221 \(.*\): Tid "2022K1" is not a year \(only yearly figures are used\)$/,
    );
  });

  it('names a dimension the response does not have', async () => {
    await expect(readSource({ ...straf42, columns: { area: 'OMRÅDE', year: 'Tid' } }, join(FIXTURES, straf42.file))).rejects.toThrow(
      /the response has no dimension OMRÅDE \(it has HERKOMST1, ContentsCode, Tid\)$/,
    );
  });
});
