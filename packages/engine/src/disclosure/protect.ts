import { CONFIDENTIAL, isPrimary } from '@slt/disclosure';
import type { Cell, Row } from '../rows.ts';
import { sameCell } from './margin.ts';
import { nameOf, type DisclosurePolicy } from './options.ts';
import { auditSlice, type Slice } from './secondary.ts';
import { toAxis, type Axis } from './table.ts';

export interface ProtectedRows {
  readonly rows: Row[];
  /** Per row, the columns whose value is hidden (null in `rows`). */
  readonly suppressed: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * The one disclosure step every result goes through, whichever path produced the rows:
 * 1. a row the file marks confidential (status ':') has its counts and rates hidden;
 * 2. a count 1..k-1 is hidden (primary), even if the file showed it;
 * 3. each shown table (rows sharing everything but the dimensions) is re-suppressed at the
 *    k in force, so no hidden count can be recomputed from what is shown;
 * 4. a rate is hidden when its numerator or denominator is.
 * Then the helper columns the query did not ask for are dropped.
 */
export function protectRows(rows: readonly Row[], policy: DisclosurePolicy, shown: readonly string[]): ProtectedRows {
  const present = new Set(rows.length > 0 ? Object.keys(rows[0]!) : shown);
  const counts = policy.counts.filter((name) => present.has(name));
  const rates = policy.rates.filter((rate) => present.has(rate.column));
  const hidden = rows.map((row) => {
    const columns = new Set<string>();
    if (policy.status && row[policy.status] === CONFIDENTIAL) {
      for (const name of [...counts, ...rates.map((rate) => rate.column)]) columns.add(name);
    }
    for (const name of counts) {
      const value = asCount(row[name]);
      if (value !== null && isPrimary(value, policy.k)) columns.add(name);
    }
    return columns;
  });

  const axes = axesOf(rows, policy, present);
  if (axes.length > 0) {
    for (const name of counts) {
      for (const slice of slicesOf(rows, axes, policy, name)) {
        if (slice.values.every((value) => value !== null && !isPrimary(value, policy.k))) continue; // nothing hidden
        const audit = auditSlice(slice, axes, policy.k, policy.remainders);
        if (audit.kind === 'hide') {
          for (const cell of audit.cells) hidden[slice.rows[cell]!]!.add(name);
          continue;
        }
        // Without a table there is nothing to audit against. The file's own suppression
        // covers every subset of its rows, so that is enough unless this step hid more.
        const added = slice.rows.some((row, cell) => slice.values[cell] !== null && hidden[row]!.has(name));
        warnOnce(
          `disclosure: the rows shown for "${name}" are not one table over ${axes.map((a) => a.name).join(', ')} (${audit.reason}); ` +
            (added ? 'every count in them is hidden. ' : '') +
            'Select the dimension columns, or pass disclosure.dimensions.',
        );
        if (added) for (const row of slice.rows) hidden[row]!.add(name);
      }
    }
  }

  for (const rate of rates) {
    rows.forEach((_, index) => {
      const set = hidden[index]!;
      if (set.has(rate.numerator) || (rate.denominator !== undefined && set.has(rate.denominator))) set.add(rate.column);
    });
  }

  const out = rows.map((row, index) => {
    const result: Row = {};
    for (const name of shown) result[name] = hidden[index]!.has(name) ? null : (row[name] ?? null);
    return result;
  });
  const shownSet = new Set(shown);
  const suppressed = hidden.map((set) => new Set([...set].filter((name) => shownSet.has(name))));
  return { rows: out, suppressed };
}

/** The dimensions: explicit ones, plus every text column in which a row holds 'all'. */
function axesOf(rows: readonly Row[], policy: DisclosurePolicy, present: ReadonlySet<string>): Axis[] {
  const axes = policy.dimensions.filter((d) => present.has(nameOf(d))).map(toAxis);
  const figures = new Set([...policy.counts, ...policy.rates.map((rate) => rate.column), policy.status]);
  for (const name of present) {
    if (figures.has(name) || axes.some((axis) => axis.name === name)) continue;
    if (rows.some((row) => row[name] === 'all')) axes.push(toAxis(name));
  }
  return axes;
}

/**
 * Splits the rows into tables: rows that agree on every column that tells tables apart
 * (a column such as year that takes different values for the same dimension values).
 * Columns that only label a dimension value (district_group_name) do not split.
 */
function slicesOf(rows: readonly Row[], axes: readonly Axis[], policy: DisclosurePolicy, count: string): Slice[] {
  const coordsOf = (row: Row) => axes.map((axis) => String(row[axis.name] ?? ''));
  const keyOf = (row: Row) => coordsOf(row).join('\u001f');
  const figures = new Set<string | null>([...policy.counts, ...policy.rates.map((rate) => rate.column), policy.status]);
  const others = rows.length === 0 ? [] : Object.keys(rows[0]!).filter((name) => !figures.has(name) && !axes.some((a) => a.name === name));
  const splitting = others.filter((name) => {
    const seen = new Map<string, Cell>();
    return rows.some((row) => {
      const key = keyOf(row);
      if (!seen.has(key)) {
        seen.set(key, row[name] ?? null);
        return false;
      }
      return !sameCell(seen.get(key) ?? null, row[name] ?? null);
    });
  });
  const slices = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = JSON.stringify(splitting.map((name) => String(row[name])));
    slices.set(key, [...(slices.get(key) ?? []), index]);
  });
  return [...slices.values()].map((indexes) => ({
    rows: indexes,
    coordinates: indexes.map((index) => coordsOf(rows[index]!)),
    values: indexes.map((index) => asCount(rows[index]![count])),
    confidential: indexes.map((index) => policy.status !== null && rows[index]![policy.status] === CONFIDENTIAL),
  }));
}

function asCount(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'bigint') return Number(cell);
  return null;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
