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

  it('tells a file that no server answered for (the network, CORS) from one that is not there', () => {
    const unreachable = new EngineError('file-not-found', 'network or CORS failure (TypeError: Failed to fetch)', { unreachable: true });
    expect(errorMessage(unreachable, 'nb')).toBe('Fikk ikke hentet datafilen. Sjekk nettforbindelsen og prøv igjen.');
    expect(errorMessage(unreachable, 'nn')).toBe('Fekk ikkje henta datafila. Sjekk nettsambandet og prøv igjen.');
    expect(errorMessage(unreachable, 'da')).toBe('Datafilen kunne ikke hentes. Tjek netforbindelsen, og prøv igen.');
    expect(errorMessage(unreachable, 'en')).toBe('The data file could not be fetched. Check the network connection and try again.');
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

describe('errorMessage for faults and refused settings', () => {
  it('says the file does not answer, or the engine could not start, in each language', async () => {
    const { WidgetError } = await import('../shared/widget-error.ts');
    const stalled = new WidgetError('file-timeout', 'no bytes for 20 s');
    expect(errorMessage(stalled, 'nb')).toBe('Datafilen svarer ikke. Prøv igjen senere.');
    expect(errorMessage(stalled, 'nn')).toBe('Datafila svarar ikkje. Prøv igjen seinare.');
    expect(errorMessage(stalled, 'da')).toBe('Datafilen svarer ikke. Prøv igen senere.');
    expect(errorMessage(stalled, 'en')).toBe('The data file is not responding. Try again later.');
    expect(errorMessage(new EngineError('engine-failed', 'wasm 404'), 'nb')).toBe('Beregningsmotoren kunne ikke starte.');
    expect(errorMessage(new WidgetError('engine-timeout', 'no answer'), 'en')).toBe('The calculation engine could not start.');
  });

  it('names a refused attribute and what it accepts', async () => {
    const { WidgetError } = await import('../shared/widget-error.ts');
    expect(errorMessage(new WidgetError('invalid-attribute', 'x', { attribute: 'height', valid: '80–2000' }), 'nb')).toBe(
      'Ugyldig innstilling: «height» må være 80–2000.',
    );
    const unit = new EngineError('invalid-option', 'invalid unit: "procent" (use one of percent, per_1000, count, number)', { column: 'unit' });
    expect(errorMessage(unit, 'en')).toBe('Invalid setting: “unit” must be percent, per_1000, count, number.');
    const decimals = new EngineError('invalid-option', 'invalid decimals: 9 (use 0 to 6)', { column: 'decimals' });
    expect(errorMessage(decimals, 'da')).toBe('Ugyldig indstilling: »decimals« skal være 0–6.');
  });

  it('names a malformed filter and a table sort, with their form in the reader\'s language (the parser\'s own errors)', async () => {
    const { parseFilters } = await import('@slt/engine');
    const malformed = (() => {
      try {
        parseFilters('indicator=neet&area');
      } catch (error) {
        return error;
      }
    })();
    expect(errorMessage(malformed, 'nb')).toBe('Ugyldig innstilling: «filter» må være kolonne=verdi, flere skilt med &.');
    expect(errorMessage(malformed, 'nn')).toBe('Ugyldig innstilling: «filter» må vere kolonne=verdi, fleire skilde med &.');
    expect(errorMessage(malformed, 'en')).toBe('Invalid setting: “filter” must be column=value, several joined by &.');
    const { tableOptions } = await import('../table/table-options.ts');
    const refused = (attributes: Partial<Parameters<typeof tableOptions>[0]>) => {
      try {
        tableOptions({ src: 'a.parquet', filter: '', columns: '', labels: '', units: '', decimals: undefined, sort: '', ...attributes });
      } catch (error) {
        return error;
      }
    };
    expect(errorMessage(refused({ sort: 'value:sideways' }), 'da')).toBe('Ugyldig indstilling: »sort« skal være et kolonnenavn eller kolonne:descending.');
    expect(errorMessage(refused({ labels: 'area' }), 'nb')).toBe('Ugyldig innstilling: «labels» må være kode=navn, flere skilt med &.');
  });

  it('refuses internal data in words', async () => {
    const { WidgetError } = await import('../shared/widget-error.ts');
    expect(errorMessage(new WidgetError('internal-data', 'slt.tier internal'), 'nb')).toBe('Dette er interne data og kan ikke vises på denne siden.');
    expect(errorMessage(new WidgetError('repeated-point', 'two rows', { point: 'Borgen, 2015' }), 'en')).toBe(
      'The data have more than one figure for the same point (Borgen, 2015): the chart needs one more filter, for example on sex or age group.',
    );
  });
});
