import { EngineError, UNITS, type Unit } from '@slt/engine';
import { WidgetError } from './widget-error.ts';

/**
 * The attribute checks every element's options share, each failing loudly with what was
 * wrong (the reader sees "Ugyldig verdi for «unit»", the developer the detail).
 */

/** The `src` attribute, trimmed: a Parquet URL or a registered dataset name. */
export function sourceOption(src: string, tag: string): string {
  const trimmed = src.trim();
  if (trimmed === '') throw new EngineError('unknown-dataset', `${tag} needs a src: a Parquet URL or a registered dataset name`);
  // `javascript:`, `data:`, `file:`: no data file was ever behind it, yet the reader was told to
  // check the network. (A blob: URL is an app's own file in memory.)
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && !['http', 'https', 'blob'].includes(scheme)) {
    throw new WidgetError('invalid-attribute', `${tag}: src must be a path, an http(s) URL or a registered dataset name, not a ${scheme}: URL`, { attribute: 'src', valid: '/data/x.parquet, https://…' });
  }
  return trimmed;
}

/** The `unit` attribute: one of UNITS, `number` when empty. */
export function unitOption(text: string): Unit {
  const unit = text.trim() || 'number';
  if (!(UNITS as readonly string[]).includes(unit)) {
    throw new EngineError('invalid-option', `invalid unit: ${JSON.stringify(unit)} (use one of ${UNITS.join(', ')})`, {
      column: 'unit',
    });
  }
  return unit as Unit;
}

/** The `decimals` attribute: 0 to 6, or undefined for the unit's default. */
export function decimalsOption(decimals: number | undefined): number | undefined {
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 6)) {
    throw new EngineError('invalid-option', `invalid decimals: ${String(decimals)} (use 0 to 6)`, { column: 'decimals' });
  }
  return decimals;
}

/** A column attribute that may not be empty, trimmed. */
export function required(value: string, attribute: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new EngineError('invalid-option', `${attribute} is empty`, { column: attribute });
  return trimmed;
}

/** An attribute with a few allowed words, `fallback` when empty. */
export function oneOf<T extends string>(text: string, allowed: readonly T[], fallback: T, attribute: string): T {
  const value = text.trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new EngineError('invalid-option', `invalid ${attribute}: ${JSON.stringify(value)} (use one of ${allowed.join(', ')})`, {
      column: attribute,
    });
  }
  return value as T;
}
