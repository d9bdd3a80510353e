/**
 * A Parquet page header, read from its Thrift compact encoding: only the fields the flat
 * column decoder (flat-column.ts) needs; every other field (statistics, CRC, index pages)
 * is skipped by its wire type. hyparquet reads the same headers but does not export its
 * reader.
 */

export const PAGE_TYPES = { data: 0, index: 1, dictionary: 2, dataV2: 3 } as const;
export const ENCODINGS = { plain: 0, plainDictionary: 2, rle: 3, bitPacked: 4, rleDictionary: 8 } as const;

export interface PageHeader {
  readonly type: number;
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  /** Values in the page (data pages: NULLs included) or in the dictionary. */
  readonly numValues: number;
  readonly encoding: number;
  readonly definitionLevelEncoding: number;
  /** Where the page's (compressed) data starts, after the header. */
  readonly dataStart: number;
}

/** Thrift compact protocol wire types. */
const STOP = 0;
const TRUE = 1;
const FALSE = 2;
const BYTE = 3;
const I16 = 4;
const I32 = 5;
const I64 = 6;
const DOUBLE = 7;
const BINARY = 8;
const LIST = 9;
const SET = 10;
const MAP = 11;
const STRUCT = 12;

/** A cursor over the bytes; throws on reading past the end (a truncated or corrupt header). */
class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
  ) {}

  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('a page header runs past the end of its column chunk');
    return this.bytes[this.at++]!;
  }

  /** An unsigned varint; as a float, so the 64-bit ones we only skip cannot overflow. */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
      if (scale > 2 ** 70) throw new RangeError('a varint in a page header is too long');
    }
  }

  /** A zigzag-encoded 32-bit integer. */
  int(): number {
    const n = this.varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  skip(type: number): void {
    switch (type) {
      case TRUE:
      case FALSE:
        return;
      case BYTE:
        this.at += 1;
        return;
      case I16:
      case I32:
      case I64:
        this.varint();
        return;
      case DOUBLE:
        this.at += 8;
        return;
      case BINARY:
        this.at += this.varint();
        return;
      case LIST:
      case SET: {
        const head = this.byte();
        const size = head >> 4 === 15 ? this.varint() : head >> 4;
        const element = head & 0x0f;
        for (let i = 0; i < size; i++) {
          if (element === TRUE || element === FALSE) this.at += 1; // booleans in a list take a byte each
          else this.skip(element);
        }
        return;
      }
      case MAP: {
        const size = this.varint();
        if (size === 0) return;
        const types = this.byte();
        for (let i = 0; i < size; i++) {
          this.skip(types >> 4);
          this.skip(types & 0x0f);
        }
        return;
      }
      case STRUCT:
        this.struct(() => false);
        return;
      default:
        throw new RangeError(`unknown Thrift type ${type} in a page header`);
    }
  }

  /** Reads a struct's fields; `field` reads one it knows (returns true) or leaves it to be skipped. */
  struct(field: (id: number, type: number) => boolean): void {
    let id = 0;
    for (;;) {
      const head = this.byte();
      const type = head & 0x0f;
      if (type === STOP) return;
      const delta = head >> 4;
      id = delta === 0 ? this.int() : id + delta;
      if (!field(id, type)) this.skip(type);
    }
  }
}

/** The page header at `offset` of a column chunk's bytes. */
export function readPageHeader(bytes: Uint8Array, offset: number): PageHeader {
  const cursor = new Cursor(bytes, offset);
  let type = -1;
  let uncompressedSize = 0;
  let compressedSize = 0;
  let numValues = 0;
  let encoding = -1;
  let definitionLevelEncoding: number = ENCODINGS.rle;
  // DataPageHeader (field 5) and DictionaryPageHeader (field 7) start with the same two fields.
  const pageFields = (id: number, fieldType: number) => {
    if (fieldType !== I32) return false;
    if (id === 1) numValues = cursor.int();
    else if (id === 2) encoding = cursor.int();
    else if (id === 3) definitionLevelEncoding = cursor.int();
    else return false;
    return true;
  };
  cursor.struct((id, fieldType) => {
    if (fieldType === I32 && id <= 3) {
      const value = cursor.int();
      if (id === 1) type = value;
      else if (id === 2) uncompressedSize = value;
      else compressedSize = value;
      return true;
    }
    if (fieldType === STRUCT && (id === 5 || id === 7)) {
      cursor.struct(pageFields);
      return true;
    }
    return false;
  });
  return { type, uncompressedSize, compressedSize, numValues, encoding, definitionLevelEncoding, dataStart: cursor.at };
}
