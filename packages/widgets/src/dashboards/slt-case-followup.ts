import { formatValue, type Language, type Row, type SelectOptions } from '@slt/engine';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import { caseFacts } from './dashboard-facts.ts';
import { caseSummary, monthName, monthsToCompare, type CaseFacts } from './dashboard-summary.ts';
import { DASHBOARD_MESSAGES, type DashboardMessages } from './dashboard.messages.ts';
import { fetchDashboardProfile, type DashboardProfile, type Texts } from './profile.ts';
import { heading, SltDashboard } from './slt-dashboard.ts';
import { profileUrl } from './slt-living-conditions.ts';

/** The case figures and the profile whose vocabulary (zones, measures, concern types, agencies) names them. */
type Facts = CaseFacts & { monthly: Row[]; meetings: string[]; profile: DashboardProfile };

const many = (column: string, values: readonly string[]) => values.map((value) => `${column}=${value}`).join('&');

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
    return ['case_monthly', 'case_counts', 'zone_transitions', 'case_measures', 'concerns_monthly', 'case_meetings'].map(
      (name) => `${this.base}${name}.parquet`,
    );
  }

  protected async loadFacts(options: SelectOptions): Promise<Facts> {
    const [facts, profile] = await Promise.all([
      caseFacts(this.engine, this.base, options, this.year),
      fetchDashboardProfile(new URL(profileUrl(this, this.base), document.baseURI).href),
    ]);
    return { ...facts, profile };
  }

  protected summary(facts: Facts, language: Language): string[] {
    return caseSummary(facts, language);
  }

  protected privacyNote(k: number, language: Language): string {
    return DASHBOARD_MESSAGES[language].privacyCases.replaceAll('{k}', String(k));
  }

  protected renderPanels(facts: Facts, language: Language): TemplateResult {
    const m = DASHBOARD_MESSAGES[language];
    const k = ifDefined(this.k);
    const month = monthName(facts.month, language);
    const names = { year: String(facts.year), month };
    const data = (name: string) => `${this.base}${name}.parquet`;
    const meetings = facts.meetings.slice(-12);
    const vocabulary = facts.profile.caseVocabulary;
    const codes = (terms: Readonly<Record<string, Texts>>) => Object.keys(terms);
    const termLabels = (terms: Readonly<Record<string, Texts>>) => labelsOf(Object.fromEntries(Object.entries(terms).map(([code, texts]) => [code, texts[language]])));
    return html`<div class="grid">
        <div class="panel">${this.#monthlyTable(facts, language)}</div>
        <div class="panel">
          <slt-kpi src=${data('case_monthly')} filter="zone=all" time-column="period" value-column="persons" unit="count" period=${facts.month}
            heading=${m.headings.kpiMonthly!} label=${m.labels.monthly!} k=${k}></slt-kpi>
        </div>
        <div class="panel wide">
          <slt-zones src=${data('case_counts')} heading=${m.headings.zones!} k=${k}></slt-zones>
        </div>
        <div class="panel wide">
          <slt-flow src=${data('zone_transitions')} heading=${m.headings.flow!} k=${k}></slt-flow>
        </div>
        <div class="panel">
          <slt-bars src=${data('case_measures')} filter=${`year=${facts.year}&${many('measure', codes(vocabulary.measures))}`} category-column="measure"
            value-column="persons" unit="count" height="420" heading=${heading(m.headings.measures, names)} k=${k}
            labels=${termLabels(vocabulary.measures)}></slt-bars>
        </div>
        <div class="panel">
          <slt-bars src=${data('case_meetings')} filter=${`zone=all&${many('meeting_date', meetings)}`} category-column="meeting_date"
            value-column="persons" sort="category" unit="count" height="420" heading=${m.headings.meetings!} k=${k}></slt-bars>
        </div>
        <div class="panel">
          <slt-bars src=${data('concerns_monthly')} filter=${`period=${facts.month}&agency=all&${many('concern_type', codes(vocabulary.concernTypes))}`}
            category-column="concern_type" value-column="concerns" unit="count" height="340" heading=${heading(m.headings.concernTypes, names)}
            k=${k} labels=${termLabels(vocabulary.concernTypes)}></slt-bars>
        </div>
        <div class="panel">
          <slt-bars src=${data('concerns_monthly')} filter=${`period=${facts.month}&concern_type=all&${many('agency', codes(vocabulary.agencies))}`}
            category-column="agency" value-column="concerns" unit="count" height="260" heading=${heading(m.headings.concernAgencies, names)}
            k=${k} labels=${termLabels(vocabulary.agencies)}></slt-bars>
        </div>
      </div>`;
  }

  /** The bars show the data's codes; this names them in the reader's language. */


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
        ${['all', ...Object.keys(facts.profile.caseVocabulary.zones)].map(
          (zone) =>
            html`<tr><th scope="row">${zone === 'all' ? m.zones.all : facts.profile.caseVocabulary.zones[zone]![language]}</th>${periods.map((period) => cell(period, zone))}</tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-case-followup': SltCaseFollowup;
  }
}

/** Codes and their names as `<slt-bars labels>` takes them: `code=Name&…`, each part %-escaped. */
function labelsOf(names: Readonly<Record<string, string>>): string {
  return Object.entries(names)
    .map(([code, name]) => `${encodeURIComponent(code)}=${encodeURIComponent(name)}`)
    .join('&');
}
