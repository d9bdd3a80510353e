import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatNumber, toLanguage, type Language } from '../../packages/engine/src/index.ts';
import { DATA_MESSAGES } from './data.messages.ts';
import { datasetFacts, tableName, type DatasetFacts } from './public-files.ts';

/** A text from the file's metadata in the reader's language (`slt.title.nn`), else the plain key. */
export function metadataText(metadata: Readonly<Record<string, string>>, key: string, language: Language): string {
  return metadata[`${key}.${language}`] ?? metadata[key] ?? '';
}

/**
 * One public dataset for an analyst: title, source, update, description, columns and
 * types, rows, k and hidden cells, all read from the file (its Parquet footer and its
 * status column) when the page opens. Storybook's "Data" section shows one per file.
 */
@customElement('slt-dataset-page')
export class SltDatasetPage extends LitElement {
  static override styles = css`
    :host { display: block; font-family: system-ui, sans-serif; line-height: 1.45; color: inherit; max-width: 60rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    table { border-collapse: collapse; }
    th, td { text-align: start; padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid currentColor; }
    code { font-size: 0.95em; }
    caption { text-align: start; font-weight: 600; padding: 0.5rem 0; }
    [role='alert'] { color: #a4001d; font-weight: 600; }
  `;

  /** The file name in data/ (`case_monthly.parquet`). */
  @property() file = '';

  @state() private facts: DatasetFacts | undefined;
  @state() private failure: unknown;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('file')) return;
    const file = this.file;
    this.facts = undefined;
    this.failure = undefined;
    datasetFacts(file).then(
      (facts) => { if (this.file === file) this.facts = facts; },
      (error: unknown) => { if (this.file === file) this.failure = error ?? 'error'; },
    );
  }

  override render() {
    const language = toLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang'));
    const m = DATA_MESSAGES[language];
    if (this.failure !== undefined) return html`<p role="alert">${m.failed} ${this.file}: ${String(this.failure)}</p>`;
    if (!this.facts) return html`<p aria-busy="true">${m.loading}</p>`;
    return this.#renderFacts(this.facts, language);
  }

  #renderFacts(facts: DatasetFacts, language: Language) {
    const m = DATA_MESSAGES[language];
    const meta = facts.info.metadata;
    const dimensions = new Set((meta['slt.dimensions'] ?? '').split(',').map((name) => name.trim()));
    const rates = new Set((meta['slt.rate_columns'] ?? '').split(',').map((entry) => entry.split('=')[0]?.trim()));
    const role = (name: string) =>
      facts.countColumns.includes(name) ? m.roleCount : dimensions.has(name) ? m.roleDimension : rates.has(name) ? m.roleRate : '';
    return html`<article aria-busy="false">
      <h1>${metadataText(meta, 'slt.title', language) || facts.file}</h1>
      <p>${metadataText(meta, 'slt.description', language)}</p>
      <dl>
        <dt>${m.source}</dt><dd>${metadataText(meta, 'slt.source', language)}</dd>
        <dt>${m.updated}</dt><dd>${meta['slt.updated'] ?? ''}</dd>
        <dt>${m.tier}</dt><dd>${meta['slt.tier'] ?? ''}</dd>
        <dt>${m.synthetic}</dt><dd>${meta['slt.synthetic'] === 'true' ? m.yes : m.no}</dd>
        <dt>${m.rows}</dt><dd data-fact="rows">${formatNumber(facts.info.rowCount, language)}</dd>
        <dt>${m.k}</dt><dd data-fact="k">${meta['slt.k'] ?? '–'}</dd>
        <dt>${m.hiddenCells}</dt><dd data-fact="hidden">${formatNumber(facts.hiddenCells, language)}</dd>
        <dt>SQL</dt><dd><code>SELECT * FROM ${tableName(facts.file)}</code></dd>
      </dl>
      <table>
        <caption>${m.columns}</caption>
        <thead><tr><th scope="col">${m.column}</th><th scope="col">${m.type}</th><th scope="col">${m.role}</th></tr></thead>
        <tbody>
          ${facts.info.columns.map((column) => html`<tr><th scope="row"><code>${column.name}</code></th><td>${column.type}</td><td>${role(column.name)}</td></tr>`)}
        </tbody>
      </table>
    </article>`;
  }
}
