import type { DifferenceMeasure } from '../query.ts';
import { partitionClause, requireKey, requireName, requireNumericOutput, resolvePartition, type MeasureDefinition } from './definition.ts';

/**
 * The difference from a reference row of the same series (the country, the municipality):
 * `of` minus `of` where `column` = `reference`. The reference row must be in the result
 * (let the filters keep it); otherwise the difference is null.
 */
export const difference: MeasureDefinition<DifferenceMeasure> = {
  validate(measure, context) {
    const as = requireName(measure.as, 'difference', context);
    const of = requireNumericOutput(measure.of, 'Measure difference "of"', context);
    const column = requireKey(measure.column, 'Measure difference "column"', context);
    const reference = measure.reference;
    if (!['string', 'number', 'boolean'].includes(typeof reference)) {
      context.check.fail(`Measure difference: "reference" must be a value of "${column}" (e.g. "Norge")`);
    }
    const partitionBy = resolvePartition(measure.partitionBy, [column, of], 'difference', context);
    return { kind: 'difference', as, of, column, reference, partitionBy };
  },
  outputs: (measure) => [measure.as],
  partition: (measure) => measure.partitionBy ?? [],
  sql(measure, context) {
    const over = `OVER (${partitionClause(measure.partitionBy ?? [], context).trim()})`;
    const of = context.q(measure.of);
    const isReference = () => `${context.q(measure.column)} = ${context.bind(measure.reference)}`;
    const columns: [string, string][] = [[`${of} - max(CASE WHEN ${isReference()} THEN ${of} END) ${over}`, measure.as]];
    const flag = context.flagOf(measure.of);
    return {
      columns,
      hidden: flag === null ? null : `(${flag} OR coalesce(bool_or(CASE WHEN ${isReference()} THEN ${flag} END) ${over}, false))`,
    };
  },
};
