import type { Language } from '@slt/engine';

/**
 * The reader's alphabetical order (æ, ø, å after z in Norwegian and Danish), one collator per
 * language and kind, made once: making an Intl.Collator costs a millisecond or more, and the
 * bars, the table and the filter sort on every change. Nynorsk sorts as bokmål (Chromium has
 * no nynorsk collation and would fall back to English order).
 */
const COLLATION_LOCALES: Record<Language, string> = { nb: 'nb', nn: 'nb', da: 'da', en: 'en' };

const collators = new Map<string, Intl.Collator>();

/** `numeric`: numbers in text compare as numbers ("2" before "10", "0-17" before "13-15"). */
export function collatorFor(language: Language, numeric = false): Intl.Collator {
  const key = `${language}|${numeric}`;
  let collator = collators.get(key);
  if (collator === undefined) {
    collator = new Intl.Collator(COLLATION_LOCALES[language], { numeric });
    collators.set(key, collator);
  }
  return collator;
}
