import { EngineError, parseFilters, type Filter, type SelectQuery } from '@slt/engine';
import { sourceOption } from '../shared/options.ts';

/** Quarters in SSB notation: `2025K4`. */
export const QUARTER = /^(\d{4})K([1-4])$/;

export interface FlowAttributes {
  src: string;
  filter: string;
  period: string;
}

export interface FlowOptions {
  readonly src: string;
  readonly filters: readonly Filter[];
  /** The quarter to show; undefined: the latest in the data (after linked filters). */
  readonly period: string | undefined;
}

export function flowOptions(attributes: FlowAttributes): FlowOptions {
  const src = sourceOption(attributes.src, 'slt-flow');
  const period = attributes.period.trim() || undefined;
  if (period !== undefined && !QUARTER.test(period)) {
    throw new EngineError('invalid-option', `invalid period: ${JSON.stringify(period)} (use a quarter like 2025K4)`, { column: 'period' });
  }
  const filters = parseFilters(attributes.filter);
  const chosen = filters.find((filter) => filter.column === 'from_zone' || filter.column === 'to_zone');
  if (chosen) {
    throw new EngineError('invalid-option', `invalid filter: ${chosen.column} is the matrix itself (every zone is shown)`, { column: 'filter' });
  }
  return { src, filters, period };
}

/**
 * Every cell of every quarter the filters leave (the matrix of one quarter is picked
 * from them, so the chart knows which is the latest). A fixed `period` attribute wins
 * over a year chosen in a linked widget.
 */
export function flowQuery(options: FlowOptions, linked: readonly Filter[] = []): SelectQuery {
  const fixed = options.period ? [{ column: 'period', values: [options.period] }] : [];
  const fromLinks = linked.filter((filter) => !(options.period && (filter.column === 'year' || filter.column === 'period')));
  return {
    columns: ['period', 'year', 'quarter', 'from_zone', 'to_zone', 'persons', 'status'],
    filters: [...options.filters, ...fixed, ...fromLinks],
    orderBy: ['year', 'quarter'],
  };
}
