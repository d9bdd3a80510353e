import type { DimensionSpec, Relation, SuppressionOptions, TableCell } from './types.ts';

export interface NormalisedDimension {
  readonly name: string;
  readonly total: string;
  /** parent category -> child categories; null means "total over every other category". */
  readonly hierarchy: ReadonlyMap<string, readonly string[]> | null;
}

export interface NormalisedOptions {
  readonly k: number;
  readonly dimensions: readonly NormalisedDimension[];
  readonly valueField: string;
  readonly personsField: string | null;
  readonly unpublished: ((cell: TableCell) => boolean) | null;
  readonly relations: readonly Relation[];
}

/** One place turns caller options into validated ones, failing with `invalid <name>: <value>`. */
export function normaliseOptions(options: SuppressionOptions): NormalisedOptions {
  const { k, dimensions, valueField = 'value', personsField = null, unpublished = null, relations = [] } = options;
  if (unpublished !== null && typeof unpublished !== 'function') throw new TypeError(`invalid unpublished: ${String(unpublished)} (a function)`);
  if (!Array.isArray(relations)) throw new TypeError(`invalid relations: ${JSON.stringify(relations)} (an array)`);
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`invalid k: ${String(k)} (an integer >= 2)`);
  if (!Array.isArray(dimensions) || dimensions.length === 0) {
    throw new TypeError(`invalid dimensions: ${JSON.stringify(dimensions)} (at least one dimension)`);
  }
  const seen = new Set<string>();
  const normalised = dimensions.map((dimension) => {
    const spec: DimensionSpec = typeof dimension === 'string' ? { name: dimension } : dimension;
    if (typeof spec.name !== 'string' || spec.name === '' || seen.has(spec.name)) {
      throw new TypeError(`invalid dimension: ${JSON.stringify(dimension)} (a unique column name)`);
    }
    if (spec.name === valueField) throw new TypeError(`invalid dimension: ${spec.name} is the value field`);
    seen.add(spec.name);
    const hierarchy = spec.hierarchy ? new Map(Object.entries(spec.hierarchy)) : null;
    return { name: spec.name, total: spec.total ?? 'all', hierarchy };
  });
  if (personsField !== null && (typeof personsField !== 'string' || personsField === '' || personsField === valueField || seen.has(personsField))) {
    throw new TypeError(`invalid personsField: ${JSON.stringify(personsField)} (a column other than the value and the dimensions)`);
  }
  return { k, dimensions: normalised, valueField, personsField, unpublished, relations };
}
