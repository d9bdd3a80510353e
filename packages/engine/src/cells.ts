import { isValid, type PlainColumn } from './parquet/columns.ts';
import { dateCell, integerCell, timestampCell, type Cell } from './rows.ts';

/**
 * Reads one decoded column (parquet/columns.ts) row by row as the cells DuckDB-WASM's
 * answer gives for the same column (duckdb/arrow-rows.ts): BIGINT as a number when safe,
 * DATE and TIMESTAMP as Date, text as strings, blobs as text (as Arrow's bytes are shown).
 * The page's evaluator (local-query.ts) answers plain selections from these, so a plain
 * selection answered in the page equals the one answered in DuckDB (engine.browser.test.ts).
 */
export function cellReader(column: PlainColumn): (index: number) => Cell {
  const valid = column.validity === undefined ? () => true : (index: number) => isValid(column, index);
  if (column.dictionary) {
    // Each distinct text is decoded once; a row's cell is its code's.
    const texts = textsOf(column.dictionary);
    const codes = column.values as Int32Array;
    return (index) => (valid(index) ? texts[codes[index]!]! : null);
  }
  const values = column.values;
  switch (column.type) {
    case 'int64':
    case 'uint64':
      return (index) => (valid(index) ? integerCell((values as BigInt64Array)[index]!) : null);
    case 'date32':
      return (index) => (valid(index) ? dateCell((values as Int32Array)[index]!) : null);
    case 'timestamp':
    case 'timestamp-utc':
      return (index) => (valid(index) ? timestampCell((values as BigInt64Array)[index]!) : null);
    case 'bool':
      return (index) => (valid(index) ? ((values as Uint8Array)[index >> 3]! & (1 << (index & 7))) !== 0 : null);
    case 'utf8': {
      const decoder = new TextDecoder();
      return (index) => (valid(index) ? decoder.decode(bytesAt(column, index)) : null);
    }
    case 'binary':
      return (index) => (valid(index) ? String(bytesAt(column, index)) : null);
    default:
      return (index) => (valid(index) ? (values as Float64Array)[index]! : null);
  }
}

/** A column's cells, every row (tests, and small columns). */
export function cellsOf(column: PlainColumn): Cell[] {
  const read = cellReader(column);
  return Array.from({ length: column.length }, (_, index) => read(index));
}

/**
 * For DISTINCT over one dictionary-encoded text column (whose texts are all different, as
 * the decoder makes them): a number per row standing for its value, `size` for NULL.
 */
export function dictionaryCodes(column: PlainColumn | undefined): { size: number; codeAt(index: number): number } | null {
  const dictionary = column?.dictionary;
  if (!column || !dictionary || dictionary.nullCount > 0) return null;
  const texts = textsOf(dictionary);
  if (new Set(texts).size !== texts.length) return null;
  const codes = column.values as Int32Array;
  const size = dictionary.length;
  return { size, codeAt: (index) => (isValid(column, index) ? codes[index]! : size) };
}

/** A dictionary's texts, by code (null for a NULL entry). */
export function textsOf(dictionary: PlainColumn): (string | null)[] {
  const decoder = new TextDecoder();
  return Array.from({ length: dictionary.length }, (_, index) => (isValid(dictionary, index) ? decoder.decode(bytesAt(dictionary, index)) : null));
}

function bytesAt(column: PlainColumn, index: number): Uint8Array {
  const offsets = column.offsets!;
  return (column.values as Uint8Array).subarray(offsets[index]!, offsets[index + 1]!);
}
