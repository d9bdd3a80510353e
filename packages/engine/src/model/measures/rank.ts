import type { RankMeasure } from '../query.ts';
import { requireKey, requireName, requireNumericOutput, type MeasureDefinition } from './definition.ts';

/**
 * The rank within a period (1 = highest, or lowest with `ascending`); ties share a rank.
 * Hidden values are left out of the ranking, so the ranks shown say nothing about them.
 */
export const rank: MeasureDefinition<RankMeasure> = {
  validate(measure, context) {
    const as = requireName(measure.as, 'rank', context);
    const of = requireNumericOutput(measure.of, 'Measure rank "of"', context);
    const within = requireKey(measure.within, 'Measure rank "within"', context);
    if (measure.ascending !== undefined && typeof measure.ascending !== 'boolean') context.check.fail('Measure rank: "ascending" must be true or false');
    return { kind: 'rank', as, of, within, ascending: measure.ascending === true };
  },
  outputs: (measure) => [measure.as],
  partition: (measure) => [measure.within],
  sql(measure, context) {
    const flag = context.flagOf(measure.of);
    const shown = flag === null ? context.q(measure.of) : `(CASE WHEN ${flag} THEN NULL ELSE ${context.q(measure.of)} END)`;
    const direction = measure.ascending ? 'ASC' : 'DESC';
    return {
      columns: [[`CASE WHEN ${shown} IS NOT NULL THEN rank() OVER (PARTITION BY ${context.q(measure.within)} ORDER BY ${shown} ${direction} NULLS LAST) END`, measure.as]],
      hidden: flag,
    };
  },
};
