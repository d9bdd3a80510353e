import { Task, TaskStatus } from '@lit/task';
import type { Engine, ParquetInfo, QueryResult } from '@slt/engine';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FilterScope } from '../filters/filter-scope.ts';
import type { FilterState } from '../filters/filter-state.ts';
import { checkK } from './attribute-rules.ts';
import { disclosureOf } from './hidden-cells.ts';
import { QueryCache, type DatasetQuery } from './query-cache.ts';
import { WidgetError } from './widget-error.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** What an element is doing, reflected as its `state` attribute. */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

/** The event an element fires each time it has settled: drawn its data, its empty state or its error. */
export const READY_EVENT = 'slt-ready';
export interface ReadyEventDetail {
  readonly state: Exclude<ElementState, 'loading'>;
}

/**
 * How long a load may take before the element gives up with "the data file is not
 * responding" (or, once the file has answered, "the engine could not start"). The engine's
 * own timeouts end a fault sooner (a download without a byte for 15 s or over 60 s in all,
 * DuckDB-WASM's start after 60 s: see the engine README); this is the last guard, above
 * them so a large but healthy load is never cut short, and so no element stays busy for ever.
 */
export const LOAD_DEADLINE_MS = 90_000;

export interface DataControllerOptions<Data> {
  /** What the data depends on besides the scope's filters, the engine and `k`: a change loads again. */
  readonly args: () => readonly unknown[];
  /** Loads and shapes the data; its queries go through the controller's `select`, never `engine.select`. */
  readonly load: () => Promise<Data>;
  /** The element as a developer finds it in the console (`<slt-table src="…">`). */
  readonly describe: () => string;
  readonly isEmpty: (data: Data) => boolean;
  readonly engine: () => Engine;
  /** The element's `k` attribute (checked here: one rule for every element). */
  readonly k: () => number | undefined;
  /** Whether the page opted in to internal-tier data (`allow-internal`). */
  readonly allowInternal: () => boolean;
  /** Checks of the element's own attributes before anything loads (throws a WidgetError). */
  readonly validate?: () => void;
  /** Whether a change of the scope's filters loads again (default); the filter's own choices do not. */
  readonly followsFilters?: boolean;
  /** Whether the data is on screen (a chart once its SVG is in); default: once rendered. */
  readonly drawn?: () => boolean;
}

const caches = new WeakMap<Engine, WeakMap<Element, QueryCache>>();

/** The scope's query cache for an engine: one per scope element and engine. */
function cacheFor(engine: Engine, scope: Element): QueryCache {
  let byScope = caches.get(engine);
  if (!byScope) caches.set(engine, (byScope = new WeakMap()));
  let cache = byScope.get(scope);
  if (!cache) byScope.set(scope, (cache = new QueryCache(engine)));
  return cache;
}

/**
 * The one data controller every element uses (charts, the table, the filter). It follows
 * the filters chosen in the element's scope (the nearest ancestor with `slt-scope`, or the
 * page), checks the shared attributes, runs the element's queries through the scope's
 * cache (each distinct query once, each schema once, `k` always applied, internal-tier
 * data refused unless the page opts in), keeps only the latest load's result (a load
 * superseded by a later filter change is never painted), ends every load within
 * LOAD_DEADLINE_MS, reflects the state as the host's `state` attribute and fires
 * `slt-ready` when the host has settled.
 */
export class DataController<Data> implements ReactiveController {
  /** The filters chosen in the host's scope (see filters/filter-scope.ts). */
  filters: FilterState = new Map();
  readonly task: Task<readonly unknown[], Data>;
  readonly #host: Host;
  readonly #options: DataControllerOptions<Data>;
  #stopListening: (() => void) | undefined;
  #scope: Element | undefined;
  /** The state last announced, so `slt-ready` fires once per settled load. */
  #announced: ElementState | undefined;

  constructor(host: Host, options: DataControllerOptions<Data>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.task = new Task(host, {
      args: () => [...options.args(), options.followsFilters === false ? undefined : this.filters, options.engine(), options.k(), options.allowInternal()],
      task: async (): Promise<Data> => {
        this.#announced = undefined;
        try {
          options.validate?.();
          checkK(options.k());
          return await this.#withDeadline(options.load());
        } catch (error) {
          console.error(options.describe(), error);
          throw error;
        }
      },
    });
  }

  hostConnected(): void {
    const scope = FilterScope.of(this.#host);
    this.#scope = scope.element;
    this.filters = scope.filters;
    this.#stopListening = scope.subscribe((filters) => {
      this.filters = filters;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopListening?.();
  }

  hostUpdated(): void {
    const state = this.state;
    // `ready` means on screen (widgets README): data in but not yet drawn is still `loading`,
    // so a dashboard or a print service reading the attribute never takes an empty box for a chart.
    const drawing = state === 'ready' && this.#options.drawn !== undefined && !this.#options.drawn();
    const shown = drawing ? 'loading' : state;
    if (this.#host.getAttribute('state') !== shown) this.#host.setAttribute('state', shown);
    if (state === 'loading' || drawing || state === this.#announced) return;
    this.#announced = state;
    this.#host.dispatchEvent(new CustomEvent<ReadyEventDetail>(READY_EVENT, { detail: { state }, bubbles: true, composed: true }));
  }

  /** The data loaded last, if the latest load completed. */
  get value(): Data | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Loading for the first time or again. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  get state(): ElementState {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.#options.isEmpty(this.task.value!) ? 'empty' : 'ready';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /** Loads again (after a fault): failures are never kept, so the queries run again. */
  retry(): void {
    void this.task.run();
  }

  /** Call when the host has drawn (a chart's SVG is in): announces `ready` if it was waiting for it. */
  drawn(): void {
    this.hostUpdated();
  }

  /** The scope's cache for the element's engine. */
  get #cache(): QueryCache {
    return cacheFor(this.#options.engine(), this.#scope ?? FilterScope.of(this.#host).element);
  }

  /**
   * A dataset's schema and metadata, looked up once per scope. Internal-tier data
   * (`slt.tier = internal`) is refused unless the element has `allow-internal`.
   */
  async schema(src: string): Promise<ParquetInfo> {
    const info = await this.#cache.schema(src);
    if (info.metadata['slt.tier'] === 'internal' && !this.#options.allowInternal()) {
      throw new WidgetError('internal-data', `${src} is internal-tier data (slt.tier = internal); add allow-internal to the element on a page behind a login`);
    }
    return info;
  }

  /**
   * Runs a query of the engine's model (`engine.query`: a selection, distinct values, a
   * grouped query with aggregates and measures) over `src`, with the element's `k` always
   * applied, once per scope (see QueryCache).
   */
  async select(src: string, query: DatasetQuery): Promise<QueryResult> {
    await this.schema(src); // refuses internal data before any of it is queried
    this.#fileAnswered = true;
    return this.#cache.select(src, query, disclosureOf(this.#options.k()));
  }

  #fileAnswered = false;

  /** The load, or a timeout error after LOAD_DEADLINE_MS: which one says whether the file had answered. */
  #withDeadline(load: Promise<Data>): Promise<Data> {
    this.#fileAnswered = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          this.#fileAnswered
            ? new WidgetError('engine-timeout', `no answer from the engine within ${LOAD_DEADLINE_MS} ms`)
            : new WidgetError('file-timeout', `the data file did not answer within ${LOAD_DEADLINE_MS} ms`),
        );
      }, LOAD_DEADLINE_MS);
    });
    return Promise.race([load, deadline]).finally(() => clearTimeout(timer));
  }
}
