import type { Language } from '@slt/engine';
import type { Zone } from './zone-style.ts';

/** What <slt-zones> (and <slt-flow> for the zone names) says, in each language. */
export interface ZonesMessages {
  /** Zone names in running text, lower case: "grønn". */
  zone: Record<Zone, string>;
  /** "54 i grønn sone": the first item of a list names the ladder's word for zone. */
  inZoneFirst: string;
  /** "12 i gul": the following items. */
  inZone: string;
  /** The word joining the last item of a list: "og". */
  and: string;
  /** One period: "I {period} var {list}". */
  periodSentence: string;
  /** The zones whose figure is hidden, said in words (a ':' was read out as "kolon"): "tallet for rød er skjult". */
  hiddenOne: string;
  /** "tallene for oransje og rød er skjult". */
  hiddenMany: string;
  /** Every zone hidden: "I {period} er tallene for alle sonene skjult". */
  allHidden: string;
  /** Why, after the hidden ones: " (færre enn {k}, eller ville avslørt et slikt tall)": a figure may be hidden only to protect another. */
  hiddenAside: string;
  total: string;
  totalHidden: string;
  /** The development of the published total over the shown periods. */
  development: string;
  /** Legend entry for the part of a bar whose split into zones is hidden. */
  hiddenLegend: string;
  /** Tooltip and read-out of the hidden part: "Skjult fordeling: til sammen 27". */
  hiddenPart: string;
  totalLabel: string;
  columnPeriod: string;
  /** Read-out of one figure: "Grønn, 2025: 54". */
  readout: string;
  selected: string;
  /** Name of the legend list. */
  legendLabel: string;
}

export const ZONES_MESSAGES: Record<Language, ZonesMessages> = {
  nb: {
    zone: { green: 'grønn', yellow: 'gul', orange: 'oransje', red: 'rød' },
    inZoneFirst: '{value} i {zone} sone',
    inZone: '{value} i {zone}',
    and: 'og',
    periodSentence: 'I {period} var {list}',
    hiddenOne: 'tallet for {zone} er skjult',
    hiddenMany: 'tallene for {list} er skjult',
    allHidden: 'I {period} er tallene for alle sonene skjult',
    hiddenAside: ' (færre enn {k}, eller ville avslørt et slikt tall)',
    total: 'Til sammen {total} unge i oppfølging.',
    totalHidden: 'Antallet til sammen er skjult.',
    development: 'Til sammen i oppfølging: {first} i {firstPeriod} og {last} i {lastPeriod}.',
    hiddenLegend: 'Skjult fordeling',
    hiddenPart: 'Skjult fordeling: til sammen {value}',
    totalLabel: 'I alt',
    columnPeriod: 'År',
    readout: '{label}, {period}: {value}',
    selected: 'valgt',
    legendLabel: 'Soner',
  },
  nn: {
    zone: { green: 'grøn', yellow: 'gul', orange: 'oransje', red: 'raud' },
    inZoneFirst: '{value} i {zone} sone',
    inZone: '{value} i {zone}',
    and: 'og',
    periodSentence: 'I {period} var {list}',
    hiddenOne: 'talet for {zone} er skjult',
    hiddenMany: 'tala for {list} er skjulte',
    allHidden: 'I {period} er tala for alle sonene skjulte',
    hiddenAside: ' (færre enn {k}, eller ville avslørt eit slikt tal)',
    total: 'Til saman {total} unge i oppfølging.',
    totalHidden: 'Talet til saman er skjult.',
    development: 'Til saman i oppfølging: {first} i {firstPeriod} og {last} i {lastPeriod}.',
    hiddenLegend: 'Skjult fordeling',
    hiddenPart: 'Skjult fordeling: til saman {value}',
    totalLabel: 'I alt',
    columnPeriod: 'År',
    readout: '{label}, {period}: {value}',
    selected: 'vald',
    legendLabel: 'Soner',
  },
  da: {
    zone: { green: 'grøn', yellow: 'gul', orange: 'orange', red: 'rød' },
    inZoneFirst: '{value} i {zone} zone',
    inZone: '{value} i {zone}',
    and: 'og',
    periodSentence: 'I {period} var der {list}',
    hiddenOne: 'tallet for {zone} er skjult',
    hiddenMany: 'tallene for {list} er skjult',
    allHidden: 'I {period} er tallene for alle zoner skjult',
    hiddenAside: ' (færre end {k}, eller ville afsløre et sådant tal)',
    total: 'I alt {total} unge i opfølgning.',
    totalHidden: 'Antallet i alt er skjult.',
    development: 'I alt i opfølgning: {first} i {firstPeriod} og {last} i {lastPeriod}.',
    hiddenLegend: 'Skjult fordeling',
    hiddenPart: 'Skjult fordeling: i alt {value}',
    totalLabel: 'I alt',
    columnPeriod: 'År',
    readout: '{label}, {period}: {value}',
    selected: 'valgt',
    legendLabel: 'Zoner',
  },
  en: {
    zone: { green: 'green', yellow: 'yellow', orange: 'orange', red: 'red' },
    inZoneFirst: '{value} in the {zone} zone',
    inZone: '{value} in {zone}',
    and: 'and',
    periodSentence: 'In {period} there were {list}',
    hiddenOne: 'the figure for {zone} is hidden',
    hiddenMany: 'the figures for {list} are hidden',
    allHidden: 'In {period} the figures for every zone are hidden',
    hiddenAside: ' (fewer than {k}, or would reveal such a count)',
    total: '{total} young people in follow-up in all.',
    totalHidden: 'The total is hidden.',
    development: 'In follow-up in all: {first} in {firstPeriod} and {last} in {lastPeriod}.',
    hiddenLegend: 'Split hidden',
    hiddenPart: 'Split hidden: {value} together',
    totalLabel: 'Total',
    columnPeriod: 'Year',
    readout: '{label}, {period}: {value}',
    selected: 'selected',
    legendLabel: 'Zones',
  },
};

/** "grønn" -> "Grønn", for legends and table headers. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "a, b, c og d" (no serial comma in nb, nn, da; none in en either, as in the examples). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
