import { intlLocales, type Language } from '@slt/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { canAverage, chooseView, parseViewSetting, type ViewChoice } from './average-view.ts';
import { DASHBOARD_MESSAGES, fillIn } from './dashboard.messages.ts';
import type { AreaNames } from './dashboard-summary.ts';
import { countryInText } from './profile.ts';
import type { IndicatorDashboardFacts } from './slt-living-conditions.ts';
import { SltDashboard } from './slt-dashboard.ts';
// The averaged trends are drawn by <slt-average-trend>: defined with every indicator dashboard.
import './slt-average-trend.ts';

/**
 * What the two indicator dashboards (living conditions, youth exclusion) share beyond the
 * base: the choice between yearly figures and the 3-year moving average for the district
 * trends. Small districts open averaged (average-view.ts) and say why in one sentence; a
 * toggle (a button with aria-pressed) switches; the choice is the `view` attribute, so it is
 * in the printed report's line and in the embed code.
 */
export abstract class SltIndicatorDashboard extends SltDashboard<IndicatorDashboardFacts> {
  /**
   * The district trends as `yearly` figures or the 3-year `average`; empty (default): the
   * average for a district under SMALL_AREA_THRESHOLD people, else yearly. The toggle sets it.
   */
  @property({ reflect: true }) view = '';

  /** The indicators (message keys) whose district trend can be averaged in this dashboard. */
  protected abstract readonly averagedKeys: readonly string[];

  /** The view in force for these facts, and why. */
  protected viewChoice(facts: IndicatorDashboardFacts): ViewChoice {
    const candidates = facts.items.filter((item) => this.averagedKeys.includes(item.indicator)).map((item) => ({ period: item.period, denominator: item.focus?.denominator }));
    return chooseView(parseViewSetting(this.view), candidates);
  }

  protected override readonly requiredColumns = 'area';

  /** The areas as the summary's sentences write them: the country "hele landet", not DST's "Hele landet". */
  protected namesInText(facts: IndicatorDashboardFacts): AreaNames {
    return { municipality: facts.municipality, country: countryInText(facts.profile) };
  }

  protected override focusOf(facts: IndicatorDashboardFacts): string {
    return facts.focus;
  }

  /** Whether this indicator's trend is drawn as a 3-year average now. */
  protected averaged(facts: IndicatorDashboardFacts, key: string): boolean {
    const item = facts.items.find((candidate) => candidate.indicator === key);
    return this.viewChoice(facts).view === 'average' && this.averagedKeys.includes(key) && item !== undefined && canAverage(item);
  }

  /**
   * The toggle and the sentence that says what is shown and why. The button is a toggle
   * button (aria-pressed); the sentence is a polite live region, so a screen reader hears
   * the change. In print the button is hidden and the sentence stays.
   */
  protected renderViewToggle(facts: IndicatorDashboardFacts, language: Language): TemplateResult | typeof nothing {
    const words = DASHBOARD_MESSAGES[language].average;
    const hasAverage = facts.items.some((item) => this.averagedKeys.includes(item.indicator) && canAverage(item));
    if (!hasAverage) return nothing;
    const choice = this.viewChoice(facts);
    const on = choice.view === 'average';
    const sentences = on ? [choice.reason === 'small' ? words.smallReason : words.chosenNote, this.#alreadyPooled(facts, language)].filter(Boolean) : [];
    return html`<div class="view-choice">
      <button type="button" class="view-toggle no-print" aria-pressed=${on ? 'true' : 'false'} @click=${() => (this.view = on ? 'yearly' : 'average')}>
        <span class="switch" aria-hidden="true"></span>${words.toggle}
      </button>
      <p class="view-note" aria-live="polite">${sentences.join(' ')}</p>
    </div>`;
  }

  /** "X and Y are already published as 3-year figures": the trends that stay as they are. */
  #alreadyPooled(facts: IndicatorDashboardFacts, language: Language): string {
    const messages = DASHBOARD_MESSAGES[language];
    const names = facts.items.filter((item) => item.year !== 0 && !canAverage(item)).map((item) => messages.indicators[item.indicator] ?? item.indicator);
    if (names.length === 0) return '';
    const list = new Intl.ListFormat(intlLocales(language), { type: 'conjunction' }).format(names);
    return fillIn(messages.average.alreadyPooled, { indicators: list.charAt(0).toLocaleUpperCase() + list.slice(1) });
  }

  /** The indicators drawn as 3-year averages now (for the summary's sentence on them). */
  protected averagedNow(facts: IndicatorDashboardFacts): string[] {
    return this.averagedKeys.filter((key) => this.averaged(facts, key));
  }

  /** A trend heading, marked as the 3-year average when it is one. */
  protected trendHeading(text: string, averaged: boolean, language: Language): string {
    return averaged ? fillIn(DASHBOARD_MESSAGES[language].average.heading, { heading: text }) : text;
  }

  protected override reportDetails(facts: IndicatorDashboardFacts | undefined, language: Language): string {
    if (!facts || !facts.items.some((item) => this.averagedKeys.includes(item.indicator) && canAverage(item))) return '';
    const words = DASHBOARD_MESSAGES[language].average;
    return ` ${words.view}: ${this.viewChoice(facts).view === 'average' ? words.viewAverage : words.viewYearly}.`;
  }

  /** The view in force, written out, so the embedded copy shows what the reader saw. */
  protected override embedState(facts: IndicatorDashboardFacts | undefined): readonly (readonly [string, string])[] {
    return facts ? [['view', this.viewChoice(facts).view]] : [];
  }
}
