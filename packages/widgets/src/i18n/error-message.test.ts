import { EngineError, LANGUAGES } from '@slt/engine';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message.ts';
import { MESSAGES } from './messages.ts';

describe('errorMessage', () => {
  it('names the unknown column and the valid ones, in each language', () => {
    const error = new EngineError('unknown-column', 'x', { column: 'verdi', validColumns: ['year', 'value'] });
    expect(errorMessage(error, 'nb')).toBe('Kolonnen «verdi» finnes ikke. Gyldige kolonner: year, value.');
    expect(errorMessage(error, 'nn')).toBe('Kolonnen «verdi» finst ikkje. Gyldige kolonnar: year, value.');
    expect(errorMessage(error, 'da')).toBe('Kolonnen »verdi« findes ikke. Gyldige kolonner: year, value.');
    expect(errorMessage(error, 'en')).toBe('There is no column “verdi”. Valid columns: year, value.');
  });

  it('keeps technical detail out of the other messages', () => {
    const error = new EngineError('file-not-found', 'HTTP 404 for https://example.org/secret/path.parquet');
    expect(errorMessage(error, 'nb')).toBe('Fant ikke datafilen.');
  });

  it('gives a generic message for anything that is not an engine error', () => {
    expect(errorMessage(new TypeError('boom'), 'da')).toBe('Diagrammet kunne ikke vises.');
  });

  it('has every message in every language, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(MESSAGES.nb)) {
        const translated = MESSAGES[language][key as keyof typeof MESSAGES.nb];
        expect(translated, `${language}.${key}`).toBeTruthy();
        expect(placeholders(translated), `${language}.${key}`).toEqual(placeholders(text));
      }
    }
  });
});
