import { isEngineError, type Language } from '@slt/engine';
import { isWidgetError } from '../shared/widget-error.ts';
import { fill, MESSAGES } from './messages.ts';

/** The messages for what can fail beyond a query: faults that end in a timeout, refusals. */
interface FaultMessages {
  /** The data file did not answer (stalled, or no bytes for too long). */
  fileTimeout: string;
  /** No answer at all from the file's server (the network, or CORS): not "not found". */
  fileUnreachable: string;
  /** DuckDB-WASM could not start, or did not answer. */
  engineFailed: string;
  /** An attribute refused by its rule, naming it and what it accepts. */
  invalidAttribute: string;
  /** A dataset of the internal tier on a public page that did not opt in with `allow-internal`. */
  internalData: string;
  /** Two rows for one point of a chart: the element's filter leaves a column open. */
  repeatedPoint: string;
  /** What a `filter` attribute looks like, for the invalid-setting message. */
  filterForm: string;
  /** What a `labels` attribute looks like (code=name pairs, in the filter's syntax). */
  labelsForm: string;
  /** What a table's `sort` attribute looks like. */
  sortForm: string;
}

export const FAULT_MESSAGES: Record<Language, FaultMessages> = {
  nb: {
    fileTimeout: 'Datafilen svarer ikke. Prøv igjen senere.',
    fileUnreachable: 'Fikk ikke hentet datafilen. Sjekk nettforbindelsen og prøv igjen.',
    engineFailed: 'Beregningsmotoren kunne ikke starte.',
    invalidAttribute: 'Ugyldig innstilling: «{attribute}» må være {valid}.',
    internalData: 'Dette er interne data og kan ikke vises på denne siden.',
    repeatedPoint: 'Dataene har mer enn ett tall for samme punkt ({point}): diagrammet trenger ett filter til, for eksempel på kjønn eller aldersgruppe.',
    filterForm: 'kolonne=verdi, flere skilt med &',
    labelsForm: 'kode=navn, flere skilt med &',
    sortForm: 'et kolonnenavn, eller kolonne:descending',
  },
  nn: {
    fileTimeout: 'Datafila svarar ikkje. Prøv igjen seinare.',
    fileUnreachable: 'Fekk ikkje henta datafila. Sjekk nettsambandet og prøv igjen.',
    engineFailed: 'Berekningsmotoren kunne ikkje starta.',
    invalidAttribute: 'Ugyldig innstilling: «{attribute}» må vere {valid}.',
    internalData: 'Dette er interne data og kan ikkje visast på denne sida.',
    repeatedPoint: 'Dataa har meir enn eitt tal for same punkt ({point}): diagrammet treng eitt filter til, til dømes på kjønn eller aldersgruppe.',
    filterForm: 'kolonne=verdi, fleire skilde med &',
    labelsForm: 'kode=namn, fleire skilde med &',
    sortForm: 'eit kolonnenamn, eller kolonne:descending',
  },
  da: {
    fileTimeout: 'Datafilen svarer ikke. Prøv igen senere.',
    fileUnreachable: 'Datafilen kunne ikke hentes. Tjek netforbindelsen, og prøv igen.',
    engineFailed: 'Beregningsmotoren kunne ikke starte.',
    invalidAttribute: 'Ugyldig indstilling: »{attribute}« skal være {valid}.',
    internalData: 'Dette er interne data og kan ikke vises på denne side.',
    repeatedPoint: 'Dataene har mere end ét tal for samme punkt ({point}): diagrammet mangler et filter, for eksempel på køn eller aldersgruppe.',
    filterForm: 'kolonne=værdi, flere adskilt med &',
    labelsForm: 'kode=navn, flere adskilt med &',
    sortForm: 'et kolonnenavn eller kolonne:descending',
  },
  en: {
    fileTimeout: 'The data file is not responding. Try again later.',
    fileUnreachable: 'The data file could not be fetched. Check the network connection and try again.',
    engineFailed: 'The calculation engine could not start.',
    invalidAttribute: 'Invalid setting: “{attribute}” must be {valid}.',
    internalData: 'These are internal data and cannot be shown on this page.',
    repeatedPoint: 'The data have more than one figure for the same point ({point}): the chart needs one more filter, for example on sex or age group.',
    filterForm: 'column=value, several joined by &',
    labelsForm: 'code=name, several joined by &',
    sortForm: 'a column name, or column:descending',
  },
};

/**
 * The short message a reader sees for a failure. The unknown-column and invalid-setting
 * messages carry detail (the valid names and values help the developer who typed the
 * attribute); everything else stays in the console.
 */
export function errorMessage(error: unknown, language: Language): string {
  const messages = MESSAGES[language];
  const faults = FAULT_MESSAGES[language];
  if (isWidgetError(error)) {
    switch (error.code) {
      case 'invalid-attribute':
        return fill(faults.invalidAttribute, { attribute: error.attribute ?? '', valid: error.valid ?? '' });
      case 'internal-data':
        return faults.internalData;
      case 'file-timeout':
        return faults.fileTimeout;
      case 'engine-timeout':
        return faults.engineFailed;
      case 'repeated-point':
        return fill(faults.repeatedPoint, { point: error.point ?? '' });
    }
  }
  if (!isEngineError(error)) return messages.errorGeneric;
  switch (error.code) {
    case 'file-timeout':
      return faults.fileTimeout;
    case 'engine-failed':
    case 'engine-timeout':
      return faults.engineFailed;
    case 'file-not-found':
      return error.unreachable ? faults.fileUnreachable : messages.errorFileNotFound;
    case 'corrupt-file':
      return messages.errorCorruptFile;
    case 'unknown-column':
      return fill(messages.errorUnknownColumn, {
        column: error.column ?? '',
        columns: (error.validColumns ?? []).join(', '),
      });
    case 'unknown-dataset':
      return messages.errorUnknownDataset;
    case 'invalid-option': {
      if (!error.column) return messages.errorInvalidSetting;
      // The options functions say what is valid in their message: "(use one of a, b)", "(use 0 to 6)";
      // only those lists and ranges are shown, and the two forms below in the reader's
      // language, never the English prose of other hints.
      const match = /\(use (?:one of ([^)]+)|(\d+ to \d+))\)/.exec(error.message);
      const form = /must look like column=value|broken %-escape/.test(error.message)
        ? error.column === 'labels'
          ? faults.labelsForm
          : faults.filterForm
        : /\(use column or column:descending\)/.test(error.message)
          ? faults.sortForm
          : undefined;
      const valid = match?.[1] ?? match?.[2] ?? form;
      return valid ? fill(faults.invalidAttribute, { attribute: error.column, valid: valid.replace(/ to /, '–') }) : fill(messages.errorInvalidOption, { column: error.column });
    }
    case 'query-failed':
      return messages.errorQueryFailed;
    default:
      return messages.errorGeneric;
  }
}
