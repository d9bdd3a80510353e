import { formatDate, type Language, type ParquetInfo } from '@slt/engine';

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

export function datasetFacts(info: ParquetInfo, language: Language): DatasetFacts {
  const metadata = info.metadata;
  const updated = metadata['slt.updated'];
  const date = updated && /^\d{4}-\d{2}-\d{2}$/.test(updated) ? new Date(`${updated}T00:00:00Z`) : undefined;
  const k = Number(metadata['slt.k']);
  return {
    source: metadata['slt.source'] || undefined,
    updated: date && !Number.isNaN(date.getTime()) ? formatDate(date, language) : updated || undefined,
    definition: metadata['slt.description'] || undefined,
    synthetic: metadata['slt.synthetic'] === 'true',
    k: Number.isInteger(k) && k > 0 ? k : undefined,
  };
}
