import { feasibleRanges, type JointModel } from '@slt/disclosure/integer-audit';
import { describe, expect, it } from 'vitest';
import { releaseIndicatorTables, type DistrictTable, type LocalTable } from '../src/indicator-release.ts';

const K = 5;
const column = (values: readonly number[], denominator: number): DistrictTable => ({
  numerators: values.map((v) => [v]),
  denominators: values.map(() => [denominator]),
});
const table = (fields: Pick<LocalTable, 'ageGroup' | 'year' | 'table' | 'composition'> & Partial<LocalTable>): LocalTable => ({
  districtsShown: true,
  municipalityPublic: new Set(),
  municipalityWithheld: new Set(),
  preferred: false,
  ...fields,
});

describe('releaseIndicatorTables', () => {
  it('pooled windows: hides a window when all of them shown would pin a year to 1..k-1', async () => {
    // Two districts, sex `all`: Nord's years 2013..2021 are 3, 5, 1, 6, 0, 4, 2, 4, 4; Sør's 10 each.
    // Every window is 6 or more, so window by window nothing is hidden; yet with every window
    // shown, Nord's 2013 is 1..4 (years 3 apart move together; see the attacker test).
    const nord = [3, 5, 1, 6, 0, 4, 2, 4, 4];
    const years = nord.map((_, i) => 2013 + i);
    const yearly = new Map(years.map((year, i) => [`13-15|${year}`, column([nord[i]!, 10], 200)]));
    const windows = years.slice(2).map((year) => {
      const own = [year - 2, year - 1, year];
      const sum = (d: number) => own.reduce((s, y) => s + yearly.get(`13-15|${y}`)!.numerators[d]![0]!, 0);
      return table({ ageGroup: '13-15', year, table: column([sum(0), sum(1)], 600), composition: { kind: 'window', years: own } });
    });
    const hidden = await releaseIndicatorTables({ k: K, direction: 1, districts: 2, partSexes: ['all'], sexesOut: ['all'], tables: windows, yearly });
    const shown = windows.map((w) => hidden.get(w)!);
    expect(shown.flat().some(Boolean)).toBe(true);

    // The reader's view: unknown years per district; each shown window a sum; hidden windows >= 1.
    const atom = (d: number, i: number) => d * years.length + i;
    const figures = windows.flatMap((w, wi) =>
      [[0], [1], [0, 1]].map((ds, cell) => ({
        terms: ds.flatMap((d) => [wi, wi + 1, wi + 2].map((i) => [atom(d, i), 1] as const)),
        value: ds.reduce((s, d) => s + w.table.numerators[d]![0]!, 0),
        hidden: shown[wi]![cell]!,
      })),
    );
    const year2013 = { terms: [[atom(0, 0), 1] as const], value: 3, hidden: true, unpublished: true };
    const model: JointModel = { atoms: 2 * years.length, figures: [...figures, year2013] };
    const [range] = await feasibleRanges(model, [figures.length]);
    expect(range!.min === 0 || range!.max >= K).toBe(true);
    // With every window shown it would be pinned.
    const [pinned] = await feasibleRanges({ ...model, figures: [...figures.map((f) => ({ ...f, hidden: false })), year2013] }, [figures.length]);
    expect(pinned).toEqual({ min: 1, max: 4 });
  });

  it('nested age groups: 16-25 inside 15-29, the rest (aged 15 or 26-29) is not pinned to 1..k-1', async () => {
    // District A: 15-29 has 20 NEET, 16-25 has 17: a rest of 3, given away if both are shown.
    const outer = table({ ageGroup: '15-29', year: 2024, table: column([20, 40], 900), composition: { kind: 'nests', inner: '16-25' } });
    const inner = table({ ageGroup: '16-25', year: 2024, table: column([17, 30], 600), composition: { kind: 'own' }, preferred: true });
    const hidden = await releaseIndicatorTables({ k: K, direction: 1, districts: 2, partSexes: ['all'], sexesOut: ['all'], tables: [outer, inner], yearly: new Map() });
    const [a15, b15, m15] = hidden.get(outer)!;
    const [a16] = hidden.get(inner)!;
    // One of A's two figures is hidden, and with it another district's (else the municipality gives it back).
    expect(a15 || a16).toBe(true);
    expect(a15 ? b15 || m15 : hidden.get(inner)!.slice(1).some(Boolean)).toBe(true);
  });

  it('never hides a public municipal count: hides districts around it', async () => {
    const outer = table({ ageGroup: '15-29', year: 2024, table: column([20, 40], 900), composition: { kind: 'nests', inner: '16-25' }, municipalityPublic: new Set(['all']) });
    const inner = table({ ageGroup: '16-25', year: 2024, table: column([17, 30], 600), composition: { kind: 'own' } });
    const hidden = await releaseIndicatorTables({ k: K, direction: 1, districts: 2, partSexes: ['all'], sexesOut: ['all'], tables: [outer, inner], yearly: new Map() });
    expect(hidden.get(outer)![2]).toBe(false);
    expect([...hidden.values()].flat().filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });
});
