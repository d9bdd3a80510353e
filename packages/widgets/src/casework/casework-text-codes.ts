// A decoded text column (the engine's PlainColumn) as whole numbers: each row's value as its
// place among the column's distinct values in sorted order, so that comparing codes is
// comparing the texts as DuckDB orders them (byte order: for texts without characters
// beyond U+FFFF, which the internal tier's closed vocabularies and pseudonyms never hold,
// the same as JavaScript's `<`). The element builds its index from these
// (casework-build.ts) instead of asking DuckDB-WASM to group the rows.
import type { PlainColumn } from '@slt/engine';

export interface TextCodes {
  /** The distinct values, sorted. */
  readonly names: readonly string[];
  /** Each row's place in `names`; -1 for NULL. */
  readonly codes: Int32Array;
  readonly nullCount: number;
}

const decoder = new TextDecoder();

/** The text of value `i` of a column of bytes and offsets (ASCII, as pseudonyms and codes are, without a TextDecoder call). */
function textAt(values: Uint8Array, offsets: Int32Array, i: number): string {
  const bytes = values.subarray(offsets[i]!, offsets[i + 1]!);
  // A long value (no pseudonym or code is) would pass too many arguments to fromCharCode.
  if (bytes.length > 1024) return decoder.decode(bytes);
  for (let k = 0; k < bytes.length; k++) if (bytes[k]! >= 0x80) return decoder.decode(bytes);
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/** `names` sorted, and each one's place in the sorted list (by its old place). */
function sortedPlaces(names: readonly string[]): { sorted: string[]; place: Int32Array } {
  // The default sort compares UTF-16 code units, as `<` does, without a comparator to call.
  const sorted = [...names].sort();
  const rank = new Map(sorted.map((name, i) => [name, i]));
  return { sorted, place: Int32Array.from(names, (name) => rank.get(name)!) };
}

/**
 * The column's codes. A dictionary-encoded column (each distinct text stored once) costs two
 * passes over its codes; a plain one (a pseudonym column of a million rows is written
 * without a dictionary) is hashed by its bytes, with no string made per row.
 */
export function textCodes(column: PlainColumn, name: string): TextCodes {
  if (column.type !== 'utf8') throw new TypeError(`${name}: text expected, the file has ${column.type}`);
  const length = column.length;
  const codes = new Int32Array(length);
  const validity = column.nullCount > 0 ? column.validity : undefined;
  const isNull = (row: number) => validity !== undefined && ((validity[row >> 3]! >> (row & 7)) & 1) === 0;
  let distinct: string[];
  if (column.dictionary) {
    // Only the texts some row holds (a dictionary may keep one no row uses).
    const dictionary = column.dictionary;
    const entries = column.values as Int32Array;
    const used = new Uint8Array(dictionary.length);
    if (validity) {
      for (let row = 0; row < length; row++) if (!isNull(row)) used[entries[row]!] = 1;
    } else {
      for (let row = 0; row < length; row++) used[entries[row]!] = 1;
    }
    const kept: number[] = [];
    for (let entry = 0; entry < used.length; entry++) if (used[entry]) kept.push(entry);
    const sorted = sortedPlaces(kept.map((entry) => textAt(dictionary.values as Uint8Array, dictionary.offsets!, entry)));
    const place = new Int32Array(dictionary.length);
    kept.forEach((entry, i) => (place[entry] = sorted.place[i]!));
    for (let row = 0; row < length; row++) codes[row] = place[entries[row]!]!;
    distinct = sorted.sorted;
  } else {
    const sorted = sortedPlaces(hashBytes(column, codes));
    for (let row = 0; row < length; row++) codes[row] = sorted.place[codes[row]!]!;
    distinct = sorted.sorted;
  }
  let nullCount = 0;
  if (validity) {
    for (let row = 0; row < length; row++) {
      if (isNull(row)) {
        codes[row] = -1;
        nullCount++;
      }
    }
  }
  return { names: distinct, codes, nullCount };
}

/**
 * The distinct byte strings of a plain text column, by an open-addressing hash table
 * (FNV-1a over 4 bytes at a time), writing each row's number (in order of first
 * appearance) into `codes`. NULL rows are left 0 (textCodes marks them).
 */
function hashBytes(column: PlainColumn, codes: Int32Array): string[] {
  const bytes = column.values as Uint8Array;
  const offsets = column.offsets!;
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const validity = column.nullCount > 0 ? column.validity : undefined;
  let size = 1024;
  let slots = new Int32Array(size).fill(-1); // each distinct value's number
  let hashes = new Int32Array(size);
  const firstRows: number[] = [];
  for (let row = 0; row < column.length; row++) {
    if (validity !== undefined && ((validity[row >> 3]! >> (row & 7)) & 1) === 0) continue;
    const from = offsets[row]!;
    const to = offsets[row + 1]!;
    const length = to - from;
    let hash = 0x811c9dc5;
    let i = from;
    for (; i + 4 <= to; i += 4) hash = Math.imul(hash ^ words.getInt32(i, true), 0x01000193);
    for (; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    hash ^= hash >>> 15;
    let slot = hash & (size - 1);
    let code = -1;
    while (slots[slot] !== -1) {
      if (hashes[slot] === hash) {
        const first = firstRows[slots[slot]!]!;
        const start = offsets[first]!;
        if (offsets[first + 1]! - start === length) {
          let k = 0;
          while (k + 4 <= length && words.getInt32(start + k, true) === words.getInt32(from + k, true)) k += 4;
          while (k < length && bytes[start + k] === bytes[from + k]) k++;
          if (k === length) {
            code = slots[slot]!;
            break;
          }
        }
      }
      slot = (slot + 1) & (size - 1);
    }
    if (code === -1) {
      code = firstRows.length;
      firstRows.push(row);
      slots[slot] = code;
      hashes[slot] = hash;
      if (firstRows.length * 2 > size) {
        // Half full: twice the slots, every value placed again.
        const oldSlots = slots;
        const oldHashes = hashes;
        size *= 2;
        slots = new Int32Array(size).fill(-1);
        hashes = new Int32Array(size);
        for (let s = 0; s < oldSlots.length; s++) {
          if (oldSlots[s] === -1) continue;
          let q = oldHashes[s]! & (size - 1);
          while (slots[q] !== -1) q = (q + 1) & (size - 1);
          slots[q] = oldSlots[s]!;
          hashes[q] = oldHashes[s]!;
        }
      }
    }
    codes[row] = code;
  }
  return firstRows.map((row) => textAt(bytes, offsets, row));
}
