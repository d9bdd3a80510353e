import type { Relation } from '@slt/disclosure';
import type { Register } from '../src/generate-register.ts';

/**
 * The test's own model of how the public person counts of different time grains nest,
 * recounted from the raw register independently of the pipeline's release step.
 *
 * A person's zone in a period is the zone at their last meeting in it. When period P ends
 * with period S (a year with its fourth quarter, a quarter with its last month, a month
 * with its last meeting), everyone in S is in P with the same zone, so
 * P[z] = S[z] + rest[z], the rest being the people whose last meeting in P came before S.
 * The rest is never published; the audit treats it as an unpublished cell. Consecutive
 * quarters of zone_transitions share a figure: from_zone z of a quarter is to_zone z of
 * the quarter before.
 */
export const GRAIN_DIMENSIONS = ['grain', 'period', 'zone', 'district_group', 'age_band', 'sex', 'measure', 'from_zone', 'to_zone'] as const;
const NOT_CROSSED = '-';
const ZONES = ['green', 'yellow', 'orange', 'red'] as const;
const ALL = 'all';

export type AuditCell = Record<string, unknown> & { value: number; shown: number | null };

const quarterOf = (date: string) => `${date.slice(0, 4)}K${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

function lastZones(register: Register, periodOf: (date: string) => string): Map<string, Map<number, string>> {
  const sorted = [...register.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id - b.meeting_id);
  const last = new Map<string, Map<number, string>>();
  for (const m of sorted) {
    const period = periodOf(m.date);
    last.set(period, (last.get(period) ?? new Map()).set(Number(m.person_id), m.zone));
  }
  return last;
}

/** Whether a published zone category holds a zone: 'all', itself, or orange_or_red for orange and red. */
const holds = (category: unknown, zone: string) => category === ALL || category === zone || (category === 'orange_or_red' && (zone === 'orange' || zone === 'red'));

const count = (zones: Map<number, string> | undefined, zone: string) =>
  [...(zones?.values() ?? [])].filter((z) => holds(zone, z)).length;

export interface PublishedFiles {
  /** case_counts rows (the union of the yearly files), with their true counts already set. */
  readonly yearly: ReadonlyArray<Record<string, unknown> & { value: number }>;
  readonly monthly: ReadonlyArray<Record<string, unknown>>;
  readonly meetings: ReadonlyArray<Record<string, unknown>>;
  readonly transitions: ReadonlyArray<Record<string, unknown>>;
}

/** Every published person count of every grain, the unpublished rests, and the relations between them. */
export function timeGrainAudit(register: Register, files: PublishedFiles) {
  const cells: AuditCell[] = [];
  const index = new Map<string, number>();
  const keyOf = (c: Record<string, unknown>) => GRAIN_DIMENSIONS.map((d) => String(c[d])).join('|');
  const add = (fields: Record<string, unknown>, value: number, shown: number | null) => {
    const cell: AuditCell = { ...Object.fromEntries(GRAIN_DIMENSIONS.map((d) => [d, NOT_CROSSED])), ...fields, value, shown };
    index.set(keyOf(cell), cells.length);
    cells.push(cell);
    return cells.length - 1;
  };
  const at = (fields: Record<string, unknown>) => {
    const i = index.get(keyOf({ ...Object.fromEntries(GRAIN_DIMENSIONS.map((d) => [d, NOT_CROSSED])), ...fields }));
    if (i === undefined) throw new Error(`no published cell ${JSON.stringify(fields)}`);
    return i;
  };
  const shownOf = (row: Record<string, unknown>) => (row.persons === null || row.persons === undefined ? null : Number(row.persons));

  for (const row of files.yearly) {
    const { zone, district_group, age_band, sex, measure } = row;
    add({ grain: 'year', period: String(row.year), zone, district_group, age_band, sex, measure }, row.value, shownOf(row));
  }
  const byMonth = lastZones(register, (d) => d.slice(0, 7));
  for (const row of files.monthly) add({ grain: 'month', period: row.period, zone: row.zone }, count(byMonth.get(String(row.period)), String(row.zone)), shownOf(row));
  const byDate = lastZones(register, (d) => d);
  for (const row of files.meetings) add({ grain: 'meeting', period: row.meeting_date, zone: row.zone }, count(byDate.get(String(row.meeting_date)), String(row.zone)), shownOf(row));
  const byQuarter = lastZones(register, quarterOf);
  const previousQuarter = (q: string) => (q.endsWith('K1') ? `${Number(q.slice(0, 4)) - 1}K4` : `${q.slice(0, 5)}${Number(q.slice(5)) - 1}`);
  for (const row of files.transitions) {
    const quarter = String(row.period);
    const before = byQuarter.get(previousQuarter(quarter)) ?? new Map();
    const now = byQuarter.get(quarter) ?? new Map();
    let value = 0;
    for (const person of new Set([...before.keys(), ...now.keys()])) {
      const from = before.get(person) ?? 'new';
      const to = now.get(person) ?? 'closed';
      if (holds(row.from_zone, from) && holds(row.to_zone, to)) value += 1;
    }
    add({ grain: 'quarter', period: quarter, from_zone: row.from_zone, to_zone: row.to_zone }, value, shownOf(row));
  }

  const relations: Relation[] = [];
  /** total = part + rest (rest unpublished), for each zone and the total. */
  const nest = (name: string, total: (zone: string) => number, part: (zone: string) => number) => {
    for (const zone of [...ZONES, 'orange_or_red', ALL]) {
      const t = total(zone);
      const p = part(zone);
      const rest = add({ grain: `rest ${name}`, period: name, zone }, cells[t]!.value - cells[p]!.value, null);
      relations.push({ total: t, parts: [p, rest] });
    }
  };
  const quarters = [...new Set(files.transitions.map((r) => String(r.period)))].sort();
  // The people with a meeting in the quarter: to_zone 'all' minus 'closed' (never published itself).
  const stock = new Map<string, number>();
  for (const q of quarters) {
    const total = at({ grain: 'quarter', period: q, from_zone: ALL, to_zone: ALL });
    const closed = at({ grain: 'quarter', period: q, from_zone: ALL, to_zone: 'closed' });
    const s = add({ grain: 'quarter stock', period: q, zone: ALL }, cells[total]!.value - cells[closed]!.value, null);
    relations.push({ total, parts: [s, closed] });
    stock.set(q, s);
  }
  const quarterZone = (q: string) => (zone: string) => (zone === ALL ? stock.get(q)! : at({ grain: 'quarter', period: q, from_zone: ALL, to_zone: zone }));
  const yearly = (year: string) => (zone: string) =>
    at({ grain: 'year', period: year, zone, district_group: ALL, age_band: ALL, sex: ALL, measure: ALL });
  const month = (m: string) => (zone: string) => at({ grain: 'month', period: m, zone });
  // Every pair in a chain of periods that end together is a nesting: year ⊃ Q4 ⊃ December ⊃
  // December's last meeting gives six (Year - December is a group of people too).
  const years = new Set(files.yearly.map((r) => String(r.year)));
  const dates = [...new Set(files.meetings.map((r) => String(r.meeting_date)))].sort();
  for (const m of [...new Set(files.monthly.map((r) => String(r.period)))]) {
    const chain: Array<[string, (zone: string) => number]> = [[`month ${m}`, month(m)]];
    const last = dates.filter((d) => d.startsWith(m)).at(-1);
    if (last) chain.push([`meeting ${last}`, (zone) => at({ grain: 'meeting', period: last, zone })]);
    const monthNumber = Number(m.slice(5));
    const q = `${m.slice(0, 4)}K${monthNumber / 3}`;
    if (monthNumber % 3 === 0 && quarters.includes(q)) chain.unshift([`quarter ${q}`, quarterZone(q)]);
    if (monthNumber === 12 && years.has(m.slice(0, 4)) && quarters.includes(q)) chain.unshift([`year ${m.slice(0, 4)}`, yearly(m.slice(0, 4))]);
    for (let i = 0; i < chain.length; i += 1) {
      for (let j = i + 1; j < chain.length; j += 1) nest(`${chain[i]![0]} - ${chain[j]![0]}`, chain[i]![1], chain[j]![1]);
    }
  }
  for (const q of quarters) {
    const previous = previousQuarter(q);
    if (!quarters.includes(previous)) continue;
    for (const zone of ZONES) {
      relations.push({ total: at({ grain: 'quarter', period: q, from_zone: zone, to_zone: ALL }), parts: [quarterZone(previous)(zone)] });
    }
  }
  return { cells, relations, unpublished: (cell: Readonly<Record<string, unknown>>) => String(cell.grain).startsWith('rest') || cell.grain === 'quarter stock' };
}
