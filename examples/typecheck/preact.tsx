import type {} from '@slt/widgets/preact';

// Preact accepts any attribute on an element (its HTMLAttributes has an index signature), so
// only the tag is checked here: without @slt/widgets/preact, <slt-trend> is not a JSX element.
export const ok = <slt-trend src="/data/indicators.parquet" series-column="area" unit="percent" />;
