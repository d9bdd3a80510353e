/**
 * Municipality codes through the reforms. SSB's grouping "kommuner 1994-2024" (KLASS,
 * `data/sources/ssb-kommuner-1994-2024.csv`) lists, for every municipality of 2024, each
 * code that covered (part of) its area and the years that code was valid:
 * `K.3203,Asker,0220,Asker (-2019)` / `3025,Asker (2020-2023)` / `3203,Asker`.
 * With it a series from 2008 to 2024 is one line for today's municipality: in each year the
 * figures of the codes valid that year are added up.
 */
import { parseCsv } from './csv.ts';

export interface CodeSpan {
  readonly code: string;
  readonly name: string;
  /** First and last year the code was valid (inclusive); null: open-ended. */
  readonly from: number | null;
  readonly to: number | null;
}

export class CodeHistory {
  /** Today's code -> the codes that make it up, over time. */
  readonly #spans = new Map<string, CodeSpan[]>();
  /** Any code -> today's code. */
  readonly #current = new Map<string, string>();
  /**
   * Municipalities SSB lists as divided between several of today's ("K.Rest"): their figures
   * are for an area that no municipality has today, so no series may use them.
   */
  readonly #divided: CodeSpan[] = [];

  constructor(readonly file: string, rows: readonly Record<string, string>[]) {
    rows.forEach((row, i) => {
      const group = row.GRUPPEKODE;
      const code = row.KODE;
      const text = row.TEKST;
      if (!group || !code || text === undefined) throw new Error(`${file}: row ${i + 2}: needs GRUPPEKODE, KODE and TEKST`);
      const today = group.replace(/^K[.-]/, '');
      const years = /\((\d{4})?-(\d{4})?\)\s*$/.exec(text);
      const span: CodeSpan = {
        code,
        name: text.replace(/\s*\([^)]*\)\s*$/, ''),
        from: years?.[1] ? Number(years[1]) : null,
        to: years?.[2] ? Number(years[2]) : null,
      };
      // "K.Rest": municipalities split between several of today's; their figures belong to none
      // ("9999 Uoppgitt kommune", unknown municipality, is in the group too and has no years).
      if (today === 'Rest') {
        if (span.to !== null) this.#divided.push(span);
        return;
      }
      this.#spans.set(today, [...(this.#spans.get(today) ?? []), span]);
      this.#current.set(code, today);
    });
    // Today's own code carries no years in the file; it starts the year after the last reform.
    for (const [today, spans] of this.#spans) {
      const ends = spans.map((span) => span.to).filter((to): to is number => to !== null);
      if (ends.length === 0) continue;
      this.#spans.set(today, spans.map((span) => (span.code === today && span.from === null && span.to === null ? { ...span, from: Math.max(...ends) + 1 } : span)));
    }
  }

  static fromText(file: string, text: string): CodeHistory {
    return new CodeHistory(file, parseCsv(text, file, ['GRUPPEKODE', 'GRUPPETEKST', 'KODE', 'TEKST']));
  }

  /** Whether the code is one of today's municipalities. */
  isCurrent(code: string): boolean {
    return this.#spans.has(code);
  }

  /** Today's code for any code in the history; undefined when it does not know the code. */
  currentOf(code: string): string | undefined {
    return this.#current.get(code);
  }

  /**
   * The divided municipalities that had today's municipality's name (Hitra 1617 and 5013, before
   * Hitra 5056 took part of Snillfjord in 2020): the likely predecessor whose figures a reader
   * would expect, and which cannot be used because the area was not today's. The history does
   * not say where each part of a divided municipality went, so the name is all there is.
   */
  dividedNamed(name: string): CodeSpan[] {
    const wanted = name.trim().toLocaleLowerCase('nb');
    return this.#divided.filter((span) => span.name.trim().toLocaleLowerCase('nb') === wanted);
  }

  /** The codes that made up today's municipality in a year (valid that year). */
  codesIn(today: string, year: number): CodeSpan[] {
    return (this.#spans.get(today) ?? []).filter((span) => (span.from === null || span.from <= year) && (span.to === null || span.to >= year));
  }
}
