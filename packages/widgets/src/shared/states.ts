import type { Task } from '@lit/task';
import type { Language } from '@slt/engine';
import { html, type TemplateResult } from 'lit';
import { errorMessage } from '../i18n/error-message.ts';
import { MESSAGES } from '../i18n/messages.ts';

/** How an element shows each state of its data; `renderStates` picks the one in force. */
export interface StateViews<Data> {
  /** The placeholder while the first data (or, with `keepStale: false`, any data) loads. */
  loading(): unknown;
  /** The data; `stale` while new data loads after a change (shown dimmed). */
  complete(data: Data, stale: boolean): unknown;
  isEmpty(data: Data): boolean;
  /** Places a state message (the empty state, an error) where the content would be. */
  message(content: TemplateResult): unknown;
  /** The empty state's words, when not the common "no data for this selection". */
  readonly emptyText?: string;
  /** Keep the previous data on screen, dimmed, while new data loads (default). */
  readonly keepStale?: boolean;
}

/** Loading, empty, error, stale or complete: the same states and words in every element. */
export function renderStates<Data>(task: Task<readonly unknown[], Data>, language: Language, views: StateViews<Data>): unknown {
  const messages = MESSAGES[language];
  return task.render({
    initial: () => views.loading(),
    // While new data loads (a linked filter changed), the previous data stays, dimmed.
    pending: () => {
      const previous = task.value;
      return views.keepStale !== false && previous !== undefined && !views.isEmpty(previous) ? views.complete(previous, true) : views.loading();
    },
    error: (error) => views.message(stateMessage(errorMessage(error, language), 'alert')),
    complete: (data) => (views.isEmpty(data) ? views.message(stateMessage(views.emptyText ?? messages.empty, 'status')) : views.complete(data, false)),
  });
}

/** A state message: `status` for the empty state and loading, `alert` for an error. */
export function stateMessage(text: string, role: 'status' | 'alert'): TemplateResult {
  return html`<p class="message ${role === 'alert' ? 'error' : ''}" part="message" role=${role}>${text}</p>`;
}
