import { formatChange, formatValue, type Language, type Unit } from '@slt/engine';
import { formatPeriod } from '../shared/period-text.ts';
import { canAverage, type TrendView } from './average-view.ts';
import { compareWithCountry, isSmall, SIGNIFICANCE_SYMBOLS } from './significance.ts';
import { DASHBOARD_MESSAGES, fillIn } from './dashboard.messages.ts';

/** One indicator's figures for the summary: null where hidden or missing. */
export interface IndicatorFacts {
  /** Key into the messages' `indicators`. */
  readonly indicator: string;
  readonly unit: Unit;
  readonly period: string;
  readonly previousPeriod?: string | undefined;
  readonly municipality: number | null;
  readonly previous?: number | null | undefined;
  /** Whether the municipality's change from the period before is beyond chance (its counts; undefined when unknown). */
  readonly changeClear?: boolean | undefined;
  readonly country: number | null;
  /** The country's figure over the district's 3-year window (average-view.ts windowReference), where it has one. */
  readonly countryAverage?: number | null | undefined;
  readonly highest?: { readonly area: string; readonly value: number } | undefined;
  /** The district in focus and its figure. */
  readonly focus?:
    | {
        readonly area: string;
        readonly value: number | null;
        readonly numerator?: number | null;
        readonly denominator?: number | null;
        /**
         * Its 3-year figure pooled from the counts (`2022–2024`), with the summed counts,
         * where every year of the window is shown (a hidden year hides it).
         */
        readonly average?: { readonly period: string; readonly value: number; readonly numerator?: number; readonly denominator?: number } | undefined;
      }
    | undefined;
}

export interface AreaNames {
  readonly municipality: string;
  readonly country: string;
}

/** The case follow-up figures the summary uses; null = hidden (':'). */
export interface CaseFacts {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly thisMonth: number | null;
  readonly lastMonth: number | null;
  readonly sameMonthLastYear: number | null;
  readonly year: number;
  readonly total: number | null;
  readonly green: number | null;
  readonly yellow: number | null;
  readonly concerns: number | null;
  readonly meetingDate?: string | undefined;
  readonly meetingPersons?: number | null | undefined;
}

const period = (text: string) => text.replace(/^(\d{4})-(\d{4})$/, '$1–$2');
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A difference as the sentences write it: to a tenth (0 is "uendret", "på samme nivå som"). */
const tenths = (difference: number) => Math.round(difference * 10) / 10;

/** `opp 0,3 prosentpoeng` / `ned …` / `uendret`: the direction in words, never by sign alone. */
export function changeInWords(delta: number, unit: Unit, language: Language): string {
  const messages = DASHBOARD_MESSAGES[language];
  const rounded = tenths(delta);
  if (rounded === 0) return messages.unchanged;
  const change = formatChange(Math.abs(rounded), unit, language, { signed: false });
  return fillIn(rounded > 0 ? messages.up : messages.down, { change });
}

/** `1,5 prosentpoeng over` / `… under` / `på samme nivå som`. */
export function comparisonInWords(value: number, reference: number, unit: Unit, language: Language): string {
  const messages = DASHBOARD_MESSAGES[language];
  const rounded = tenths(value - reference);
  if (rounded === 0) return messages.level;
  const difference = formatChange(Math.abs(rounded), unit, language, { signed: false });
  return fillIn(rounded > 0 ? messages.above : messages.below, { difference });
}

/**
 * "What the figures say" for indicator dashboards: the headline indicator's highest district
 * and its change since the period before, then each indicator against the country, then the
 * district in focus against the municipality. Sentences with a hidden figure are left out.
 */
export function indicatorSummary(
  facts: readonly IndicatorFacts[],
  names: AreaNames,
  language: Language,
  options: {
    /** The indicators whose district trend is drawn as the 3-year average (their 3-year figure gets a sentence). */
    readonly averaged?: readonly string[];
    /** The dashboard's view: in `average`, the district is tested against the country on its pooled 3-year counts. */
    readonly view?: TrendView;
  } = {},
): string[] {
  const messages = DASHBOARD_MESSAGES[language];
  const sentences: string[] = [];
  const [headline] = facts;
  const value = (number: number, unit: Unit) => formatValue(number, unit, language);
  const words = (fact: IndicatorFacts) => {
    const indicator = messages.indicators[fact.indicator] ?? fact.indicator;
    return { indicator, indicatorCap: capitalise(indicator), period: period(fact.period), ...names };
  };
  if (headline?.highest && headline.municipality !== null && headline.country !== null) {
    sentences.push(
      fillIn(messages.highest, {
        ...words(headline),
        area: headline.highest.area,
        value: value(headline.highest.value, headline.unit),
        municipalityValue: value(headline.municipality, headline.unit),
        countryValue: value(headline.country, headline.unit),
      }),
    );
  }
  if (headline && headline.municipality !== null && headline.previous != null && headline.previousPeriod) {
    sentences.push(
      // A move the counts call chance is not a rise or a fall (the key figures say the same);
      // one that rounds to nothing is "uendret" either way.
      fillIn(headline.changeClear === false && tenths(headline.municipality - headline.previous) !== 0 ? messages.changeWithinChance : messages.change, {
        ...words(headline),
        value: value(headline.municipality, headline.unit),
        change: changeInWords(headline.municipality - headline.previous, headline.unit, language),
        previousPeriod: period(headline.previousPeriod),
      }),
    );
  }
  for (const fact of facts.slice(1)) {
    if (fact.municipality === null || fact.country === null) continue;
    sentences.push(
      fillIn(messages.versusCountry, {
        ...words(fact),
        value: value(fact.municipality, fact.unit),
        comparison: comparisonInWords(fact.municipality, fact.country, fact.unit, language),
        countryValue: value(fact.country, fact.unit),
      }),
    );
  }
  // Statistical honesty: the district in focus against the country, beyond chance or not
  // (95 % Wilson interval of its counts), in words and a symbol; small districts are named.
  // In the 3-year view the test uses the pooled counts of the window (the figure the
  // averaged chart shows) against the country over the same years, and says so; a window
  // with a hidden year has no pooled counts, so no mark (never the yearly test instead).
  const testedOnAverage = new Set<string>();
  for (const fact of facts) {
    const scale = fact.unit === 'percent' ? 100 : fact.unit === 'per_1000' ? 1000 : undefined;
    const area = fact.focus;
    if (!scale || !area) continue;
    if (options.view === 'average' && canAverage(fact)) {
      const average = area.average;
      const reference = fact.countryAverage;
      if (!average || average.numerator === undefined || average.denominator === undefined || reference == null) continue;
      const result = compareWithCountry(average.numerator, average.denominator, reference / scale);
      if (!result) continue;
      testedOnAverage.add(fact.indicator);
      sentences.push(
        fillIn(messages.significanceAverage[result], {
          ...words(fact),
          area: area.area,
          symbol: SIGNIFICANCE_SYMBOLS[result],
          value: value(average.value, fact.unit),
          countryValue: value(reference, fact.unit),
          window: average.period,
        }),
      );
      continue;
    }
    if (area.value === null || fact.country === null) continue;
    const result = compareWithCountry(area.numerator, area.denominator, fact.country / scale);
    if (!result) continue;
    const sentence = fillIn(messages.significance[result], {
      ...words(fact),
      area: area.area,
      symbol: SIGNIFICANCE_SYMBOLS[result],
      value: value(area.value, fact.unit),
      countryValue: value(fact.country, fact.unit),
    });
    // "Look at the 3-year average" only where there is one to look at: a published 3-year
    // window (Ungdata, completion) is one already.
    sentences.push(isSmall(area.denominator) && canAverage(fact) ? `${sentence} ${messages.smallArea}` : sentence);
  }
  // In the averaged view, the district's 3-year figure, as the chart shows it (unless its test against the country said it already).
  for (const fact of facts) {
    const average = fact.focus?.average;
    if (!average || !options.averaged?.includes(fact.indicator) || testedOnAverage.has(fact.indicator)) continue;
    sentences.push(fillIn(messages.average.summary, { ...words(fact), area: fact.focus!.area, value: value(average.value, fact.unit), period: average.period }));
  }
  const focus = headline?.focus;
  if (headline && focus && focus.value !== null && headline.municipality !== null) {
    sentences.push(
      fillIn(messages.focusVersus, {
        ...words(headline),
        area: focus.area,
        value: value(focus.value, headline.unit),
        comparison: comparisonInWords(focus.value, headline.municipality, headline.unit, language),
        municipalityValue: value(headline.municipality, headline.unit),
      }),
    );
  }
  return sentences;
}

/** `desember 2025` / `December 2025` from `2025-12`. */
export function monthName(month: string, language: Language): string {
  // Never "Invalid time value": anything but YYYY-MM (an empty month, say) is left as written.
  return formatPeriod(month, language);
}

/** The month before, and the same month a year before, of `YYYY-MM`. */
export function monthsToCompare(month: string): { lastMonth: string; sameMonthLastYear: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastMonth = number === 1 ? `${year - 1}-12` : `${year}-${pad(number - 1)}`;
  return { lastMonth, sameMonthLastYear: `${year - 1}-${pad(number)}` };
}

/** "What the figures say" for case follow-up; a hidden count is written `:` with the word. */
export function caseSummary(facts: CaseFacts, language: Language): string[] {
  const messages = DASHBOARD_MESSAGES[language];
  const count = (value: number | null | undefined) => (value == null ? messages.hidden : formatValue(value, 'count', language));
  if (!/^\d{4}-\d{2}$/.test(facts.month)) return []; // no months: nothing to say (the empty state says it)
  const { sameMonthLastYear } = monthsToCompare(facts.month);
  const withheld = facts.thisMonth == null && facts.lastMonth == null && facts.sameMonthLastYear == null;
  const sentences = [
    // Three ':' in one sentence say nothing: say instead that months are not published.
    withheld ? messages.monthlyWithheld : fillIn(messages.monthly, {
      month: monthName(facts.month, language),
      value: count(facts.thisMonth),
      previous: count(facts.lastMonth),
      lastYear: count(facts.sameMonthLastYear),
      lastYearMonth: monthName(sameMonthLastYear, language),
    }),
  ];
  if (facts.total !== null) {
    sentences.push(
      fillIn(messages.zonesYear, { year: String(facts.year), total: count(facts.total), green: count(facts.green), yellow: count(facts.yellow) }),
    );
  }
  if (facts.concerns !== null) {
    sentences.push(fillIn(messages.concerns, { value: count(facts.concerns), month: monthName(facts.month, language) }));
  }
  if (facts.meetingDate && facts.meetingPersons != null) {
    const date = formatPeriod(facts.meetingDate, language);
    sentences.push(fillIn(messages.meeting, { date, value: count(facts.meetingPersons) }));
  }
  return sentences;
}

/** The filters in force, as text for the printed report: `Område: Borgen; Kjønn: jenter/kvinner`. */
export function filtersInWords(filters: ReadonlyMap<string, readonly string[]>, language: Language): string {
  const messages = DASHBOARD_MESSAGES[language];
  const parts = [...filters]
    .filter(([, values]) => values.length > 0)
    .map(([column, values]) => {
      const label = messages.columns[column] ?? column;
      const shown = values.map((value) => (column === 'sex' ? (messages.sex[value as 'all'] ?? value) : value));
      return `${label}: ${shown.join(', ')}`;
    });
  return parts.length > 0 ? parts.join('; ') : messages.noFilters;
}
