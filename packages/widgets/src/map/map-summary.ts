import { formatValue, intlLocales, type Language, type Unit } from '@slt/engine';
import { fill } from '../i18n/messages.ts';
import { formatPeriod } from '../shared/period-text.ts';
import type { District } from './map-data.ts';
import { MAP_MESSAGES } from './slt-map.messages.ts';

export interface MapSummaryOptions {
  readonly unit: Unit;
  readonly language: Language;
  readonly decimals?: number | undefined;
  /** The time shown (the latest in the data), if the data has one. */
  readonly time?: number | string | undefined;
  /** The reference area's name and figure (the municipality), if asked for. */
  readonly reference?: { readonly name: string; readonly value: number | null } | undefined;
}

/** "Borgen og Tofte" / "Borgen og Tofte" / "Borgen and Tofte", in the reader's language. */
export function listOf(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(intlLocales(language), { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * The text alternative of a map, from the data: the highest and lowest district, the
 * reference area's figure, and which districts are hidden or missing.
 * "Høyest i 2025: Borgen med 15,5 %; lavest: Vollen med 6,6 %." "Asker samlet: 10,3 %."
 */
export function summariseMap(districts: readonly District[], options: MapSummaryOptions): string[] {
  const { unit, language, decimals, time, reference } = options;
  const messages = MAP_MESSAGES[language];
  const value = (number: number) => formatValue(number, unit, language, decimals);
  const known = districts.filter((district): district is District & { value: number } => district.value !== null);
  const sentences: string[] = [];
  if (known.length > 0) {
    // Ties are compared as the reader sees them: 15,5 % and 15,5 % are the same figure.
    const shown = (district: { value: number }) => value(district.value);
    const max = Math.max(...known.map((district) => district.value));
    const min = Math.min(...known.map((district) => district.value));
    const high = known.filter((district) => shown(district) === value(max)).map((district) => district.name);
    const low = known.filter((district) => shown(district) === value(min)).map((district) => district.name);
    if (value(max) === value(min)) {
      sentences.push(fill(messages.allEqual, { areas: listOf(high, language), value: value(max) }));
    } else {
      sentences.push(
        fill(time === undefined ? messages.highLow : messages.highLowIn, {
          time: formatPeriod(String(time ?? ''), language), // 2025, or a window 2023–2025
          high: listOf(high, language),
          highValue: value(max),
          low: listOf(low, language),
          lowValue: value(min),
        }),
      );
    }
  }
  if (reference && reference.value !== null) {
    sentences.push(fill(messages.reference, { area: reference.name, value: value(reference.value) }));
  }
  const hidden = districts.filter((district) => district.hidden).map((district) => district.name);
  if (hidden.length > 0) sentences.push(fill(messages.hiddenAreas, { areas: listOf(hidden, language) }));
  const missing = districts.filter((district) => !district.hidden && district.value === null).map((district) => district.name);
  if (missing.length > 0) sentences.push(fill(messages.missingAreas, { areas: listOf(missing, language) }));
  return sentences;
}
