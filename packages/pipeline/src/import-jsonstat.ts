import type { DuckDBConnection } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import { parseJsonStatText } from './jsonstat.ts';
import { writeParquet } from './parquet.ts';

/** An SSB table saved as JSON-stat 2.0 -> a tidy Parquet file with the dataset's own metadata. */
export async function importJsonStat(connection: DuckDBConnection, input: string, output: string, fallbackUpdated: string) {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const tidy = parseJsonStatText(text);
  const rows = await writeParquet(connection, output, tidy.columns, tidy.rows, {
    synthetic: false,
    title: tidy.label ?? input,
    source: tidy.source ?? 'unknown (JSON-stat without source)',
    // The dataset's own update date, so re-importing the same download gives the same file.
    updated: tidy.updated?.slice(0, 10) ?? fallbackUpdated,
    description: [
      `Imported from JSON-stat 2.0; dimensions: ${tidy.dimensions.map((d) => `${d.id} (${d.label})`).join(', ')}.`,
      ...tidy.note,
    ].join(' '),
    tier: 'public',
  });
  return { rows, columns: tidy.columns.map((c) => c.name) };
}
