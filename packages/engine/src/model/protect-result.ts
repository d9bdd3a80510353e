import { protectRows, type DisclosurePolicy, type RateColumn } from '../disclosure/index.ts';
import { nameOf } from '../disclosure/options.ts';
import { marginRows } from './grouped-margins.ts';
import type { Row } from '../rows.ts';
import { HIDDEN_PREFIX, type CompiledQuery } from './compile.ts';
import { definitionOf, rateInputs } from './measures/index.ts';
import type { ValidQuery } from './valid-query.ts';

export interface ProtectedAggregates {
  readonly rows: Row[];
  readonly suppressed: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * Disclosure control for grouped results and results with measures, in three steps:
 * 1. what the SQL flagged (`__hidden_<name>`): an aggregate that includes a hidden cell
 *    (status ':', a null count, a count 1..k-1), a count that came out 1..k-1, and every
 *    measure computed from a flagged value (windows spread the flag in the SQL itself);
 * 2. secondary suppression of the grouped table at k (protectRows, as for plain rows), so
 *    no hidden aggregate can be recomputed from the others and a margin;
 * 3. a measure computed from a value that step 2 hid is hidden in the whole series
 *    (partition) that value belongs to: its neighbours' windows, changes, differences and
 *    ranks could otherwise give it back.
 * Then the helper columns are dropped and hidden values are null.
 */
export function protectAggregates(
  sqlRows: readonly Row[],
  query: ValidQuery,
  compiled: CompiledQuery,
  policy: DisclosurePolicy,
): ProtectedAggregates {
  const columns = [...compiled.outputs, ...compiled.internal];
  const hidden = sqlRows.map((row) => new Set(compiled.flagged.filter((name) => row[HIDDEN_PREFIX + name] === true)));
  const rows = sqlRows.map((row, index) =>
    Object.fromEntries(columns.map((name) => [name, hidden[index]!.has(name) ? null : (row[name] ?? null)])),
  );

  // 2. Secondary suppression over the figures that are counts of persons.
  const grouped = query.shape === 'group';
  const counts = grouped
    ? query.aggregates
        .filter((a) => a.fn === 'count' || a.fn === 'countDistinct' || (a.fn === 'sum' && a.column !== undefined && policy.counts.includes(a.column)))
        .map((a) => a.as)
    : query.keys.filter((name) => policy.counts.includes(name));
  const rates: RateColumn[] = query.measures.flatMap((measure) => {
    if (measure.kind !== 'rate') return [];
    const inputs = rateInputs(measure);
    counts.push(inputs.numerator, inputs.denominator);
    return [{ column: measure.as, numerator: inputs.numerator, denominator: inputs.denominator }];
  });
  if (!grouped) rates.push(...policy.rates.filter((rate) => query.keys.includes(rate.column)));
  const fileDimensions = policy.dimensions.filter((d) => query.keys.includes(nameOf(d)));
  // Group-by columns no file dimension describes get their margins from the SQL's own values
  // (grouped-margins.ts): the totals another query would give.
  const marginKeys = grouped ? query.keys.filter((name) => !fileDimensions.some((d) => nameOf(d) === name)) : [];
  const additive = grouped
    ? [
        ...query.aggregates.filter((a) => a.fn === 'count' || (a.fn === 'sum' && a.column !== undefined && policy.counts.includes(a.column))).map((a) => a.as),
        ...rates.flatMap((rate) => [rate.numerator, rate.denominator]).filter((name): name is string => name !== undefined),
      ]
    : [];
  const margins =
    marginKeys.length > 0 && additive.length > 0
      ? marginRows(
          sqlRows,
          // A flagged value that is not a small count includes a cell the file hid: its true value is unknown.
          sqlRows.map((row, index) => new Set(additive.filter((name) => hidden[index]!.has(name) && !isSmall(row[name], policy.k)))),
          { keys: marginKeys, fixed: fileDimensions.map(nameOf), additive, total: MARGIN },
        )
      : [];
  const secondary = protectRows(
    [...rows, ...margins],
    {
      k: policy.k,
      counts,
      rates,
      dimensions: [...fileDimensions, ...(margins.length > 0 ? marginKeys.map((name) => ({ name, total: MARGIN })) : [])],
      status: null,
      helpers: [],
      // The engine computed these figures: it alone decides what is hidden.
      remainders: true,
    },
    columns,
  );
  const added = secondary.suppressed.slice(0, rows.length).map((set, index) => new Set([...set].filter((name) => !hidden[index]!.has(name))));
  added.forEach((set, index) => set.forEach((name) => hidden[index]!.add(name)));

  // 3. Measures over a value hidden in step 2: hide the measure in that value's series.
  for (const measure of query.measures) {
    const definition = definitionOf(measure);
    const outputs = definition.outputs(measure);
    if (measure.kind === 'rate') {
      // The interval goes with the rate.
      hidden.forEach((set, index) => {
        if (set.has(measure.as)) for (const name of outputs) if (!set.has(name)) (set.add(name), added[index]!.add(name));
      });
      continue;
    }
    const partition = definition.partition(measure);
    const seriesOf = (row: Row) => JSON.stringify(partition.map((name) => String(row[name])));
    const tainted = new Set(rows.flatMap((row, index) => (added[index]!.has(measure.of) ? [seriesOf(row)] : [])));
    rows.forEach((row, index) => {
      if (!tainted.has(seriesOf(row))) return;
      for (const name of outputs) {
        hidden[index]!.add(name);
        added[index]!.add(name);
      }
    });
  }

  const shown = compiled.outputs;
  return {
    rows: rows.map((row, index) => Object.fromEntries(shown.map((name) => [name, hidden[index]!.has(name) ? null : row[name]!]))),
    suppressed: hidden.map((set) => new Set(shown.filter((name) => set.has(name)))),
  };
}

/** The key value of a synthesized margin row: a control character no data value holds. */
const MARGIN = '\u0000margin';

function isSmall(value: Row[string] | undefined, k: number): boolean {
  return typeof value === 'number' && value >= 1 && value < k;
}
