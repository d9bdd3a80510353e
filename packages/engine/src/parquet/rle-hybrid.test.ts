// The RLE / bit-packed hybrid decoder's checks: dictionary indices past the dictionary are
// refused in runs and in bit-packed groups, and a page's definition levels are recognised as
// one run of "defined" without decoding them.
import { describe, expect, it } from 'vitest';
import { isSingleRun, readRleHybrid } from './rle-hybrid.ts';

/** A run: header (length << 1) as a varint, then the value in `byteWidth` bytes. */
function run(length: number, value: number, byteWidth = 1): number[] {
  const header: number[] = [];
  for (let rest = length * 2; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) {
      header.push(rest);
      break;
    }
    header.push((rest & 0x7f) | 0x80);
  }
  return [...header, ...Array.from({ length: byteWidth }, (_, i) => (value >> (8 * i)) & 0xff)];
}

/** One bit-packed group of eight 3-bit values (header ((1 << 1) | 1)). */
function packed3(values: readonly number[]): number[] {
  let bits = 0n;
  values.forEach((value, i) => (bits |= BigInt(value) << BigInt(3 * i)));
  return [3, ...Array.from({ length: 3 }, (_, i) => Number((bits >> BigInt(8 * i)) & 0xffn))];
}

describe('readRleHybrid', () => {
  it('decodes runs and bit-packed groups, and refuses a value at or past the limit in either', () => {
    const bytes = Uint8Array.from([...run(4, 2), ...packed3([0, 1, 2, 3, 4, 5, 6, 7])]);
    const out = new Int32Array(12);
    expect(readRleHybrid(bytes, 0, bytes.length, 3, 12, out, 8)).toBe(bytes.length);
    expect([...out]).toEqual([2, 2, 2, 2, 0, 1, 2, 3, 4, 5, 6, 7]);
    expect(() => readRleHybrid(bytes, 0, bytes.length, 3, 12, new Int32Array(12), 7)).toThrow(/index \(7\) past the end of its dictionary \(7 values\)/);
    expect(() => readRleHybrid(bytes, 0, bytes.length, 3, 12, new Int32Array(12), 2)).toThrow(/index \(2\)/); // the run
    // A value past the limit in a group's padding (beyond `count`) is not a value: no error.
    expect(() => readRleHybrid(bytes, 0, bytes.length, 3, 6, new Int32Array(6), 3)).not.toThrow();
  });
});

describe('isSingleRun', () => {
  it('is true only for one run of the value covering every value', () => {
    expect(isSingleRun(Uint8Array.from(run(3158, 1)), 0, 3, 3158, 1)).toBe(true);
    expect(isSingleRun(Uint8Array.from(run(3158, 1)), 0, 3, 3000, 1)).toBe(true);
    expect(isSingleRun(Uint8Array.from(run(3000, 1)), 0, 3, 3158, 1)).toBe(false); // shorter: more runs follow
    expect(isSingleRun(Uint8Array.from(run(3158, 0)), 0, 3, 3158, 1)).toBe(false); // all NULL
    expect(isSingleRun(Uint8Array.from(packed3([1, 1, 1, 1, 1, 1, 1, 1])), 0, 4, 8, 1)).toBe(false); // bit-packed
    expect(isSingleRun(Uint8Array.from(run(3158, 1)), 0, 2, 3158, 1)).toBe(false); // the value is cut off
    expect(isSingleRun(new Uint8Array(0), 0, 0, 1, 1)).toBe(false);
  });
});
