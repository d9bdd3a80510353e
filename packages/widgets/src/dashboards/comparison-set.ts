import type { Language } from '@slt/engine';
import type { DashboardProfile } from './profile.ts';
import { PROFILE_MESSAGES } from './profile.messages.ts';

/**
 * Which comparison areas an indicator's charts can show. The pipeline writes figures for
 * the profile's comparison set only from public sources (SSB, DST): synthetic figures are
 * modelled for the municipality's own districts, never for another municipality. So an
 * indicator with public sources has the whole set; one without has none, and the dashboard
 * says so instead of leaving the reader to wonder where Bærum went. No DOM: tested in Node.
 */
export function comparedAreas(profile: Pick<DashboardProfile, 'comparison' | 'indicators'>, indicator: string): string[] {
  const isPublic = profile.indicators.some((entry) => entry.code === indicator && entry.public);
  return isPublic ? profile.comparison.areas.map((area) => area.name) : [];
}

/**
 * The sentence for the indicators of a dashboard that have no figures for the comparison
 * set (undefined when every one has them, or the profile names no comparison areas).
 */
export function missingComparisonNote(
  profile: Pick<DashboardProfile, 'name' | 'comparison' | 'indicators' | 'country'>,
  indicators: readonly string[],
  indicatorNames: Readonly<Record<string, string>>,
  language: Language,
): string | undefined {
  if (profile.comparison.areas.length === 0) return undefined;
  const missing = indicators.filter((indicator) => comparedAreas(profile, indicator).length === 0);
  if (missing.length === 0) return undefined;
  const m = PROFILE_MESSAGES[language];
  const template = missing.length === indicators.length ? m.comparisonMissingAll : m.comparisonMissingSome;
  return template
    .replaceAll('{label}', profile.comparison.label[language])
    .replaceAll('{areas}', profile.comparison.areas.map((area) => area.name).join(', '))
    .replaceAll('{indicators}', missing.map((indicator) => indicatorNames[indicator] ?? indicator).join(', '))
    .replaceAll('{municipality}', profile.name)
    .replaceAll('{country}', profile.country.name);
}
