/**
 * Failures the widgets themselves find (the engine's are `EngineError`s): an attribute
 * refused by its rule, a dataset of the internal tier on a page that did not opt in, a
 * load that did not end within the element's deadline, and rows that give one point of a
 * chart two figures (its filter leaves a column open: sex, age group). `errorMessage` turns each into
 * words in the reader's language; the detail stays in `message` for the console.
 */
export type WidgetErrorCode = 'invalid-attribute' | 'internal-data' | 'file-timeout' | 'engine-timeout' | 'repeated-point';

export class WidgetError extends Error {
  override readonly name = 'WidgetError';
  readonly code: WidgetErrorCode;
  /** For `invalid-attribute`: the attribute and what it accepts (`80 to 2000`, `grouped, stacked`). */
  readonly attribute: string | undefined;
  readonly valid: string | undefined;
  /** For `repeated-point`: the point that has two figures (`Borgen, 2015`). */
  readonly point: string | undefined;

  constructor(code: WidgetErrorCode, message: string, details: { attribute?: string; valid?: string; point?: string } = {}) {
    super(message);
    this.code = code;
    this.attribute = details.attribute;
    this.valid = details.valid;
    this.point = details.point;
  }
}

export function isWidgetError(value: unknown): value is WidgetError {
  return value instanceof Error && value.name === 'WidgetError' && 'code' in value;
}
