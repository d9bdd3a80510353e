import { CONFIDENTIAL } from '@slt/disclosure';
import { suppressOverlapping, type OverlapOptions, type OverlappingFigure, type Term } from '@slt/disclosure/integer-audit';
import type { SuppressionCount } from './aggregate.ts';
import { concernCells, monthFields, rollingWindows } from './case-calendar.ts';
import type { Register } from './generate-register.ts';

type Row = Record<string, unknown>;

/** Why a concern figure is kept visible longer when the audit must hide one more: what the dashboards show. */
const WORTH = { monthTotal: 2, year: 1 } as const;

/** One published concern figure before suppression: where it goes and what it adds up. */
interface ConcernFigure extends OverlappingFigure {
  readonly value: number;
  readonly persons: number;
  readonly grain: 'month' | 'year' | 'withheld';
  /** The month, or the December that ends the year. */
  readonly month: string;
  readonly concern_type: string;
  readonly agency: string;
}

/**
 * New concerns per month and per calendar year, by type and by reporting agency,
 * **suppressed jointly**: a year is the sum of its months, so a reader who subtracts across
 * files learns sums of months, and suppressing each period as a table of its own (as the
 * first releases did) let those sums pin hidden months to 1 or 2.
 *
 * What is published, and why (measured on the committed synthetic register, k = 5): with
 * every month by type, every year and every 12-month window rolling by month, the joint
 * audit leaves 3 of 112 yearly figures and 19 of 680 windows by type visible (a month's
 * count per type is often small, and only hiding its windows protects it). So the release
 * publishes **each month's total** and **each calendar year by type and by agency**, and
 * withholds the months by type or agency and the windows that do not end in December
 * (their rows stay, every count `null` with status `:`; a window ending in December is the
 * calendar year and shows the same figure).
 *
 * The parts nobody publishes are each month's count per type and per agency (the same
 * concerns classified twice: per month the types and the agencies add up to one total, a
 * balance). Every published figure is a sum of parts; `suppressOverlapping` hides every
 * figure of 1..k-1 concerns or about 1..k-1 young people, then more, until every hidden
 * figure's range over the integers reaches k and holds two values, and no withheld month
 * by type or agency of 1..k-1 can be pinned to 1..k-1 (the protection interval,
 * `@slt/disclosure`).
 */
export async function releaseConcerns(register: Register, months: readonly string[], k: number, log?: (line: string) => void) {
  const byMonth = concernCells(register, months);
  const layout = byMonth.get(months[0]!)!.map((cell) => ({ concern_type: cell.concern_type, agency: cell.agency }));
  const isType = (i: number) => layout[i]!.concern_type !== 'all';
  const isAgency = (i: number) => layout[i]!.agency !== 'all';
  const isTotal = (i: number) => !isType(i) && !isAgency(i);
  // Parts: per month, one per type and one per agency (the total is their sum).
  const partIndex = new Map<string, number>();
  for (const month of months) {
    layout.forEach((_, i) => {
      if (!isTotal(i)) partIndex.set(`${month}|${i}`, partIndex.size);
    });
  }
  /** The parts of layout cell `i` in one month: its own, or every type's for the total. */
  const partsOf = (month: string, i: number): number[] =>
    isTotal(i) ? layout.flatMap((_, j) => (isType(j) ? [partIndex.get(`${month}|${j}`)!] : [])) : [partIndex.get(`${month}|${i}`)!];
  const balances: Term[][] = months.map((month) =>
    layout.flatMap((_, i): Term[] => (isType(i) ? [[partIndex.get(`${month}|${i}`)!, 1]] : isAgency(i) ? [[partIndex.get(`${month}|${i}`)!, -1]] : [])),
  );

  /** The parts' values and every figure (published, then withheld) as counted over `cells`. */
  const count = (cells: ReturnType<typeof concernCells>) => {
    const parts: number[] = [];
    for (const month of months) cells.get(month)!.forEach((cell, i) => !isTotal(i) && parts.push(cell.value));
    const figures: ConcernFigure[] = [];
    for (const month of months) {
      const i = layout.findIndex((_, j) => isTotal(j));
      const cell = cells.get(month)![i]!;
      figures.push({ ...layout[i]!, grain: 'month', month, value: cell.value, persons: cell.persons.size, parts: partsOf(month, i), worth: WORTH.monthTotal });
    }
    // Each withheld month by type or agency is audited as a remainder: not pinned to 1..k-1.
    for (const month of months) {
      cells.get(month)!.forEach((cell, i) => {
        if (!isTotal(i)) figures.push({ ...layout[i]!, grain: 'withheld', month, value: cell.value, persons: cell.persons.size, parts: partsOf(month, i), unpublished: true });
      });
    }
    for (const window of rollingWindows(months).filter((w) => w.last.endsWith('-12'))) {
      layout.forEach((cell, i) => {
        const persons = new Set<number>();
        let value = 0;
        for (const month of window.months) {
          const monthCell = cells.get(month)![i]!;
          value += monthCell.value;
          for (const person of monthCell.persons) persons.add(person);
        }
        figures.push({ ...cell, grain: 'year', month: window.last, value, persons: persons.size, parts: window.months.flatMap((m) => partsOf(m, i)), worth: WORTH.year });
      });
    }
    return { parts, figures };
  };
  const { parts, figures } = count(byMonth);

  // The 4-party group also holds the internal tier, which counts the concerns about young
  // people in follow-up (a 4-party meeting at some time) exactly, month by type and agency.
  // What it must not learn by subtracting is the rest: the concerns about young people never
  // in follow-up. So the release is audited twice, each with what its reader knows: the
  // public (every figure as published) and the 4-party group (the rest of each figure, a
  // remainder: 0, or k or more, may be learned; 1..k-1 may not), until both pass.
  const followed = new Set(register.meetings.map((meeting) => Number(meeting.person_id)));
  const rest = count(concernCells({ ...register, concerns: register.concerns.filter((c) => !followed.has(Number(c.person_id))) }, months));
  const hidden = await suppressForTwoReaders({ parts, figures }, rest, { k, balances, ...(log ? { log } : {}) });
  const published = new Map<string, { concerns: number | null; status: string | null; kind: Kind }>();
  const small = (figure: ConcernFigure) => (figure.value >= 1 && figure.value < k) || (figure.persons >= 1 && figure.persons < k);
  figures.forEach((figure, i) => {
    if (figure.unpublished) return;
    const kind: Kind = !hidden[i] ? (figure.value === 0 ? 'zero' : 'shown') : small(figure) ? 'primary' : 'secondary';
    published.set(`${figure.grain}|${figure.month}|${figure.concern_type}|${figure.agency}`, { concerns: hidden[i] ? null : figure.value, status: hidden[i] ? CONFIDENTIAL : null, kind });
  });
  const withheld = { concerns: null, status: CONFIDENTIAL, kind: 'withheld' as const };
  const figureOf = (grain: 'month' | 'year', month: string, cell: (typeof layout)[number]) =>
    published.get(`${grain}|${month}|${cell.concern_type}|${cell.agency}`) ?? withheld;

  const monthly = table();
  const yearly = table();
  const rolling = table();
  for (const month of months) {
    for (const cell of layout) monthly.add({ ...monthFields(month), ...cell }, figureOf('month', month, cell));
  }
  for (const window of rollingWindows(months)) {
    const calendarYear = window.last.endsWith('-12');
    for (const cell of layout) {
      const figure = calendarYear ? figureOf('year', window.last, cell) : withheld;
      rolling.add({ ...monthFields(window.last), first_period: window.months[0], ...cell }, figure);
      if (calendarYear) yearly.add({ period: window.last.slice(0, 4), year: Number(window.last.slice(0, 4)), ...cell }, figure);
    }
  }
  return { rows: monthly.rows, count: monthly.count, rolling: { rows: rolling.rows, count: rolling.count }, yearly: { rows: yearly.rows, count: yearly.count } };
}

/** Figures over parts, counted with a value and the persons behind each figure. */
export interface CountedFigures {
  readonly parts: readonly number[];
  readonly figures: ReadonlyArray<OverlappingFigure & { readonly value: number; readonly persons: number }>;
}

/**
 * The hidden figures for two readers: the public, who reads `all` (every published figure),
 * and a reader who counts a share of every figure exactly (the 4-party group, from the
 * internal tier) and so learns the rest, `rest`: the same figures over the rest's parts.
 * The two audits alternate, each starting from the other's hidden cells, until neither
 * hides more (hidden cells only grow, so it ends).
 *
 * A published figure's rest is audited as a remainder (0 may be learned) only where the
 * reader's own count of it is 1 or more. Where it is 0 the rest is the figure itself, and a
 * hidden figure is known to be 1 or more, so it keeps the public rule (its range reaching k,
 * two values); so does a rest about 1..k-1 people, whose count may be k or more and would,
 * pinned, tell how many those few had (both found by a privacy review).
 */
export async function suppressForTwoReaders(all: CountedFigures, rest: CountedFigures, options: OverlapOptions): Promise<boolean[]> {
  const { k } = options;
  // A figure whose rest is 0 but whose published value is not may be hidden to protect another.
  const restFigures = rest.figures.map((figure, i) => ({
    ...figure,
    shownValue: all.figures[i]!.value,
    ...(figure.unpublished || all.figures[i]!.value === figure.value || (figure.persons >= 1 && figure.persons < k) ? {} : { remainder: true }),
  }));
  let hidden = await suppressOverlapping(all.parts, all.figures, options);
  while (rest.parts.some((value) => value > 0)) {
    const forRest = await suppressOverlapping(rest.parts, restFigures, { ...options, initial: hidden });
    if (forRest.every((flag, i) => flag === hidden[i])) break;
    hidden = await suppressOverlapping(all.parts, all.figures, { ...options, initial: forRest });
  }
  return hidden;
}

type Kind = 'shown' | 'zero' | 'primary' | 'secondary' | 'withheld';

/** Published rows and, for the operator, how many cells were hidden and why (withheld cells count as secondary). */
function table() {
  const rows: Row[] = [];
  const count: SuppressionCount = { cells: 0, zero: 0, primary: 0, secondary: 0 };
  return {
    rows,
    count,
    add(fields: Row, figure: { concerns: number | null; status: string | null; kind: Kind }) {
      rows.push({ ...fields, concerns: figure.concerns, status: figure.status });
      count.cells += 1;
      if (figure.kind === 'zero') count.zero += 1;
      else if (figure.kind === 'primary') count.primary += 1;
      else if (figure.kind === 'secondary' || figure.kind === 'withheld') count.secondary += 1;
    },
  };
}
