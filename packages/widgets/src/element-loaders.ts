/**
 * Every element of the script-tag bundle, by tag, with the chunk that defines it. The embed
 * entry holds only this table and the loader: an element's code (and Plot and d3) is fetched
 * the first time its tag appears on the page, so a page with two <slt-trend> never downloads
 * the map, the table or the dashboards.
 */
export const ELEMENT_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'slt-trend': () => import('./elements/trend.ts'),
  'slt-average-trend': () => import('./elements/average-trend.ts'),
  'slt-bars': () => import('./elements/bars.ts'),
  'slt-kpi': () => import('./elements/kpi.ts'),
  'slt-map': () => import('./elements/map.ts'),
  'slt-table': () => import('./elements/table.ts'),
  'slt-zones': () => import('./elements/zones.ts'),
  'slt-flow': () => import('./elements/flow.ts'),
  'slt-filter': () => import('./elements/filter.ts'),
  'slt-living-conditions': () => import('./elements/living-conditions.ts'),
  'slt-youth-exclusion': () => import('./elements/youth-exclusion.ts'),
  'slt-case-followup': () => import('./elements/case-followup.ts'),
  'slt-casework': () => import('./elements/casework.ts'),
};
