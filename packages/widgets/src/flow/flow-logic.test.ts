import { describe, expect, it } from 'vitest';
import type { Row } from '@slt/engine';
import { cellAt, heatBin, innerMax, toFlowMatrix } from './flow-data.ts';
import { flowOptions, flowQuery } from './flow-options.ts';
import { summariseFlow } from './flow-summary.ts';

const NBSP = '\u00a0';

/** A quarter in the shape of zone_transitions.parquet; cells left out count as hidden. */
function quarter(period: string, cells: Record<string, number | null>): Row[] {
  const [year, q] = period.split('K').map(Number);
  return Object.entries(cells).map(([key, persons]) => {
    const [from_zone, to_zone] = key.split('>');
    return { period, year: year!, quarter: q!, from_zone: from_zone!, to_zone: to_zone!, persons, status: persons === null ? ':' : null };
  });
}

const Q4 = quarter('2025K4', {
  'all>all': 1068, 'all>green': 1029, 'all>yellow': 9, 'all>orange': null, 'all>red': null, 'all>closed': 19,
  'new>all': 0, 'new>green': 0, 'new>yellow': 0, 'new>orange': 0, 'new>red': 0, 'new>closed': 0,
  'green>all': 1039, 'green>green': 1024, 'green>yellow': 0, 'green>orange': null, 'green>red': 0, 'green>closed': null,
  'yellow>all': 17, 'yellow>green': null, 'yellow>yellow': null, 'yellow>orange': null, 'yellow>red': 0, 'yellow>closed': null,
  'orange>all': null, 'red>all': null,
});
const Q3 = quarter('2025K3', { 'all>all': 70, 'green>green': 30 });

describe('flowOptions and flowQuery', () => {
  it('checks the period and keeps the filters', () => {
    expect(flowOptions({ src: 'x', filter: '', period: ' 2024K2 ' })).toEqual({ src: 'x', filters: [], period: '2024K2' });
    expect(() => flowOptions({ src: 'x', filter: '', period: '2024' })).toThrow('invalid period: "2024" (use a quarter like 2025K4)');
    expect(() => flowOptions({ src: 'x', filter: 'to_zone=red', period: '' })).toThrow('to_zone is the matrix itself');
    expect(() => flowOptions({ src: '', filter: '', period: '' })).toThrow('slt-flow needs a src');
  });

  it('follows a linked year unless the period is fixed', () => {
    const year = [{ column: 'year', values: ['2024'] }];
    expect(flowQuery(flowOptions({ src: 'x', filter: '', period: '' }), year).filters).toEqual(year);
    expect(flowQuery(flowOptions({ src: 'x', filter: '', period: '2025K1' }), year).filters).toEqual([
      { column: 'period', values: ['2025K1'] },
    ]);
  });
});

describe('toFlowMatrix', () => {
  it('picks the latest quarter unless one is asked for', () => {
    expect(toFlowMatrix([...Q4, ...Q3])!.period).toBe('2025K4');
    expect(toFlowMatrix([...Q4, ...Q3], undefined, '2025K3')!.period).toBe('2025K3');
    expect(toFlowMatrix([])).toBeUndefined();
  });

  it('has every cell of the 6 x 6 matrix: shown, zero, or hidden (never 0 for hidden)', () => {
    const matrix = toFlowMatrix(Q4)!;
    expect(matrix.cells).toHaveLength(36);
    expect(cellAt(matrix, 'green', 'green').count).toEqual({ hidden: false, value: 1024 });
    expect(cellAt(matrix, 'green', 'yellow').count).toEqual({ hidden: false, value: 0 });
    expect(cellAt(matrix, 'green', 'orange').count).toEqual({ hidden: true, value: null });
    expect(cellAt(matrix, 'red', 'red').count).toEqual({ hidden: true, value: null }); // not in the rows
  });

  it('shades the flows between zones by size, margins left out', () => {
    const matrix = toFlowMatrix(Q4)!;
    expect(innerMax(matrix)).toBe(1024);
    expect([0, 1, 300, 700, 1024].map((value) => heatBin(value, 1024))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('summariseFlow, in the four languages', () => {
  const matrix = toFlowMatrix(Q4)!;

  it('bokmål', () => {
    expect(summariseFlow(matrix, 'nb')).toEqual([
      `4. kvartal 2025: 1${NBSP}068 unge i alt.`,
      `Ved utgangen av kvartalet: 1${NBSP}029 i grønn sone, 9 i gul, et skjult antall i oransje, et skjult antall i rød og 19 avsluttet.`,
      'Ingen nye.',
      `Fra grønn sone (1${NBSP}039): 1${NBSP}024 til grønn, 0 til gul, et skjult antall til oransje, 0 til rød og et skjult antall avsluttet.`,
      'Fra gul sone (17): et skjult antall til grønn, et skjult antall til gul, et skjult antall til oransje, 0 til rød og et skjult antall avsluttet.',
      'Fra oransje sone (et skjult antall): et skjult antall til grønn, et skjult antall til gul, et skjult antall til oransje, et skjult antall til rød og et skjult antall avsluttet.',
      'Fra rød sone (et skjult antall): et skjult antall til grønn, et skjult antall til gul, et skjult antall til oransje, et skjult antall til rød og et skjult antall avsluttet.',
    ]);
  });

  it('nynorsk', () => {
    expect(summariseFlow(matrix, 'nn').slice(0, 4)).toEqual([
      `4. kvartal 2025: 1${NBSP}068 unge i alt.`,
      `Ved utgangen av kvartalet: 1${NBSP}029 i grøn sone, 9 i gul, eit skjult tal i oransje, eit skjult tal i raud og 19 avslutta.`,
      'Ingen nye.',
      `Frå grøn sone (1${NBSP}039): 1${NBSP}024 til grøn, 0 til gul, eit skjult tal til oransje, 0 til raud og eit skjult tal avslutta.`,
    ]);
  });

  it('Danish', () => {
    expect(summariseFlow(matrix, 'da').slice(0, 4)).toEqual([
      '4. kvartal 2025: 1.068 unge i alt.',
      'Ved udgangen af kvartalet: 1.029 i grøn zone, 9 i gul, et skjult antal i orange, et skjult antal i rød og 19 afsluttet.',
      'Ingen nye.',
      'Fra grøn zone (1.039): 1.024 til grøn, 0 til gul, et skjult antal til orange, 0 til rød og et skjult antal afsluttet.',
    ]);
  });

  it('English', () => {
    expect(summariseFlow(matrix, 'en').slice(0, 4)).toEqual([
      'Q4 2025: 1,068 young people in all.',
      'At the end of the quarter: 1,029 in the green zone, 9 in yellow, a hidden number in orange, a hidden number in red and 19 closed.',
      'No new cases.',
      'From the green zone (1,039): 1,024 to green, 0 to yellow, a hidden number to orange, 0 to red and a hidden number closed.',
    ]);
  });
});
