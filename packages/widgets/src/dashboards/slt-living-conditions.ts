import type { Language, SelectOptions } from '@slt/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { areaStyles, formatSeriesStyles } from '../shared/area-styles.ts';
import { customElement } from '../shared/define-element.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import { comparedAreas, missingComparisonNote } from './comparison-set.ts';
import { indicatorFacts, type IndicatorSpec } from './dashboard-facts.ts';
import { indicatorSummary, type IndicatorFacts } from './dashboard-summary.ts';
import { DASHBOARD_MESSAGES, type DashboardMessages } from './dashboard.messages.ts';
import { countryInText, fetchDashboardProfile, tilesOf, type DashboardProfile } from './profile.ts';
import { heading, type SltDashboard } from './slt-dashboard.ts';
import { SltIndicatorDashboard } from './slt-indicator-dashboard.ts';

export const LIVING_INDICATORS: readonly IndicatorSpec[] = [
  { key: 'persistent_low_income_children', indicator: 'persistent_low_income_children', ageGroup: '0-17', unit: 'percent' },
  { key: 'child_welfare_per_1000', indicator: 'child_welfare_per_1000', ageGroup: '0-22', unit: 'per_1000' },
  { key: 'crowded_housing', indicator: 'crowded_housing', ageGroup: '0-17', unit: 'percent' },
  { key: 'ungdata_lonely', indicator: 'ungdata_lonely', ageGroup: '13-15', unit: 'percent' },
  { key: 'ungdata_bullied', indicator: 'ungdata_bullied', ageGroup: '13-15', unit: 'percent' },
  // Education among living conditions: a key figure here, its districts and trend in the youth dashboard.
  { key: 'upper_secondary_completion', indicator: 'upper_secondary_completion', ageGroup: 'all', unit: 'percent' },
];

export interface IndicatorDashboardFacts {
  /** The municipality's profile (profile.json beside the data). */
  readonly profile: DashboardProfile;
  readonly municipality: string;
  readonly country: string;
  readonly focus: string;
  readonly items: readonly (IndicatorFacts & { year: number })[];
}

/** The profile's URL: the `profile` attribute, else `profile.json` beside the data. */
export function profileUrl(dashboard: { profile: string }, base: string): string {
  return dashboard.profile || `${base}profile.json`;
}

/** Loads the profile, then each indicator's figures (for the summary and the widgets' years). */
export async function loadIndicatorFacts(
  dashboard: { engine: SltDashboard<unknown>['engine'] },
  src: string,
  profileAt: string,
  specsOf: (profile: DashboardProfile) => readonly IndicatorSpec[],
  wanted: { municipality: string; focus: string; sex?: string },
  options: SelectOptions,
): Promise<IndicatorDashboardFacts> {
  const profile = await fetchDashboardProfile(new URL(profileAt, document.baseURI).href);
  const municipality = wanted.municipality || profile.name;
  const country = profile.country.name;
  const items = [];
  for (const spec of specsOf(profile)) {
    items.push(await indicatorFacts(dashboard.engine, src, spec, { municipality, country, focus: wanted.focus, sex: wanted.sex }, options));
  }
  return { profile, municipality, country, focus: items[0]?.focus?.area ?? '', items };
}

/**
 * The `series-styles` every chart of an indicator dashboard gets: one colour and symbol per
 * area for the whole page (municipality, district in focus, country, comparison areas), so
 * an area looks the same in every chart, and in both dashboards of a page.
 */
export function dashboardSeriesStyles(facts: Pick<IndicatorDashboardFacts, 'profile' | 'municipality' | 'country' | 'focus'>): string {
  const { municipality, country, focus, profile } = facts;
  return formatSeriesStyles(areaStyles({ municipality, country, focus, comparison: profile.comparison.areas.map((area) => area.name) }));
}

/**
 * Living conditions for children and young people: persistent low income, crowded housing,
 * child-welfare measures per 1 000 and Ungdata well-being by district over time, with a
 * district map, the district in focus against the municipality and the country, key
 * figures, bars by district and a district picker, all in one linked-filter scope.
 *
 * @summary Levekår: the living-conditions dashboard.
 */
@customElement('slt-living-conditions')
export class SltLivingConditions extends SltIndicatorDashboard {
  protected readonly tag = 'slt-living-conditions';

  /** Child-welfare measures are yearly; the other trends are published as 3-year windows already. */
  protected readonly averagedKeys = ['child_welfare_per_1000'];

  /** URL of the municipality profile; default: `profile.json` beside the data. */
  @property() profile = '';

  /** The profile of the figures shown, for the note on the comparison set. */
  @state() private loadedProfile: DashboardProfile | undefined;

  protected titles(messages: DashboardMessages) {
    return messages.living;
  }

  protected datasets(): string[] {
    return [`${this.base}indicators.parquet`];
  }

  protected async loadFacts(options: SelectOptions): Promise<IndicatorDashboardFacts> {
    const facts = await loadIndicatorFacts(this, `${this.base}indicators.parquet`, profileUrl(this, this.base), () => LIVING_INDICATORS, { municipality: this.municipality, focus: this.focusArea }, options);
    this.loadedProfile = facts.profile;
    return facts;
  }

  /** Which indicators have no figures for the comparison set, said once under the dashboard. */
  protected override renderExtraNotes(language: Language): unknown {
    const profile = this.loadedProfile;
    if (!profile) return nothing;
    const note = missingComparisonNote(profile, LIVING_INDICATORS.map((spec) => spec.indicator), DASHBOARD_MESSAGES[language].indicators, language);
    return note ? html`<div class="profile-notes"><p>${note}</p></div>` : nothing;
  }

  protected isEmpty(facts: IndicatorDashboardFacts): boolean {
    return facts.items.every((item) => item.year === 0);
  }

  protected summary(facts: IndicatorDashboardFacts, language: Language): string[] {
    return indicatorSummary(facts.items, this.namesInText(facts), language, { averaged: this.averagedNow(facts), view: this.viewChoice(facts).view });
  }

  protected privacyNote(k: number, language: Language): string {
    return DASHBOARD_MESSAGES[language].privacyIndicators.replaceAll('{k}', String(k));
  }

  protected renderPanels(facts: IndicatorDashboardFacts, language: Language): TemplateResult {
    const m = DASHBOARD_MESSAGES[language];
    const src = `${this.base}indicators.parquet`;
    const k = ifDefined(this.k);
    const { municipality, country, focus } = facts;
    const styles = dashboardSeriesStyles(facts);
    const year = String(facts.items[0]?.year ?? '');
    const names = { area: focus, municipality, year, period: (facts.items[0]?.period ?? '').replace('-', '–') };
    const base = (indicator: string, age: string) => `indicator=${indicator}&age_group=${age}&sex=all`;
    // By the file's period, not its year: a three-year indicator (persistent low income,
    // Ungdata) then reads "Asker, 2023–2025 ... fra 2022–2024", as the summary above says it.
    const kpi = (spec: IndicatorSpec, title: string, label: string) =>
      html`<slt-kpi src=${src} numerator-column="numerator" denominator-column="denominator" filter=${`${base(spec.indicator, spec.ageGroup)}&area=${municipality}`} reference=${`area=${country}`} reference-label=${countryInText(facts.profile)}
        time-column="period" unit=${spec.unit} heading=${title} label=${label} k=${k}></slt-kpi>`;
    const trend = (spec: IndicatorSpec, title: string) => {
      // The comparison set where public sources give this indicator for it (comparison-set.ts).
      const compared = comparedAreas(facts.profile, spec.indicator).map((name) => `&area=${name}`).join('');
      const filter = `${base(spec.indicator, spec.ageGroup)}&area=${focus}&area=${municipality}${compared}&area=${country}`;
      const text = heading(title, names);
      return this.averaged(facts, spec.key)
        ? html`<div class="panel"><slt-average-trend height=${this.trendHeight} src=${src} filter=${filter} series-column="area" series-styles=${styles} highlight=${focus} unit=${spec.unit}
            heading=${this.trendHeading(text, true, language)} k=${k}></slt-average-trend></div>`
        : // By period: a three-year figure is named by its window ("fra 15,6 % i 2013–2015"), as the key figures name it.
          html`<div class="panel"><slt-trend height=${this.trendHeight} src=${src} filter=${filter} time-column="period" series-column="area" series-styles=${styles} highlight=${focus} unit=${spec.unit}
            heading=${text} k=${k}></slt-trend></div>`;
    };
    const bars = (spec: IndicatorSpec, title: string) =>
      html`<div class="panel"><slt-bars src=${src} filter=${`${base(spec.indicator, spec.ageGroup)}&area_level=district&year=${year}`}
        category-column="area" neutral series-styles=${styles} unit=${spec.unit} reference=${`area=${municipality}`} height=${this.chartHeight(380)} heading=${heading(title, names)} k=${k}></slt-bars></div>`;
    const [lowIncome, childWelfare, crowded, lonely, bullied, completion] = LIVING_INDICATORS as [IndicatorSpec, IndicatorSpec, IndicatorSpec, IndicatorSpec, IndicatorSpec, IndicatorSpec];
    return html`<div class="panel no-print">
        <slt-filter src=${src} filter=${`${base(lowIncome.indicator, lowIncome.ageGroup)}&area_level=district`} columns="area"
          heading=${m.headings.filter!}></slt-filter>
      </div>
      ${this.renderViewToggle(facts, language)}
      <div class="kpis">
        <div class="panel">${kpi(lowIncome, m.headings.kpiLowIncome!, m.labels.lowIncome!)}</div>
        <div class="panel">${kpi(crowded, m.headings.kpiCrowded!, m.labels.crowded!)}</div>
        <div class="panel">${kpi(childWelfare, m.headings.kpiChildWelfare!, m.labels.childWelfare!)}</div>
        <div class="panel">${kpi(bullied, m.headings.kpiBullied!, m.labels.bullied!)}</div>
        <div class="panel">${kpi(lonely, m.headings.kpiLonely!, m.labels.lonely!)}</div>
        <div class="panel">${kpi(completion, m.headings.kpiCompletion!, m.labels.completion!)}</div>
      </div>
      <div class="grid">
        <div class="panel">
          <slt-map src=${src} filter=${`${base(lowIncome.indicator, lowIncome.ageGroup)}&area_level=district`} reference="area_level=municipality"
            time-column="period" unit="percent" height=${this.mapHeight} tiles=${tilesOf(facts.profile)} heading=${heading(m.headings.lowIncomeMap, names)} k=${k}></slt-map>
        </div>
        ${trend(lowIncome, m.headings.lowIncomeTrend!)} ${bars(childWelfare, m.headings.childWelfareBars!)}
        ${trend(childWelfare, m.headings.childWelfareTrend!)} ${bars(crowded, m.headings.crowdedBars!)}
        ${trend(lonely, m.headings.lonelyTrend!)} ${trend(bullied, m.headings.bulliedTrend!)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-living-conditions': SltLivingConditions;
  }
}
