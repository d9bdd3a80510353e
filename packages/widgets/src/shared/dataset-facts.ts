import { formatDate, type Language, type ParquetInfo, type Row } from '@slt/engine';

/** What a chart's footer says about its data, read from the Parquet file's metadata. */
export interface DatasetFacts {
  readonly source: string | undefined;
  /** The date the data were last updated, formatted for the reader. */
  readonly updated: string | undefined;
  readonly definition: string | undefined;
  /** Synthetic demo data, which must be visibly marked as such. */
  readonly synthetic: boolean;
  /** The disclosure threshold, when the data had disclosure control. */
  readonly k: number | undefined;
}

/**
 * Reads the facts from the metadata, preferring the reader's language: `slt.source.nb`,
 * `slt.source.da`, ... before the plain `slt.source`.
 */
export function datasetFacts(info: ParquetInfo, language: Language): DatasetFacts {
  const metadata = info.metadata;
  const text = (key: string) => metadata[`${key}.${language}`] || metadata[key] || undefined;
  const updated = metadata['slt.updated'];
  const date = updated && /^\d{4}-\d{2}-\d{2}$/.test(updated) ? new Date(`${updated}T00:00:00Z`) : undefined;
  const k = Number(metadata['slt.k']);
  return {
    source: text('slt.source'),
    updated: date && !Number.isNaN(date.getTime()) ? formatDate(date, language) : updated || undefined,
    definition: text('slt.description'),
    synthetic: metadata['slt.synthetic'] === 'true',
    k: Number.isInteger(k) && k > 0 ? k : undefined,
  };
}

/**
 * Where the figures a chart shows come from, when the file says it row by row (`published`
 * and `source` columns, as indicators.parquet has: SSB's figures beside synthetic ones).
 */
export interface Provenance {
  /** Every figure shown is a published (real) one. */
  readonly published: boolean;
  readonly sources: readonly string[];
}

/** The provenance of the rows shown, or undefined when the rows do not say (no `published` column, no rows). */
export function provenanceOfRows(rows: readonly Row[]): Provenance | undefined {
  if (rows.length === 0 || rows.some((row) => !('published' in row))) return undefined;
  return {
    published: rows.every((row) => row['published'] === true),
    sources: [...new Set(rows.flatMap((row) => (typeof row['source'] === 'string' && row['source'] !== '' ? [row['source']] : [])))],
  };
}

/**
 * The footer's facts for figures of known provenance: all published, no demo marker and their
 * own sources, each in the reader's language where the file says it (`rowSourceText`).
 */
export function withProvenance(facts: DatasetFacts, provenance: Provenance | undefined, info: ParquetInfo, language: Language): DatasetFacts {
  if (!provenance?.published) return facts;
  const sources = provenance.sources.map((source) => rowSourceText(info, source, language));
  return { ...facts, synthetic: false, source: sources.length > 0 ? [...new Set(sources)].join('; ') : facts.source };
}

/**
 * A `source` column's value in the reader's language, from the file's `slt.row_sources`
 * (JSON: the value as the column holds it, then its text per language; the pipeline writes
 * the public sources' credits there); the value itself where the file does not say.
 */
export function rowSourceText(info: ParquetInfo, source: string, language: Language): string {
  const text = rowSourcesOf(info)[source]?.[language];
  return typeof text === 'string' && text.trim() !== '' ? text : source;
}

type RowSources = Readonly<Record<string, Partial<Record<Language, unknown>> | undefined>>;
const parsedRowSources = new WeakMap<ParquetInfo, RowSources>();

function rowSourcesOf(info: ParquetInfo): RowSources {
  let parsed = parsedRowSources.get(info);
  if (parsed === undefined) {
    parsed = {};
    try {
      const value: unknown = JSON.parse(info.metadata['slt.row_sources'] ?? '{}');
      // A file's metadata is input like any other: anything but an object of objects is ignored.
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) parsed = value as RowSources;
    } catch {
      // Not JSON: the sources are shown as the column holds them.
    }
    parsedRowSources.set(info, parsed);
  }
  return parsed;
}
