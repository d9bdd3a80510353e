// The one module through which <slt-casework> reaches its data: it checks the file's tier,
// decodes the events in the page and builds every view's tables there (casework-build.ts),
// so the whole dashboard is drawn without waiting for DuckDB-WASM to start. No view needs
// it: the SQL in casework-sql.ts is the views' definition, which the tests run in native
// DuckDB and DuckDB-WASM and hold the page's work to (docs/COORDINATORS.md, "Speed").
import type { Engine, PlainColumn } from '@slt/engine';
import { indexFromEvents } from './casework-build.ts';
import { cubeFromIndex, type CubeRow } from './casework-cube.ts';
import { caseworkEvents, EVENT_COLUMNS } from './casework-events.ts';
import type { CaseworkIndex } from './casework-index.ts';
import { optionsFromIndex } from './casework-options.ts';
import { pathEvents, pathFromEvents, pathIndex, type PathEvent, type PathIndex } from './casework-path.ts';

/** An internal-tier events file with no rows: the element says so rather than drawing zeros. */
export class CaseworkEmpty extends Error {
  constructor(readonly src: string) {
    super(`${src} has no events`);
  }
}

/** Why the element refuses a file: it is public, or does not say it is internal. */
export class CaseworkRefusal extends Error {
  constructor(readonly reason: 'public' | 'no-tier') {
    super(`slt-casework shows internal-tier files only (slt.tier: ${reason === 'public' ? 'public' : 'missing'})`);
  }
}

export interface CaseworkOptions {
  readonly months: readonly string[];
  /** `area_code=area`. */
  readonly areas: readonly string[];
  readonly ages: readonly string[];
  readonly sexes: readonly string[];
  readonly measures: readonly string[];
  readonly agencies: readonly string[];
}

export interface CaseworkSource {
  readonly metadata: Readonly<Record<string, string>>;
  readonly options: CaseworkOptions;
  /**
   * The monthly count table (`cw_cube` in SQL), made in the page at open: a filter change on
   * month, district group, age band or sex adds it up (casework-cube.ts).
   */
  readonly cube: readonly CubeRow[];
  /** The histories, spells and concerns as whole numbers, built in the page at open (casework-build.ts). */
  readonly index: CaseworkIndex;
  /** A young person's events up to the month ('YYYY-MM'), in order (pathSql's rows). */
  path(pseudonym: string, month: string): PathEvent[];
}

/**
 * Times a step on the page's Performance Timeline (`slt-casework:<name>`), for
 * bench/casework.mjs to say where the time goes.
 */
export async function timed<T>(name: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await task();
  } finally {
    performance.measure(`slt-casework:${name}`, { start });
  }
}

/** A step of plain computation in the page, timed. */
const step = <T>(name: string, task: () => T): Promise<T> => timed(name, async () => task());

/**
 * Everything the views read, built from the decoded columns. Of the events' codes only what a
 * path reads is kept (`forPaths`): the rest (160 MB at 10M events) is let go once built.
 */
async function built(columns: ReadonlyMap<string, PlainColumn>, rowCount: number) {
  const events = await step('events', () => caseworkEvents(columns, rowCount));
  const index = await step('index', () => indexFromEvents(events));
  const cube = await step('cube', () => cubeFromIndex(index));
  const options = await step('options', () => optionsFromIndex(index, events));
  return { index, cube, options, forPaths: pathEvents(events) };
}

/**
 * Opens an internal-tier events file: refuses a public one before a byte of its rows is
 * read, then decodes the columns the views read in the page (the engine's Parquet reader)
 * and builds the index, the count table and the filters' options from them.
 */
export async function openCasework(engine: Engine, src: string): Promise<CaseworkSource> {
  const info = await timed('schema', () => engine.schema(src));
  const tier = info.metadata['slt.tier'];
  if (tier !== 'internal') throw new CaseworkRefusal(tier === undefined ? 'no-tier' : 'public');
  const dataset = engine.dataset(src);
  const { columns, rowCount } = await timed('decode', () => dataset.columns(EVENT_COLUMNS));
  if (rowCount === 0) throw new CaseworkEmpty(src);
  const { index, cube, options, forPaths } = await built(columns, rowCount);
  // Each person's rows, found for the first path opened.
  let paths: PathIndex | undefined;
  return {
    metadata: info.metadata,
    options,
    cube,
    index,
    path: (pseudonym, month) => pathFromEvents(forPaths, (paths ??= pathIndex(forPaths)), pseudonym, month),
  };
}
