import { describe, expect, it } from 'vitest';
import { differsClearly, wilsonInterval } from './wilson.ts';

/** Newcombe's interval for a difference, as differsClearly computes it, to compare with his paper. */
function newcombe(a: number, n: number, b: number, m: number): [string, string] {
  const [intervalA, intervalB] = [wilsonInterval(a, n)!, wilsonInterval(b, m)!];
  const [pA, pB] = [a / n, b / m];
  return [pA - pB - Math.hypot(pA - intervalA[0], intervalB[1] - pB), pA - pB + Math.hypot(intervalA[1] - pA, pB - intervalB[0])].map((x) => x.toFixed(4)) as [string, string];
}

describe('differsClearly', () => {
  it("rests on Newcombe's method 10, as his worked examples give it (Statistics in Medicine 1998, table II)", () => {
    expect(newcombe(56, 70, 48, 80)).toEqual(['0.0524', '0.3339']);
    expect(newcombe(9, 10, 3, 10)).toEqual(['0.1705', '0.8090']);
    expect(differsClearly({ numerator: 56, denominator: 70 }, { numerator: 48, denominator: 80 })).toBe(true);
    expect(differsClearly({ numerator: 48, denominator: 80 }, { numerator: 56, denominator: 70 })).toBe(true);
  });

  it('calls a change of a tenth of a point in a municipality chance, and a large one in a big population not', () => {
    // Asker's NEET share 15-29, 2023 to 2024 (SSB 13556): 10,2 % to 10,3 %.
    expect(differsClearly({ numerator: 1672, denominator: 16205 }, { numerator: 1611, denominator: 15865 })).toBe(false);
    // One young person more in a district of 1 567.
    expect(differsClearly({ numerator: 250, denominator: 1567 }, { numerator: 249, denominator: 1567 })).toBe(false);
    expect(differsClearly({ numerator: 12_000, denominator: 100_000 }, { numerator: 11_000, denominator: 100_000 })).toBe(true);
  });

  it('knows nothing without both counts', () => {
    expect(differsClearly(undefined, { numerator: 1, denominator: 2 })).toBeUndefined();
    expect(differsClearly({ numerator: 3, denominator: 0 }, { numerator: 1, denominator: 2 })).toBeUndefined();
  });
});
