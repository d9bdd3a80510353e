import { formatNumber, formatYear, type Language } from '@slt/engine';
import { fill } from '../i18n/messages.ts';
import type { Count, ZonesPeriod } from './zones-data.ts';
import { joinList, ZONES_MESSAGES } from './zones.messages.ts';
import { ZONES } from './zone-style.ts';

/** A count as the reader sees it: `1 234` in their format, or ':' when hidden. */
export const countText = (count: Count, language: Language): string =>
  count.hidden ? ':' : formatNumber(count.value, language, 0);

/**
 * The text alternative: the latest period zone by zone, the hidden ones said in words with k,
 * its published total, and the total's development over the shown periods.
 * "I 2025 var 54 i grønn sone og 16 i gul; tallene for oransje og rød er skjult (færre enn 5,
 * eller ville avslørt et slikt tall)."
 */
export function summariseZones(periods: readonly ZonesPeriod[], language: Language, k: number | undefined): string[] {
  const messages = ZONES_MESSAGES[language];
  const latest = periods.at(-1);
  if (!latest) return [];
  const shown = ZONES.filter((zone) => !latest.zones[zone].hidden);
  const hidden = ZONES.filter((zone) => latest.zones[zone].hidden);
  const items = shown.map((zone, index) =>
    fill(index === 0 ? messages.inZoneFirst : messages.inZone, {
      value: countText(latest.zones[zone], language),
      zone: messages.zone[zone],
    }),
  );
  const period = formatYear(latest.year);
  const hiddenNames = joinList(hidden.map((zone) => messages.zone[zone]), messages.and);
  const hiddenClause = hidden.length === 1 ? fill(messages.hiddenOne, { zone: hiddenNames }) : fill(messages.hiddenMany, { list: hiddenNames });
  const aside = hidden.length > 0 && k !== undefined ? fill(messages.hiddenAside, { k: formatNumber(k, language, 0) }) : '';
  const zonesSentence =
    shown.length === 0
      ? fill(messages.allHidden, { period })
      : `${fill(messages.periodSentence, { period, list: joinList(items, messages.and) })}${hidden.length > 0 ? `; ${hiddenClause}` : ''}`;
  const sentences = [
    `${zonesSentence}${aside}.`,
    latest.total.hidden ? messages.totalHidden : fill(messages.total, { total: countText(latest.total, language) }),
  ];
  const known = periods.filter((period) => !period.total.hidden);
  const first = known[0];
  const last = known.at(-1);
  if (first && last && first !== last) {
    sentences.push(
      fill(messages.development, {
        first: countText(first.total, language),
        firstPeriod: formatYear(first.year),
        last: countText(last.total, language),
        lastPeriod: formatYear(last.year),
      }),
    );
  }
  return sentences;
}
