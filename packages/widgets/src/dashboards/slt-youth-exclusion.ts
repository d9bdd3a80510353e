import { formatValue, type Language, type SelectOptions } from '@slt/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IndicatorSpec } from './dashboard-facts.ts';
import { indicatorSummary } from './dashboard-summary.ts';
import { DASHBOARD_MESSAGES, type DashboardMessages } from './dashboard.messages.ts';
import { ageLabel, ageLabelsOf, areaFilter, countryInText, tilesOf, withAges, type DashboardProfile } from './profile.ts';
import { PROFILE_MESSAGES } from './profile.messages.ts';
import { dashboardSeriesStyles, loadIndicatorFacts, profileUrl, type IndicatorDashboardFacts } from './slt-living-conditions.ts';
import { heading } from './slt-dashboard.ts';
import { SltIndicatorDashboard } from './slt-indicator-dashboard.ts';

/** The age groups SSB publishes NEET in (table 13556), named on the chart by age group; the profile's own are added. */
const NEET_AGE_GROUPS = ['15-19', '20-24', '25-29', '15-29'];

/** The latest public NEET figures of the municipality, its comparison set and the country, in that order. */
interface Comparison {
  readonly year: number;
  readonly figures: ReadonlyArray<{ area: string; value: number }>;
}

/**
 * The indicators of the dashboard for a profile: NEET in the district age group (16-25 in
 * Norway's profiles, 16-24 in Copenhagen's), NEET in the age group of the public comparison
 * (SSB 15-29) when it differs, and upper-secondary completion. The message keys stay
 * `neet_16_25` / `neet_15_29`; their texts get the profile's ages (`withAges`).
 */
export function youthIndicators(profile: DashboardProfile): IndicatorSpec[] {
  const { districtAgeGroup, comparisonAgeGroup } = profile.youth;
  return [
    { key: 'neet_16_25', indicator: 'neet', ageGroup: districtAgeGroup, unit: 'percent' },
    ...(comparisonAgeGroup === districtAgeGroup ? [] : [{ key: 'neet_15_29', indicator: 'neet', ageGroup: comparisonAgeGroup, unit: 'percent' } as const]),
    { key: 'upper_secondary_completion', indicator: 'upper_secondary_completion', ageGroup: 'all', unit: 'percent' },
  ];
}

/**
 * Young people not in employment, education or training (NEET) by district, sex and over
 * time, with the public figures (SSB 13556, DST NEET2) for the municipality, its comparison
 * set and the country, with their definition, source and the notes on municipal reforms;
 * and upper-secondary completion. Everything municipality-specific comes from the profile
 * (`profile.json` beside the data). A district and sex picker drives every widget.
 *
 * @summary Ungt utenforskap: the youth-exclusion dashboard.
 */
@customElement('slt-youth-exclusion')
export class SltYouthExclusion extends SltIndicatorDashboard {
  protected readonly tag = 'slt-youth-exclusion';

  /**
   * NEET in the district age group is yearly and drawn for the district in focus; the public
   * comparison (municipalities and the country) has no small areas, and completion is
   * published as 3-year cohorts already.
   */
  protected readonly averagedKeys = ['neet_16_25'];

  /** URL of the municipality profile; default: `profile.json` beside the data. */
  @property() profile = '';

  /** The loaded profile, for the notes under the title. */
  @state() private loadedProfile: DashboardProfile | undefined;

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

  protected async loadFacts(options: SelectOptions): Promise<IndicatorDashboardFacts & { comparison: Comparison | undefined }> {
    const src = `${this.base}indicators.parquet`;
    const facts = await loadIndicatorFacts(this, src, profileUrl(this, this.base), youthIndicators, { municipality: this.municipality, focus: this.focusArea, sex: this.sex }, options);
    this.loadedProfile = facts.profile;
    return { ...facts, comparison: await this.#comparison(src, facts, options) };
  }

  protected isEmpty(facts: IndicatorDashboardFacts): boolean {
    return facts.items.every((item) => item.year === 0);
  }

  /**
   * The municipality beside its comparison set and the country. `pageK` is the dashboard's
   * `selectOptions()` (its `k` as disclosure options): this query is protected like every other.
   */
  async #comparison(src: string, facts: IndicatorDashboardFacts, pageK: SelectOptions): Promise<Comparison | undefined> {
    const { profile } = facts;
    const areas = [facts.municipality, ...profile.comparison.areas.map((a) => a.name), facts.country];
    const { rows } = await this.engine.select(
      src,
      {
        columns: ['area', 'year', 'value'],
        filters: [
          { column: 'indicator', values: ['neet'] },
          { column: 'age_group', values: [profile.youth.comparisonAgeGroup] },
          { column: 'sex', values: ['all'] },
          { column: 'area', values: areas },
        ],
        orderBy: ['year'],
      },
      pageK,
    );
    const year = Math.max(...rows.filter((row) => row.area === facts.municipality && typeof row.value === 'number').map((row) => Number(row.year)));
    if (!Number.isFinite(year)) return undefined;
    const figures = areas.flatMap((area) => {
      const value = rows.find((row) => row.area === area && Number(row.year) === year)?.value;
      return typeof value === 'number' ? [{ area, value }] : [];
    });
    return figures.length > 1 ? { year, figures } : undefined;
  }

  protected summary(facts: IndicatorDashboardFacts & { comparison?: Comparison | undefined }, language: Language): string[] {
    const sentences = indicatorSummary(facts.items, this.namesInText(facts), language, { averaged: this.averagedNow(facts), view: this.viewChoice(facts).view }).map((sentence) => withAges(sentence, facts.profile));
    const { comparison } = facts;
    if (!comparison) return sentences;
    const list = comparison.figures.map(({ area, value }) => `${area} ${formatValue(value, 'percent', language)}`).join(', ');
    return [
      ...sentences,
      heading(PROFILE_MESSAGES[language].comparisonSentence, { age: ageLabel(facts.profile.youth.comparisonAgeGroup), year: String(comparison.year), list }),
    ];
  }

  protected privacyNote(k: number, language: Language): string {
    return DASHBOARD_MESSAGES[language].privacyIndicators.replaceAll('{k}', String(k));
  }

  /** The definition and source of the public NEET figures, the comparison set and the notes on the series. */
  protected override renderExtraNotes(language: Language): unknown {
    const profile = this.loadedProfile;
    if (!profile) return nothing;
    const p = PROFILE_MESSAGES[language];
    const { definition, credit } = profile.youth;
    // A new code for the same area needs no note; years added up from the old municipalities do.
    const notes = profile.notes.filter((note) => note.indicator === 'neet' && note.areaChanged);
    return html`<div class="profile-notes">
      ${definition ? html`<p>${p.definition}: ${definition[language]}.${credit ? ` ${p.source}: ${credit[language]}.` : ''}</p>` : nothing}
      ${profile.comparison.areas.length
        ? html`<p>${p.comparedWith}: ${profile.comparison.areas.map((a) => a.name).join(', ')} (${profile.comparison.label[language].toLowerCase()}), ${profile.country.name}.</p>`
        : nothing}
      ${notes.length
        ? html`<p>${p.seriesNotes}:</p>
            <ul>
              ${notes.map((note) => html`<li>${note.text[language]}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  protected renderPanels(facts: IndicatorDashboardFacts, language: Language): TemplateResult {
    const { profile } = facts;
    const ages = (text: string | undefined) => withAges(text ?? '', profile);
    const m = DASHBOARD_MESSAGES[language];
    const src = `${this.base}indicators.parquet`;
    const k = ifDefined(this.k);
    const sex = this.sex;
    const { municipality, country, focus } = facts;
    const styles = dashboardSeriesStyles(facts);
    const districtAge = profile.youth.districtAgeGroup;
    const comparisonAge = profile.youth.comparisonAgeGroup;
    const neet = facts.items[0];
    const completion = facts.items.find((item) => item.indicator === 'upper_secondary_completion');
    const year = String(neet?.year ?? '');
    const names = { area: focus, municipality, year, period: (completion?.period ?? '').replace('-', '–') };
    const neetFilter = (age: string) => `indicator=neet&age_group=${age}&sex=${sex}`;
    // SSB publishes no national figure for every age group (none for 16–25): the heading then
    // names only the lines drawn, not "and the country".
    const neetTrendHeading = ages(neet?.country === null ? m.headings.neetTrendNoCountry : m.headings.neetTrend);
    const completionFilter = `indicator=upper_secondary_completion&age_group=all&sex=${sex}`;
    const compared = areaFilter([municipality, ...profile.comparison.areas.map((a) => a.name), country]);
    const kpi = (filter: string, title: string, label: string) =>
      // By the file's period (upper secondary completion is written by its three-year period), as the summary says it.
      html`<div class="panel"><slt-kpi src=${src} numerator-column="numerator" denominator-column="denominator" filter=${`${filter}&${areaFilter([municipality])}`} reference=${areaFilter([country])} reference-label=${countryInText(profile)}
        time-column="period" unit="percent" heading=${title} label=${label} k=${k}></slt-kpi></div>`;
    return html`<div class="panel no-print">
        <slt-filter src=${src} filter=${`indicator=neet&age_group=${districtAge}&area_level=district`} columns="area,sex"
          heading=${m.headings.filterYouth!}></slt-filter>
      </div>
      ${this.renderViewToggle(facts, language)}
      <div class="kpis">
        ${kpi(neetFilter(districtAge), ages(m.headings.kpiNeet), ages(m.labels.neet))}
        ${comparisonAge === districtAge ? nothing : kpi(neetFilter(comparisonAge), ages(m.headings.kpiNeet1529), ages(m.labels.neet1529))}
        ${kpi(completionFilter, m.headings.kpiCompletion!, m.labels.completion!)}
      </div>
      <div class="grid">
        <div class="panel">
          ${this.averaged(facts, 'neet_16_25')
            ? html`<slt-average-trend height=${this.trendHeight} src=${src} filter=${`${neetFilter(districtAge)}&${areaFilter([focus, municipality, country])}`} series-column="area"
                series-styles=${styles} highlight=${focus} unit="percent" heading=${this.trendHeading(heading(neetTrendHeading, names), true, language)} k=${k}></slt-average-trend>`
            : html`<slt-trend height=${this.trendHeight} src=${src} filter=${`${neetFilter(districtAge)}&${areaFilter([focus, municipality, country])}`} series-column="area"
                series-styles=${styles} highlight=${focus} unit="percent" heading=${heading(neetTrendHeading, names)} k=${k}></slt-trend>`}
        </div>
        <div class="panel">
          <slt-trend height=${this.trendHeight} src=${src} filter=${`indicator=neet&age_group=${comparisonAge}&sex=${sex}&${compared}`} series-column="area"
            series-styles=${styles} highlight=${municipality} unit="percent" heading=${heading(PROFILE_MESSAGES[language].neetComparison, { ...names, age: ageLabel(comparisonAge) })} k=${k}></slt-trend>
        </div>
        <div class="panel">
          <slt-map src=${src} filter=${`${neetFilter(districtAge)}&area_level=district`} reference="area_level=municipality" unit="percent"
            height=${this.mapHeight} tiles=${tilesOf(profile)} heading=${heading(ages(m.headings.neetMap), names)} k=${k}></slt-map>
        </div>
        <div class="panel">
          <slt-bars src=${src} filter=${`indicator=neet&age_group=${districtAge}&sex=female&sex=male&area_level=district&year=${year}`}
            category-column="area" series-column="sex" neutral series-styles=${styles} unit="percent" reference=${areaFilter([municipality])} height=${this.chartHeight(520)}
            heading=${heading(ages(m.headings.neetDistricts), names)} k=${k}></slt-bars>
        </div>
        <div class="panel">
          <slt-bars src=${src} filter=${`indicator=neet&sex=${sex}&year=${year}&${areaFilter([focus, municipality, country])}`}
            category-column="age_group" series-column="area" neutral series-styles=${styles} sort="category" unit="percent" height=${this.chartHeight(260)}
            labels=${ageLabelsOf([...new Set([...NEET_AGE_GROUPS, districtAge, comparisonAge])], m.labels.ageGroup!)}
            heading=${heading(m.headings.neetAge, names)} k=${k}></slt-bars>
        </div>
        <div class="panel">
          <slt-trend height=${this.trendHeight} src=${src} filter=${`${completionFilter}&${areaFilter([focus, municipality, country])}`} series-column="area"
            time-column="period" series-styles=${styles} highlight=${focus} unit="percent" heading=${heading(m.headings.completionTrend, names)} k=${k}></slt-trend>
        </div>
        <div class="panel">
          <slt-bars src=${src} filter=${`${completionFilter}&area_level=district&year=${completion?.year ?? year}`} category-column="area"
            neutral series-styles=${styles} unit="percent" reference=${areaFilter([municipality])} height=${this.chartHeight(380)} heading=${heading(m.headings.completionBars, names)} k=${k}></slt-bars>
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-youth-exclusion': SltYouthExclusion;
  }
}
