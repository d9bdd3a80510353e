import { Task, TaskStatus } from '@lit/task';
import type { ColumnInfo, Filter } from '@slt/engine';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FilterScope } from '../filters/filter-scope.ts';
import type { FilterState } from '../filters/filter-state.ts';

type Host = ReactiveControllerHost & HTMLElement;

export interface LinkedDataOptions<Data> {
  /** What the data depends on: a change reloads it (include `filters` to follow the scope). */
  readonly args: () => readonly unknown[];
  readonly load: () => Promise<Data>;
  /** The element as a developer finds it in the console (`<slt-table src="…">`). */
  readonly describe: () => string;
}

/**
 * The data an element loads and the filters chosen in its scope (the nearest ancestor with
 * `slt-scope`, or the page): the element re-renders when either changes. A load that fails
 * is logged with its cause for the developer; the reader gets the message `renderStates` shows.
 */
export class LinkedData<Data> implements ReactiveController {
  /** The filters chosen in the host's scope (see filters/filter-scope.ts). */
  filters: FilterState = new Map();
  readonly task: Task<readonly unknown[], Data>;
  readonly #host: Host;
  #stopListening: (() => void) | undefined;

  constructor(host: Host, options: LinkedDataOptions<Data>) {
    this.#host = host;
    host.addController(this);
    this.task = new Task(host, {
      args: options.args,
      task: async (): Promise<Data> => {
        try {
          return await options.load();
        } catch (error) {
          console.error(options.describe(), error);
          throw error;
        }
      },
    });
  }

  hostConnected(): void {
    const scope = FilterScope.of(this.#host);
    this.filters = scope.filters;
    this.#stopListening = scope.subscribe((filters) => {
      this.filters = filters;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopListening?.();
  }

  /** The data loaded last, if the latest load completed. */
  get value(): Data | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Loading for the first time or again. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }
}

/**
 * The linked filters that apply to a dataset: columns it has that the element's own
 * filters do not already fix. A district chosen on a map filters a sibling's `area`
 * column, and is ignored by a sibling whose data has no such column.
 */
export function linkedFilters(filters: FilterState, columns: readonly Pick<ColumnInfo, 'name'>[], own: readonly Filter[]): Filter[] {
  return [...filters]
    .filter(([column]) => !own.some((filter) => filter.column === column) && columns.some((info) => info.name === column))
    .map(([column, values]) => ({ column, values }));
}
