/** @jsxImportSource react */
import type {} from '@slt/widgets/react';

export const ok = <slt-trend src="/data/indicators.parquet" series-column="area" unit="percent" height={300} />;
// @ts-expect-error: a misspelt attribute (JSX does not check hyphenated names such as
// series-column against the type: TypeScript lets any name with a hyphen through)
export const misspelt = <slt-trend scr="/data/indicators.parquet" />;
// @ts-expect-error: a number where the attribute takes a word
export const wrongType = <slt-trend unit={5} />;
