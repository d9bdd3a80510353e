import { suppressTable, type Dimension } from '@slt/disclosure';
import { suppressOverlapping, type OverlappingFigure } from '@slt/disclosure/integer-audit';

/**
 * The disclosure control of the district indicator tables, **audited jointly** where figures
 * overlap or nest without being margins of one table:
 *
 * - **Pooled windows**: a 3-year pooled figure (`2021-2023`) is the sum of its three years,
 *   so `2020-2022` and `2021-2023` share two years, and their difference is a difference of
 *   two single years. The parts are the yearly counts per district and sex (never
 *   published); every window of the indicator, with its district x sex margins, is one call.
 *   Each year's count (per area and sex) is audited as an unpublished remainder: when it is
 *   1..k-1, a reader must be able to see it as 0 or k or more.
 * - **Nested age groups**: NEET 16-25 lies inside NEET 15-29 for the same district, sex and
 *   year. The parts are the 16-25 count and the rest of 15-29 (aged 15 or 26-29) per district
 *   and sex; both age groups' tables are one call, and the rest (per area and sex) is an
 *   unpublished remainder.
 * - Every other table (one indicator, age group and period) is a call of its own, with parts
 *   the district x sex counts.
 *
 * Each table first goes through its own primary and secondary suppression (`suppressTable`,
 * district x sex with the municipality and `all` margins), then `suppressOverlapping`
 * (`@slt/disclosure/integer-audit`, HiGHS over the integers) hides more until every hidden figure's range reaches k and holds
 * two values and no remainder can be pinned to 1..k-1 (the protection interval).
 *
 * The count audited is the count of the group the indicator is about: the numerator, or for
 * an indicator that falls with hardship (completion) the complement, denominator -
 * numerator (those who did not complete). The denominators are always published, so
 * hiding the numerator hides both.
 */

/** True counts of the districts (rows) by sex (columns) of one age group and period. */
export interface DistrictTable {
  readonly numerators: number[][];
  readonly denominators: number[][];
}

/** What the counts of a published table are made of, for the audit. */
export type Composition =
  /** Counts of their own (a year, or a window that is not a sum of years). */
  | { readonly kind: 'own' }
  /** A pooled window: the sum of these years' tables of the same age group (`yearly`). */
  | { readonly kind: 'window'; readonly years: readonly number[] }
  /** A larger age group that holds `inner` (the same year's table) plus a remainder. */
  | { readonly kind: 'nests'; readonly inner: string };

/** One published table: an age group and period, every district (unless missing) and the municipality, by sex. */
export interface LocalTable {
  readonly ageGroup: string;
  /** The last year of the period. */
  readonly year: number;
  readonly table: DistrictTable;
  readonly composition: Composition;
  /** False when the districts have no figures (status '..'): only the municipality is published. */
  readonly districtsShown: boolean;
  /** The sexes whose municipal count is public (SSB, DST): published as is, never suppressed. */
  readonly municipalityPublic: ReadonlySet<string>;
  /** The sexes whose municipal count is not published (the municipality's own reference value is shown instead). */
  readonly municipalityWithheld: ReadonlySet<string>;
  /** Kept visible longer than the other age groups (the dashboards' district age group). */
  readonly preferred: boolean;
}

export interface ReleaseInput {
  readonly k: number;
  /** +1 when the numerator is the group (NEET), -1 when its complement is (completion). */
  readonly direction: 1 | -1;
  readonly districts: number;
  /** The sexes of the district tables' columns: female and male, or only all. */
  readonly partSexes: readonly string[];
  /** The sexes published per area (`all` is the sum of the columns). */
  readonly sexesOut: readonly string[];
  readonly tables: readonly LocalTable[];
  /** The yearly tables that pooled windows add up, by `ageGroup|year`. */
  readonly yearly: ReadonlyMap<string, DistrictTable>;
  readonly log?: (line: string) => void;
}

/** Worth of keeping a figure visible (higher is kept longer): the municipality, then a district's total, then by sex. */
const WORTH = { municipality: 3, districtAll: 2, districtSex: 1, preferred: 0.5 } as const;

/** The cells of a table in the order the rows are written: each district by sex, then the municipality. */
export function cellsOf(input: Pick<ReleaseInput, 'districts' | 'sexesOut'>, table: LocalTable): Array<{ district: number | null; sex: string }> {
  const cells: Array<{ district: number | null; sex: string }> = [];
  if (table.districtsShown) for (let d = 0; d < input.districts; d += 1) for (const sex of input.sexesOut) cells.push({ district: d, sex });
  for (const sex of input.sexesOut) cells.push({ district: null, sex });
  return cells;
}

const tableKey = (ageGroup: string, year: number) => `${ageGroup}|${year}`;

/**
 * Which cells of each table to hide (in `cellsOf` order), audited jointly as described above.
 * A public municipal count is never hidden (`fixed`): other cells are hidden around it.
 */
export async function releaseIndicatorTables(input: ReleaseInput): Promise<Map<LocalTable, boolean[]>> {
  const { k, direction, districts, partSexes, sexesOut, yearly } = input;
  const byKey = new Map(input.tables.map((t) => [tableKey(t.ageGroup, t.year), t]));
  const count = (table: DistrictTable, d: number, s: number) =>
    direction === 1 ? table.numerators[d]![s]! : table.denominators[d]![s]! - table.numerators[d]![s]!;
  // A nested table whose counts do not nest (a municipality's own figures for the inner group
  // replaced the model) is audited as a table of its own: the relation does not hold.
  const nestsMemo = new Map<LocalTable, LocalTable | undefined>();
  const nests = (t: LocalTable): LocalTable | undefined => {
    if (!nestsMemo.has(t)) nestsMemo.set(t, innerOf(t));
    return nestsMemo.get(t);
  };
  const innerOf = (t: LocalTable): LocalTable | undefined => {
    if (t.composition.kind !== 'nests') return undefined;
    const inner = byKey.get(tableKey(t.composition.inner, t.year));
    if (!inner || inner.composition.kind !== 'own') return undefined;
    for (let d = 0; d < districts; d += 1) {
      for (let s = 0; s < partSexes.length; s += 1) {
        if (count(t.table, d, s) < count(inner.table, d, s)) {
          input.log?.(`indicators: ${t.ageGroup} ${t.year} does not hold ${inner.ageGroup} (own figures?); audited on its own`);
          return undefined;
        }
      }
    }
    return inner;
  };

  // Tables that share parts go in one call: pooled windows of an age group; a nested pair of a year.
  const groupOf = new Map<LocalTable, string>();
  for (const t of input.tables) {
    const inner = nests(t);
    if (t.composition.kind === 'window') groupOf.set(t, `window|${t.ageGroup}`);
    else if (inner) {
      groupOf.set(t, `nested|${t.year}`);
      groupOf.set(inner, `nested|${t.year}`);
    } else if (!groupOf.has(t)) groupOf.set(t, `own|${tableKey(t.ageGroup, t.year)}`);
  }
  const groups = new Map<string, LocalTable[]>();
  for (const t of input.tables) {
    const name = groupOf.get(t)!;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(t);
  }

  const result = new Map<LocalTable, boolean[]>();
  for (const [name, tables] of groups) {
    const parts: number[] = [];
    const partIndex = new Map<string, number>();
    const part = (key: string, value: number) => {
      if (!partIndex.has(key)) {
        partIndex.set(key, parts.length);
        parts.push(value);
      }
      return partIndex.get(key)!;
    };
    const ownParts = (t: LocalTable, d: number, s: number) => [part(`${tableKey(t.ageGroup, t.year)}|${d}|${s}`, count(t.table, d, s))];
    const yearParts = (ageGroup: string, year: number, d: number, s: number) => {
      const table = yearly.get(tableKey(ageGroup, year));
      if (!table) throw new RangeError(`indicators: no yearly table ${ageGroup} ${year} for a pooled window`);
      return [part(`${ageGroup}|year ${year}|${d}|${s}`, count(table, d, s))];
    };
    const restPart = (t: LocalTable, inner: LocalTable, d: number, s: number) =>
      part(`rest ${tableKey(t.ageGroup, t.year)}|${d}|${s}`, count(t.table, d, s) - count(inner.table, d, s));
    const cellParts = (t: LocalTable, d: number, s: number): number[] => {
      const c = t.composition;
      if (c.kind === 'window') return c.years.flatMap((year) => yearParts(t.ageGroup, year, d, s));
      const inner = nests(t);
      if (inner) return [...ownParts(inner, d, s), restPart(t, inner, d, s)];
      return ownParts(t, d, s);
    };
    /** The parts of an area (a district or every one) and a published sex (one column or all). */
    const partsOf = (each: (d: number, s: number) => number[], district: number | null, sex: string) => {
      const ds = district === null ? [...Array(districts).keys()] : [district];
      const s = partSexes.indexOf(sex);
      const ss = s >= 0 ? [s] : [...partSexes.keys()];
      return ds.flatMap((d) => ss.flatMap((si) => each(d, si)));
    };

    const figures: OverlappingFigure[] = [];
    const initial: boolean[] = [];
    const where: Array<{ table: LocalTable; cell: number } | null> = [];
    const own = ownSuppression(input, tables, count, nests);
    for (const t of tables) {
      cellsOf(input, t).forEach((cell, i) => {
        if (cell.district === null && t.municipalityWithheld.has(cell.sex)) return;
        const fixed = cell.district === null && t.municipalityPublic.has(cell.sex);
        const worth = (cell.district === null ? WORTH.municipality : cell.sex === 'all' ? WORTH.districtAll : WORTH.districtSex) + (t.preferred ? WORTH.preferred : 0);
        figures.push({ parts: partsOf((d, s) => cellParts(t, d, s), cell.district, cell.sex), worth, ...(fixed ? { fixed } : {}) });
        initial.push(own.get(t)![i]! && !fixed);
        where.push({ table: t, cell: i });
      });
    }
    // The remainders nobody publishes: each year of pooled windows, the rest of a larger age group.
    const areas = [...Array(districts).keys(), null] as Array<number | null>;
    const remainder = (each: (d: number, s: number) => number[]) => {
      for (const district of areas) {
        for (const sex of sexesOut) {
          figures.push({ parts: partsOf(each, district, sex), unpublished: true });
          initial.push(false);
          where.push(null);
        }
      }
    };
    const years = new Set<string>();
    for (const t of tables) {
      if (t.composition.kind === 'window') for (const year of t.composition.years) years.add(tableKey(t.ageGroup, year));
      const inner = nests(t);
      if (inner) remainder((d, s) => [restPart(t, inner, d, s)]);
    }
    for (const key of years) {
      const [ageGroup, year] = key.split('|') as [string, string];
      remainder((d, s) => yearParts(ageGroup, Number(year), d, s));
    }

    const hidden = await suppressOverlapping(parts, figures, { k, initial, ...(input.log ? { log: (line) => input.log!(`indicators ${name}: ${line}`) } : {}) });
    for (const t of tables) result.set(t, cellsOf(input, t).map(() => false));
    hidden.forEach((isHidden, i) => {
      const at = where[i];
      if (at && isHidden) result.get(at.table)![at.cell] = true;
    });
  }
  return result;
}

/**
 * Each table's own primary and secondary suppression (district x sex with its margins): where
 * the joint audit starts. A nested pair (15-29 holding 16-25) goes in one `suppressTable`
 * call with the rest of 15-29 as unpublished rows (`15-29 = 16-25 + rest` per area and sex),
 * so a small rest is protected by the table heuristics like a small count. Returns the
 * hidden flags per table, in `cellsOf` order.
 */
function ownSuppression(
  input: ReleaseInput,
  tables: readonly LocalTable[],
  count: (table: DistrictTable, d: number, s: number) => number,
  nests: (t: LocalTable) => LocalTable | undefined,
): Map<LocalTable, boolean[]> {
  const { districts, partSexes, sexesOut } = input;
  const valueOf = (t: LocalTable, district: number | null, sex: string, less?: LocalTable) => {
    const ds = district === null ? [...Array(districts).keys()] : [district];
    const s = partSexes.indexOf(sex);
    const ss = s >= 0 ? [s] : [...partSexes.keys()];
    return ds.reduce((sum, d) => sum + ss.reduce((inner, si) => inner + count(t.table, d, si) - (less ? count(less.table, d, si) : 0), 0), 0);
  };
  const result = new Map<LocalTable, boolean[]>();
  const done = new Set<LocalTable>();
  for (const t of tables) {
    if (done.has(t)) continue;
    const inner = nests(t);
    const members = inner ? [t, inner] : [t];
    members.forEach((m) => done.add(m));
    type Row = { table: string; area: string; sex: string; value: number; worth: number };
    const rows: Row[] = [];
    const add = (m: LocalTable, name: string, less?: LocalTable) =>
      cellsOf(input, m).forEach((cell) => {
        const municipality = cell.district === null;
        const worth = municipality && m.municipalityPublic.has(cell.sex) ? 100 : (municipality ? WORTH.municipality : cell.sex === 'all' ? WORTH.districtAll : WORTH.districtSex) + (m.preferred ? WORTH.preferred : 0);
        rows.push({ table: name, area: municipality ? 'municipality' : `district ${cell.district}`, sex: cell.sex, value: valueOf(m, cell.district, cell.sex, less), worth });
      });
    members.forEach((m, i) => add(m, `table ${i}`));
    const n = cellsOf(input, t).length;
    if (inner) add(t, 'rest', inner);
    const hierarchy: Record<string, string[]> = t.districtsShown ? { municipality: [...Array(districts).keys()].map((d) => `district ${d}`) } : {};
    const dimensions: Dimension[] = ['table', { name: 'area', hierarchy }, ...(sexesOut.length > 1 ? ['sex'] : [])];
    const published = suppressTable(rows, {
      k: input.k,
      dimensions,
      keep: (cell) => (cell as unknown as Row).worth,
      ...(inner
        ? {
            relations: [...Array(n).keys()].map((i) => ({ total: i, parts: [n + i, 2 * n + i] })),
            unpublished: (cell: { table?: unknown }) => cell.table === 'rest',
          }
        : {}),
    });
    members.forEach((m, i) => result.set(m, published.slice(i * n, (i + 1) * n).map((cell) => cell.value === null)));
  }
  return result;
}
