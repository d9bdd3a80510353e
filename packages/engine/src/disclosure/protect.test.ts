import { findDisclosures, suppressTable } from '@slt/disclosure';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParquetInfo } from '../parquet/index.ts';
import type { Row } from '../rows.ts';
import { resolvePolicy, type DisclosureOptions } from './options.ts';
import { protectRows } from './protect.ts';

const INFO: ParquetInfo = {
  columns: [
    { name: 'year', type: 'integer' },
    { name: 'zone', type: 'string' },
    { name: 'sex', type: 'string' },
    { name: 'persons', type: 'integer' },
    { name: 'status', type: 'string' },
  ],
  rowCount: 0,
  metadata: { 'slt.k': '5' },
};
const COLUMNS = ['year', 'zone', 'sex', 'persons'];

/** The step as select() runs it: rows carry the helper columns, the result drops them. */
function protect(rows: Row[], options?: DisclosureOptions, info: ParquetInfo = INFO, columns = COLUMNS) {
  const policy = resolvePolicy(info, { columns }, options, 'test');
  if (!policy) throw new Error('no policy');
  return { ...protectRows(rows, policy, columns), k: policy.k };
}

type TrueCell = {
  year: number;
  zone: string;
  sex: string;
  persons: number;
};

/** A year x zone x sex table with both margins ('all'), counts 0..max. */
function crossTable(years: number, inner: number[][][]): TrueCell[] {
  const zones = inner[0]!.map((_, z) => `z${z}`);
  const sexes = inner[0]![0]!.map((_, s) => `s${s}`);
  const cells: TrueCell[] = [];
  for (let y = 0; y < years; y++) {
    const grid = inner[y]!;
    const at = (z: number | 'all', s: number | 'all'): number => {
      const zs = z === 'all' ? zones.map((_, i) => i) : [z];
      const ss = s === 'all' ? sexes.map((_, i) => i) : [s];
      return zs.reduce((sum, zi) => sum + ss.reduce((t, si) => t + grid[zi]![si]!, 0), 0);
    };
    for (const z of [...zones.keys(), 'all' as const]) {
      for (const s of [...sexes.keys(), 'all' as const]) {
        cells.push({ year: 2020 + y, zone: z === 'all' ? 'all' : zones[z]!, sex: s === 'all' ? 'all' : sexes[s]!, persons: at(z, s) });
      }
    }
  }
  return cells;
}

/** What the pipeline writes: suppressed per year at the file's k, hidden counts null with ':'. */
function publishFile(truth: TrueCell[], k: number): Row[] {
  const years = [...new Set(truth.map((cell) => cell.year))];
  return years.flatMap((year) =>
    suppressTable(truth.filter((cell) => cell.year === year), { k, dimensions: ['zone', 'sex'], valueField: 'persons' }).map(
      (cell): Row => ({ year: cell.year, zone: cell.zone, sex: cell.sex, persons: cell.persons as number | null, status: cell.status }),
    ),
  );
}

const arbTable = fc
  .record({ years: fc.integer({ min: 1, max: 2 }), zones: fc.integer({ min: 1, max: 4 }), sexes: fc.integer({ min: 1, max: 3 }) })
  .chain(({ years, zones, sexes }) =>
    fc
      .array(fc.array(fc.array(fc.nat({ max: 14 }), { minLength: sexes, maxLength: sexes }), { minLength: zones, maxLength: zones }), {
        minLength: years,
        maxLength: years,
      })
      .map((inner) => crossTable(years, inner)),
  );

const hiddenRows = (suppressed: ReadonlyArray<ReadonlySet<string>>) =>
  suppressed.flatMap((set, index) => (set.has('persons') ? [index] : []));

/** Audits each year's table as shown against the true counts. */
function disclosures(truth: TrueCell[], rows: Row[], k: number) {
  const years = [...new Set(truth.map((cell) => cell.year))];
  return years.flatMap((year) => {
    const picks = truth.flatMap((cell, index) => (cell.year === year ? [index] : []));
    return findDisclosures(
      picks.map((index) => truth[index]!),
      picks.map((index) => rows[index]!),
      { k, dimensions: ['zone', 'sex'], valueField: 'persons' },
    );
  });
}

describe('protectRows', () => {
  it('hides a count 1..k-1 even when the file shows it, and what would give it away', () => {
    const rows: Row[] = [
      { year: 2024, zone: 'green', sex: 'all', persons: 20, status: null },
      { year: 2024, zone: 'red', sex: 'all', persons: 2, status: null },
      { year: 2024, zone: 'all', sex: 'all', persons: 22, status: null },
    ];
    const result = protect(rows);
    expect(result.rows.map((row) => row.persons)).toEqual([null, null, 22]);
    expect(result.suppressed.map((set) => [...set])).toEqual([['persons'], ['persons'], []]);
    expect(result.rows[0]).toEqual({ year: 2024, zone: 'green', sex: 'all', persons: null });
  });

  it('marks a confidential row hidden even when the status column is not asked for', () => {
    const rows: Row[] = [{ year: 2024, zone: 'red', sex: 'all', persons: null, status: ':' }];
    const result = protect(rows, undefined, INFO, ['year', 'persons']);
    expect(result.rows).toEqual([{ year: 2024, persons: null }]);
    expect([...result.suppressed[0]!]).toEqual(['persons']);
  });

  it('ignores a k below the dataset\'s and reports the k in force', () => {
    const rows: Row[] = [{ year: 2024, zone: 'red', sex: 'all', persons: 3, status: null }];
    expect(protect(rows, { k: 2 }).k).toBe(5);
    expect(protect(rows, { k: 2 }).rows[0]!.persons).toBeNull();
    expect(protect(rows, { k: 10 }).k).toBe(10);
  });

  it('fails loudly on a bad k or an unknown count column', () => {
    expect(() => protect([], { k: 1 })).toThrow(/invalid disclosure.k: 1/);
    expect(() => protect([], { counts: ['nope'] })).toThrow(/invalid disclosure.counts: "nope"/);
    expect(() => protect([], undefined, { ...INFO, metadata: { 'slt.k': 'five' } })).toThrow(/invalid slt.k in test/);
  });

  it('hides a rate whose numerator or denominator is hidden', () => {
    const info: ParquetInfo = {
      columns: [
        { name: 'area', type: 'string' },
        { name: 'value', type: 'float' },
        { name: 'numerator', type: 'integer' },
        { name: 'denominator', type: 'integer' },
        { name: 'status', type: 'string' },
      ],
      rowCount: 0,
      metadata: { 'slt.k': '5' },
    };
    const rows: Row[] = [
      { area: 'Borgen', value: 1.5, numerator: 3, denominator: 200, status: null }, // primary numerator
      { area: 'Tofte', value: 50, numerator: 2, denominator: 4, status: null },
      { area: 'Vollen', value: 10, numerator: 20, denominator: 200, status: null },
      { area: 'Heggedal', value: null, numerator: null, denominator: 90, status: ':' },
    ];
    // The widget shows only the rate: the counts are fetched for the step and dropped.
    const result = protect(rows, undefined, info, ['area', 'value']);
    expect(result.rows.map((row) => row.value)).toEqual([null, null, 10, null]);
    expect(result.rows[2]).toEqual({ area: 'Vollen', value: 10 });
    expect(result.suppressed.map((set) => set.has('value'))).toEqual([true, true, false, true]);
  });

  it('at a raised k, gives up a shown part when the hidden parts of a shown total could only be under k', () => {
    // case_counts 2021 as published at k = 5: orange and red hidden, 93 - 75 - 11 = 7 left for them.
    const rows: Row[] = [
      { year: 2021, zone: 'green', sex: 'all', persons: 75, status: null },
      { year: 2021, zone: 'yellow', sex: 'all', persons: 11, status: null },
      { year: 2021, zone: 'orange', sex: 'all', persons: null, status: ':' },
      { year: 2021, zone: 'red', sex: 'all', persons: null, status: ':' },
      { year: 2021, zone: 'all', sex: 'all', persons: 93, status: null },
    ];
    // At the file's k the file's audit stands (each hidden one can be 5 or 6).
    expect(protect(rows).rows.map((row) => row.persons)).toEqual([75, 11, null, null, 93]);
    // At k = 10 "orange and red together are 7" would say both are under 10: yellow goes too.
    expect(protect(rows, { k: 10 }).rows.map((row) => row.persons)).toEqual([75, null, null, null, 93]);
  });

  it('reads the totals from the rows, never sums: a hidden part stays hidden next to its total', () => {
    const truth = crossTable(1, [[[9], [3], [0], [12]]]);
    const file = publishFile(truth, 5);
    const result = protect(file, undefined, INFO, COLUMNS);
    expect(disclosures(truth, result.rows, 5)).toEqual([]);
    expect(result.rows.find((row) => row.zone === 'all')!.persons).toBe(24);
  });
});

describe('protectRows on random tables with margins', () => {
  it('shows no count 1..k-1 and no hidden count can be recomputed, at the file\'s k and at a raised k', () => {
    fc.assert(
      fc.property(arbTable, fc.integer({ min: 5, max: 12 }), (truth, pageK) => {
        const file = publishFile(truth, 5);
        const result = protect(file, { k: pageK });
        expect(result.k).toBe(pageK);
        for (const row of result.rows) {
          const persons = row.persons as number | null;
          expect(persons === null || persons === 0 || persons >= pageK).toBe(true);
        }
        expect(disclosures(truth, result.rows, pageK)).toEqual([]);
        // Above the file's k, the hidden parts of every shown total can reach the page's k.
        if (pageK > 5) expect(smallRemainders(result.rows, pageK)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a raised k hides everything the file hides and more; a lowered k changes nothing', () => {
    fc.assert(
      fc.property(arbTable, fc.integer({ min: 2, max: 4 }), (truth, lowK) => {
        const file = publishFile(truth, 5);
        const fileHidden = file.flatMap((row, index) => (row.status === ':' ? [index] : []));
        const atFileK = protect(file);
        const lowered = protect(file, { k: lowK });
        const raised = protect(file, { k: 10 });
        expect(hiddenRows(atFileK.suppressed)).toEqual(fileHidden);
        expect(lowered.rows).toEqual(atFileK.rows);
        expect(hiddenRows(lowered.suppressed)).toEqual(fileHidden);
        expect(hiddenRows(raised.suppressed)).toEqual(expect.arrayContaining(fileHidden));
        const visibleMidSized = truth.some((cell, index) => cell.persons >= 5 && cell.persons < 10 && file[index]!.status !== ':');
        if (visibleMidSized) expect(hiddenRows(raised.suppressed).length).toBeGreaterThan(fileHidden.length);
      }),
      { numRuns: 300 },
    );
  });

  it('defence in depth: an unsuppressed file is suppressed and audited by the step itself', () => {
    fc.assert(
      fc.property(arbTable, (truth) => {
        const raw: Row[] = truth.map((cell) => ({ ...cell, status: null }));
        const result = protect(raw);
        expect(disclosures(truth, result.rows, 5)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Shown totals (over zone or over sex) whose hidden parts, each at least 1, could not reach k. */
function smallRemainders(rows: readonly Row[], k: number): string[] {
  const found: string[] = [];
  const value = (row: Row | undefined) => (row === undefined ? undefined : (row.persons as number | null));
  for (const total of rows) {
    if (value(total) === null) continue;
    for (const [over, fixed] of [['zone', 'sex'], ['sex', 'zone']] as const) {
      if (total[over] !== 'all') continue;
      const parts = rows.filter((row) => row.year === total.year && row[fixed] === total[fixed] && row[over] !== 'all');
      const hidden = parts.filter((row) => value(row) === null);
      if (hidden.length === 0) continue;
      const rest = (value(total) as number) - parts.reduce((sum, row) => sum + (value(row) ?? 0), 0);
      if (rest > 0 && rest - (hidden.length - 1) < k) found.push(`${String(total.year)} ${String(total[fixed])} over ${over}: ${rest} in ${hidden.length}`);
    }
  }
  return found;
}
