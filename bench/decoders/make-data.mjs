// Indicator-like Parquet files for the decoder benchmark, written by native DuckDB as the
// pipeline writes ours (SNAPPY, DuckDB's default row groups). Deterministic: no random().
import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const FILES = {
  small: 2_000,
  medium: 100_000,
  large: 1_000_000,
};

/** Writes `${dir}/${name}.parquet` for every entry of FILES that is not there yet. */
export async function makeData(dir) {
  mkdirSync(dir, { recursive: true });
  const missing = Object.entries(FILES).filter(([name]) => !existsSync(`${dir}/${name}.parquet`));
  if (missing.length === 0) return;
  const requireFromPipeline = createRequire(new URL('../../packages/pipeline/package.json', import.meta.url));
  const { DuckDBInstance } = await import(pathToFileURL(requireFromPipeline.resolve('@duckdb/node-api')).href);
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [name, rows] of missing) {
    console.log(`writing ${name}.parquet (${rows} rows)`);
    // 8 columns like an indicator table: year, area (356 municipalities), indicator, sex,
    // age group, a rate with some suppressed (null) cells, numerator and denominator.
    await connection.run(`COPY (
      SELECT (2000 + i % 23)::INTEGER AS year,
             'Kommune ' || lpad(((i // 23) % 356)::VARCHAR, 4, '0') AS area,
             ['neet', 'low_income', 'crowding', 'unemployed', 'dropout', 'disability', 'lone_parent', 'benefits'][1 + (i // 8188) % 8] AS indicator,
             ['female', 'male', 'all'][1 + i % 3] AS sex,
             ['15-19', '20-24', '25-29', '15-29'][1 + (i // 3) % 4] AS age_group,
             CASE WHEN hash(i) % 17 = 0 THEN NULL ELSE (hash(i) % 100000) / 1000.0 END::DOUBLE AS value,
             (hash(i * 7) % 5000)::BIGINT AS numerator,
             (5000 + hash(i * 13) % 20000)::INTEGER AS denominator
      FROM range(${rows}) AS r(i)
    ) TO '${dir}/${name}.parquet' (FORMAT parquet, COMPRESSION snappy)`);
  }
}
