import { describe, expect, it } from 'vitest';
import { movePoint } from './point-navigation.ts';

// Two series: yearly 2015-2019, and one with only 2016 and 2019.
const times = [
  [2015, 2016, 2017, 2018, 2019],
  [2016, 2019],
];

describe('movePoint', () => {
  it('steps through time within a series and stops at the ends', () => {
    expect(movePoint(times, { series: 0, point: 2 }, 'ArrowRight')).toEqual({ series: 0, point: 3 });
    expect(movePoint(times, { series: 0, point: 4 }, 'ArrowRight')).toEqual({ series: 0, point: 4 });
    expect(movePoint(times, { series: 0, point: 0 }, 'ArrowLeft')).toEqual({ series: 0, point: 0 });
  });

  it('jumps to the first and last point', () => {
    expect(movePoint(times, { series: 0, point: 2 }, 'Home')).toEqual({ series: 0, point: 0 });
    expect(movePoint(times, { series: 0, point: 2 }, 'End')).toEqual({ series: 0, point: 4 });
  });

  it('moves between series to the nearest time', () => {
    expect(movePoint(times, { series: 0, point: 3 }, 'ArrowDown')).toEqual({ series: 1, point: 1 }); // 2018 -> 2019
    expect(movePoint(times, { series: 1, point: 0 }, 'ArrowUp')).toEqual({ series: 0, point: 1 }); // 2016 -> 2016
    expect(movePoint(times, { series: 1, point: 0 }, 'ArrowDown')).toEqual({ series: 1, point: 0 });
  });

  it('leaves other keys to the page', () => {
    expect(movePoint(times, { series: 0, point: 0 }, 'Tab')).toBeNull();
    expect(movePoint(times, { series: 0, point: 0 }, 'a')).toBeNull();
  });
});
