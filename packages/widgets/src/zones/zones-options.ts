import { EngineError, parseFilters, type Filter, type SelectQuery } from '@slt/engine';
import { ZONES } from './zone-style.ts';
import { sourceOption } from '../shared/options.ts';

export const VARIANTS = ['bars', 'areas'] as const;
export type ZonesVariant = (typeof VARIANTS)[number];

/**
 * The classifying columns of case_counts.parquet and their margin: unless the page's
 * filter or a linked filter chooses a category, the chart shows the published totals.
 */
export const DEFAULT_MARGINS: Readonly<Record<string, string>> = {
  district_group: 'all',
  age_band: 'all',
  sex: 'all',
  measure: 'all',
};

/** The columns the chart reads (data/README.md, case_counts.parquet). */
export const ZONES_COLUMNS = { period: 'period', year: 'year', zone: 'zone', persons: 'persons', status: 'status' } as const;

/** Time columns: a linked choice of a year is shown as a highlighted bar, not as a filter. */
export const TIME_COLUMNS: readonly string[] = ['year', 'period'];

export interface ZonesAttributes {
  src: string;
  filter: string;
  variant: string;
}

export interface ZonesOptions {
  readonly src: string;
  readonly filters: readonly Filter[];
  readonly variant: ZonesVariant;
}

/** Attribute text to checked options; bad values fail with what was wrong and what is allowed. */
export function zonesOptions(attributes: ZonesAttributes): ZonesOptions {
  const src = sourceOption(attributes.src, 'slt-zones');
  const variant = attributes.variant.trim() || 'bars';
  if (!(VARIANTS as readonly string[]).includes(variant)) {
    throw new EngineError('invalid-option', `invalid variant: ${JSON.stringify(variant)} (use one of ${VARIANTS.join(', ')})`, {
      column: 'variant',
    });
  }
  const filters = parseFilters(attributes.filter);
  const zone = filters.find((filter) => filter.column === ZONES_COLUMNS.zone);
  if (zone) {
    throw new EngineError('invalid-option', 'invalid filter: zone is chosen by the chart (it shows every zone and the total)', {
      column: 'filter',
    });
  }
  return { src, filters, variant: variant as ZonesVariant };
}

/**
 * The one query: every zone and the published total ('all') per period, for the chosen
 * categories (the page's filters, then the linked ones, then the margins).
 */
export function zonesQuery(options: ZonesOptions, linked: readonly Filter[] = []): SelectQuery {
  const chosen = [...options.filters, ...linked.filter((filter) => !TIME_COLUMNS.includes(filter.column))];
  const margins = Object.entries(DEFAULT_MARGINS)
    .filter(([column]) => !chosen.some((filter) => filter.column === column))
    .map(([column, value]) => ({ column, values: [value] }));
  const { period, year, zone, persons, status } = ZONES_COLUMNS;
  return {
    columns: [period, year, zone, persons, status],
    filters: [...chosen, ...margins, { column: zone, values: [...ZONES, 'all'] }],
    orderBy: [year, zone],
  };
}
