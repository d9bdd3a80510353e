import type { JointFigure, JointModel, Term } from '@slt/disclosure/integer-audit';
import { ALL } from './aggregate.ts';
import { DEMO_AREAS, districtGroupOf, type Areas } from './areas.ts';
import { MEASURES, NO_MEASURE, ORANGE_OR_RED, PUBLIC_AGE_BANDS, SEXES, ZONES, ageBand, zoneRank, type Zone } from './case-model.ts';
import { previousQuarter, type CaseYear } from './case-periods.ts';
import { monthOf, quarterOf } from './dates.ts';
import type { Register } from './generate-register.ts';

/**
 * What the published definitions imply, as one model of people's histories.
 *
 * "The zone at the last meeting in the period" makes every grain a margin of one
 * unpublished table: each young person's state at each meeting, month and quarter
 * (a zone, or absent). The model keeps exactly what the public files depend on, as chains
 * of small tables (a junction tree, so any counts that agree on the shared margins come
 * from some population of whole people, and the model is exact):
 *
 * - per year, the quarters: the state at the end of the previous year's 4th quarter and of
 *   each quarter (zone at the last meeting in it, or absent), with the zone at the last
 *   meeting so far; the year's zone counts are the last state, each quarter's transition
 *   table (with `new` and `closed`) the pairs of consecutive states;
 * - per quarter, its months: the quarter's zone is the zone of its last month with a meeting;
 * - per month, its meetings: the month's zone is the zone at its last meeting;
 * - per year, the other yearly tables (district group x zone, main measure, age band x sex)
 *   as cells that add up to the year's zone counts and total.
 *
 * The chains meet on shared margins (a quarter's zone counts, a month's zone counts, the
 * 4th quarter between two years): those are the `balances`. Every published cell, every
 * hidden one and every unpublished remainder (year less its 4th quarter, ...) is a sum of
 * atoms (the cells of the chain tables). The true atoms are counted from the register, and
 * `checkModel` in `@slt/disclosure` verifies that they reproduce every figure.
 */

/** State indexes: 0 absent, 1.. the zones in ladder order. */
const ABSENT = 0;
const STATES = [ABSENT, 1, 2, 3, 4] as const;
const stateOf = (zone: Zone) => zoneRank(zone) + 1;

class Atoms {
  count = 0;
  readonly truth: number[] = [];
  readonly balances: Term[][] = [];
  /** The year each atom belongs to (the audit solves one year at a time). */
  readonly blocks: number[] = [];
  block = 0;
  add(): number {
    this.truth.push(0);
    this.blocks.push(this.block);
    return this.count++;
  }
}

/** A cell of one chain table: the state before (pairs only), the last state so far, the state now. */
interface ChainCell {
  readonly atom: number;
  readonly before: number;
  readonly last: number;
  readonly now: number;
}
const lastAfter = (cell: { last: number; now: number }) => (cell.now !== ABSENT ? cell.now : cell.last);

/**
 * A chain of `steps` states with the last state so far. With `pairs` it also keeps the
 * state before each step (the transitions need pairs of consecutive states; months and
 * meetings only need their own counts), starting from a state `before` the first step.
 */
class Chain {
  readonly tables: ChainCell[][] = [];

  constructor(
    private readonly atoms: Atoms,
    readonly steps: number,
    private readonly pairs: boolean,
  ) {
    for (let j = 0; j < steps; j += 1) {
      const table: ChainCell[] = [];
      const heads: Array<[number, number]> = [];
      if (j === 0) for (const before of pairs ? STATES : [ABSENT]) heads.push([before, ABSENT]);
      else if (pairs) for (const before of STATES) for (const last of before === ABSENT ? STATES : [before]) heads.push([before, last]);
      else for (const last of STATES) heads.push([ABSENT, last]);
      for (const [before, last] of heads) for (const now of STATES) table.push({ atom: atoms.add(), before, last, now });
      this.tables.push(table);
    }
    // Consecutive tables agree on what they share: (state, last state) or the last state.
    for (let j = 1; j < steps; j += 1) {
      const separator = new Map<string, Term[]>();
      const at = (key: string) => separator.get(key) ?? separator.set(key, []).get(key)!;
      for (const cell of this.tables[j - 1]!) at(pairs ? `${cell.now}|${lastAfter(cell)}` : `${lastAfter(cell)}`).push([cell.atom, 1]);
      for (const cell of this.tables[j]!) at(pairs ? `${cell.before}|${cell.last}` : `${cell.last}`).push([cell.atom, -1]);
      for (const terms of separator.values()) atoms.balances.push(terms);
    }
  }

  private sum(j: number, test: (cell: ChainCell) => boolean): Term[] {
    return this.tables[j]!.filter(test).map((cell) => [cell.atom, 1] as const);
  }
  /** People in state `state` at step j (0-based). */
  at(j: number, states: ReadonlySet<number>): Term[] {
    return this.sum(j, (c) => states.has(c.now));
  }
  /** People in `from` before step j and `to` at it (pairs only). */
  pair(j: number, from: ReadonlySet<number>, to: ReadonlySet<number>): Term[] {
    return this.sum(j, (c) => from.has(c.before) && to.has(c.now) && !(c.before === ABSENT && c.now === ABSENT));
  }
  before(states: ReadonlySet<number>): Term[] {
    return this.sum(0, (c) => states.has(c.before));
  }
  /** People whose last state in the chain is one of `states`. */
  end(states: ReadonlySet<number>): Term[] {
    return this.sum(this.steps - 1, (c) => states.has(lastAfter(c)));
  }

  /** Counts one person with these states (before, then each step) into the truth. */
  record(before: number, states: readonly number[]): void {
    let last = ABSENT;
    let previous = before;
    states.forEach((now, j) => {
      const cell = this.tables[j]!.find((c) => c.before === (this.pairs ? previous : ABSENT) && c.last === last && c.now === now)!;
      this.atoms.truth[cell.atom]! += 1;
      if (now !== ABSENT) last = now;
      previous = now;
    });
  }
}

/** The states a published category stands for. */
function zoneStates(category: string, absentAs?: string): Set<number> {
  if (category === ALL) return new Set(absentAs === undefined ? [1, 2, 3, 4] : STATES);
  if (category === absentAs) return new Set([ABSENT]);
  if (category === ORANGE_OR_RED) return new Set([3, 4]);
  return new Set([stateOf(category as Zone)]);
}

/** Equates two sums of atoms (a margin two chains share). */
function balance(atoms: Atoms, left: readonly Term[], right: readonly Term[]): void {
  atoms.balances.push([...left, ...right.map(([a, c]) => [a, -c] as const)]);
}

export interface HistoryCell {
  readonly grain: string;
  readonly period: string;
  readonly value: number;
  readonly hidden: boolean;
  readonly [dimension: string]: unknown;
}

/**
 * The model of the release: one figure per cell, in the same order. Remainder cells
 * (`grain` 'rest') carry `outer` and `inner`, the indexes of the two cells they are the
 * difference of; 'quarter stock' is the people with a meeting in the quarter.
 */
export function historyModel(
  register: Register,
  years: readonly CaseYear[],
  cells: readonly HistoryCell[],
  periods: { readonly months: readonly string[]; readonly quarters: readonly string[] },
  areas: Areas = DEMO_AREAS,
): JointModel & { readonly blocks: readonly number[]; readonly parts: ReadonlyArray<readonly number[]> } {
  const atoms = new Atoms();
  const withMeetings = cells.some((c) => c.grain === 'meeting');
  const withMonths = withMeetings || cells.some((c) => c.grain === 'month');
  const yearList = [...new Set(periods.quarters.map((q) => q.slice(0, 4)))];
  const quartersOf = (year: string) => periods.quarters.filter((q) => q.startsWith(year));
  const monthsOf = (quarter: string) => periods.months.filter((m) => quarterOf(`${m}-01`) === quarter);

  // The true states of every person: at each quarter, month and meeting.
  const meetings = [...register.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id - b.meeting_id);
  const datesOf = new Map<string, string[]>();
  const state = new Map<string, Map<number, number>>();
  const setState = (period: string, person: number, zone: Zone) => (state.get(period) ?? state.set(period, new Map()).get(period)!).set(person, stateOf(zone));
  for (const m of meetings) {
    const person = Number(m.person_id);
    const month = monthOf(m.date);
    setState(m.date, person, m.zone as Zone);
    setState(month, person, m.zone as Zone);
    setState(quarterOf(m.date), person, m.zone as Zone);
    const dates = datesOf.get(month) ?? datesOf.set(month, []).get(month)!;
    if (dates[dates.length - 1] !== m.date) dates.push(m.date);
  }
  const stateIn = (period: string, person: number) => state.get(period)?.get(person) ?? ABSENT;
  const people = [...new Set(meetings.map((m) => Number(m.person_id)))].sort((a, b) => a - b);
  const record = (chain: Chain, before: string | null, steps: readonly string[]) => {
    for (const person of people) {
      const states = steps.map((s) => stateIn(s, person));
      const first = before === null ? ABSENT : stateIn(before, person);
      if (first !== ABSENT || states.some((s) => s !== ABSENT)) chain.record(first, states);
    }
  };

  // Chains: years over quarters, quarters over months, months over meetings.
  const yearChain = new Map<string, Chain>();
  const monthChain = new Map<string, { chain: Chain; step: number }>();
  const meetingChain = new Map<string, { chain: Chain; step: number }>();
  for (const year of yearList) {
    atoms.block = Number(year);
    const quarters = quartersOf(year);
    const chain = new Chain(atoms, quarters.length, true);
    record(chain, previousQuarter(quarters[0]!), quarters);
    yearChain.set(year, chain);
    const previous = yearChain.get(String(Number(year) - 1));
    for (const zone of [1, 2, 3, 4]) {
      if (previous) balance(atoms, previous.at(previous.steps - 1, new Set([zone])), chain.before(new Set([zone])));
    }
    quarters.forEach((quarter, q) => {
      // Months (and their meetings) are modelled only when a month's figures are in the release.
      if (!withMonths) return;
      const months = monthsOf(quarter);
      const inner = new Chain(atoms, months.length, false);
      record(inner, null, months);
      months.forEach((month, step) => monthChain.set(month, { chain: inner, step }));
      for (const zone of [1, 2, 3, 4]) balance(atoms, inner.end(new Set([zone])), chain.at(q, new Set([zone])));
      months.forEach((month, step) => {
        // Meetings are modelled only when a meeting's figures are in the release.
        const dates = withMeetings ? (datesOf.get(month) ?? []) : [];
        if (dates.length === 0) return;
        const byMeeting = new Chain(atoms, dates.length, false);
        record(byMeeting, null, dates);
        dates.forEach((date, s) => meetingChain.set(date, { chain: byMeeting, step: s }));
        for (const zone of [1, 2, 3, 4]) balance(atoms, byMeeting.end(new Set([zone])), inner.at(step, new Set([zone])));
      });
    });
  }

  // The other yearly tables: district group x zone, main measure, age band x sex.
  const groups = areas.groups.map((g) => g.code);
  const measures = [...MEASURES, NO_MEASURE];
  const yearTables = new Map<string, { zones: Map<string, number>; measures: Map<string, number>; demography: Map<string, number> }>();
  for (const year of yearList) {
    atoms.block = Number(year);
    const table = { zones: new Map<string, number>(), measures: new Map<string, number>(), demography: new Map<string, number>() };
    for (const zone of ZONES) for (const group of groups) table.zones.set(`${zone}|${group}`, atoms.add());
    for (const measure of measures) table.measures.set(measure, atoms.add());
    for (const age of PUBLIC_AGE_BANDS) for (const sex of SEXES) table.demography.set(`${age}|${sex}`, atoms.add());
    for (const record of years.filter((y) => String(y.year) === year)) {
      atoms.truth[table.zones.get(`${record.zoneEnd}|${districtGroupOf(record.person.district_code, areas).code}`)!]! += 1;
      atoms.truth[table.measures.get(record.mainMeasure)!]! += 1;
      atoms.truth[table.demography.get(`${ageBand(record.age, PUBLIC_AGE_BANDS)}|${record.person.sex}`)!]! += 1;
    }
    const chain = yearChain.get(year);
    const all = (map: Map<string, number>) => [...map.values()].map((a) => [a, 1] as const);
    if (chain) {
      for (const zone of ZONES) {
        balance(atoms, groups.map((g) => [table.zones.get(`${zone}|${g}`)!, 1] as const), chain.end(new Set([stateOf(zone)])));
      }
    }
    balance(atoms, all(table.measures), all(table.zones));
    balance(atoms, all(table.demography), all(table.zones));
    yearTables.set(year, table);
  }

  const termsOf = (cell: HistoryCell, index: number): Term[] => {
    const period = cell.period;
    switch (cell.grain) {
      case 'year': {
        const table = yearTables.get(period)!;
        if (cell.measure !== ALL) return [[table.measures.get(String(cell.measure))!, 1]];
        if (cell.age_band !== ALL || cell.sex !== ALL) {
          return [...table.demography].filter(([key]) => {
            const [age, sex] = key.split('|');
            return (cell.age_band === ALL || cell.age_band === age) && (cell.sex === ALL || cell.sex === sex);
          }).map(([, a]) => [a, 1] as const);
        }
        const zones = zoneStates(String(cell.zone));
        return [...table.zones].filter(([key]) => {
          const [zone, group] = key.split('|');
          return zones.has(stateOf(zone as Zone)) && (cell.district_group === ALL || cell.district_group === group);
        }).map(([, a]) => [a, 1] as const);
      }
      case 'quarter': {
        const chain = yearChain.get(period.slice(0, 4))!;
        return chain.pair(quartersOf(period.slice(0, 4)).indexOf(period), zoneStates(String(cell.from_zone), 'new'), zoneStates(String(cell.to_zone), 'closed'));
      }
      case 'quarter stock': {
        const chain = yearChain.get(period.slice(0, 4))!;
        return chain.at(quartersOf(period.slice(0, 4)).indexOf(period), zoneStates(ALL));
      }
      case 'month': {
        const { chain, step } = monthChain.get(period)!;
        return chain.at(step, zoneStates(String(cell.zone)));
      }
      case 'meeting': {
        const { chain, step } = meetingChain.get(period)!;
        return chain.at(step, zoneStates(String(cell.zone)));
      }
      case 'moves': {
        const chain = yearChain.get(period)!;
        const terms: Term[] = [];
        for (let q = 0; q < chain.steps; q += 1) {
          for (const from of [1, 2, 3, 4]) {
            for (const to of [1, 2, 3, 4]) {
              const direction = to > from ? 'up' : to < from ? 'down' : 'same';
              if (cell.direction === ALL || cell.direction === direction) terms.push(...chain.pair(q, new Set([from]), new Set([to])));
            }
          }
        }
        return terms;
      }
      case 'rest': {
        if (cells[Number(cell.outer)] === undefined || cells[Number(cell.inner)] === undefined) throw new Error(`history model: remainder ${index} (${cell.period}) names a cell that is not in the model`);
        const outer = termsOf(cells[Number(cell.outer)]!, Number(cell.outer));
        const inner = termsOf(cells[Number(cell.inner)]!, Number(cell.inner));
        return [...outer, ...inner.map(([a, c]) => [a, -c] as const)];
      }
      default:
        throw new Error(`history model: no terms for cell ${index} of grain ${cell.grain}`);
    }
  };
  const figures: JointFigure[] = cells.map((cell, i) => {
    const unpublished = cell.grain === 'rest' || cell.grain === 'quarter stock' || cell.unpublished === true;
    return { terms: termsOf(cell, i), value: cell.value, hidden: unpublished || cell.hidden, ...(unpublished ? { unpublished } : {}) };
  });
  // The audit solves two consecutive years at a time (the 4th quarter between them inside).
  const blockYears = [...new Set(atoms.blocks)].sort((a, b) => a - b);
  const parts = (blockYears.length === 1 ? blockYears : blockYears.slice(1)).map((year) => atoms.blocks.flatMap((b, atom) => (b === year || b === year - 1 ? [atom] : [])));
  return { atoms: atoms.count, balances: atoms.balances, figures, truth: atoms.truth, blocks: atoms.blocks, parts };
}
