import { formatValue, type Language, type Row, type SelectOptions } from '@slt/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import { caseFacts, visibilityOf, type Visibility } from './dashboard-facts.ts';
import { caseSummary, monthName, monthsToCompare, type CaseFacts } from './dashboard-summary.ts';
import { DASHBOARD_MESSAGES, type DashboardMessages } from './dashboard.messages.ts';
import { fetchDashboardProfile, labelsOf, type DashboardProfile, type Texts } from './profile.ts';
import { heading, SltDashboard } from './slt-dashboard.ts';
import { profileUrl } from './slt-living-conditions.ts';

/** The case figures, the profile whose vocabulary (zones, measures, concern types, agencies) names them, and each chart's hidden share. */
/** The key of the zone-transitions chart among the charts' visibilities. */
const FLOW = 'flow';

type Facts = CaseFacts & { monthly: Row[]; meetings: string[]; profile: DashboardProfile; visibility: ReadonlyMap<string, Visibility> };

/** One chart of the dashboard: what it reads (to count its hidden figures) and how it draws. */
interface CaseChart {
  readonly key: string;
  readonly src: string;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly value: string;
  /** The words for "too few cases to show …". */
  readonly what: string;
  readonly period: string;
  readonly wide?: boolean;
  readonly draw: (filter: string) => TemplateResult;
}

const filterOf = (filters: CaseChart['filters']) =>
  Object.entries(filters)
    .flatMap(([column, values]) => values.map((value) => `${column}=${value}`))
    .join('&');

/** The monthly report's rows: orange and red together, which survives suppression in most months. */
const ZONES = ['all', 'green', 'yellow', 'orange_or_red'] as const;


/**
 * Case follow-up from the public case aggregates only (every figure suppressed at k, hidden
 * counts shown as ':'): young people per zone of the measures ladder over time, movement
 * between zones, main measures, new concerns by type and reporting agency, young people per
 * 14-day 4-party meeting, and the monthly report (this month against the month before and
 * the same month last year), with a visible note on how the figures are protected.
 *
 * @summary SLT-oppfølging: the case follow-up dashboard.
 */
@customElement('slt-case-followup')
export class SltCaseFollowup extends SltDashboard<Facts> {
  protected readonly tag = 'slt-case-followup';

  /** URL of the municipality profile (its case vocabulary); default: `profile.json` beside the data. */
  @property() profile = '';

  protected titles(messages: DashboardMessages) {
    return messages.cases;
  }

  /** The year chosen in the dashboard (a click on a year in the zones chart). */
  protected get year(): number | undefined {
    const chosen = this.linked.get('year')?.[0];
    return chosen === undefined ? undefined : Number(chosen);
  }

  protected datasets(): string[] {
    return ['case_monthly', 'case_counts', 'zone_transitions', 'case_measures', 'concerns_yearly', 'case_meetings', 'case_moves'].map(
      (name) => `${this.base}${name}.parquet`,
    );
  }

  protected async loadFacts(options: SelectOptions): Promise<Facts> {
    const [caseFigures, profile] = await Promise.all([
      caseFacts(this.engine, this.base, options, this.year),
      fetchDashboardProfile(new URL(profileUrl(this, this.base), document.baseURI).href),
    ]);
    const facts = { ...caseFigures, profile };
    if (facts.month === '') return { ...facts, visibility: new Map() };
    const charts = this.#charts({ ...facts, visibility: new Map() }, 'nb');
    const counted = await Promise.all([
      ...charts.map(async (chart) => [chart.key, await visibilityOf(this.engine, chart.src, chart.filters, chart.value, options)] as const),
      // The transitions: a release may withhold every quarter (data/README.md).
      (async () => [FLOW, await visibilityOf(this.engine, `${this.base}zone_transitions.parquet`, {}, 'persons', options)] as const)(),
    ]);
    return { ...facts, visibility: new Map(counted) };
  }

  protected isEmpty(facts: Facts): boolean {
    return facts.month === '';
  }

  protected summary(facts: Facts, language: Language): string[] {
    return caseSummary(facts, language);
  }

  protected privacyNote(k: number, language: Language): string {
    return DASHBOARD_MESSAGES[language].privacyCases.replaceAll('{k}', String(k));
  }

  /**
   * The charts, per year where single months are mostly hidden (the release withholds
   * months by type and rolling windows, data/README.md); orange and red as one category. Each knows its figures, so the dashboard can count
   * what is hidden.
   */
  #charts(facts: Facts, language: Language): CaseChart[] {
    const m = DASHBOARD_MESSAGES[language];
    const k = ifDefined(this.k);
    const year = String(facts.year);
    const names = { year, month: monthName(facts.month, language) };
    const data = (name: string) => `${this.base}${name}.parquet`;
    const h = (key: string) => heading(m.headings[key], names);
    const vocabulary = facts.profile.caseVocabulary;
    const codes = (terms: Readonly<Record<string, Texts>>) => Object.keys(terms);
    const termLabels = (terms: Readonly<Record<string, Texts>>) =>
      labelsOf(Object.fromEntries(Object.entries(terms).map(([code, texts]) => [code, texts[language]])));
    return [
      {
        key: 'zones-year', src: data('case_counts'), value: 'persons', what: m.headings.zonesWhat!, period: year,
        filters: { year: [year], district_group: ['all'], sex: ['all'], age_band: ['all'], measure: ['all'], zone: ['green', 'yellow', 'orange_or_red'] },
        draw: (filter) => html`<slt-bars src=${data('case_counts')} filter=${filter} category-column="zone" value-column="persons" unit="count"
          height=${this.chartHeight(200)} heading=${h('zonesYear')} k=${k} labels=${labelsOf(m.zones)}></slt-bars>`,
      },
      {
        key: 'moves', src: data('case_moves'), value: 'moves', what: m.headings.movesWhat!, period: year,
        filters: { year: [year], direction: ['up', 'down', 'same'] },
        draw: (filter) => html`<slt-bars src=${data('case_moves')} filter=${filter} category-column="direction" value-column="moves" unit="count"
          height=${this.chartHeight(200)} heading=${h('moves')} k=${k} labels=${labelsOf(m.moves)}></slt-bars>`,
      },
      {
        key: 'measures', src: data('case_measures'), value: 'persons', what: m.headings.measuresWhat!, period: year,
        filters: { year: [year], measure: codes(vocabulary.measures) },
        draw: (filter) => html`<slt-bars src=${data('case_measures')} filter=${filter} category-column="measure" value-column="persons" unit="count"
          height=${this.chartHeight(420)} heading=${h('measures')} k=${k} labels=${termLabels(vocabulary.measures)}></slt-bars>`,
      },
      {
        key: 'meetings', src: data('case_meetings'), value: 'persons', what: m.headings.meetingsWhat!, period: names.month,
        filters: { zone: ['all'], meeting_date: facts.meetings.slice(-12) },
        draw: (filter) => html`<slt-bars src=${data('case_meetings')} filter=${filter} category-column="meeting_date" value-column="persons" sort="category"
          unit="count" height=${this.chartHeight(420)} heading=${h('meetings')} k=${k}></slt-bars>`,
      },
      {
        key: 'concern-types', src: data('concerns_yearly'), value: 'concerns', what: m.headings.concernsWhat!, period: year,
        filters: { year: [year], agency: ['all'], concern_type: codes(vocabulary.concernTypes) },
        draw: (filter) => html`<slt-bars src=${data('concerns_yearly')} filter=${filter} category-column="concern_type" value-column="concerns" unit="count"
          height=${this.chartHeight(340)} heading=${h('concernTypes')} k=${k} labels=${termLabels(vocabulary.concernTypes)}></slt-bars>`,
      },
      {
        key: 'concern-agencies', src: data('concerns_yearly'), value: 'concerns', what: m.headings.agenciesWhat!, period: year,
        filters: { year: [year], concern_type: ['all'], agency: codes(vocabulary.agencies) },
        draw: (filter) => html`<slt-bars src=${data('concerns_yearly')} filter=${filter} category-column="agency" value-column="concerns" unit="count"
          height=${this.chartHeight(260)} heading=${h('concernAgencies')} k=${k} labels=${termLabels(vocabulary.agencies)}></slt-bars>`,
      },
    ];
  }

  protected renderPanels(facts: Facts, language: Language): TemplateResult {
    const m = DASHBOARD_MESSAGES[language];
    const k = ifDefined(this.k);
    const data = (name: string) => `${this.base}${name}.parquet`;
    const charts = this.#charts(facts, language);
    // Every figure hidden or zero: one sentence, not empty axes; the sentences are gathered in
    // one note at the end, so a withheld chart takes a line, not a panel (on paper too).
    const withheld = (key: string) => facts.visibility.get(key)?.nonZero === 0;
    const notes = [
      ...charts.filter((chart) => withheld(chart.key)).map((chart) => [chart.key, heading(m.tooFew, { period: chart.period, what: chart.what })] as const),
      ...(withheld(FLOW) ? [[FLOW, m.flowWithheld] as const] : []),
    ];
    const panel = (chart: CaseChart) => {
      const seen = facts.visibility.get(chart.key);
      return html`<div class="panel" data-chart=${chart.key}>
        ${chart.draw(filterOf(chart.filters))}
        ${seen && seen.hidden > 0
          ? html`<p class="hidden-share">${heading(m.hiddenShare, { hidden: String(seen.hidden), cells: String(seen.cells) })}</p>`
          : nothing}
      </div>`;
    };
    // When the release hides every monthly count, a table and a key figure of ':' say nothing;
    // the summary above says that months are not published (caseSummary), once.
    const monthly = facts.monthly.some((row) => typeof row.persons === 'number')
      ? html`<div class="panel">${this.#monthlyTable(facts, language)}</div>
          <div class="panel">
            <slt-kpi src=${data('case_monthly')} filter="zone=all" time-column="period" value-column="persons" unit="count" period=${facts.month}
              heading=${m.headings.kpiMonthly!} label=${m.labels.monthly!} k=${k}></slt-kpi>
          </div>`
      : nothing;
    return html`<div class="grid">
        ${monthly}
        <div class="panel wide">
          <slt-zones src=${data('case_counts')} heading=${m.headings.zones!} k=${k}></slt-zones>
        </div>
        ${charts.filter((chart) => !withheld(chart.key)).map(panel)}
        ${withheld(FLOW)
          ? nothing
          : html`<div class="panel wide" data-chart=${FLOW}>
              <slt-flow src=${data('zone_transitions')} heading=${m.headings.flow!} k=${k}></slt-flow>
            </div>`}
        ${notes.length > 0
          ? html`<div class="panel wide not-shown">
              ${notes.map(([key, sentence]) => html`<p class="too-few" role="note" data-chart=${key}>${sentence}</p>`)}
            </div>`
          : nothing}
      </div>`;
  }

  /** This month against the month before and the same month last year, by zone; ':' where hidden. */
  #monthlyTable(facts: Facts, language: Language): TemplateResult {
    const m = DASHBOARD_MESSAGES[language];
    const { lastMonth, sameMonthLastYear } = monthsToCompare(facts.month);
    const periods = [facts.month, lastMonth, sameMonthLastYear];
    const cell = (period: string, zone: string) => {
      const row = facts.monthly.find((candidate) => candidate.period === period && candidate.zone === zone);
      const value = row?.persons;
      return typeof value === 'number'
        ? html`<td>${formatValue(value, 'count', language)}</td>`
        : html`<td><abbr title=${m.hidden}>:</abbr></td>`;
    };
    return html`<table class="monthly">
      <caption>${heading(m.monthlyHeading, { month: monthName(facts.month, language) })}</caption>
      <thead>
        <tr>
          <th scope="col">${m.zoneColumn}</th>
          <th scope="col">${m.thisMonth}<br />${monthName(facts.month, language)}</th>
          <th scope="col">${m.lastMonth}<br />${monthName(lastMonth, language)}</th>
          <th scope="col">${m.sameMonthLastYear}<br />${monthName(sameMonthLastYear, language)}</th>
        </tr>
      </thead>
      <tbody>
        ${ZONES.map((zone) => {
          const name = facts.profile.caseVocabulary.zones[zone]?.[language] ?? m.zones[zone];
          return html`<tr><th scope="row">${name}</th>${periods.map((period) => cell(period, zone))}</tr>`;
        })}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-case-followup': SltCaseFollowup;
  }
}
