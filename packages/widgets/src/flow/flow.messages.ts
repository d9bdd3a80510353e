import type { Language } from '@slt/engine';

/** What <slt-flow> says, in each language (zone names come from zones.messages.ts). */
export interface FlowMessages {
  /** A hidden count in the text alternative, in words (a ':' was read out as "kolon"). */
  hiddenCount: string;
  /** Header labels for the ends of the ladder and the margins. */
  newCases: string;
  closed: string;
  total: string;
  /** Corner of the matrix: rows are "from", columns "to". */
  from: string;
  to: string;
  /** A quarter `2025K4` as the reader says it. */
  quarter: string;
  overview: string;
  atEnd: string;
  /** Items of the lists in the sentences. */
  toZone: string;
  closedItem: string;
  row: string;
  rowNew: string;
  rowNone: string;
  rowNewNone: string;
  columnFrom: string;
  /** Read-out of one cell: "Grønn → Gul: 0". */
  readout: string;
  /** Name of the period picker. */
  periodLabel: string;
}

export const FLOW_MESSAGES: Record<Language, FlowMessages> = {
  nb: {
    newCases: 'Ny',
    closed: 'Avsluttet',
    total: 'I alt',
    from: 'Fra ↓',
    to: 'Til →',
    hiddenCount: 'et skjult antall',
    quarter: '{quarter}. kvartal {year}',
    overview: '{period}: {total} unge i alt.',
    atEnd: 'Ved utgangen av kvartalet: {list}.',
    toZone: '{value} til {zone}',
    closedItem: '{value} avsluttet',
    row: 'Fra {zone} sone ({total}): {list}.',
    rowNew: 'Nye ({total}): {list}.',
    rowNone: 'Ingen fra {zone} sone.',
    rowNewNone: 'Ingen nye.',
    columnFrom: 'Fra',
    readout: '{from} → {to}: {value}',
    periodLabel: 'Kvartal',
  },
  nn: {
    newCases: 'Ny',
    closed: 'Avslutta',
    total: 'I alt',
    from: 'Frå ↓',
    to: 'Til →',
    hiddenCount: 'eit skjult tal',
    quarter: '{quarter}. kvartal {year}',
    overview: '{period}: {total} unge i alt.',
    atEnd: 'Ved utgangen av kvartalet: {list}.',
    toZone: '{value} til {zone}',
    closedItem: '{value} avslutta',
    row: 'Frå {zone} sone ({total}): {list}.',
    rowNew: 'Nye ({total}): {list}.',
    rowNone: 'Ingen frå {zone} sone.',
    rowNewNone: 'Ingen nye.',
    columnFrom: 'Frå',
    readout: '{from} → {to}: {value}',
    periodLabel: 'Kvartal',
  },
  da: {
    newCases: 'Ny',
    closed: 'Afsluttet',
    total: 'I alt',
    from: 'Fra ↓',
    to: 'Til →',
    hiddenCount: 'et skjult antal',
    quarter: '{quarter}. kvartal {year}',
    overview: '{period}: {total} unge i alt.',
    atEnd: 'Ved udgangen af kvartalet: {list}.',
    toZone: '{value} til {zone}',
    closedItem: '{value} afsluttet',
    row: 'Fra {zone} zone ({total}): {list}.',
    rowNew: 'Nye ({total}): {list}.',
    rowNone: 'Ingen fra {zone} zone.',
    rowNewNone: 'Ingen nye.',
    columnFrom: 'Fra',
    readout: '{from} → {to}: {value}',
    periodLabel: 'Kvartal',
  },
  en: {
    newCases: 'New',
    closed: 'Closed',
    total: 'Total',
    from: 'From ↓',
    to: 'To →',
    hiddenCount: 'a hidden number',
    quarter: 'Q{quarter} {year}',
    overview: '{period}: {total} young people in all.',
    atEnd: 'At the end of the quarter: {list}.',
    toZone: '{value} to {zone}',
    closedItem: '{value} closed',
    row: 'From the {zone} zone ({total}): {list}.',
    rowNew: 'New cases ({total}): {list}.',
    rowNone: 'None from the {zone} zone.',
    rowNewNone: 'No new cases.',
    columnFrom: 'From',
    readout: '{from} → {to}: {value}',
    periodLabel: 'Quarter',
  },
};
