/**
 * Snappy decompression, the codec DuckDB writes Parquet pages with. hyparquet's decoder
 * (snappyjs) copies every byte in a JavaScript loop; on a cold page, before the engine's code
 * has been optimised, that loop was a good part of a small file's decoding. Here the long
 * literals and copies are moved by the browser's own memory copies (`set`, `copyWithin`),
 * which cost the same in any tier; short ones stay in a loop, where a call would cost more.
 * Format: https://github.com/google/snappy/blob/main/format_description.txt
 * Throws a RangeError on data that is not valid Snappy for `output`'s length.
 */

/** Below this many bytes a JavaScript loop is cheaper than a native copy (its call and view). */
const NATIVE_COPY_FROM = 16;

/** Decompresses `input` into `output`, which must be exactly the uncompressed length. */
export function snappyUncompress(input: Uint8Array, output: Uint8Array): void {
  const end = input.length;
  let at = 0;
  // The preamble: the uncompressed length as a varint.
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    if (at >= end || shift > 28) throw new RangeError('snappy: the length preamble is cut off or too long');
    const byte = input[at++]!;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  if (length !== output.length) throw new RangeError(`snappy: ${length} bytes inside, ${output.length} expected`);

  let out = 0;
  while (at < end) {
    const tag = input[at++]!;
    const kind = tag & 3;
    if (kind === 0) {
      // A literal: its length - 1 in the tag's upper six bits, or in the next 1-4 bytes.
      let size = (tag >>> 2) + 1;
      if (size > 60) {
        const bytes = size - 60;
        if (at + bytes > end) throw new RangeError('snappy: a literal length is cut off');
        size = 1;
        for (let i = 0; i < bytes; i++) size += input[at + i]! * 2 ** (8 * i);
        at += bytes;
      }
      if (at + size > end || out + size > length) throw new RangeError('snappy: a literal runs past its input or output');
      if (size < NATIVE_COPY_FROM) for (let i = 0; i < size; i++) output[out + i] = input[at + i]!;
      else output.set(input.subarray(at, at + size), out);
      at += size;
      out += size;
      continue;
    }
    // A copy of earlier output: `size` bytes from `offset` back.
    let size: number;
    let offset: number;
    if (kind === 1) {
      if (at >= end) throw new RangeError('snappy: a copy is cut off');
      size = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | input[at++]!;
    } else if (kind === 2) {
      if (at + 2 > end) throw new RangeError('snappy: a copy is cut off');
      size = (tag >>> 2) + 1;
      offset = input[at]! | (input[at + 1]! << 8);
      at += 2;
    } else {
      if (at + 4 > end) throw new RangeError('snappy: a copy is cut off');
      size = (tag >>> 2) + 1;
      offset = (input[at]! | (input[at + 1]! << 8) | (input[at + 2]! << 16)) + input[at + 3]! * 0x1000000;
      at += 4;
    }
    if (offset === 0 || offset > out) throw new RangeError(`snappy: a copy from ${offset} bytes back at byte ${out}`);
    if (out + size > length) throw new RangeError('snappy: a copy runs past the output');
    copyBack(output, out, offset, size);
    out += size;
  }
  if (out !== length) throw new RangeError(`snappy: the input ends after ${out} of ${length} bytes`);
}

/**
 * Copies `size` bytes from `offset` back to `out`. When they overlap (offset < size) the
 * bytes repeat with period `offset`: each native copy takes what is already written, so the
 * copied stretch doubles each time.
 */
function copyBack(output: Uint8Array, out: number, offset: number, size: number): void {
  const from = out - offset;
  if (size < NATIVE_COPY_FROM) {
    for (let i = 0; i < size; i++) output[out + i] = output[from + i]!;
    return;
  }
  let done = 0;
  while (done < size) {
    const step = Math.min(out + done - from, size - done);
    output.copyWithin(out + done, from, from + step);
    done += step;
  }
}
