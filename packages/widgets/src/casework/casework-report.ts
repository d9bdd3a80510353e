// The monthly report in generated sentences: this month against the month before and
// the same month a year before, in nb, nn, da and en. Pure: figures in, text out.
import type { Language } from '@slt/engine';
import { formatCount as formatNumber, monthName } from './casework-format.ts';
import { addMonths } from './casework-months.ts';
import { figuresFor, type MonthFigures } from './casework-shape.ts';

export { monthName };

interface Words {
  more: (n: string) => string;
  fewer: (n: string) => string;
  same: string;
  discussed: (month: string, n: string, vsLast: string, last: string, vsYear: string, year: string) => string;
  zones: (g: string, y: string, o: string, r: string) => string;
  moves: (up: string, down: string, upBefore: string, downBefore: string) => string;
  concerns: (n: string, before: string, last: string, year: string, yearMonth: string) => string;
  measures: (started: string, fresh: string) => string;
}

const WORDS: Record<Language, Words> = {
  nb: {
    more: (n) => `${n} flere`, fewer: (n) => `${n} færre`, same: 'like mange',
    discussed: (m, n, a, l, b, y) => `I ${m} ble ${n} unge drøftet i 4-partsmøtet, ${a} enn i ${l} og ${b} enn i ${y}.`,
    zones: (g, y, o, r) => `${g} var i grønn sone, ${y} i gul, ${o} i oransje og ${r} i rød.`,
    moves: (u, d, ub, db) => `${u} gikk opp på tiltaksstigen og ${d} gikk ned (måneden før: ${ub} opp og ${db} ned).`,
    concerns: (n, b, l, y, ym) => `${n} nye bekymringer kom inn (${b} i ${l}, ${y} i ${ym}).`,
    measures: (s, f) => `${s} tiltak ble startet, og ${f} unge ble drøftet for første gang.`,
  },
  nn: {
    more: (n) => `${n} fleire`, fewer: (n) => `${n} færre`, same: 'like mange',
    discussed: (m, n, a, l, b, y) => `I ${m} vart ${n} unge drøfta i 4-partsmøtet, ${a} enn i ${l} og ${b} enn i ${y}.`,
    zones: (g, y, o, r) => `${g} var i grøn sone, ${y} i gul, ${o} i oransje og ${r} i raud.`,
    moves: (u, d, ub, db) => `${u} gjekk opp på tiltaksstigen og ${d} gjekk ned (månaden før: ${ub} opp og ${db} ned).`,
    concerns: (n, b, l, y, ym) => `${n} nye uroer kom inn (${b} i ${l}, ${y} i ${ym}).`,
    measures: (s, f) => `${s} tiltak vart starta, og ${f} unge vart drøfta for første gong.`,
  },
  da: {
    more: (n) => `${n} flere`, fewer: (n) => `${n} færre`, same: 'lige så mange',
    discussed: (m, n, a, l, b, y) => `I ${m} blev ${n} unge drøftet på 4-partsmødet, ${a} end i ${l} og ${b} end i ${y}.`,
    zones: (g, y, o, r) => `${g} var i grøn zone, ${y} i gul, ${o} i orange og ${r} i rød.`,
    moves: (u, d, ub, db) => `${u} gik op ad indsatstrappen og ${d} gik ned (måneden før: ${ub} op og ${db} ned).`,
    concerns: (n, b, l, y, ym) => `${n} nye bekymringer kom ind (${b} i ${l}, ${y} i ${ym}).`,
    measures: (s, f) => `${s} indsatser blev startet, og ${f} unge blev drøftet for første gang.`,
  },
  en: {
    more: (n) => `${n} more`, fewer: (n) => `${n} fewer`, same: 'as many',
    discussed: (m, n, a, l, b, y) => `In ${m}, ${n} young people were discussed at the 4-party meeting, ${a} than in ${l} and ${b} than in ${y}.`,
    zones: (g, y, o, r) => `${g} were in the green zone, ${y} in yellow, ${o} in orange and ${r} in red.`,
    moves: (u, d, ub, db) => `${u} moved up the ladder and ${d} moved down (the month before: ${ub} up and ${db} down).`,
    concerns: (n, b, l, y, ym) => `${n} new concerns came in (${b} in ${l}, ${y} in ${ym}).`,
    measures: (s, f) => `${s} measures were started, and ${f} young people were discussed for the first time.`,
  },
};

/** The report's sentences for `month`, from monthlySql() rows. */
export function reportSentences(monthly: readonly MonthFigures[], month: string, language: Language): string[] {
  const w = WORDS[language];
  const n = (value: number) => formatNumber(value, language);
  const lastMonth = addMonths(month, -1);
  const lastYear = addMonths(month, -12);
  const now = figuresFor(monthly, month);
  const before = figuresFor(monthly, lastMonth);
  const yearAgo = figuresFor(monthly, lastYear);
  const change = (a: number, b: number) => (a > b ? w.more(n(a - b)) : a < b ? w.fewer(n(b - a)) : w.same);
  // 'like mange enn' reads wrong: 'as many as'. The comparison word follows.
  const discussed = w
    .discussed(monthName(month, language), n(now.discussed), change(now.discussed, before.discussed), monthName(lastMonth, language),
      change(now.discussed, yearAgo.discussed), monthName(lastYear, language))
    .replace(/(like mange|lige så mange|as many) (enn|end|than)/g, (_, same: string) => `${same} ${AS[language]}`);
  return [
    discussed,
    w.zones(n(now.green), n(now.yellow), n(now.orange), n(now.red)),
    w.moves(n(now.escalations), n(now.deescalations), n(before.escalations), n(before.deescalations)),
    w.concerns(n(now.concerns), n(before.concerns), monthName(lastMonth, language), n(yearAgo.concerns), monthName(lastYear, language)),
    w.measures(n(now.measures_started), n(now.new_cases)),
  ];
}

const AS: Record<Language, string> = { nb: 'som', nn: 'som', da: 'som', en: 'as' };
