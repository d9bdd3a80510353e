import { describe, expect, it } from 'vitest';
import { CASEWORK_MESSAGES, type CaseworkMessages } from './casework.messages.ts';

/** A message as the reader sees it: texts as they are, functions with sample arguments. */
const shown = (message: CaseworkMessages[keyof CaseworkMessages]): string =>
  typeof message === 'function' ? (message as (...args: unknown[]) => string)('X', 2, 3) : JSON.stringify(message);

/** Messages rightly the same as in bokmål (words the languages share, names). */
const SAME_AS_BOKMAL: Record<'nn' | 'da' | 'en', ReadonlySet<string>> = {
  nn: new Set([
    'banner', 'title', 'area', 'age', 'sex', 'measure', 'agency', 'everyone', 'sexes', 'zone', 'total', 'agendaCount', 'agendaAll',
    'pseudonym', 'showPath', 'path', 'pathAlt', 'meeting', 'escalations', 'deescalations', 'medianToDown', 'print', 'closePath',
  ]),
  da: new Set(['month', 'area', 'age', 'everyone', 'total', 'agendaAll', 'pseudonym', 'newConcerns', 'concern', 'deescalations', 'report']),
  en: new Set(['pseudonym']),
};

describe('<slt-casework> messages', () => {
  const bokmal = CASEWORK_MESSAGES.nb;
  for (const language of ['nn', 'da', 'en'] as const) {
    it(`${language} has every message, and translates each one where the languages differ`, () => {
      const other = CASEWORK_MESSAGES[language];
      expect(Object.keys(other).sort()).toEqual(Object.keys(bokmal).sort());
      const keys = Object.keys(bokmal) as (keyof CaseworkMessages)[];
      expect(keys.filter((key) => shown(other[key]) === shown(bokmal[key]) && !SAME_AS_BOKMAL[language].has(key))).toEqual([]);
    });
  }
});
