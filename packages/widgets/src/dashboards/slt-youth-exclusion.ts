import type { Language, SelectOptions } from '@slt/engine';
import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IndicatorSpec } from './dashboard-facts.ts';
import { indicatorSummary } from './dashboard-summary.ts';
import { DASHBOARD_MESSAGES, type DashboardMessages } from './dashboard.messages.ts';
import { ASKER_TILES, loadIndicatorFacts, type IndicatorDashboardFacts } from './slt-living-conditions.ts';
import { heading, SltDashboard } from './slt-dashboard.ts';

export const YOUTH_INDICATORS: readonly IndicatorSpec[] = [
  { key: 'neet_16_25', indicator: 'neet', ageGroup: '16-25', unit: 'percent' },
  { key: 'neet_15_29', indicator: 'neet', ageGroup: '15-29', unit: 'percent' },
  { key: 'upper_secondary_completion', indicator: 'upper_secondary_completion', ageGroup: 'all', unit: 'percent' },
];

/**
 * Young people not in employment, education or training (NEET): 16-25 by district, sex and
 * over time, 15-29 for the national comparison, and upper-secondary completion; the
 * municipality against the country (the data have no neighbouring municipalities, and the
 * dashboard says so). A district and sex picker drives every widget.
 *
 * @summary Ungt utenforskap: the youth-exclusion dashboard.
 */
@customElement('slt-youth-exclusion')
export class SltYouthExclusion extends SltDashboard<IndicatorDashboardFacts> {
  protected readonly tag = 'slt-youth-exclusion';

  protected titles(messages: DashboardMessages) {
    return messages.youth;
  }

  /** The sex chosen in the dashboard (`all` when none). */
  protected get sex(): string {
    return this.linked.get('sex')?.[0] ?? 'all';
  }

  protected datasets(): string[] {
    return [`${this.base}indicators.parquet`];
  }

  protected loadFacts(options: SelectOptions): Promise<IndicatorDashboardFacts> {
    return loadIndicatorFacts(this, `${this.base}indicators.parquet`, YOUTH_INDICATORS, { municipality: this.municipality, focus: this.focusArea, sex: this.sex }, options);
  }

  protected isEmpty(facts: IndicatorDashboardFacts): boolean {
    return facts.items.every((item) => item.year === 0);
  }

  protected summary(facts: IndicatorDashboardFacts, language: Language): string[] {
    return indicatorSummary(facts.items, facts, language);
  }

  protected privacyNote(k: number, language: Language): string {
    return DASHBOARD_MESSAGES[language].privacyIndicators.replaceAll('{k}', String(k));
  }

  protected override renderExtraNotes(language: Language): unknown {
    return html`<p>${DASHBOARD_MESSAGES[language].youth.noNeighbours}</p>`;
  }

  protected renderPanels(facts: IndicatorDashboardFacts, language: Language): TemplateResult {
    const m = DASHBOARD_MESSAGES[language];
    const src = `${this.base}indicators.parquet`;
    const k = ifDefined(this.k);
    const sex = this.sex;
    const { municipality, country, focus } = facts;
    const [neet, , completion] = facts.items;
    const year = String(neet?.year ?? '');
    const names = { area: focus, municipality, year, period: (completion?.period ?? '').replace('-', '–') };
    const neetFilter = (age: string) => `indicator=neet&age_group=${age}&sex=${sex}`;
    const completionFilter = `indicator=upper_secondary_completion&age_group=all&sex=${sex}`;
    const kpi = (filter: string, title: string, label: string) =>
      html`<div class="panel"><slt-kpi src=${src} filter=${`${filter}&area=${municipality}`} reference=${`area=${country}`}
        unit="percent" heading=${title} label=${label} k=${k}></slt-kpi></div>`;
    return html`<div class="panel no-print">
        <slt-filter src=${src} filter="indicator=neet&age_group=16-25&area_level=district" columns="area,sex"
          heading=${m.headings.filterYouth!}></slt-filter>
      </div>
      <div class="kpis">
        ${kpi(neetFilter('16-25'), m.headings.kpiNeet!, m.labels.neet!)} ${kpi(neetFilter('15-29'), m.headings.kpiNeet1529!, m.labels.neet1529!)}
        ${kpi(completionFilter, m.headings.kpiCompletion!, m.labels.completion!)}
      </div>
      <div class="grid">
        <div class="panel">
          <slt-trend src=${src} filter=${`${neetFilter('16-25')}&area=${focus}&area=${municipality}&area=${country}`} series-column="area"
            unit="percent" heading=${heading(m.headings.neetTrend, names)} k=${k}></slt-trend>
        </div>
        <div class="panel">
          <slt-trend src=${src} filter=${`${neetFilter('15-29')}&area=${municipality}&area=${country}`} series-column="area"
            unit="percent" heading=${heading(m.headings.neetNational, names)} k=${k}></slt-trend>
        </div>
        <div class="panel">
          <slt-map src=${src} filter=${`${neetFilter('16-25')}&area_level=district`} reference="area_level=municipality" unit="percent"
            tiles=${ASKER_TILES} heading=${heading(m.headings.neetMap, names)} k=${k}></slt-map>
        </div>
        <div class="panel">
          <slt-bars src=${src} filter=${`indicator=neet&age_group=16-25&sex=female&sex=male&area_level=district&year=${year}`}
            category-column="area" series-column="sex" unit="percent" reference=${`area=${municipality}`} height=${this.chartHeight(520)}
            heading=${heading(m.headings.neetDistricts, names)} k=${k}></slt-bars>
        </div>
        <div class="panel">
          <slt-bars src=${src} filter=${`indicator=neet&sex=${sex}&year=${year}&area=${focus}&area=${municipality}&area=${country}`}
            category-column="age_group" series-column="area" sort="category" unit="percent" height=${this.chartHeight(260)}
            heading=${heading(m.headings.neetAge, names)} k=${k}></slt-bars>
        </div>
        <div class="panel">
          <slt-trend src=${src} filter=${`${completionFilter}&area=${focus}&area=${municipality}&area=${country}`} series-column="area"
            unit="percent" heading=${heading(m.headings.completionTrend, names)} k=${k}></slt-trend>
        </div>
        <div class="panel">
          <slt-bars src=${src} filter=${`${completionFilter}&area_level=district&year=${completion?.year ?? year}`} category-column="area"
            unit="percent" reference=${`area=${municipality}`} height=${this.chartHeight(380)} heading=${heading(m.headings.completionBars, names)} k=${k}></slt-bars>
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-youth-exclusion': SltYouthExclusion;
  }
}
