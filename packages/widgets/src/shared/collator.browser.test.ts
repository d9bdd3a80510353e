import { describe, expect, it } from 'vitest';
import { pickersFrom } from '../filter/filter-options.ts';
import { collatorFor } from './collator.ts';

// Chromium has no nynorsk collation: `new Intl.Collator('nn-NO')` falls back to English order
// (å before æ, all after a). The pickers, bars and table must still sort as a reader expects.
describe('the reader’s alphabet in Chromium', () => {
  it('puts æ, ø, å after z in every Nordic language, nynorsk included', () => {
    for (const language of ['nb', 'nn', 'da'] as const) {
      expect(['å', 'z', 'ø', 'æ', 'a'].sort(collatorFor(language).compare), language).toEqual(['a', 'z', 'æ', 'ø', 'å']);
    }
  });

  it('sorts a nynorsk page’s filter choices so', () => {
    const rows = ['Åsane', 'Ørsta', 'Zeta', 'Ænes', 'Asker'].map((area) => ({ area }));
    const [picker] = pickersFrom(rows, [{ column: 'area', label: undefined }], [{ name: 'area', type: 'string' }], 'nn');
    expect(picker!.values).toEqual(['Asker', 'Zeta', 'Ænes', 'Ørsta', 'Åsane']);
  });
});
