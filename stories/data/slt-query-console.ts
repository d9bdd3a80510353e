import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  formatNumber,
  isEngineError,
  parseFilters,
  sharedEngine,
  toLanguage,
  type Engine,
  type Language,
  type Query,
} from '../../packages/engine/src/index.ts';
import { consoleK, protectConsoleRows, type ConsoleCell, type ConsoleResult, type ConsoleRow } from './console-disclosure.ts';
import { arrowToRows } from './console-rows.ts';
import { elementSnippet, type ModelQuery } from './console-snippet.ts';
import { DATA_MESSAGES, type DataMessages } from './data.messages.ts';
import { consoleDatabase, PUBLIC_FILES, tableName, urlOf } from './public-files.ts';

export const DEFAULT_MODEL_JSON = JSON.stringify(
  {
    from: 'case_zones.parquet',
    filters: [{ column: 'district_group', values: ['all'] }, { column: 'zone', values: ['all', 'green'] }],
    groupBy: ['zone'],
    aggregates: [{ fn: 'max', column: 'persons', as: 'most_in_a_year' }, { fn: 'count', as: 'years' }],
    orderBy: ['zone'],
  },
  null,
  2,
);

/** The opening query: a published yearly file (the monthly files are withheld in this release: all ':'). */
export const DEFAULT_SQL = `SELECT period, zone, persons\nFROM case_zones\nWHERE period = '2025' AND district_group = 'all'\nORDER BY zone`;

/**
 * The analysts' query console over the public files, run by DuckDB-WASM in the page:
 * free SQL (each file is a table named after it) or the query model (file, columns,
 * filter: what the widgets ask the engine). Results as a table and a bar chart, after a
 * disclosure step; the query model also gives the element that shows the same figures.
 * Errors (syntax, unknown column) are shown in the console.
 */
@customElement('slt-query-console')
export class SltQueryConsole extends LitElement {
  static override styles = css`
    :host { display: block; font-family: system-ui, sans-serif; line-height: 1.45; max-width: 64rem; }
    textarea, input, select { font: inherit; font-family: ui-monospace, monospace; padding: 0.3rem; border: 1px solid #767676; border-radius: 3px; background: inherit; color: inherit; }
    textarea { width: 100%; box-sizing: border-box; min-height: 7rem; }
    input { width: 100%; box-sizing: border-box; }
    label { display: block; font-weight: 600; margin-top: 0.5rem; }
    button { font: inherit; padding: 0.3rem 0.9rem; margin-top: 0.5rem; cursor: pointer; }
    :focus-visible { outline: 3px solid #005fcc; outline-offset: 2px; }
    fieldset { border: 0; padding: 0; margin: 0 0 0.5rem; display: flex; gap: 1rem; }
    legend { font-weight: 600; }
    [role='alert'] { color: #a4001d; border-left: 4px solid #a4001d; padding: 0.3rem 0.6rem; white-space: pre-wrap; }
    .scroll { overflow-x: auto; max-height: 24rem; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { padding: 0.15rem 0.75rem 0.15rem 0; border-bottom: 1px solid #bbb; text-align: start; }
    td.number { text-align: end; }
    pre { background: rgba(127, 127, 127, 0.12); padding: 0.5rem; overflow-x: auto; white-space: pre-wrap; }
    svg text { fill: currentColor; font-size: 12px; }
    .bar { fill: #0072b2; }
  `;

  /** The SQL the console opens with. */
  @property() sql = DEFAULT_SQL;
  /** `sql`, `model` (file, columns, filter) or `json` (the engine's query model as JSON). */
  @property() mode: 'sql' | 'model' | 'json' = 'sql';
  /** The query model as JSON: `from` is a public file name; group by, aggregates, measures. */
  @property({ attribute: 'model-json' }) modelJson = DEFAULT_MODEL_JSON;
  /** The query model's file, columns (comma-separated) and filter. */
  @property({ attribute: 'model-file' }) modelFile = 'case_zones.parquet';
  @property({ attribute: 'model-columns' }) modelColumns = 'period,zone,persons';
  @property({ attribute: 'model-filter' }) modelFilter = 'period=2025&district_group=all';

  engine: Engine = sharedEngine();

  @state() private result: ConsoleResult | undefined;
  @state() private error = '';
  @state() private running = false;
  @state() private snippet = '';
  @state() private copied = false;

  get language(): Language {
    return toLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** Runs the current query (the Run button, Ctrl+Enter, or a test). */
  async run(): Promise<void> {
    this.running = true;
    this.error = '';
    this.copied = false;
    try {
      if (this.mode === 'sql') {
        this.result = await this.#runSql(this.sql);
        this.snippet = '';
      } else if (this.mode === 'json') {
        const { result, snippet } = await this.#runJson(this.modelJson);
        this.result = result;
        this.snippet = snippet;
      } else {
        const query: ModelQuery = {
          file: this.modelFile,
          columns: this.modelColumns.split(',').map((name) => name.trim()).filter(Boolean),
          filter: this.modelFilter,
        };
        this.result = await this.#runModel(query);
        this.snippet = elementSnippet(query);
      }
    } catch (error) {
      this.result = undefined;
      this.snippet = '';
      this.error = messageOf(error);
    } finally {
      this.running = false;
    }
  }

  async #runSql(sql: string): Promise<ConsoleResult> {
    if (sql.trim() === '') throw new Error('SQL: empty query');
    const db = await consoleDatabase(this.engine);
    const metadata = await Promise.all(PUBLIC_FILES.map(async (file) => (await this.engine.schema(urlOf(file))).metadata));
    const conn = await db.connect();
    try {
      const { columns, rows, numeric } = arrowToRows(await conn.query(sql));
      return protectConsoleRows(columns, rows, consoleK(metadata), numeric);
    } finally {
      await conn.close();
    }
  }

  /** The query model goes through the engine's select(): its own disclosure step. */
  async #runModel(query: ModelQuery): Promise<ConsoleResult> {
    const result = await this.engine.select(urlOf(query.file), {
      columns: query.columns,
      filters: parseFilters(query.filter),
    });
    const columns = query.columns.length > 0 ? query.columns : Object.keys(result.rows[0] ?? {});
    const rows = result.rows.map((row) => Object.fromEntries(columns.map((c) => [c, (row[c] ?? null) as ConsoleCell])) as ConsoleRow);
    const hidden = result.suppressed.map((set) => new Set(set));
    const hiddenCount = hidden.reduce((sum, set) => sum + set.size, 0);
    return { columns, rows, hidden, k: result.k ?? 5, hiddenCount };
  }

  /**
   * The engine's query model (group by, aggregates, measures) through engine.query(), with
   * its disclosure step (an aggregate over a hidden cell is hidden). Only public files.
   */
  async #runJson(text: string): Promise<{ result: ConsoleResult; snippet: string }> {
    let model: Query;
    try {
      model = JSON.parse(text) as Query;
    } catch (error) {
      throw new Error(`JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof model !== 'object' || model === null || !PUBLIC_FILES.includes(String(model.from))) {
      throw new Error(`"from": one of ${PUBLIC_FILES.join(', ')}`);
    }
    const result = await this.engine.query({ ...model, from: urlOf(model.from) });
    const columns = Object.keys(result.rows[0] ?? {});
    const rows = result.rows.map((row) => Object.fromEntries(columns.map((c) => [c, (row[c] ?? null) as ConsoleCell])) as ConsoleRow);
    const hidden = result.suppressed.map((set) => new Set(set));
    const hiddenCount = hidden.reduce((sum, set) => sum + set.size, 0);
    // A plain selection with equality filters is what <slt-table> shows; nothing else yet.
    const plain = !model.groupBy?.length && !model.aggregates?.length && !model.measures?.length && !model.distinct && !model.limit;
    const filters = model.filters ?? [];
    const equality = filters.every((f) => 'values' in f);
    const snippet =
      plain && equality
        ? elementSnippet({
            file: model.from,
            columns: [...(model.columns ?? [])],
            filter: filters.flatMap((f) => ('values' in f ? f.values.map((v) => `${encodeURIComponent(f.column)}=${encodeURIComponent(String(v))}`) : [])).join('&'),
          })
        : '';
    return { result: { columns, rows, hidden, k: result.k ?? 5, hiddenCount }, snippet };
  }

  override render() {
    const m = DATA_MESSAGES[this.language];
    return html`<section aria-labelledby="console-title">
      <h1 id="console-title">${m.consoleTitle}</h1>
      <fieldset>
        <legend>${m.mode}</legend>
        ${(['sql', 'model', 'json'] as const).map(
          (mode) => html`<label style="font-weight:400;margin:0"><input type="radio" name="mode" style="width:auto" .checked=${this.mode === mode}
            @change=${() => (this.mode = mode)} /> ${mode === 'sql' ? m.modeSql : mode === 'model' ? m.modeModel : m.modeJson}</label>`,
        )}
      </fieldset>
      ${this.mode === 'sql' ? this.#renderSqlForm(m) : this.mode === 'model' ? this.#renderModelForm(m) : this.#renderJsonForm(m)}
      <button type="button" @click=${() => void this.run()} ?disabled=${this.running}>${m.run}</button>
      <div aria-live="polite" aria-busy=${this.running ? 'true' : 'false'} class="output">
        ${this.error ? html`<p role="alert"><strong>${m.error}:</strong> ${this.error}</p>` : nothing}
        ${this.result ? this.#renderResult(this.result, m) : nothing}
      </div>
    </section>`;
  }

  #renderSqlForm(m: DataMessages) {
    return html`<label for="sql">${m.sql}</label>
      <textarea id="sql" spellcheck="false" aria-describedby="sql-hint" .value=${this.sql}
        @input=${(event: Event) => (this.sql = (event.target as HTMLTextAreaElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void this.run();
          }
        }}></textarea>
      <p id="sql-hint">${m.runHint} ${m.tables}: ${PUBLIC_FILES.map((file, i) => html`${i > 0 ? ', ' : ''}<code>${tableName(file)}</code>`)}</p>`;
  }

  #renderJsonForm(m: DataMessages) {
    return html`<label for="json">${m.modeJson}</label>
      <textarea id="json" spellcheck="false" style="min-height:12rem" .value=${this.modelJson}
        @input=${(event: Event) => (this.modelJson = (event.target as HTMLTextAreaElement).value)}></textarea>`;
  }

  #renderModelForm(m: DataMessages) {
    return html`<label for="file">${m.dataset}</label>
      <select id="file" .value=${this.modelFile} @change=${(event: Event) => (this.modelFile = (event.target as HTMLSelectElement).value)}>
        ${PUBLIC_FILES.map((file) => html`<option value=${file} ?selected=${file === this.modelFile}>${file}</option>`)}
      </select>
      <label for="columns">${m.shownColumns}</label>
      <input id="columns" .value=${this.modelColumns} @input=${(event: Event) => (this.modelColumns = (event.target as HTMLInputElement).value)} />
      <label for="filter">${m.filter}</label>
      <input id="filter" .value=${this.modelFilter} @input=${(event: Event) => (this.modelFilter = (event.target as HTMLInputElement).value)} />`;
  }

  #renderResult(result: ConsoleResult, m: DataMessages) {
    const language = this.language;
    const cell = (row: number, column: string, value: ConsoleCell) => {
      if (result.hidden[row]?.has(column)) return html`<td class="number hidden" title=${m.hiddenNote(1, result.k)}>:</td>`;
      if (typeof value === 'number') {
        const text = /year$/.test(column) ? String(value) : formatNumber(value, language);
        return html`<td class="number">${text}</td>`;
      }
      return html`<td>${value === null ? '..' : String(value)}</td>`;
    };
    return html`<h2>${m.result(result.rows.length)}</h2>
      ${result.hiddenCount > 0 ? html`<p class="note">${m.hiddenNote(result.hiddenCount, result.k)} ${this.mode === 'sql' ? m.monthNote : ''}</p>` : nothing}
      ${result.rows.length === 0
        ? html`<p>${m.noRows}</p>`
        : html`<div class="scroll" tabindex="0" role="region" aria-label=${m.result(result.rows.length)}>
            <table>
              <thead><tr>${result.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
              <tbody>${result.rows.map((row, index) => html`<tr>${result.columns.map((column) => cell(index, column, row[column] ?? null))}</tr>`)}</tbody>
            </table>
          </div>
          <h2>${m.chart}</h2>
          ${this.#renderChart(result, m)}`}
      <h2>${m.snippet}</h2>
      ${this.snippet
        ? html`<pre><code>${this.snippet}</code></pre>
            <button type="button" @click=${() => this.#copy()}>${this.copied ? m.copied : m.copy}</button>`
        : html`<p>${this.mode === 'json' ? m.snippetJson : m.snippetSql}</p>`}`;
  }

  /** A bar chart of the first number column against the first other column; hidden bars are ':'. */
  #renderChart(result: ConsoleResult, m: DataMessages) {
    const plan = chartPlan(result);
    if (!plan) return html`<p>${m.noChart}</p>`;
    const { label, value, bars } = plan;
    const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
    const rowHeight = 20;
    const width = 560;
    const left = 150;
    const height = bars.length * rowHeight + 4;
    return html`<figure style="margin:0">
      <svg role="img" aria-label=${m.chartAlt(label, value, bars.length)} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        ${bars.map((bar, index) => {
          const y = index * rowHeight + 2;
          const barWidth = bar.value === null ? 0 : ((width - left - 60) * Math.max(0, bar.value)) / max;
          return svg`<text x=${left - 6} y=${y + 14} text-anchor="end">${bar.label.slice(0, 22)}</text>
            <rect class="bar" x=${left} y=${y + 2} width=${barWidth} height=${rowHeight - 6}></rect>
            <text x=${left + barWidth + 4} y=${y + 14}>${bar.value === null ? ':' : formatNumber(bar.value, this.language)}</text>`;
        })}
      </svg>
    </figure>`;
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
    } catch {
      // No clipboard permission (a test browser, an iframe): the code is on screen to select.
    }
    this.copied = true;
  }
}

/** Which columns a chart shows: a label (first non-number column) and a value (first number column). */
export function chartPlan(result: ConsoleResult): { label: string; value: string; bars: { label: string; value: number | null }[] } | undefined {
  const isNumberColumn = (column: string) =>
    result.rows.some((row) => typeof row[column] === 'number') && result.rows.every((row) => row[column] === null || typeof row[column] === 'number');
  const value = result.columns.find((column) => isNumberColumn(column) && !/^(year|month|quarter)$/.test(column));
  const labels = result.columns.filter((column) => !isNumberColumn(column));
  if (!value || labels.length === 0 || result.rows.length > 200) return undefined;
  const bars = result.rows.map((row, index) => ({
    label: labels.map((column) => String(row[column] ?? '')).join(' · '),
    value: result.hidden[index]?.has(value) ? null : ((row[value] as number | null) ?? null),
  }));
  return { label: labels.join(', '), value, bars };
}

function messageOf(error: unknown): string {
  if (isEngineError(error)) return error.message;
  if (error instanceof Error) return error.message.replace(/^Error: /, '');
  return String(error);
}
