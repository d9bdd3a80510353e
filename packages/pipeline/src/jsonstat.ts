/**
 * JSON-stat 2.0 datasets (what SSB's API returns) to a tidy table: one row per cell,
 * each dimension as a code column and a `<id>_label` column, the time code parsed, and
 * value, unit, decimals and status per cell. https://json-stat.org/format/
 */
import type { Column } from './parquet.ts';

export class JsonStatError extends Error {
  override readonly name = 'JsonStatError';
}

export type PeriodType = 'year' | 'half' | 'quarter' | 'month' | 'window' | 'other';

export interface ParsedTime {
  readonly period_type: PeriodType;
  /** The (last) year of the period, for plotting. */
  readonly year: number | null;
  /** First year of a multi-year window ('2022-2024' -> 2022); else the year. */
  readonly first_year: number | null;
  readonly half: number | null;
  readonly quarter: number | null;
  readonly month: number | null;
}

/** SSB time codes: 2023, 2023H1, 2023K4, 2023M07, 2022-2024. Anything else is 'other'. */
export function parseTime(code: string): ParsedTime {
  const none = { half: null, quarter: null, month: null };
  let match: RegExpMatchArray | null;
  if ((match = /^(\d{4})$/.exec(code))) {
    const year = Number(match[1]);
    return { period_type: 'year', year, first_year: year, ...none };
  }
  if ((match = /^(\d{4})H([12])$/.exec(code))) {
    const year = Number(match[1]);
    return { period_type: 'half', year, first_year: year, ...none, half: Number(match[2]) };
  }
  if ((match = /^(\d{4})K([1-4])$/.exec(code))) {
    const year = Number(match[1]);
    return { period_type: 'quarter', year, first_year: year, ...none, quarter: Number(match[2]) };
  }
  if ((match = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(code))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return { period_type: 'month', year, first_year: year, ...none, quarter: Math.ceil(month / 3), month };
  }
  if ((match = /^(\d{4})-(\d{4})$/.exec(code)) && Number(match[1]) <= Number(match[2])) {
    return { period_type: 'window', year: Number(match[2]), first_year: Number(match[1]), ...none };
  }
  return { period_type: 'other', year: null, first_year: null, ...none };
}

interface Dimension {
  readonly id: string;
  readonly label: string;
  /** Category codes in index order. */
  readonly codes: readonly string[];
  readonly labels: readonly string[];
  readonly units: ReadonlyMap<string, { base: string | null; decimals: number | null }>;
}

export interface TidyJsonStat {
  readonly label: string | null;
  readonly source: string | null;
  readonly updated: string | null;
  readonly note: readonly string[];
  readonly dimensions: ReadonlyArray<{ id: string; label: string }>;
  readonly timeDimension: string | null;
  readonly metricDimension: string | null;
  readonly columns: readonly Column[];
  readonly rows: Array<Record<string, unknown>>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(message: string): never {
  throw new JsonStatError(`invalid JSON-stat: ${message}`);
}

export function parseJsonStatText(text: string): TidyJsonStat {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new JsonStatError(`invalid JSON-stat: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return tidyJsonStat(json);
}

export function tidyJsonStat(json: unknown): TidyJsonStat {
  if (!isObject(json)) fail('the document must be an object');
  if (json.version !== '2.0') fail(`version must be "2.0", got ${JSON.stringify(json.version)}`);
  if (json.class !== 'dataset') fail(`class must be "dataset", got ${JSON.stringify(json.class)}`);
  const ids = json.id;
  const size = json.size;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string') || ids.length === 0) {
    fail('"id" must be a non-empty array of dimension ids');
  }
  if (new Set(ids).size !== ids.length) fail('"id" has duplicate dimension ids');
  if (!Array.isArray(size) || size.length !== ids.length || !size.every((n) => Number.isInteger(n) && n >= 0)) {
    fail(`"size" must be an array of ${ids.length} non-negative integers, got ${JSON.stringify(size)}`);
  }
  if (!isObject(json.dimension)) fail('"dimension" must be an object');
  const dimensionsJson = json.dimension;
  const dimensions = (ids as string[]).map((id, d) => readDimension(id, dimensionsJson[id], size[d] as number));
  const total = (size as number[]).reduce((a, b) => a * b, 1);
  const values = readCells(json.value, total, 'value', (v) => v === null || (typeof v === 'number' && Number.isFinite(v)));
  const statuses = readStatus(json.status, total);

  const role = isObject(json.role) ? json.role : {};
  const firstRole = (name: string): string | null => {
    const list = role[name];
    return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : null;
  };
  const timeDimension = firstRole('time') ?? (ids as string[]).find((id) => /^(tid|time|year|år)$/i.test(id)) ?? null;
  const metricDimension = firstRole('metric') ?? ((ids as string[]).includes('ContentsCode') ? 'ContentsCode' : null);
  for (const [name, id] of [['time', timeDimension], ['metric', metricDimension]] as const) {
    if (id !== null && !(ids as string[]).includes(id)) fail(`role.${name} names ${id}, which is not in "id"`);
  }

  const columns = tidyColumns(dimensions, timeDimension);
  const rows: Array<Record<string, unknown>> = [];
  const coords = new Array<number>(dimensions.length).fill(0);
  for (let cell = 0; cell < total; cell += 1) {
    // Row-major: the last dimension varies fastest.
    let rest = cell;
    for (let d = dimensions.length - 1; d >= 0; d -= 1) {
      const n = dimensions[d]!.codes.length;
      coords[d] = rest % n;
      rest = Math.floor(rest / n);
    }
    const row: Record<string, unknown> = {};
    dimensions.forEach((dimension, d) => {
      row[columnName(dimension.id)] = dimension.codes[coords[d]!];
      row[`${columnName(dimension.id)}_label`] = dimension.labels[coords[d]!];
    });
    if (timeDimension !== null) {
      const d = dimensions.findIndex((dimension) => dimension.id === timeDimension);
      Object.assign(row, parseTime(dimensions[d]!.codes[coords[d]!]!));
    }
    const metric = metricDimension === null ? undefined : dimensions.find((dimension) => dimension.id === metricDimension);
    const unit = metric?.units.get(metric.codes[coords[dimensions.indexOf(metric)]!]!);
    row.value = values[cell] ?? null;
    row.unit = unit?.base ?? null;
    row.decimals = unit?.decimals ?? null;
    row.status = statuses(cell);
    rows.push(row);
  }

  return {
    label: typeof json.label === 'string' ? json.label : null,
    source: typeof json.source === 'string' ? json.source : null,
    updated: typeof json.updated === 'string' ? json.updated : null,
    note: Array.isArray(json.note) ? json.note.filter((n): n is string => typeof n === 'string') : [],
    dimensions: dimensions.map(({ id, label }) => ({ id, label })),
    timeDimension,
    metricDimension,
    columns,
    rows,
  };
}

const RESERVED = new Set(['value', 'unit', 'decimals', 'status', 'period_type', 'year', 'first_year', 'half', 'quarter', 'month']);

/** A dimension id as a column name; ids that clash with the added columns get a `dim_` prefix. */
export function columnName(id: string): string {
  return RESERVED.has(id.toLowerCase()) ? `dim_${id}` : id;
}

function tidyColumns(dimensions: readonly Dimension[], timeDimension: string | null): Column[] {
  const columns: Column[] = [];
  for (const { id } of dimensions) {
    columns.push({ name: columnName(id), type: 'VARCHAR' }, { name: `${columnName(id)}_label`, type: 'VARCHAR' });
  }
  if (timeDimension !== null) {
    columns.push(
      { name: 'period_type', type: 'VARCHAR' },
      { name: 'year', type: 'INTEGER' },
      { name: 'first_year', type: 'INTEGER' },
      { name: 'half', type: 'INTEGER' },
      { name: 'quarter', type: 'INTEGER' },
      { name: 'month', type: 'INTEGER' },
    );
  }
  columns.push(
    { name: 'value', type: 'DOUBLE' },
    { name: 'unit', type: 'VARCHAR' },
    { name: 'decimals', type: 'INTEGER' },
    { name: 'status', type: 'VARCHAR' },
  );
  const names = columns.map((c) => c.name.toLowerCase());
  const clash = names.find((name, i) => names.indexOf(name) !== i);
  if (clash) fail(`two dimensions map to the same column name: ${clash}`);
  return columns;
}

function readDimension(id: string, json: unknown, size: number): Dimension {
  if (!isObject(json)) fail(`dimension "${id}" is listed in "id" but missing from "dimension"`);
  const category = json.category;
  if (!isObject(category)) fail(`dimension "${id}" has no "category" object`);
  const labels = isObject(category.label) ? category.label : {};
  let codes: string[];
  if (Array.isArray(category.index)) {
    codes = category.index.map(String);
  } else if (isObject(category.index)) {
    const index = category.index;
    codes = new Array<string>(Object.keys(index).length);
    for (const [code, position] of Object.entries(index)) {
      if (!Number.isInteger(position) || (position as number) < 0 || (position as number) >= codes.length || codes[position as number] !== undefined) {
        fail(`dimension "${id}": category.index must map codes to the positions 0..${codes.length - 1}`);
      }
      codes[position as number] = code;
    }
  } else if (category.index === undefined && Object.keys(labels).length === 1) {
    // The standard lets a single-category dimension omit the index.
    codes = Object.keys(labels);
  } else {
    fail(`dimension "${id}" has no category.index`);
  }
  if (codes.length !== size) fail(`dimension "${id}" has ${codes.length} categories but "size" says ${size}`);
  const units = new Map<string, { base: string | null; decimals: number | null }>();
  if (isObject(category.unit)) {
    for (const [code, unit] of Object.entries(category.unit)) {
      if (!isObject(unit)) continue;
      units.set(code, {
        base: typeof unit.base === 'string' ? unit.base : typeof unit.label === 'string' ? unit.label : null,
        decimals: Number.isInteger(unit.decimals) ? (unit.decimals as number) : null,
      });
    }
  }
  return {
    id,
    label: typeof json.label === 'string' ? json.label : id,
    codes,
    labels: codes.map((code) => (typeof labels[code] === 'string' ? (labels[code] as string) : code)),
    units,
  };
}

/** Values as a dense array, from the array form or the sparse object form keyed by position. */
function readCells<T>(json: unknown, total: number, name: string, valid: (value: unknown) => boolean): Array<T | null> {
  if (Array.isArray(json)) {
    if (json.length !== total) fail(`"${name}" has ${json.length} entries but the sizes give ${total} cells`);
    json.forEach((v, i) => {
      if (!valid(v)) fail(`"${name}"[${i}] is not valid: ${JSON.stringify(v)}`);
    });
    return json as Array<T | null>;
  }
  if (isObject(json)) {
    const cells = new Array<T | null>(total).fill(null);
    for (const [key, v] of Object.entries(json)) {
      const position = Number(key);
      if (!/^\d+$/.test(key) || position >= total) fail(`"${name}" has key ${JSON.stringify(key)}, not a cell position 0..${total - 1}`);
      if (!valid(v)) fail(`"${name}"["${key}"] is not valid: ${JSON.stringify(v)}`);
      cells[position] = v as T;
    }
    return cells;
  }
  if (json === undefined && name === 'value') fail('"value" is missing');
  fail(`"${name}" must be an array or an object keyed by cell position`);
}

/** Status as one string for every cell, an array per cell, or an object keyed by position. */
function readStatus(json: unknown, total: number): (cell: number) => string | null {
  if (json === undefined || json === null) return () => null;
  if (typeof json === 'string') return () => json;
  if (Array.isArray(json) && json.length === 1 && total > 1 && typeof json[0] === 'string') {
    // Some producers send a one-element array meaning "this status for every cell".
    const only = json[0];
    return () => only;
  }
  const cells = readCells<string>(json, total, 'status', (v) => v === null || typeof v === 'string');
  return (cell) => cells[cell] ?? null;
}
