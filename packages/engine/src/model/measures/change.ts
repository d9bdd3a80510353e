import type { ChangeMeasure } from '../query.ts';
import { partitionClause, requireKey, requireName, requireNumericOutput, resolvePartition, type MeasureDefinition } from './definition.ts';

/** The change since the series' previous period present in the result (by the time column). */
export const change: MeasureDefinition<ChangeMeasure> = {
  validate(measure, context) {
    const as = requireName(measure.as, 'change', context);
    const of = requireNumericOutput(measure.of, 'Measure change "of"', context);
    const time = requireKey(measure.time, 'Measure change "time"', context);
    const partitionBy = resolvePartition(measure.partitionBy, [time, of], 'change', context);
    return { kind: 'change', as, of, time, partitionBy };
  },
  outputs: (measure) => [measure.as],
  partition: (measure) => measure.partitionBy ?? [],
  sql(measure, context) {
    const over = `OVER (${partitionClause(measure.partitionBy ?? [], context)}ORDER BY ${context.q(measure.time)})`;
    const of = context.q(measure.of);
    const flag = context.flagOf(measure.of);
    return {
      columns: [[`${of} - lag(${of}) ${over}`, measure.as]],
      // Either value hidden hides the change: next to the other it would give it back.
      hidden: flag === null ? null : `(${flag} OR coalesce(lag(${flag}) ${over}, false))`,
    };
  },
};
