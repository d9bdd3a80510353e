import { describe, expect, it } from 'vitest';
import { findDisclosures, suppressTable } from './index.ts';

const row = (values: Record<string, number>) =>
  Object.entries(values).map(([district, value]) => ({ district, value }));

describe('suppressTable', () => {
  it('hides small counts and one more cell in a row published with its total', () => {
    const cells = row({ a: 3, b: 10, c: 0, d: 12, all: 25 });
    const out = suppressTable(cells, { k: 5, dimensions: ['district'] });
    expect(out.map((c) => c.value)).toEqual([null, null, 0, 12, 25]);
    expect(out.map((c) => c.suppression)).toEqual(['primary', 'secondary', null, null, null]);
    expect(out[0]!.status).toBe(':');
    expect(findDisclosures(cells, out, { k: 5, dimensions: ['district'] })).toEqual([]);
  });
});

describe('suppressTable: tables by hand', () => {
  it('keeps true zeros and hides a 2-D table so that each hidden cell has a partner in its row and column', () => {
    // zone x district with both margins: the 2 in (red, Borgen) is primary.
    const inner = { green: { Borgen: 20, Vollen: 12 }, red: { Borgen: 2, Vollen: 0 } } as const;
    type Zone = keyof typeof inner;
    type District = keyof (typeof inner)[Zone];
    const cells: Array<{ zone: string; district: string; value: number }> = [];
    for (const zone of ['green', 'red', 'all'] as const) {
      for (const district of ['Borgen', 'Vollen', 'all'] as const) {
        const zones: Zone[] = zone === 'all' ? ['green', 'red'] : [zone];
        const districts: District[] = district === 'all' ? ['Borgen', 'Vollen'] : [district];
        const value = zones.reduce((s, z) => s + districts.reduce((t, d) => t + inner[z][d], 0), 0);
        cells.push({ zone, district, value });
      }
    }
    const options = { k: 5, dimensions: ['zone', 'district'] };
    const out = suppressTable(cells, options);
    const shown = Object.fromEntries(out.map((c) => [`${c.zone}/${c.district}`, c.value]));
    expect(shown['red/Vollen']).toBe(0);
    expect(shown['red/Borgen']).toBeNull();
    // Row red: 2 + 0 = 2 is itself primary, so the red total hides too; then the columns need partners.
    expect(out.filter((c) => c.value === null).length).toBeGreaterThanOrEqual(4);
    expect(findDisclosures(cells, out, options)).toEqual([]);
  });

  it('takes a hierarchy: districts in groups in the municipality', () => {
    const cells = [
      { area: 'Asker', value: 40 },
      { area: 'nord', value: 23 },
      { area: 'sør', value: 17 },
      { area: 'Borgen', value: 3 },
      { area: 'Hvalstad', value: 20 },
      { area: 'Tofte', value: 9 },
      { area: 'Sætre', value: 8 },
    ];
    const options = {
      k: 5,
      dimensions: [{ name: 'area', hierarchy: { Asker: ['nord', 'sør'], nord: ['Borgen', 'Hvalstad'], sør: ['Tofte', 'Sætre'] } }],
    };
    const out = suppressTable(cells, options);
    expect(out.map((c) => c.suppression)).toEqual([null, null, null, 'primary', 'secondary', null, null]);
    expect(findDisclosures(cells, out, options)).toEqual([]);
  });

  it('finds what an unprotected table gives away', () => {
    const cells = row({ a: 3, b: 10, all: 13 });
    const naive = cells.map((c) => (c.value === 3 ? { ...c, value: null, status: ':' } : c));
    expect(findDisclosures(cells, naive, { k: 5, dimensions: ['district'] })).toEqual([{ row: 0, kind: 'recomputable' }]);
    expect(findDisclosures(cells, cells, { k: 5, dimensions: ['district'] })).toEqual([{ row: 0, kind: 'small-count-visible' }]);
    // Two hidden ones in a row whose total is 2: a reader who knows zeros are shown knows both are 1.
    const ones = row({ a: 1, b: 1, c: 9, all: 11 });
    const hiddenOnes = ones.map((c) => (c.value === 1 ? { ...c, value: null } : c));
    expect(findDisclosures(ones, hiddenOnes, { k: 5, dimensions: ['district'] }).map((p) => p.kind)).toEqual([
      'forced-by-zeros',
      'forced-by-zeros',
    ]);
  });

  it('fails loudly on bad options and inconsistent tables', () => {
    const cells = row({ a: 3, all: 3 });
    expect(() => suppressTable(cells, { k: 1, dimensions: ['district'] })).toThrow('invalid k: 1');
    expect(() => suppressTable(cells, { k: 5, dimensions: [] })).toThrow('invalid dimensions');
    expect(() => suppressTable(cells, { k: 5, dimensions: ['district', 'district'] })).toThrow('invalid dimension');
    expect(() => suppressTable(row({ a: 3, all: 4 }), { k: 5, dimensions: ['district'] })).toThrow(
      'invalid table: margin all is 4 but its parts over district sum to 3',
    );
    expect(() => suppressTable([{ district: 'a', value: -1 }], { k: 5, dimensions: ['district'] })).toThrow(
      'invalid value in row 0',
    );
    expect(() => suppressTable([...cells, cells[0]!], { k: 5, dimensions: ['district'] })).toThrow('duplicate row');
    expect(() => suppressTable([{ value: 2 }], { k: 5, dimensions: ['district'] })).toThrow('no value for dimension district');
  });

  it('uses another value field when told, and carries other fields through', () => {
    const cells = [
      { district: 'a', persons: 2, label: 'A' },
      { district: 'b', persons: 9, label: 'B' },
      { district: 'all', persons: 11, label: 'Alle' },
    ];
    const out = suppressTable(cells, { k: 5, dimensions: ['district'], valueField: 'persons' });
    expect(out[0]).toEqual({ district: 'a', persons: null, label: 'A', status: ':', suppression: 'primary' });
    expect(out[2]).toEqual({ district: 'all', persons: 11, label: 'Alle', status: null, suppression: null });
  });
});

describe('suppressTable: counts of events', () => {
  it('hides a count of events behind fewer than k persons, and audits it the same way', () => {
    const cells = [
      { type: 'threats', value: 6, persons: 1 },
      { type: 'theft', value: 7, persons: 6 },
      { type: 'violence', value: 9, persons: 8 },
      { type: 'all', value: 22, persons: 14 },
    ];
    const options = { k: 5, dimensions: ['type'], personsField: 'persons' };
    const out = suppressTable(cells, options);
    expect(out.map((c) => c.suppression)).toEqual(['primary', 'secondary', null, null]);
    expect(findDisclosures(cells, out, options)).toEqual([]);
    expect(findDisclosures(cells, cells, options)).toEqual([{ row: 0, kind: 'small-count-visible' }]);
    expect(() => suppressTable([{ type: 'a', value: 1, persons: 2 }], options)).toThrow('invalid persons in row 0');
    expect(() => suppressTable(cells, { ...options, personsField: 'value' })).toThrow('invalid personsField');
  });
});

describe('suppressTable: keep', () => {
  it('gives up cells of less worth first, and stays safe', () => {
    const cells = [
      { zone: 'green', value: 40 },
      { zone: 'yellow', value: 9 },
      { zone: 'orange', value: 12 },
      { zone: 'red', value: 2 },
      { zone: 'all', value: 63 },
    ];
    const options = { k: 5, dimensions: ['zone'] };
    expect(suppressTable(cells, options).map((c) => c.value)).toEqual([40, null, 12, null, 63]);
    const keep = (cell: Readonly<Record<string, unknown>>) => (cell.zone === 'orange' ? 0 : 1);
    const out = suppressTable(cells, { ...options, keep });
    expect(out.map((c) => c.value)).toEqual([40, 9, null, null, 63]);
    expect(findDisclosures(cells, out, options)).toEqual([]);
    expect(() => suppressTable(cells, { ...options, keep: () => Number.NaN })).toThrow('invalid keep in row 0');
  });
});

describe('suppressTable: nested periods (relations and unpublished remainders)', () => {
  // A year and its December by zone: year[z] = december[z] + rest[z], the rest never published.
  const year = { green: 30, yellow: 12, red: 2 };
  const december = { green: 28, yellow: 9, red: 2 };
  const zones = ['green', 'yellow', 'red', 'all'] as const;
  const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
  const cells = (['year', 'december', 'rest'] as const).flatMap((period) =>
    zones.map((zone) => {
      const of = (t: Record<string, number>) => (zone === 'all' ? sum(t) : t[zone]!);
      const value = period === 'year' ? of(year) : period === 'december' ? of(december) : of(year) - of(december);
      return { period, zone, value };
    }),
  );
  const at = (period: string, zone: string) => cells.findIndex((c) => c.period === period && c.zone === zone);
  const relations = zones.map((zone) => ({ total: at('year', zone), parts: [at('december', zone), at('rest', zone)] }));
  const options = { k: 5, dimensions: ['period', 'zone'], relations, unpublished: (c: Readonly<Record<string, unknown>>) => c.period === 'rest' };

  it('finds a small remainder recomputed from two visible totals', () => {
    const separately = cells.map((c) => (c.period === 'rest' ? { ...c, value: null } : c.zone === 'red' || c.zone === 'yellow' ? { ...c, value: null } : c));
    const problems = findDisclosures(cells, separately, options);
    // year green 30 - december green 28 = 2 people whose last meeting came before December.
    expect(problems).toContainEqual({ row: at('rest', 'green'), kind: 'recomputable' });
  });

  it('hides jointly so no remainder of 1..k-1 can be recomputed, and never publishes the remainders', () => {
    const out = suppressTable(cells, options);
    expect(out.filter((c) => c.period === 'rest').every((c) => c.suppression === 'unpublished' && c.value === null)).toBe(true);
    expect(findDisclosures(cells, out, options)).toEqual([]);
    // The totals stay: their remainder (yellow 3 + green 2 = 5) is not small.
    expect(out[at('year', 'all')]!.value).toBe(44);
    expect(out[at('december', 'all')]!.value).toBe(39);
  });

  it('lets a remainder of 0 or >= k be recomputed (it says nothing about a small group)', () => {
    const same = cells.map((c) => ({ ...c, value: c.period === 'rest' ? 0 : c.period === 'year' ? cells[at('december', c.zone)]!.value : c.value }));
    const out = suppressTable(same, options);
    expect(out[at('year', 'green')]!.value).toBe(28);
    expect(out[at('december', 'green')]!.value).toBe(28);
    expect(findDisclosures(same, out, options)).toEqual([]);
  });

  it('checks relations', () => {
    expect(() => suppressTable(cells, { ...options, relations: [{ total: 0, parts: [4] }] })).toThrow('invalid relation 0: row 0 is 30 but its parts sum to 28');
    expect(() => suppressTable(cells, { ...options, relations: [{ total: 0, parts: [99] }] })).toThrow('invalid relation 0: row 99');
  });
});
