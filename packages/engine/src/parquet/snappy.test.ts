// Our Snappy decoder (snappy.ts) against the data it must give back and against hyparquet's
// decoder (snappyjs), on streams written by a small reference encoder below that uses every
// element kind: short and long literals (1-4 length bytes), copies with 1-, 2- and 4-byte
// offsets, copies that overlap what they copy (runs), short and long. Damaged streams must
// throw a RangeError, never write past the output or hang.
import fc from 'fast-check';
import { snappyUncompress as hyparquetSnappy } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { snappyUncompress } from './snappy.ts';

/** A choice the encoder makes at each step (from fast-check), so every element kind occurs. */
interface Choice {
  readonly literal: number; // bytes to emit as a literal before trying a copy
  readonly kind: 1 | 2 | 3; // the copy element to use when it fits
  readonly size: number; // how many bytes the copy takes, at most
}

/** Writes `data` as Snappy, literal and copy as `choices` say (a valid stream for any choices). */
function encode(data: Uint8Array, choices: readonly Choice[]): Uint8Array {
  const out: number[] = [];
  for (let length = data.length; ; length = Math.floor(length / 128)) {
    if (length < 128) {
      out.push(length);
      break;
    }
    out.push((length & 0x7f) | 0x80);
  }
  const literal = (from: number, to: number) => {
    const size = to - from;
    if (size === 0) return;
    if (size <= 60) out.push((size - 1) << 2);
    else {
      const bytes = size - 1 < 0x100 ? 1 : size - 1 < 0x10000 ? 2 : size - 1 < 0x1000000 ? 3 : 4;
      out.push((59 + bytes) << 2);
      for (let i = 0; i < bytes; i++) out.push(((size - 1) >>> (8 * i)) & 0xff);
    }
    for (let i = from; i < to; i++) out.push(data[i]!);
  };
  let at = 0;
  let step = 0;
  while (at < data.length) {
    const choice = choices[step++ % choices.length]!;
    const literalEnd = Math.min(data.length, at + choice.literal);
    literal(at, literalEnd);
    at = literalEnd;
    if (at === data.length) break;
    // The longest match of the next bytes starting at any earlier position (overlaps allowed).
    const limits = { 1: 11, 2: 64, 3: 64 } as const;
    const maxSize = Math.min(choice.size, limits[choice.kind], data.length - at);
    let best = { offset: 0, size: 0 };
    // Looking back 1,000 bytes at most keeps the test quick; a 2- or 4-byte offset holds any of them.
    for (let offset = 1; offset <= Math.min(at, 1000); offset++) {
      let size = 0;
      while (size < maxSize && data[at - offset + size] === data[at + size]) size++;
      if (size > best.size) best = { offset, size };
      if (size === maxSize) break;
    }
    if (best.size < (choice.kind === 1 ? 4 : 1)) {
      literal(at, at + 1); // no copy fits here: one byte as it is, so the encoder moves on
      at += 1;
      continue;
    }
    const { offset, size } = best;
    if (choice.kind === 1) out.push(((size - 4) << 2) | ((offset >> 8) << 5) | 1, offset & 0xff);
    else if (choice.kind === 2) out.push(((size - 1) << 2) | 2, offset & 0xff, offset >> 8);
    else out.push(((size - 1) << 2) | 3, offset & 0xff, (offset >> 8) & 0xff, (offset >> 16) & 0xff, offset >>> 24);
    at += size;
  }
  return Uint8Array.from(out);
}

/** Data with repeats near and far, runs of one byte and stretches of noise. */
const dataArbitrary = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc.record({ byte: fc.integer({ min: 0, max: 255 }), times: fc.integer({ min: 1, max: 300 }) }).map(({ byte, times }) => new Uint8Array(times).fill(byte)),
      fc.record({ pattern: fc.uint8Array({ minLength: 1, maxLength: 9 }), times: fc.integer({ min: 1, max: 40 }) }).map(({ pattern, times }) => {
        const bytes = new Uint8Array(pattern.length * times);
        for (let i = 0; i < times; i++) bytes.set(pattern, i * pattern.length);
        return bytes;
      }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => {
    const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) (all.set(part, at), (at += part.length));
    return all;
  });
const choicesArbitrary = fc.array(
  fc.record({ literal: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 55, max: 400 })), kind: fc.constantFrom(1 as const, 2 as const, 3 as const), size: fc.integer({ min: 1, max: 64 }) }),
  { minLength: 1, maxLength: 8 },
);

function decode(stream: Uint8Array, length: number, decoder: typeof snappyUncompress): Uint8Array {
  const output = new Uint8Array(length);
  decoder(stream, output);
  return output;
}

describe('snappyUncompress', () => {
  it('gives back what was written, as hyparquet reads it, for every kind of element', () => {
    fc.assert(
      fc.property(dataArbitrary, choicesArbitrary, (data, choices) => {
        const stream = encode(data, choices);
        const ours = decode(stream, data.length, snappyUncompress);
        expect(ours).toEqual(data);
        expect(ours).toEqual(decode(stream, data.length, hyparquetSnappy));
      }),
      { numRuns: 400 },
    );
  });

  it('copies a long run that overlaps itself (offset 1 to 9, up to 64 bytes at a time) byte for byte', () => {
    for (let period = 1; period <= 9; period++) {
      const data = new Uint8Array(5000);
      for (let i = 0; i < data.length; i++) data[i] = (i % period) * 37 + 1;
      const stream = encode(data, [{ literal: 0, kind: 2, size: 64 }]);
      expect(stream.length).toBeLessThan(data.length / 10);
      expect(decode(stream, data.length, snappyUncompress)).toEqual(data);
    }
  });

  it('refuses a stream for another length, a copy from before the start and a cut-off stream', () => {
    const data = new TextEncoder().encode('Asker Asker Asker Asker Asker kommune');
    const stream = encode(data, [{ literal: 6, kind: 2, size: 30 }]);
    expect(() => decode(stream, data.length + 1, snappyUncompress)).toThrow(RangeError);
    expect(() => decode(Uint8Array.from([4, 0x0a, 5, 0]), 4, snappyUncompress)).toThrow(/back/); // copy of 3 from 5 back at byte 0
    for (let cut = 1; cut < stream.length; cut++) expect(() => decode(stream.subarray(0, cut), data.length, snappyUncompress)).toThrow(RangeError);
  });

  it('throws a RangeError on a damaged stream, or gives the length asked for', () => {
    fc.assert(
      fc.property(dataArbitrary, choicesArbitrary, fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 3 }), (data, choices, damage) => {
        const stream = encode(data, choices).slice();
        for (const { at, byte } of damage) stream[at % stream.length] = byte;
        try {
          expect(decode(stream, data.length, snappyUncompress)).toHaveLength(data.length);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
