import { isEngineError, type Language } from '@slt/engine';
import { fill, MESSAGES } from './messages.ts';

/**
 * The short message a reader sees for a failure. Only the unknown-column message
 * carries detail (the valid names help the developer who typed the attribute);
 * everything else stays in the console.
 */
export function errorMessage(error: unknown, language: Language): string {
  const messages = MESSAGES[language];
  if (!isEngineError(error)) return messages.errorGeneric;
  switch (error.code) {
    case 'file-not-found':
    // Until the widgets have their own "the data file does not answer" message.
    case 'file-timeout':
      return messages.errorFileNotFound;
    case 'corrupt-file':
      return messages.errorCorruptFile;
    case 'unknown-column':
      return fill(messages.errorUnknownColumn, {
        column: error.column ?? '',
        columns: (error.validColumns ?? []).join(', '),
      });
    case 'unknown-dataset':
      return messages.errorUnknownDataset;
    case 'invalid-option':
      return error.column ? fill(messages.errorInvalidOption, { column: error.column }) : messages.errorInvalidSetting;
    case 'engine-failed':
    case 'engine-timeout':
      return messages.errorEngineFailed;
    case 'query-failed':
      return messages.errorQueryFailed;
  }
}
