import { formatChange, formatValue, type Language, type Unit } from '@slt/engine';
import { fill } from '../i18n/messages.ts';
import type { KpiFigure, KpiFigures } from './kpi-data.ts';
import { KPI_MESSAGES } from './kpi.messages.ts';
import { formatPeriod } from '../shared/period-text.ts';
import { differsClearly } from '../shared/wilson.ts';

export interface KpiTextOptions {
  readonly unit: Unit;
  readonly language: Language;
  readonly decimals?: number | undefined;
  /** The words after the figure: "av 16–25-åringene er utenfor arbeid og utdanning". */
  readonly label: string;
  /** The reference's name when its rows carry none (from the reference filter). */
  readonly referenceName: string;
  /** How the sentence names the reference, where it differs from its name in the data (`hele landet`). */
  readonly referenceLabel?: string | undefined;
}

/** Which way the figure moved; the arrow and the word both say it, so colour never has to. */
export type Direction = 'up' | 'down' | 'none' | 'unknown';

export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', none: '→', unknown: '' };

/** The pieces of a KPI as the reader sees them, all formatted in the reader's language. */
export interface KpiText {
  /** "Asker, 2025" */
  readonly where: string;
  /** "10,3 %", or ':' when hidden, '..' when missing. */
  readonly figure: string;
  readonly hidden: boolean;
  readonly label: string;
  readonly change: { readonly direction: Direction; readonly text: string } | undefined;
  readonly comparison: string | undefined;
}

export { formatPeriod } from '../shared/period-text.ts';

export function kpiText(figures: KpiFigures, options: KpiTextOptions): KpiText | undefined {
  const { current, previous, reference } = figures;
  if (!current) return undefined;
  const { unit, language, decimals } = options;
  const messages = KPI_MESSAGES[language];
  const value = (figure: KpiFigure) => formatValue(figure.value!, unit, language, decimals);
  const size = (delta: number) => formatChange(Math.abs(delta), unit, language, { decimals, signed: false });
  const zero = size(0);
  const time = formatPeriod(current.time, language);

  let change: KpiText['change'];
  if (previous) {
    const before = formatPeriod(previous.time, language);
    if (current.value === null || previous.value === null) {
      change = current.value === null ? undefined : { direction: 'unknown', text: fill(previous.hidden ? messages.changeHidden : messages.changeMissing, { time: before }) };
    } else {
      const delta = current.value - previous.value;
      const moved: Direction = size(delta) === zero ? 'none' : delta > 0 ? 'up' : 'down';
      // With the counts known, a move within chance is said to be one, and drawn as no change
      // (a tenth of a point in a district of 1 500 is one or two young people).
      const chance = moved !== 'none' && differsClearly(current.counts, previous.counts) === false;
      const template = moved === 'none' ? messages.changeNone : chance ? (moved === 'up' ? messages.changeUpChance : messages.changeDownChance) : moved === 'up' ? messages.changeUp : messages.changeDown;
      change = { direction: chance ? 'none' : moved, text: fill(template, { delta: size(delta), time: before }) };
    }
  }

  let comparison: string | undefined;
  const referenceName = options.referenceLabel || reference?.area || options.referenceName;
  if (referenceName && current.value !== null) {
    if (!reference || reference.value === null) {
      // Say which: a hidden figure (':') is there but protected, a missing one was never published.
      comparison = fill(reference?.hidden ? messages.referenceHidden : messages.referenceMissing, { reference: referenceName });
    } else {
      const delta = current.value - reference.value;
      const template = size(delta) === zero ? messages.same : delta > 0 ? messages.above : messages.below;
      comparison = fill(template, { delta: size(delta), reference: referenceName, value: value(reference) });
    }
  }

  return {
    where: current.area ? `${current.area}, ${time}` : time,
    figure: current.hidden ? ':' : current.value === null ? '..' : value(current),
    hidden: current.hidden,
    label: options.label,
    change,
    comparison,
  };
}

/** The text alternative: the KPI as sentences, the same words the reader sees. */
export function describeKpi(text: KpiText, language: Language): string[] {
  const messages = KPI_MESSAGES[language];
  const headline =
    text.figure === ':'
      ? `${text.where}: ${messages.hiddenFigure}.`
      : text.figure === '..'
        ? `${text.where}: ${messages.missingFigure}.`
        : `${text.where}: ${text.figure}${text.label ? ` ${text.label}` : ''}.`;
  return [
    headline,
    ...(text.change ? [`${capitalise(text.change.text)}.`] : []),
    ...(text.comparison ? [`${capitalise(text.comparison)}.`] : []),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
