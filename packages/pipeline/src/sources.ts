/**
 * Reading the public tables a profile names, into counts per area, year, age group and sex.
 *
 * - `ssb-pxweb`: Statistics Norway's PxWebApi v2, JSON-stat 2.0
 *   (`https://data.ssb.no/api/pxwebapi/v2/tables/<table>/data?outputFormat=json-stat2&valueCodes[...]=...`).
 * - `dst-statbank`: Statistics Denmark's StatBank API, JSON-stat 1.x wrapped in `{"dataset": ...}`
 *   (`https://api.statbank.dk/v1/data/<table>/JSONSTAT?lang=da&<variable>=<codes>`).
 * - `csv`: a table saved as CSV (a municipality's own district figures, or a public table
 *   converted to CSV), one column per dimension and the counts in named columns or in one
 *   column selected by `where`.
 *
 * Every response is kept on disk in the source's `file` (committed under `data/sources/`),
 * so builds and tests never need the network; a missing file is fetched from `url` once
 * (or again with `--refresh`). Anything unexpected is a `SourceError` of one line naming the
 * source, the file and what is wrong.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { parseCsv } from './csv.ts';
import type { Sex } from './indicator-specs.ts';
import { columnName, tidyJsonStat } from './jsonstat.ts';
import type { Source } from './profile.ts';

export class SourceError extends Error {}

export interface Count {
  readonly area: string;
  readonly year: number;
  readonly ageGroup: string;
  readonly sex: Sex;
  readonly numerator: number;
  readonly denominator: number;
}

export const SSB_API = 'https://data.ssb.no/api/pxwebapi/v2/tables/';
export const DST_API = 'https://api.statbank.dk/v1/data/';
/** How long an API may take before the build gives up. */
export const FETCH_TIMEOUT_MS = 60_000;

export interface ReadOptions {
  /** Fetch from `url` even when the file exists (and overwrite it only on success). */
  readonly refresh?: boolean;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

type Cell = Record<string, unknown>;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of a source: its recorded file, or the API's answer (saved to the file). */
export async function sourceText(source: Source, path: string, options: ReadOptions = {}): Promise<string> {
  const where = `source ${source.id} (${relative(process.cwd(), path) || path})`;
  if (existsSync(path) && !options.refresh) return readFile(path, 'utf8');
  if (!source.url) throw new SourceError(`${where}: file not found and no url to fetch it from`);
  const timeout = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(source.url, { signal: AbortSignal.timeout(timeout) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new SourceError(`${where}: ${source.url} ${timedOut ? `did not answer within ${timeout / 1000} s` : `could not be fetched (${error instanceof Error ? error.message : String(error)})`}`);
  }
  if (!response.ok) throw new SourceError(`${where}: ${source.url} answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  // Recorded beside the profile's other sources; written whole or not at all.
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
  return text;
}

/** The source's cells as rows of codes (dimension or column name -> code) with a `value`. */
function cellsOf(source: Source, text: string, where: string): { cells: Cell[]; names: string[] } {
  if (source.kind === 'csv') {
    const required = [source.columns.area, source.columns.year, source.columns.age, source.columns.sex, source.numerator.column, source.denominator.column, ...Object.keys(source.numerator.where), ...Object.keys(source.denominator.where)].filter(
      (name): name is string => name !== undefined,
    );
    try {
      return { cells: parseCsv(text, where, [...new Set(required)]), names: [...new Set(required)] };
    } catch (error) {
      throw new SourceError(error instanceof Error ? error.message : String(error));
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SourceError(`${where}: not JSON (expected a JSON-stat response)`);
  }
  const normalised = source.kind === 'dst-statbank' ? fromJsonStat1(json, where) : json;
  if (source.kind === 'ssb-pxweb' && (!isObject(json) || json.version !== '2.0')) {
    throw new SourceError(`${where}: not JSON-stat 2.0 (PxWebApi answers with "version": "2.0"; ask for outputFormat=json-stat2)`);
  }
  const table = isObject(normalised) && isObject(normalised.extension) && isObject(normalised.extension.px) ? normalised.extension.px.tableid : undefined;
  if (typeof table === 'string' && table !== source.table) throw new SourceError(`${where}: the response is table ${table}, the profile expects ${source.table}`);
  let tidy;
  try {
    tidy = tidyJsonStat(normalised);
  } catch (error) {
    throw new SourceError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const names = tidy.dimensions.map((d) => d.id);
  const needed = [source.columns.area, source.columns.year, source.columns.age, source.columns.sex, ...Object.keys(source.numerator.where), ...Object.keys(source.denominator.where)];
  for (const name of needed) {
    if (name !== undefined && !names.includes(name)) throw new SourceError(`${where}: the response has no dimension ${name} (it has ${names.join(', ')})`);
  }
  // Back to dimension ids as keys (the tidy rows may rename a clashing id, e.g. year -> dim_year).
  const cells = tidy.rows.map((row) => {
    const cell: Cell = { value: row.value };
    for (const id of names) cell[id] = row[columnName(id)];
    return cell;
  });
  return { cells, names };
}

/** JSON-stat 1.x (DST, old SSB): `{"dataset": {..., "dimension": {"id", "size", "role", ...}}}` as 2.0. */
export function fromJsonStat1(json: unknown, where: string): Record<string, unknown> {
  if (!isObject(json)) throw new SourceError(`${where}: not a JSON-stat 1.x response (expected an object)`);
  if (json.version !== undefined) throw new SourceError(`${where}: JSON-stat ${String(json.version)} where the StatBank API gives JSON-stat 1.x ({"dataset": ...}, no version)`);
  const keys = Object.keys(json);
  const dataset = keys.length === 1 ? json[keys[0]!] : json.dataset;
  if (!isObject(dataset) || !isObject(dataset.dimension)) throw new SourceError(`${where}: not a JSON-stat 1.x response (no dataset with a dimension object)`);
  const { id, size, role, ...dimensions } = dataset.dimension;
  return { ...dataset, version: '2.0', class: 'dataset', id, size, role, dimension: dimensions };
}

/** Reads a source into counts per area, year, age group and sex (numerator and denominator both known). */
export async function readSource(source: Source, path: string, options: ReadOptions = {}): Promise<Count[]> {
  const where = `source ${source.id} (${relative(process.cwd(), path) || path})`;
  const text = await sourceText(source, path, options);
  const { cells } = cellsOf(source, text, where);
  const { columns } = source;
  const ageKeys = Object.keys(source.ageGroups);
  const pairs = new Map<string, { key: Omit<Count, 'numerator' | 'denominator'>; numerator?: number; denominator?: number }>();
  const matches = (cell: Cell, filter: Readonly<Record<string, string>>) => Object.entries(filter).every(([name, code]) => String(cell[name]) === code);
  const valueOf = (cell: Cell, column: string | undefined, line: number): number | undefined => {
    const raw = cell[column ?? 'value'];
    if (raw === null || raw === undefined || raw === '') return undefined;
    const value = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(value)) throw new SourceError(`${where}: ${source.kind === 'csv' ? `line ${line + 2}` : `cell ${line}`}: ${column ?? 'value'} is not a number: ${JSON.stringify(raw)}`);
    return value;
  };
  cells.forEach((cell, line) => {
    const ageCode = columns.age === undefined ? ageKeys[0] : String(cell[columns.age]);
    const ageGroup = ageCode === undefined ? undefined : source.ageGroups[ageCode];
    if (ageGroup === undefined) return;
    const sex: Sex | undefined = columns.sex === undefined ? 'all' : source.sexes?.[String(cell[columns.sex])];
    if (sex === undefined) return;
    const yearText = String(cell[columns.year]);
    if (!/^\d{4}$/.test(yearText)) throw new SourceError(`${where}: ${columns.year} "${yearText}" is not a year (only yearly figures are used)`);
    const area = String(cell[columns.area]).replace(/^K-/, '');
    const key = { area, year: Number(yearText), ageGroup, sex };
    const id = `${area}|${yearText}|${ageGroup}|${sex}`;
    const pair = pairs.get(id) ?? { key };
    if (matches(cell, source.numerator.where)) {
      const value = valueOf(cell, source.numerator.column, line);
      if (value !== undefined) pair.numerator = value;
    }
    if (matches(cell, source.denominator.where)) {
      const value = valueOf(cell, source.denominator.column, line);
      if (value !== undefined) pair.denominator = value;
    }
    pairs.set(id, pair);
  });
  const counts: Count[] = [];
  for (const { key, numerator, denominator } of pairs.values()) {
    if (numerator !== undefined && denominator !== undefined && denominator > 0) counts.push({ ...key, numerator, denominator });
  }
  if (counts.length === 0) throw new SourceError(`${where}: no cell matches the profile's age groups (${ageKeys.join(', ')}), sexes and counts`);
  return counts;
}
