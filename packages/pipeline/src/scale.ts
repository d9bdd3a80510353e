import type { DuckDBConnection } from '@duckdb/node-api';
import { DISTRICTS } from './areas.ts';
import { CONCERN_TYPES, MEASURES, ZONES } from './case-model.ts';
import { CASE_FIRST_YEAR, CASE_LAST_YEAR, type RunConfig } from './config.ts';
import { copyToParquet, quoteLiteral } from './parquet.ts';

/**
 * Benchmark-sized case events in the shape of data/internal/case_events.parquet, made in
 * SQL so that 10 million rows take seconds. Deterministic from the seed (DuckDB's hash of
 * the row number and the seed). Never committed: written under data/bench/ (gitignored).
 */
export async function writeScaledEvents(connection: DuckDBConnection, path: string, rows: number, config: RunConfig) {
  const persons = Math.max(50, Math.round(rows / 25));
  const months = (CASE_LAST_YEAR - CASE_FIRST_YEAR + 1) * 12;
  const list = (items: readonly string[]) => `[${items.map(quoteLiteral).join(', ')}]`;
  // Districts repeated by case load so that Borgen gets its larger share.
  const weightedDistricts = DISTRICTS.flatMap((d) => Array.from({ length: Math.round(d.share * d.caseLoad * 40) }, () => d));
  const uniform = (salt: number) => `((hash(i, ${config.seed}, ${salt}) % 1000000) / 1000000.0)`;
  const person = `(hash(i, ${config.seed}, 1) % ${persons})`;
  const personUniform = (salt: number) => `((hash(${person}, ${config.seed}, ${salt}) % 1000000) / 1000000.0)`;
  const query = `
    WITH base AS (
      SELECT i, ${person} AS p,
        ${uniform(2)} AS u_event, ${uniform(3)} AS u_zone, ${uniform(4)} AS u_cat, ${uniform(5)} AS u_month,
        ${personUniform(6)} AS u_district, ${personUniform(7)} AS u_sex, ${personUniform(8)} AS u_age
      FROM range(${rows}) t(i)
    ), shaped AS (
      SELECT *,
        CASE WHEN u_event < 0.78 THEN 'meeting' WHEN u_event < 0.9 THEN 'concern'
             WHEN u_event < 0.96 THEN 'measure_start' ELSE 'measure_end' END AS event,
        CAST(floor(u_month * ${months}) AS INTEGER) AS month_index,
        ${list(weightedDistricts.map((d) => d.code))}[1 + CAST(floor(u_district * ${weightedDistricts.length}) AS INTEGER)] AS area_code
      FROM base
    )
    SELECT
      -- 16 hex digits written as letters a-p, as pseudonymOf() does (no digit runs that look like IDs).
      translate(printf('%016x', hash(p, ${config.seed}, 9)), '0123456789abcdef', 'abcdefghijklmnop') AS pseudonym,
      CAST(${CASE_FIRST_YEAR} + month_index // 12 AS VARCHAR) AS period,
      printf('%04d-%02d', ${CASE_FIRST_YEAR} + month_index // 12, 1 + month_index % 12) AS month,
      event,
      CASE event
        WHEN 'meeting' THEN CASE WHEN u_zone < 0.7 THEN ${quoteLiteral(ZONES[0])} WHEN u_zone < 0.9 THEN ${quoteLiteral(ZONES[1])}
                                 WHEN u_zone < 0.97 THEN ${quoteLiteral(ZONES[2])} ELSE ${quoteLiteral(ZONES[3])} END
        WHEN 'concern' THEN ${list(CONCERN_TYPES)}[1 + CAST(floor(u_cat * ${CONCERN_TYPES.length}) AS INTEGER)]
        ELSE ${list(MEASURES)}[1 + CAST(floor(u_cat * ${MEASURES.length}) AS INTEGER)]
      END AS category,
      CASE WHEN event = 'concern' THEN ['police', 'school', 'child_welfare', 'ambulant_youth_team', 'slt'][1 + CAST(floor(u_zone * 5) AS INTEGER)] END AS agency,
      CASE WHEN u_age < 0.45 THEN '12-14' WHEN u_age < 0.85 THEN '15-17' WHEN u_age < 0.97 THEN '18-20' ELSE '21-24' END AS age_band,
      CASE WHEN u_sex < 0.66 THEN 'male' ELSE 'female' END AS sex,
      area_code,
      ${districtNameCase()} AS area,
      'district' AS area_level
    FROM shaped
    ORDER BY i`;
  await copyToParquet(connection, query, path, {
    synthetic: true,
    title: `Benchmark case events (${rows.toLocaleString('en')} rows)`,
    source: `Synthetic, generated in SQL by packages/pipeline scale from seed ${config.seed}`,
    updated: config.updated,
    description: 'Benchmark data in the shape of internal/case_events.parquet. Not k-anonymous; never serve, never commit.',
    tier: 'internal',
  });
  return { rows, persons };
}

function districtNameCase(): string {
  return `CASE area_code ${DISTRICTS.map((d) => `WHEN ${quoteLiteral(d.code)} THEN ${quoteLiteral(d.name)}`).join(' ')} END`;
}
