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

const valid = (column: PlainColumn, row: number): boolean => column.validity === undefined || (column.validity[row >> 3]! & (1 << (row & 7))) !== 0;

/** The text of value `i` of a column of bytes and offsets. */
const textAt = (values: Uint8Array, offsets: Int32Array, i: number): string => decoder.decode(values.subarray(offsets[i]!, offsets[i + 1]!));

/** `names` sorted, and each one's place in the sorted list (by its old place). */
function sortedPlaces(names: readonly string[]): { sorted: string[]; place: Int32Array } {
  const order = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const place = new Int32Array(names.length);
  order.forEach((old, rank) => (place[old] = rank));
  return { sorted: order.map((i) => names[i]!), place };
}

/**
 * The column's codes. A dictionary-encoded column (each distinct text stored once) costs a
 * pass over its codes; a plain one (a pseudonym column of a million rows is written without
 * a dictionary) is hashed by its bytes, with no string made per row.
 */
export function textCodes(column: PlainColumn, name: string): TextCodes {
  if (column.type !== 'utf8') throw new TypeError(`${name}: text expected, the file has ${column.type}`);
  const codes = new Int32Array(column.length);
  let distinct: string[];
  if (column.dictionary) {
    const dictionary = column.dictionary;
    // Only the texts some row holds (a dictionary may keep one no row uses).
    const rows = column.values as Int32Array;
    const number = new Int32Array(dictionary.length).fill(-1);
    distinct = [];
    for (let row = 0; row < codes.length; row++) {
      if (column.nullCount > 0 && !valid(column, row)) continue;
      const entry = rows[row]!;
      if (number[entry] === -1) {
        number[entry] = distinct.length;
        distinct.push(textAt(dictionary.values as Uint8Array, dictionary.offsets!, entry));
      }
      codes[row] = number[entry]!;
    }
  } else {
    distinct = hashBytes(column, codes);
  }
  // Dictionaries hold each text once, and hashing finds each once: `place` is a permutation.
  const { sorted, place } = sortedPlaces(distinct);
  let nullCount = 0;
  for (let row = 0; row < codes.length; row++) {
    if (column.nullCount > 0 && !valid(column, row)) {
      codes[row] = -1;
      nullCount++;
    } else codes[row] = place[codes[row]!]!;
  }
  return { names: sorted, codes, nullCount };
}

/**
 * The distinct byte strings of a plain text column, by an open-addressing hash table
 * (FNV-1a), writing each row's number (in order of first appearance) into `codes`. NULL
 * rows are skipped (textCodes marks them).
 */
function hashBytes(column: PlainColumn, codes: Int32Array): string[] {
  const bytes = column.values as Uint8Array;
  const offsets = column.offsets!;
  let size = 1024;
  let slots = new Int32Array(size).fill(-1); // each distinct value's number
  let hashes = new Int32Array(size);
  const firstRows: number[] = [];
  const equal = (a: number, b: number) => {
    const length = offsets[a + 1]! - offsets[a]!;
    if (offsets[b + 1]! - offsets[b]! !== length) return false;
    for (let i = 0, x = offsets[a]!, y = offsets[b]!; i < length; i++) if (bytes[x + i] !== bytes[y + i]) return false;
    return true;
  };
  const place = (code: number, hash: number) => {
    let slot = hash & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = code;
    hashes[slot] = hash;
  };
  let previous = -1;
  for (let row = 0; row < column.length; row++) {
    if (column.nullCount > 0 && !valid(column, row)) continue;
    // Rows of one young person often come together: the same value as the row before.
    if (previous >= 0 && equal(row, previous)) {
      codes[row] = codes[previous]!;
      previous = row;
      continue;
    }
    previous = row;
    let hash = 0x811c9dc5;
    for (let i = offsets[row]!, end = offsets[row + 1]!; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    let slot = hash & (size - 1);
    let code = -1;
    while (slots[slot] !== -1) {
      if (hashes[slot] === hash && equal(firstRows[slots[slot]!]!, row)) {
        code = slots[slot]!;
        break;
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
        for (let s = 0; s < oldSlots.length; s++) if (oldSlots[s] !== -1) place(oldSlots[s]!, oldHashes[s]!);
      }
    }
    codes[row] = code;
  }
  return firstRows.map((row) => textAt(bytes, offsets, row));
}
