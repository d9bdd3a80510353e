import type { RateMeasure } from '../query.ts';
import { requireName, type MeasureDefinition } from './definition.ts';

/** z for a two-sided 95 % interval. */
const Z = 1.959963984540054;
const NUMERIC = new Set(['integer', 'float']);

/**
 * A rate from a summed numerator and denominator, with the Wilson score interval: unlike
 * the normal approximation it stays inside 0..1 and behaves for small counts and rates
 * near 0, which is what small municipalities have.
 */
export const rate: MeasureDefinition<RateMeasure> = {
  validate(measure, context) {
    const as = requireName(measure.as, 'rate', context);
    const counts = [measure.numerator, measure.denominator].map((name, index) => {
      const column = context.source(name, `Measure rate ${index === 0 ? 'numerator' : 'denominator'}`);
      if (!NUMERIC.has(column.type)) context.check.fail(`Measure rate: "${column.name}" must be a numeric column, it is ${column.type}`);
      return column.name;
    });
    const scale = measure.scale ?? 100;
    if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
      context.check.fail(`Measure rate: "scale" must be a positive number (100 for percent, 1000 per thousand), got ${JSON.stringify(measure.scale)}`);
    }
    if (measure.interval !== undefined && typeof measure.interval !== 'boolean') context.check.fail('Measure rate: "interval" must be true or false');
    return { kind: 'rate', as, numerator: counts[0]!, denominator: counts[1]!, scale, interval: measure.interval ?? true };
  },
  outputs: (measure) => (measure.interval === false ? [measure.as] : [measure.as, `${measure.as}_low`, `${measure.as}_high`]),
  partition: () => [],
  sql(measure, context) {
    // The base query puts the (summed) numerator and denominator in these helper columns.
    const { numerator: n, denominator: d } = rateInputs(measure);
    const [N, D] = [context.q(n), context.q(d)];
    const p = `(${N}::DOUBLE / ${D})`;
    const z2 = Z * Z;
    const centre = `(${p} + ${z2} / (2 * ${D}))`;
    const half = `(${Z} * sqrt(greatest(0, ${p} * (1 - ${p}) / ${D} + ${z2} / (4 * ${D} * ${D}))))`;
    const divisor = `(1 + ${z2} / ${D})`;
    const when = (expression: string) => `CASE WHEN ${D} > 0 THEN ${context.bind(measure.scale ?? 100)} * ${expression} END`;
    const columns: [string, string][] = [[when(p), measure.as]];
    if (measure.interval !== false) {
      columns.push([when(`(${centre} - ${half}) / ${divisor}`), `${measure.as}_low`]);
      columns.push([when(`(${centre} + ${half}) / ${divisor}`), `${measure.as}_high`]);
    }
    const flags = [context.flagOf(n), context.flagOf(d)].filter((flag): flag is string => flag !== null);
    return { columns, hidden: flags.length === 0 ? null : flags.join(' OR ') };
  },
};

/** The helper columns the base query gives a rate: its numerator and denominator (summed per group). */
export function rateInputs(measure: RateMeasure): { numerator: string; denominator: string } {
  return { numerator: `__numerator_${measure.as}`, denominator: `__denominator_${measure.as}` };
}
