import { describe, expect, it } from 'vitest';
import { nearestPoint } from './pointer-tip.ts';

describe('nearestPoint', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 30 },
  ];

  it('picks the nearest point in both directions', () => {
    expect(nearestPoint(points, 10, 5)).toBe(0);
    expect(nearestPoint(points, 95, 20)).toBe(2);
  });

  it('picks nothing beyond its reach', () => {
    expect(nearestPoint(points, 50, 0)).toBe(-1);
    expect(nearestPoint(points, 50, 0, 60)).toBe(0);
  });

  it('keeps the first of two equally near points', () => {
    expect(nearestPoint(points, 100, 15)).toBe(1);
  });
});
