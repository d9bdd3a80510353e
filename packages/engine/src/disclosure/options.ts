import type { Dimension } from '@slt/disclosure';
import { EngineError } from '../errors.ts';
import type { ColumnInfo, ParquetInfo } from '../parquet/index.ts';
import type { SelectQuery } from '../query.ts';

/** A rate or share shown next to its counts: hidden whenever a count it is computed from is. */
export interface RateColumn {
  readonly column: string;
  readonly numerator: string;
  readonly denominator?: string;
}

/**
 * What a page or widget may ask of the disclosure control. It can only add protection:
 * a k below the dataset's is ignored, and count and rate columns add to the defaults.
 */
export interface DisclosureOptions {
  /** Counts 1..k-1 are hidden. Raises the dataset's `slt.k`; a lower k is ignored. */
  readonly k?: number;
  /** More columns holding counts of persons (added to the defaults). */
  readonly counts?: readonly string[];
  /** More rates: each hidden when its numerator or denominator is hidden. */
  readonly rates?: readonly RateColumn[];
  /**
   * The columns that classify a count, with their margins (`'all'` by default), for the
   * secondary suppression of what is shown. Default: `slt.dimensions` from the file,
   * else every shown text column in which some shown row holds `'all'`.
   */
  readonly dimensions?: readonly Dimension[];
}

export interface SelectOptions {
  readonly disclosure?: DisclosureOptions;
}

/** The rules in force for one query, resolved from the file's metadata and the options. */
export interface DisclosurePolicy {
  readonly k: number;
  readonly counts: readonly string[];
  readonly rates: readonly RateColumn[];
  /** Explicit dimensions (options and metadata); more are inferred from the rows. */
  readonly dimensions: readonly Dimension[];
  readonly status: string | null;
  /** Columns the query did not ask for but the step needs; removed from the rows after. */
  readonly helpers: readonly string[];
  /**
   * Whether this step, not the file, decides what is hidden (a page raised k above the
   * file's, the file has no k, or the engine computed the figures): then the hidden parts of
   * a shown margin must also be able to reach k (`smallRemainder` in secondary.ts). At the
   * file's own k the file's audit is trusted, so a safe file comes back unchanged.
   */
  readonly remainders: boolean;
}

/** Metadata keys read here (written by the pipeline). */
export const METADATA = {
  k: 'slt.k',
  counts: 'slt.count_columns',
  rates: 'slt.rate_columns',
  dimensions: 'slt.dimensions',
} as const;

/** Count columns when the file does not list them: numeric columns with these names. */
const COUNT_NAME = /^(persons|people|count|n|cases|numerator|denominator)$|_(count|persons)$/;
const NUMERIC = new Set<ColumnInfo['type']>(['integer', 'float']);

const list = (text: string | undefined): string[] =>
  (text ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');

/**
 * The policy for a query, or null when neither the file (`slt.k`) nor the page asks for
 * disclosure control. Bad options and bad metadata fail loudly: a typo must not switch
 * protection off.
 */
export function resolvePolicy(
  info: ParquetInfo,
  query: SelectQuery,
  options: DisclosureOptions | undefined,
  dataset: string,
): DisclosurePolicy | null {
  const fileK = parseK(info.metadata[METADATA.k], `${METADATA.k} in ${dataset}`, dataset);
  const pageK = options?.k === undefined ? null : parseK(options.k, 'disclosure.k', dataset);
  if (fileK === null && pageK === null) return null;
  const k = Math.max(fileK ?? 0, pageK ?? 0);

  const byName = new Map(info.columns.map((column) => [column.name, column]));
  const need = (name: string, what: string, numeric = false): string => {
    const column = byName.get(name);
    if (!column || (numeric && !NUMERIC.has(column.type))) {
      const valid = info.columns.filter((c) => !numeric || NUMERIC.has(c.type)).map((c) => c.name);
      throw new EngineError('invalid-option', `invalid ${what}: ${JSON.stringify(name)} (one of ${valid.join(', ')})`, {
        dataset,
        validColumns: valid,
      });
    }
    return name;
  };

  const listed = info.metadata[METADATA.counts];
  const defaultCounts =
    listed !== undefined
      ? list(listed).map((name) => need(name, `${METADATA.counts} in ${dataset}`, true))
      : info.columns.filter((c) => NUMERIC.has(c.type) && COUNT_NAME.test(c.name)).map((c) => c.name);
  const counts = unique([...defaultCounts, ...(options?.counts ?? []).map((name) => need(name, 'disclosure.counts', true))]);

  const rates = [...defaultRates(info, byName, dataset, need), ...(options?.rates ?? [])].map((rate) => ({
    column: need(rate.column, 'disclosure.rates column', true),
    numerator: need(rate.numerator, 'disclosure.rates numerator', true),
    ...(rate.denominator === undefined ? {} : { denominator: need(rate.denominator, 'disclosure.rates denominator', true) }),
  }));
  // The numerator and denominator of a rate are counts too.
  const allCounts = unique([...counts, ...rates.flatMap((r) => [r.numerator, ...(r.denominator ? [r.denominator] : [])])]);

  const dimensions: Dimension[] = [...(options?.dimensions ?? [])];
  for (const name of list(info.metadata[METADATA.dimensions])) {
    if (!dimensions.some((d) => nameOf(d) === name)) dimensions.push(need(name, `${METADATA.dimensions} in ${dataset}`));
  }
  for (const d of dimensions) need(nameOf(d), 'disclosure.dimensions');

  const status = byName.get('status')?.type === 'string' ? 'status' : null;
  const multiValued = (query.filters ?? []).filter((f) => !('values' in f) || f.values.length > 1).map((f) => f.column);
  const shown = new Set(query.columns);
  const helpers = unique([
    ...(status ? [status] : []),
    ...rates.flatMap((r) => (shown.has(r.column) ? [r.numerator, ...(r.denominator ? [r.denominator] : [])] : [])),
    ...dimensions.map(nameOf),
    ...multiValued,
  ]).filter((name) => !shown.has(name));
  const remainders = fileK === null || (pageK !== null && pageK > fileK);
  return { k, counts: allCounts, rates, dimensions, status, helpers, remainders };
}

export function nameOf(dimension: Dimension): string {
  return typeof dimension === 'string' ? dimension : dimension.name;
}

function defaultRates(
  info: ParquetInfo,
  byName: ReadonlyMap<string, ColumnInfo>,
  dataset: string,
  need: (name: string, what: string, numeric?: boolean) => string,
): RateColumn[] {
  const listed = info.metadata[METADATA.rates];
  if (listed !== undefined) {
    // 'value=numerator/denominator,share=persons'
    return list(listed).map((entry) => {
      const [column = '', fraction = ''] = entry.split('=');
      const [numerator = '', denominator] = fraction.split('/');
      const what = `${METADATA.rates} in ${dataset}`;
      return { column: need(column, what, true), numerator: need(numerator, what, true), ...(denominator ? { denominator: need(denominator, what, true) } : {}) };
    });
  }
  if (!byName.has('value') || !byName.has('numerator')) return [];
  return [{ column: 'value', numerator: 'numerator', ...(byName.has('denominator') ? { denominator: 'denominator' } : {}) }];
}

function parseK(raw: unknown, what: string, dataset: string): number | null {
  if (raw === undefined) return null;
  const k = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 2) {
    throw new EngineError('invalid-option', `invalid ${what}: ${JSON.stringify(raw)} (an integer >= 2)`, { dataset });
  }
  return k;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
