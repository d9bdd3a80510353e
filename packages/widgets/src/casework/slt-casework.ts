import { sharedEngine, type Engine, type Language } from '@slt/engine';
import { css, html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { DASHBOARD_MESSAGES } from '../dashboards/dashboard.messages.ts';
import { languageOf } from '../i18n/language.ts';
import { LanguageController } from '../i18n/language-controller.ts';
import { downloadBlob } from '../shared/download.ts';
import { hostStyles } from '../shared/host.styles.ts';
import { ZONE_COLOURS } from '../zones/zone-style.ts';
import { barsLayout, movesLayout } from './casework-bars.ts';
import { cubeAnswers, monthlyFromCube } from './casework-cube.ts';
import { agendaFromIndex } from './casework-index.ts';
import { concernsFromIndex, measuresFromIndex, type ConcernRow, type MeasureRow } from './casework-tallies.ts';
import { CaseworkEmpty, CaseworkRefusal, openCasework, timed, type CaseworkSource } from './casework-data.ts';
import { monthIndex, monthOf } from './casework-months.ts';
import { formatCount as formatNumber, monthName } from './casework-format.ts';
import { reportSentences } from './casework-report.ts';
import { agendaCases, caseload, exportCsv, exportFigures, type AgendaCase, type AgendaSortKey, type MonthFigures } from './casework-shape.ts';
import { monthlyFromIndex } from './casework-monthly.ts';
import type { PathEvent } from './casework-path.ts';
import { ZONE_ORDER, type CaseworkFilters } from './casework-sql.ts';
import { defaultState, readState, writeState, type CaseworkState } from './casework-state.ts';
import { CASEWORK_MESSAGES, type CaseworkMessages } from './casework.messages.ts';
import { ColorSchemeController } from '../shared/color-scheme.ts';
import { RemovableAttributes } from '../shared/removable-attributes.ts';

/** The agenda's first cases in the reader's order, and how many are due in all. */
interface Agenda {
  cases: AgendaCase[];
  due: number;
}
interface Views {
  filters: CaseworkFilters;
  monthly: MonthFigures[];
  agenda: Agenda;
  measures: MeasureRow[];
  concerns: ConcernRow[];
  path: PathEvent[];
}
type ViewName = Exclude<keyof Views, 'filters'>;


const FILTER_KEYS = ['month', 'area', 'age', 'sex', 'measure', 'agency'] as const;
const AGENDA_PAGE = 100;
type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The case-level dashboard for the 4-party meeting (police, SLT, the ambulant youth team,
 * child welfare), over the **internal tier** (`data/internal/case_events.parquet`):
 * pseudonymised records, for pages behind the municipality's login only. Everything is
 * worked out on the coordinator's machine: the page builds each young person's history from
 * the decoded file and works every view out from it (no view waits for DuckDB-WASM to start;
 * the SQL in casework-sql.ts defines the figures, and the tests hold the page to it). Views: caseload by zone and its changes, the
 * agenda for the next meeting (sortable; a pseudonym opens its path on the ladder),
 * movements up and down the ladder, measures and their durations, concerns by type and
 * agency, and the monthly report (sentences, print, CSV export of suppressed aggregates).
 * Filters: month, area, age band, sex, measure, agency; kept in the page URL (`cw-*`).
 *
 * It shows an "internal: confidential" banner, and refuses a file whose metadata does not
 * say `slt.tier = internal`.
 *
 * @attr src - URL of the internal events file.
 * @attr k - Threshold for the exported aggregate figures (at least the file's `slt.k`).
 * @attr no-url - Do not read or write the state in the page URL.
 * @attr lang - nb, nn, da or en (else the nearest `lang`).
 */
@customElement('slt-casework')
export class SltCasework extends RemovableAttributes(LitElement) {
  /** Light or dark as the page around it is (shared/color-scheme.ts). */
  protected readonly colorScheme = new ColorSchemeController(this);
  static override styles = [
    hostStyles,
    css`
      .root { all: initial; display: block; font-family: var(--slt-font-family, system-ui, sans-serif); font-size: var(--slt-font-size, medium); line-height: 1.45; color: var(--_text); background: var(--_background); padding: 0.5em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      .banner { background: #8b0000; color: #fff; font-weight: 700; padding: 0.6em 0.9em; margin: 0 0 1em; border: 3px solid #000; letter-spacing: 0.02em; }
      .banner strong { font-size: 1.25em; display: block; }
      h2 { font-size: 1.4em; margin: 0 0 0.5em; }
      h3 { font-size: 1.15em; margin: 1.5em 0 0.4em; }
      form { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: end; margin: 0 0 1em; }
      label { display: flex; flex-direction: column; font-size: 0.9em; font-weight: 600; }
      select, button { font: inherit; color: inherit; background: var(--_background); border: 1px solid var(--_border); border-radius: 3px; padding: 0.2em 0.4em; }
      button { cursor: pointer; }
      :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
      table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 0.3em 0; }
      th, td { text-align: start; padding: 0.2em 0.8em 0.2em 0; border-bottom: 1px solid var(--_border); vertical-align: top; }
      td.n, th.n { text-align: end; }
      th button { border: 0; padding: 0; font-weight: 700; background: none; text-decoration: underline; }
      .scroll { overflow-x: auto; max-height: 30em; }
      .note { color: var(--_muted); font-size: 0.9em; margin: 0.2em 0; }
      tbody th, td:has(.swatch) { white-space: nowrap; }
      .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid var(--_text); margin-inline-end: 0.35em; vertical-align: -0.1em; }
      [role='alert'] { color: var(--_error); font-weight: 600; }
      .busy { opacity: 0.6; }
      .report p { margin: 0.3em 0; }
      svg text { fill: var(--_text); font-size: 11px; }
      /* The series colours of every chart (series-style.ts), at least 3:1 on either background. */
      svg.chart rect { fill: var(--slt-series-1, #0072b2); }
      svg.chart rect.down { fill: var(--slt-series-2, #d55e00); }
      :host([data-slt-scheme='dark']) svg.chart rect { fill: var(--slt-series-1, #56b4e9); }
      :host([data-slt-scheme='dark']) svg.chart rect.down { fill: var(--slt-series-2, #e69f00); }
      svg.chart { display: block; margin: 0.4em 0; }
      @media print {
        form, button:not(.pseudonym), .no-print { display: none !important; }
        .banner { border: 3px solid #000; }
      }
    `,
  ];

  @property() src = '';
  @property({ type: Number }) k: number | undefined = undefined;
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  engine: Engine = sharedEngine();

  @state() private source: CaseworkSource | undefined;
  @state() private failure: { kind: 'refused-public' | 'refused-no-tier' | 'empty' | 'failed'; detail: string } | undefined;
  @state() private state: CaseworkState | undefined;
  @state() private views: Views | undefined;
  @state() private loading = true;
  /** The agenda shows this many rows until the reader asks for all (a big register has thousands). */
  @state() private agendaLimit = AGENDA_PAGE;

  #request = 0;
  /** The query behind each view shown, so that a view whose query is unchanged is not run again. */
  #queries: Partial<Record<ViewName, string>> = {};

  constructor() {
    super();
    new LanguageController(this);
  }

  get language(): Language {
    return languageOf(this);
  }

  /** Resolves when the views for the current state are drawn (tests, benchmarks). */
  get settled(): Promise<void> {
    return this.#settled;
  }
  #settled: Promise<void> = Promise.resolve();
  #resolveSettled: (() => void) | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.#open();
    else if ((changed.has('state' as keyof SltCasework) || changed.has('agendaLimit' as keyof SltCasework)) && this.state && this.source) void this.#compute();
  }

  #pending(): void {
    if (!this.#resolveSettled) this.#settled = new Promise((resolve) => (this.#resolveSettled = resolve));
  }
  #done(): void {
    this.#resolveSettled?.();
    this.#resolveSettled = undefined;
  }

  async #open(): Promise<void> {
    const request = ++this.#request;
    this.#pending();
    this.loading = true;
    this.source = undefined;
    this.views = undefined;
    this.#queries = {};
    this.failure = undefined;
    try {
      const source = await openCasework(this.engine, this.src);
      if (request !== this.#request) return;
      const latest = source.options.months[source.options.months.length - 1] ?? '2025-12';
      const allowed: Record<FilterKey, readonly string[]> = {
        month: source.options.months,
        area: source.options.areas.map((a) => a.split('=')[0]!),
        age: source.options.ages,
        sex: source.options.sexes,
        measure: source.options.measures,
        agency: source.options.agencies,
      };
      this.source = source;
      this.state = this.noUrl ? defaultState(latest) : readState(location.search, latest, allowed);
    } catch (error) {
      if (request !== this.#request) return;
      this.failure =
        error instanceof CaseworkRefusal
          ? { kind: error.reason === 'public' ? 'refused-public' : 'refused-no-tier', detail: this.src }
          : error instanceof CaseworkEmpty
            ? { kind: 'empty', detail: this.src }
            : { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
      this.loading = false;
      this.#done();
    }
  }

  async #compute(): Promise<void> {
    const source = this.source!;
    const state = this.state!;
    const request = ++this.#request;
    this.#pending();
    this.loading = true;
    try {
      const { filters } = state;
      const previous = this.views;
      const agendaLimit = this.agendaLimit === Infinity ? undefined : this.agendaLimit;
      // What each view is computed from: the same key, the same rows.
      const filtersKey = JSON.stringify(filters);
      const keys: Record<ViewName, string> = {
        monthly: filtersKey,
        agenda: JSON.stringify([filters, state.sort, agendaLimit ?? null]),
        measures: filtersKey,
        concerns: filtersKey,
        path: JSON.stringify([filters.month, state.openCase]),
      };
      // A view whose inputs are the ones already shown keeps its rows (a new order of the
      // agenda works the agenda out only). Every view is worked out in the page, from the
      // index built at open.
      const get = async <T,>(name: ViewName, fresh: () => T): Promise<T> =>
        previous && this.#queries[name] === keys[name] ? (previous[name] as T) : timed(name, async () => fresh());
      const views: Views = {
        filters,
        // On month, district group, age band and sex alone, the page adds up the count
        // table; under a measure or agency filter it counts those people's rows.
        monthly: await get('monthly', () => (cubeAnswers(filters) ? monthlyFromCube(source.cube, filters) : monthlyFromIndex(source.index, filters))),
        agenda: await get('agenda', () => {
          const { rows, due } = agendaFromIndex(source.index, filters, state.sort, agendaLimit);
          return { cases: agendaCases(rows, filters.month), due };
        }),
        measures: await get('measures', () => measuresFromIndex(source.index, filters)),
        concerns: await get('concerns', () => concernsFromIndex(source.index, filters)),
        path: await get('path', () => (state.openCase ? source.path(state.openCase, monthOf(monthIndex(filters.month))) : [])),
      };
      if (request !== this.#request) return;
      this.views = views;
      this.#queries = keys;
      this.failure = undefined;
    } catch (error) {
      if (request !== this.#request) return;
      this.failure = { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    this.loading = false;
    await timed('draw', () => this.updateComplete);
    this.#done();
  }

  #setState(next: CaseworkState): void {
    this.state = next;
    if (!this.noUrl && this.source) {
      const months = this.source.options.months;
      const search = writeState(location.search, next, months[months.length - 1] ?? '');
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  }

  #setFilter(key: FilterKey, value: string): void {
    if (!this.state) return;
    this.#setState({ ...this.state, filters: { ...this.state.filters, [key]: value } });
  }

  override render() {
    const language = this.language;
    const m = CASEWORK_MESSAGES[language];
    return html`<section class="root" lang=${language} aria-labelledby="title" aria-busy=${this.loading ? 'true' : 'false'}>
      <p class="banner" role="note"><strong>${m.banner}</strong>${m.bannerDetail}</p>
      <h2 id="title">${m.title}</h2>
      ${this.failure ? this.#renderFailure(m) : nothing}
      ${!this.failure && !this.views ? html`<p>${m.loading}</p>` : nothing}
      ${this.source && this.state ? this.#renderFilters(m, language) : nothing}
      ${this.views && this.failure?.kind !== 'refused-public' ? html`<div class=${this.loading ? 'views busy' : 'views'}>${this.#renderViews(this.views, m, language)}</div>` : nothing}
    </section>`;
  }

  #renderFailure(m: CaseworkMessages) {
    const { kind, detail } = this.failure!;
    const text = kind === 'refused-public' ? m.refusedPublic : kind === 'refused-no-tier' ? m.refusedNoTier : kind === 'empty' ? m.empty : `${m.failed}: ${detail}`;
    return html`<p role="alert">${text}</p>`;
  }

  #renderFilters(m: CaseworkMessages, language: Language) {
    const options = this.source!.options;
    const d = DASHBOARD_MESSAGES[language];
    const filters = this.state!.filters;
    const select = (key: FilterKey, label: string, values: readonly string[], name: (v: string) => string, everyone = true) =>
      html`<label>${label}
        <select @change=${(event: Event) => this.#setFilter(key, (event.target as HTMLSelectElement).value)}>
          ${everyone ? html`<option value="" ?selected=${filters[key] === ''}>${m.everyone}</option>` : nothing}
          ${values.map((value) => html`<option value=${value} ?selected=${filters[key] === value}>${name(value)}</option>`)}
        </select></label>`;
    return html`<form aria-label=${m.filters} @submit=${(event: Event) => event.preventDefault()}>
      ${select('month', m.month, [...options.months].reverse(), (v) => monthName(v, language), false)}
      ${select('area', m.area, options.areas.map((a) => a.split('=')[0]!), (v) => options.areas.find((a) => a.startsWith(`${v}=`))?.split('=')[1] ?? v)}
      ${select('age', m.age, options.ages, (v) => v)}
      ${select('sex', m.sex, options.sexes, (v) => m.sexes[v] ?? v)}
      ${select('measure', m.measure, options.measures, (v) => d.measures[v] ?? v)}
      ${select('agency', m.agency, options.agencies, (v) => d.agencies[v] ?? v)}
    </form>`;
  }

  #renderViews(views: Views, m: CaseworkMessages, language: Language) {
    return html`${this.#renderCaseload(views, m, language)} ${this.#renderAgenda(views, m, language)}
      ${this.state?.openCase ? this.#renderPath(views, m, language) : nothing} ${this.#renderReport(views, m, language)}
      ${this.#renderMovements(views, m, language)} ${this.#renderMeasures(views, m, language)} ${this.#renderConcerns(views, m, language)}`;
  }

  #zoneLabel(zone: string, language: Language) {
    const name = DASHBOARD_MESSAGES[language].zones[zone as 'green'] ?? zone;
    const colour = ZONE_COLOURS[zone as 'green'];
    return html`${colour ? html`<span class="swatch" style="background:${colour}" aria-hidden="true"></span>` : nothing}${name}`;
  }

  #renderCaseload(views: Views, m: CaseworkMessages, language: Language) {
    const view = caseload(views.monthly, views.filters.month);
    const n = (value: number) => formatNumber(value, language);
    const change = (now: number, before: number | undefined) =>
      before === undefined ? '–' : `${now > before ? '+' : now < before ? '−' : '±'}${n(Math.abs(now - before))} (${n(before)})`;
    const name = (month: string | undefined) => (month ? monthName(month, language) : '–');
    return html`<section aria-labelledby="caseload"><h3 id="caseload">${m.caseload}: ${monthName(view.months.now, language)}</h3>
      <table data-view="caseload">
        <thead><tr><th scope="col">${m.zone}</th><th scope="col" class="n">${m.now}</th>
          <th scope="col" class="n">${m.sinceLastMeeting(name(view.months.lastMeeting))}</th>
          <th scope="col" class="n">${m.sinceLastMonth(name(view.months.lastMonth))}</th>
          <th scope="col" class="n">${m.sinceLastYear(name(view.months.lastYear))}</th></tr></thead>
        <tbody>${view.rows.map(
          (row) => html`<tr data-zone=${row.key}><th scope="row">${row.key === 'discussed' ? m.total : this.#zoneLabel(row.key, language)}</th>
            <td class="n">${n(row.now)}</td><td class="n">${change(row.now, row.lastMeeting)}</td>
            <td class="n">${change(row.now, row.lastMonth)}</td><td class="n">${change(row.now, row.lastYear)}</td></tr>`,
        )}</tbody>
      </table><p class="note">${m.caseloadNote}</p></section>`;
  }

  #renderAgenda(views: Views, m: CaseworkMessages, language: Language) {
    const sort = this.state!.sort;
    const { cases, due } = views.agenda;
    const d = DASHBOARD_MESSAGES[language];
    const header = (key: AgendaSortKey, label: string, numeric = false) => {
      const active = sort.key === key;
      return html`<th scope="col" class=${numeric ? 'n' : ''} aria-sort=${active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" data-sort=${key} @click=${() => this.#setState({ ...this.state!, sort: { key, descending: active ? !sort.descending : true } })}>${label}</button></th>`;
    };
    return html`<section aria-labelledby="agenda"><h3 id="agenda">${m.agenda}</h3>
      <p class="note">${m.agendaCount(due)}. ${m.agendaNote}</p>
      ${cases.length === 0
        ? html`<p>${m.noCases}</p>`
        : html`<div class="scroll" role="region" tabindex="0" aria-labelledby="agenda"><table data-view="agenda">
            <thead><tr>${header('pseudonym', m.pseudonym)}${header('zone', m.zone)}${header('weeksInZone', m.weeksInZone, true)}
              ${header('lastDiscussed', m.lastDiscussed)}${header('measures', m.measuresRunning)}${header('newConcerns', m.newConcerns, true)}</tr></thead>
            <tbody>${cases.map(
              (c) => html`<tr>
                <th scope="row"><button type="button" class="pseudonym" aria-label=${m.showPath(c.pseudonym)} aria-pressed=${this.state!.openCase === c.pseudonym ? 'true' : 'false'}
                  @click=${() => this.#setState({ ...this.state!, openCase: this.state!.openCase === c.pseudonym ? '' : c.pseudonym })}><code>${c.pseudonym}</code></button></th>
                <td>${this.#zoneLabel(c.zone, language)}</td><td class="n">${formatNumber(c.weeksInZone, language)}</td>
                <td>${monthName(c.lastDiscussed, language)}</td><td>${c.measures.map((x) => d.measures[x] ?? x).join(', ')}</td>
                <td class="n">${formatNumber(c.newConcerns, language)}</td></tr>`,
            )}</tbody></table></div>`}
      ${due > cases.length
        ? html`<p class="no-print">${m.agendaShown(cases.length, due)}
            <button type="button" data-action="agenda-all" @click=${() => (this.agendaLimit = Infinity)}>${m.agendaAll(due)}</button></p>`
        : nothing}
    </section>`;
  }

  #renderPath(views: Views, m: CaseworkMessages, language: Language) {
    const pseudonym = this.state!.openCase;
    const d = DASHBOARD_MESSAGES[language];
    const events = views.path;
    const meetings = new Map<string, number>();
    for (const e of events) if (e.event === 'meeting') meetings.set(e.month, Math.max(meetings.get(e.month) ?? 0, ZONE_ORDER.indexOf(e.category as 'green') + 1));
    const first = events[0]?.month ?? views.filters.month;
    const start = monthIndex(first);
    const end = monthIndex(views.filters.month);
    const span = Math.max(1, end - start + 1);
    const width = 640;
    const left = 70;
    const x = (month: string) => left + ((monthIndex(month) - start + 0.5) * (width - left - 10)) / span;
    const zoneY = (rank: number) => 10 + (4 - rank) * 18;
    const spells: { measure: string; from: string; to: string }[] = [];
    for (const e of events) {
      if (e.event === 'measure_start') spells.push({ measure: e.category, from: e.month, to: views.filters.month });
      if (e.event === 'measure_end') {
        const open = spells.find((s) => s.measure === e.category && s.to === views.filters.month && s.from <= e.month);
        if (open) open.to = e.month;
      }
    }
    const concerns = events.filter((e) => e.event === 'concern');
    const height = 90 + spells.length * 14 + 24;
    const zonesInWords = [...meetings].map(([month, rank]) => `${monthName(month, language)}: ${d.zones[ZONE_ORDER[rank - 1]!]}`).join('; ');
    const points = [...meetings].map(([month, rank]) => `${x(month)},${zoneY(rank)}`).join(' ');
    const eventName = { meeting: m.meeting, concern: m.concern, measure_start: m.measureStart, measure_end: m.measureEnd };
    return html`<section aria-labelledby="path"><h3 id="path">${m.path(pseudonym)}</h3>
      <p class="note">${m.pathNote}</p>
      <svg role="img" aria-label=${m.pathAlt(pseudonym, zonesInWords)} viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
        ${ZONE_ORDER.map((zone, i) => svg`<text x="0" y=${zoneY(i + 1) + 4}>${d.zones[zone]}</text><line x1=${left} x2=${width - 10} y1=${zoneY(i + 1)} y2=${zoneY(i + 1)} stroke="currentColor" stroke-opacity="0.2"></line>`)}
        <polyline points=${points} fill="none" stroke="currentColor" stroke-width="2"></polyline>
        ${[...meetings].map(([month, rank]) => svg`<circle cx=${x(month)} cy=${zoneY(rank)} r="4" fill=${ZONE_COLOURS[ZONE_ORDER[rank - 1]!]} stroke="currentColor"></circle>`)}
        ${concerns.map((e) => svg`<path d="M${x(e.month)},82 l-4,8 h8 z" fill="currentColor"></path>`)}
        <text x="0" y="90">${m.concern}</text>
        ${spells.map((s, i) => svg`<rect x=${x(s.from) - 3} y=${100 + i * 14} width=${Math.max(6, x(s.to) - x(s.from) + 6)} height="12" fill="#0072b2" fill-opacity="0.3" stroke="#0072b2"></rect>
          ${x(s.from) > width / 2
            ? svg`<text x=${x(s.to) + 3} y=${100 + i * 14 + 10} dx="-2" text-anchor="end">${d.measures[s.measure] ?? s.measure}</text>`
            : svg`<text x=${x(s.from)} y=${100 + i * 14 + 10} dx="2">${d.measures[s.measure] ?? s.measure}</text>`}`)}
        <text x=${left} y=${height - 4}>${monthName(first, language)}</text>
        <text x=${width - 10} y=${height - 4} text-anchor="end">${monthName(views.filters.month, language)}</text>
      </svg>
      <details><summary>${m.event}</summary>
        <table data-view="path"><thead><tr><th scope="col">${m.month}</th><th scope="col">${m.event}</th><th scope="col">${m.zone} / ${m.measure}</th><th scope="col">${m.agency}</th></tr></thead>
          <tbody>${events.map((e) => html`<tr><td>${e.month}</td><td>${eventName[e.event]}</td>
            <td>${e.event === 'meeting' ? d.zones[e.category as 'green'] : e.event === 'concern' ? (d.concernTypes[e.category] ?? e.category) : (d.measures[e.category] ?? e.category)}</td>
            <td>${e.agency ? (d.agencies[e.agency] ?? e.agency) : ''}</td></tr>`)}</tbody></table>
      </details>
      <button type="button" class="no-print" @click=${() => this.#setState({ ...this.state!, openCase: '' })}>${m.closePath}</button>
    </section>`;
  }

  #renderReport(views: Views, m: CaseworkMessages, language: Language) {
    const sentences = reportSentences(views.monthly, views.filters.month, language);
    const k = Math.max(this.k ?? 0, Number(this.source?.metadata['slt.k'] ?? 5) || 5);
    return html`<section aria-labelledby="report" class="report"><h3 id="report">${m.report}: ${monthName(views.filters.month, language)}</h3>
      ${sentences.map((s) => html`<p>${s}</p>`)}
      <p class="no-print"><button type="button" @click=${() => print()}>${m.print}</button>
        <button type="button" data-action="export" @click=${() => this.#export(views, k)}>${m.exportCsv}</button></p>
      <p class="note">${m.exportNote(k)}</p></section>`;
  }

  /** The CSV of the report's aggregate figures, suppressed at k (also returned, for tests). */
  exportText(): string {
    const views = this.views;
    if (!views) return '';
    const k = Math.max(this.k ?? 0, Number(this.source?.metadata['slt.k'] ?? 5) || 5);
    return exportCsv(exportFigures(views.monthly, views.filters.month, k));
  }

  #export(views: Views, k: number): void {
    downloadBlob(new Blob([exportCsv(exportFigures(views.monthly, views.filters.month, k))], { type: 'text/csv;charset=utf-8' }), `slt-monthly-${views.filters.month}.csv`);
  }

  #renderMovements(views: Views, m: CaseworkMessages, language: Language) {
    const end = monthIndex(views.filters.month);
    const months = Array.from({ length: 12 }, (_, i) => monthOf(end - 11 + i));
    const rows = months.map((month) => views.monthly.find((r) => r.month === month) ?? { month, escalations: 0, deescalations: 0 });
    const up = rows.reduce((s, r) => s + r.escalations, 0);
    const down = rows.reduce((s, r) => s + r.deescalations, 0);
    const chart = movesLayout(rows.map((r) => ({ label: monthName(r.month, language), up: r.escalations, down: r.deescalations })), { width: 600 });
    return html`<section aria-labelledby="moves"><h3 id="moves">${m.movements}</h3>
      <p class="note">${m.movementsAlt(12, up, down)}</p>
      <svg class="chart" data-chart="movements" role="img" aria-label=${m.movementsAlt(12, up, down)} viewBox="0 0 ${chart.width} ${chart.height}" width="100%" style="max-width:${chart.width}px">
        <line x1="0" x2=${chart.width} y1=${chart.middle} y2=${chart.middle} stroke="currentColor" stroke-opacity="0.5"></line>
        <text x="2" y="10">▲ ${m.escalations}</text>
        <text x="2" y=${chart.height - 22}>▼ ${m.deescalations}</text>
        ${chart.pairs.map((pair) => svg`
          <rect class="up" x=${pair.x - chart.columnWidth / 2} y=${chart.middle - pair.upHeight} width=${chart.columnWidth} height=${pair.upHeight}></rect>
          <rect class="down" x=${pair.x - chart.columnWidth / 2} y=${chart.middle} width=${chart.columnWidth} height=${pair.downHeight}></rect>
          ${pair.up > 0 ? svg`<text x=${pair.x} y=${chart.middle - pair.upHeight - 3} text-anchor="middle">${formatNumber(pair.up, language)}</text>` : nothing}
          ${pair.down > 0 ? svg`<text x=${pair.x} y=${chart.middle + pair.downHeight + 11} text-anchor="middle">${formatNumber(pair.down, language)}</text>` : nothing}`)}
        <text x=${chart.pairs[0]?.x ?? 0} y=${chart.height - 2} text-anchor="start">${chart.pairs[0]?.label ?? ''}</text>
        <text x=${chart.pairs.at(-1)?.x ?? 0} y=${chart.height - 2} text-anchor="end">${chart.pairs.at(-1)?.label ?? ''}</text>
      </svg>
      <details><summary>${m.asTable}</summary>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="moves"><table data-view="movements">
        <thead><tr><th scope="col">${m.month}</th><th scope="col" class="n">${m.escalations}</th><th scope="col" class="n">${m.deescalations}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr><th scope="row">${monthName(r.month, language)}</th><td class="n">${formatNumber(r.escalations, language)}</td><td class="n">${formatNumber(r.deescalations, language)}</td></tr>`)}</tbody>
      </table></div></details></section>`;
  }

  #renderMeasures(views: Views, m: CaseworkMessages, language: Language) {
    const d = DASHBOARD_MESSAGES[language];
    const n = (v: number | null) => (v === null || v === undefined ? '–' : formatNumber(v, language));
    const running = [...views.measures].sort((a, b) => (b.running ?? 0) - (a.running ?? 0)).map((r) => ({ label: d.measures[r.measure] ?? r.measure, value: r.running ?? 0 }));
    const alt = m.measuresAlt(running[0]?.label ?? '', running[0]?.value ?? 0);
    return html`<section aria-labelledby="measures"><h3 id="measures">${m.measures}</h3>
      <p class="note">${alt}</p>
      ${this.#bars('measures', running, alt, language)}
      <details><summary>${m.asTable}</summary>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="measures"><table data-view="measures">
        <thead><tr><th scope="col">${m.measure}</th><th scope="col" class="n">${m.running}</th><th scope="col" class="n">${m.started12}</th>
          <th scope="col" class="n">${m.medianMonths}</th><th scope="col" class="n">${m.medianToDown}</th><th scope="col" class="n">${m.steppedDown}</th></tr></thead>
        <tbody>${views.measures.map((r) => html`<tr><th scope="row">${d.measures[r.measure] ?? r.measure}</th><td class="n">${n(r.running)}</td><td class="n">${n(r.started_12m)}</td>
          <td class="n">${n(r.median_months)}</td><td class="n">${n(r.median_months_to_down)}</td><td class="n">${n(r.stepped_down)} / ${n(r.spells)}</td></tr>`)}</tbody>
      </table></div></details></section>`;
  }

  #renderConcerns(views: Views, m: CaseworkMessages, language: Language) {
    const d = DASHBOARD_MESSAGES[language];
    const types = [...new Set(views.concerns.map((r) => r.concern_type))];
    const agencies = [...new Set(views.concerns.map((r) => r.agency))];
    const at = (t: string, a: string) => views.concerns.find((r) => r.concern_type === t && r.agency === a)?.concerns ?? 0;
    const byType = types
      .map((t) => ({ label: d.concernTypes[t] ?? t, value: agencies.reduce((sum, a) => sum + at(t, a), 0) }))
      .sort((a, b) => b.value - a.value);
    const total = byType.reduce((sum, row) => sum + row.value, 0);
    const alt = m.concernsAlt(total, byType[0]?.label ?? '', byType[0]?.value ?? 0);
    return html`<section aria-labelledby="concerns"><h3 id="concerns">${m.concerns12}</h3>
      <p class="note">${alt}</p>
      ${this.#bars('concerns', byType, alt, language)}
      <details><summary>${m.asTable}</summary>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="concerns"><table data-view="concerns">
        <thead><tr><th scope="col">${m.concern}</th>${agencies.map((a) => html`<th scope="col" class="n">${d.agencies[a] ?? a}</th>`)}<th scope="col" class="n">${m.total}</th></tr></thead>
        <tbody>${types.map((t) => html`<tr><th scope="row">${d.concernTypes[t] ?? t}</th>${agencies.map((a) => html`<td class="n">${formatNumber(at(t, a), language)}</td>`)}
          <td class="n">${formatNumber(agencies.reduce((s, a) => s + at(t, a), 0), language)}</td></tr>`)}</tbody>
      </table></div></details></section>`;
  }

  /** Horizontal bars with their values written out; the sentence is the text alternative. */
  #bars(name: string, rows: ReadonlyArray<{ label: string; value: number }>, alt: string, language: Language) {
    // Room for the longest label at about 6 px a character (11 px text), never more than half.
    const left = Math.min(320, 12 + 6 * Math.max(0, ...rows.map((row) => row.label.length)));
    const chart = barsLayout(rows, { width: left + 330, left });
    return html`<svg class="chart" data-chart=${name} role="img" aria-label=${alt} viewBox="0 0 ${chart.width} ${chart.height}" width="100%" style="max-width:${chart.width}px">
      ${chart.bars.map((bar) => svg`
        <text x=${chart.left - 6} y=${bar.y + chart.rowHeight / 2 + 2} text-anchor="end">${bar.label}</text>
        <rect x=${chart.left} y=${bar.y + 3} width=${bar.length} height=${chart.rowHeight - 8}></rect>
        <text x=${chart.left + bar.length + 4} y=${bar.y + chart.rowHeight / 2 + 2}>${formatNumber(bar.value, language)}</text>`)}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-casework': SltCasework;
  }
}
