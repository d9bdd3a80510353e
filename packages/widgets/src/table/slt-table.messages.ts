import type { Language } from '@slt/engine';

/** The strings only <slt-table> uses; shared words are in ../i18n/messages.ts. */
export interface TableMessages {
  /** The button in a column header; {column} is its label. */
  sortBy: string;
  /** Read out after a sort. */
  /** After the row count when the table is wider than its box (a phone). */
  scrollHint: string;
  sortedAscending: string;
  sortedDescending: string;
  /** The caption's second part: how many rows. */
  rowCount: string;
  /** The name of the scrollable region that holds a wide table. */
  scrollRegion: string;
  yes: string;
  no: string;
}

export const TABLE_MESSAGES: Record<Language, TableMessages> = {
  nb: {
    sortBy: 'Sorter etter {column}',
    scrollHint: 'Rull sidelengs for å se alle kolonnene.',
    sortedAscending: 'Sortert etter {column}, stigende.',
    sortedDescending: 'Sortert etter {column}, synkende.',
    rowCount: '{count} rader',
    scrollRegion: 'Tabell, kan rulles sidelengs',
    yes: 'ja',
    no: 'nei',
  },
  nn: {
    sortBy: 'Sorter etter {column}',
    scrollHint: 'Rull sidelengs for å sjå alle kolonnane.',
    sortedAscending: 'Sortert etter {column}, stigande.',
    sortedDescending: 'Sortert etter {column}, søkkande.',
    rowCount: '{count} rader',
    scrollRegion: 'Tabell, kan rullast sidelengs',
    yes: 'ja',
    no: 'nei',
  },
  da: {
    sortBy: 'Sortér efter {column}',
    scrollHint: 'Rul sidelæns for at se alle kolonner.',
    sortedAscending: 'Sorteret efter {column}, stigende.',
    sortedDescending: 'Sorteret efter {column}, faldende.',
    rowCount: '{count} rækker',
    scrollRegion: 'Tabel, kan rulles vandret',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    sortBy: 'Sort by {column}',
    scrollHint: 'Scroll sideways to see every column.',
    sortedAscending: 'Sorted by {column}, ascending.',
    sortedDescending: 'Sorted by {column}, descending.',
    rowCount: '{count} rows',
    scrollRegion: 'Table, scrolls sideways',
    yes: 'yes',
    no: 'no',
  },
};
