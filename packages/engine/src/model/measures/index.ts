import type { Measure, MeasureKind } from '../query.ts';
import { change } from './change.ts';
import type { MeasureDefinition } from './definition.ts';
import { difference } from './difference.ts';
import { movingAverage } from './moving-average.ts';
import { rank } from './rank.ts';
import { rate } from './rate.ts';

/** Every named measure, by kind. */
export const MEASURES: { readonly [K in MeasureKind]: MeasureDefinition<Extract<Measure, { kind: K }>> } = {
  rate,
  movingAverage,
  change,
  difference,
  rank,
};

export function definitionOf<M extends Measure>(measure: M): MeasureDefinition<M> {
  return MEASURES[measure.kind] as unknown as MeasureDefinition<M>;
}

export function measureOutputs(measure: Measure): readonly string[] {
  return definitionOf(measure).outputs(measure);
}

export { rateInputs } from './rate.ts';
export type { MeasureDefinition, SqlContext } from './definition.ts';
