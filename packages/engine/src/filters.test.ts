import { describe, expect, it } from 'vitest';
import { parseFilters } from './filters.ts';
import { EngineError } from './errors.ts';

describe('parseFilters', () => {
  it('reads column=value pairs separated by & or ;', () => {
    expect(parseFilters('indicator=neet&sex=all;area_level=municipality')).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'sex', values: ['all'] },
      { column: 'area_level', values: ['municipality'] },
    ]);
  });

  it('groups a repeated column into one filter with several values', () => {
    expect(parseFilters('area=Asker&area=Norge')).toEqual([{ column: 'area', values: ['Asker', 'Norge'] }]);
  });

  it('keeps spaces, decodes %-escapes and ignores empty pairs', () => {
    expect(parseFilters(' area=Nordre Asker && age_group=16%E2%80%9325; ')).toEqual([
      { column: 'area', values: ['Nordre Asker'] },
      { column: 'age_group', values: ['16–25'] },
    ]);
  });

  it('keeps quotes and SQL text as plain values (they are bound, never spliced)', () => {
    expect(parseFilters("area=x' OR '1'='1")).toEqual([{ column: 'area', values: ["x' OR '1'='1"] }]);
  });

  it('returns no filters for an empty or missing attribute', () => {
    expect(parseFilters('')).toEqual([]);
    expect(parseFilters(null)).toEqual([]);
  });

  it.each(['indicator', '=neet', 'indicator=', 'area=%E2%80'])('rejects %j with an invalid-option error', (text) => {
    expect(() => parseFilters(text)).toThrow(EngineError);
    try {
      parseFilters(text);
    } catch (error) {
      expect((error as EngineError).code).toBe('invalid-option');
    }
  });
});
