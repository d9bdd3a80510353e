// The committed indicator file read with native DuckDB, no engine code involved: what the
// e2e tests compute their expected figures from, independently of the widgets.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The two indicator dashboards, as a selector. */
export const INDICATOR_DASHBOARDS = 'slt-living-conditions, slt-youth-exclusion';

export interface Yearly {
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/** One area's rows of an indicator (all sexes together), by year. */
export async function yearlyRows(indicator: string, ageGroup: string, area: string): Promise<Yearly[]> {
  const requireFromPipeline = createRequire(`${root}packages/pipeline/package.json`);
  const { DuckDBInstance } = (await import(pathToFileURL(requireFromPipeline.resolve('@duckdb/node-api')).href)) as {
    DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }> }> }> };
  };
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await connection.runAndReadAll(
    `SELECT year, numerator, denominator, value FROM '${root}data/indicators.parquet'
     WHERE indicator = '${indicator}' AND age_group = '${ageGroup}' AND sex = 'all' AND area = '${area}' ORDER BY year`,
  );
  const n = (cell: unknown) => (cell === null ? null : Number(cell));
  return reader.getRows().map(([year, numerator, denominator, value]) => ({ year: Number(year), numerator: n(numerator), denominator: n(denominator), value: n(value) }));
}
