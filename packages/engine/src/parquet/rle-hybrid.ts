/**
 * Parquet's RLE / bit-packed hybrid encoding (definition levels and dictionary indices),
 * decoded into an Int32Array: runs of one repeated value, and groups of eight values packed
 * `bitWidth` bits each, least significant bit first.
 * https://parquet.apache.org/docs/file-format/data-pages/encodings/#run-length-encoding--bit-packing-hybrid-rle--3
 */

/**
 * Decodes `count` values from `bytes[start..end)` into `out[0..count)`; returns how many
 * bytes were read. A bit-packed group may hold padding beyond `count`: it is read and dropped.
 * A value of `limit` or more (a dictionary index past its dictionary) throws: checked once
 * per run, and in the unpacking loop, rather than in a pass of its own over the values.
 */
export function readRleHybrid(
  bytes: Uint8Array,
  start: number,
  end: number,
  bitWidth: number,
  count: number,
  out: Int32Array,
  limit = Infinity,
): number {
  let at = start;
  let seen = 0;
  const byteWidth = (bitWidth + 7) >> 3;
  const mask = bitWidth >= 32 ? -1 : (1 << bitWidth) - 1;
  while (seen < count) {
    if (at >= end) throw new RangeError('RLE / bit-packed data ends before its values');
    // The run's header, an unsigned varint.
    let header = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++]!;
      header += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) break;
      shift += 7;
    }
    if (header % 2 === 0) {
      // A run: the value in byteWidth little-endian bytes, repeated.
      const runLength = header / 2;
      let value = 0;
      for (let i = 0; i < byteWidth; i++) value |= bytes[at++]! << (8 * i);
      const stop = Math.min(count, seen + runLength);
      value &= mask; // a corrupt run cannot hold more than bitWidth bits
      if (stop > seen && value >>> 0 >= limit) throw new RangeError(pastLimit(value, limit));
      out.fill(value, seen, stop);
      seen = stop;
    } else {
      // Bit-packed groups of eight values.
      const values = ((header - 1) / 2) * 8;
      const byteCount = (values * bitWidth) / 8;
      if (at + byteCount > end) throw new RangeError('bit-packed data runs past its page');
      const stop = Math.min(count, seen + values);
      let bitPosition = at * 8;
      for (let index = seen; index < stop; index++) {
        // Up to 32 bits from up to five bytes, least significant first.
        let byteIndex = bitPosition >> 3;
        const offset = bitPosition & 7;
        let value = bytes[byteIndex]! >>> offset;
        let have = 8 - offset;
        while (have < bitWidth) {
          byteIndex += 1;
          value |= bytes[byteIndex]! << have;
          have += 8;
        }
        value &= mask;
        if (value >>> 0 >= limit) throw new RangeError(pastLimit(value, limit));
        out[index] = value;
        bitPosition += bitWidth;
      }
      seen = stop;
      at += byteCount;
    }
  }
  return at - start;
}

function pastLimit(value: number, limit: number): string {
  return `a dictionary index (${value >>> 0}) past the end of its dictionary (${limit} values)`;
}

/**
 * Whether `bytes[start..end)` begins with one run of `value` (a bit width of at most 8)
 * covering all `count` values: definition levels of a page without NULLs, as DuckDB writes
 * them. The caller then needs no levels at all.
 */
export function isSingleRun(bytes: Uint8Array, start: number, end: number, count: number, value: number): boolean {
  let at = start;
  let header = 0;
  for (let shift = 0; shift <= 28; shift += 7) {
    if (at >= end) return false;
    const byte = bytes[at++]!;
    header += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return header % 2 === 0 && header / 2 >= count && at < end && bytes[at] === value;
  }
  return false;
}

/** The bits needed for values 0..max (a definition level's or a dictionary's). */
export function bitWidthOf(max: number): number {
  return max === 0 ? 0 : 32 - Math.clz32(max);
}
