import { describe, expect, it } from 'vitest';
import { datasetFacts, provenanceOfRows, rowSourceText, withProvenance } from './dataset-facts.ts';

describe('datasetFacts', () => {
  it('reads source, date, definition, synthetic and k from the metadata', () => {
    const info = {
      columns: [],
      rowCount: 0,
      metadata: {
        'slt.source': 'SSB tabell 13556',
        'slt.updated': '2026-01-15',
        'slt.description': 'Andel unge utenfor arbeid og utdanning.',
        'slt.synthetic': 'true',
        'slt.k': '5',
      },
    };
    expect(datasetFacts(info, 'nb')).toEqual({
      source: 'SSB tabell 13556',
      updated: '15. januar 2026',
      definition: 'Andel unge utenfor arbeid og utdanning.',
      synthetic: true,
      k: 5,
    });
    expect(datasetFacts(info, 'en').updated).toBe('15 January 2026');
  });

  it('prefers the text in the reader\'s language', () => {
    const metadata = { 'slt.source': 'Statistics Norway', 'slt.source.nb': 'Statistisk sentralbyrå', 'slt.description.da': 'Andel unge' };
    expect(datasetFacts({ columns: [], rowCount: 0, metadata }, 'nb').source).toBe('Statistisk sentralbyrå');
    expect(datasetFacts({ columns: [], rowCount: 0, metadata }, 'en').source).toBe('Statistics Norway');
    expect(datasetFacts({ columns: [], rowCount: 0, metadata }, 'da').definition).toBe('Andel unge');
  });

  it('says nothing it does not know', () => {
    expect(datasetFacts({ columns: [], rowCount: 0, metadata: {} }, 'nb')).toEqual({
      source: undefined,
      updated: undefined,
      definition: undefined,
      synthetic: false,
      k: undefined,
    });
  });
});

describe('provenanceOfRows and withProvenance', () => {
  const facts = { source: 'Synthetic and SSB', updated: undefined, definition: undefined, synthetic: true, k: 5 };
  const info = { columns: [], rowCount: 0, metadata: {} };

  it('drops the demo marker and names the sources only when every row shown is published', () => {
    const real = provenanceOfRows([
      { published: true, source: 'SSB 13556' },
      { published: true, source: 'SSB 13556' },
    ]);
    expect(real).toEqual({ published: true, sources: ['SSB 13556'] });
    expect(withProvenance(facts, real, info, 'nb')).toEqual({ ...facts, synthetic: false, source: 'SSB 13556' });
    const mixed = provenanceOfRows([
      { published: true, source: 'SSB 13556' },
      { published: false, source: 'synthetic' },
    ]);
    expect(mixed?.published).toBe(false);
    expect(withProvenance(facts, mixed, info, 'nb')).toBe(facts);
  });

  it('leaves the file to decide when the rows do not say', () => {
    expect(provenanceOfRows([])).toBeUndefined();
    expect(provenanceOfRows([{ source: 'SSB' }])).toBeUndefined();
    expect(withProvenance(facts, undefined, info, 'nb')).toBe(facts);
  });
});

describe('rowSourceText: a row\'s source in the reader\'s language', () => {
  const credit = { nb: 'Statistisk sentralbyrå (SSB), tabell 13556', nn: 'Statistisk sentralbyrå (SSB), tabell 13556', da: 'Statistisk sentralbyrå (SSB, Norge), tabel 13556', en: 'Statistics Norway (SSB), table 13556' };
  const info = { columns: [], rowCount: 0, metadata: { 'slt.row_sources': JSON.stringify({ 'Statistics Norway (SSB), table 13556': credit }) } };

  it('names the source as the file says it in the language, and keeps an unknown one as written', () => {
    expect(rowSourceText(info, 'Statistics Norway (SSB), table 13556', 'nb')).toBe('Statistisk sentralbyrå (SSB), tabell 13556');
    expect(rowSourceText(info, 'Statistics Norway (SSB), table 13556', 'da')).toBe('Statistisk sentralbyrå (SSB, Norge), tabel 13556');
    expect(rowSourceText(info, 'Asker kommune', 'nb')).toBe('Asker kommune');
  });

  it('names the published rows\' sources in the footer in the reader\'s language, each once', () => {
    const facts = { source: 'Synthetic and SSB', updated: undefined, definition: undefined, synthetic: true, k: 5 };
    const real = provenanceOfRows([
      { published: true, source: 'Statistics Norway (SSB), table 13556' },
      { published: true, source: 'SSB table 09050' },
    ]);
    expect(withProvenance(facts, real, info, 'nb').source).toBe('Statistisk sentralbyrå (SSB), tabell 13556; SSB table 09050');
    expect(withProvenance(facts, real, info, 'en').source).toBe('Statistics Norway (SSB), table 13556; SSB table 09050');
  });

  it('ignores metadata that is not an object of texts', () => {
    for (const raw of ['not json', '[1,2]', 'null', '{"Statistics Norway (SSB), table 13556": {"nb": 7}}']) {
      const odd = { columns: [], rowCount: 0, metadata: { 'slt.row_sources': raw } };
      expect(rowSourceText(odd, 'Statistics Norway (SSB), table 13556', 'nb')).toBe('Statistics Norway (SSB), table 13556');
    }
  });
});
