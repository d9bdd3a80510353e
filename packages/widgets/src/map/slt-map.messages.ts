import type { Language } from '@slt/engine';

/** The strings only <slt-map> shows; shared words (table, missing, ':' note) are in i18n/messages.ts. */
export interface MapMessages {
  /** First sentence of the text alternative, when the data has a time. */
  highLowIn: string;
  /** The same without a time. */
  highLow: string;
  /** When every district with a figure has the same one. */
  allEqual: string;
  /** The reference area (the municipality) as a whole. */
  reference: string;
  hiddenAreas: string;
  missingAreas: string;
  columnRange: string;
  /** A bin of the colour scale: "6,6–7,9 %". */
  range: string;
  legendLabel: string;
  legendHidden: string;
  legendMissing: string;
  selected: string;
  clearSelection: string;
  /** The map's accessible name after the heading: how to use it by keyboard. */
  keyboardHint: string;
  selectedReadout: string;
}

export const MAP_MESSAGES: Record<Language, MapMessages> = {
  nb: {
    highLowIn: 'Høyest i {time}: {high} med {highValue}; lavest: {low} med {lowValue}.',
    highLow: 'Høyest: {high} med {highValue}; lavest: {low} med {lowValue}.',
    allEqual: '{areas}: {value}.',
    reference: '{area} samlet: {value}.',
    hiddenAreas: 'Tallet er skjult for {areas}.',
    missingAreas: 'Tall mangler for {areas}.',
    columnRange: 'Intervall',
    range: '{from}–{to}',
    legendLabel: 'Fargeforklaring',
    legendHidden: 'skjult (:)',
    legendMissing: 'mangler',
    selected: 'Valgt område: {area}.',
    clearSelection: 'Vis alle områder',
    keyboardHint: 'Bruk piltastene for å gå mellom områdene, Enter for å velge et område.',
    selectedReadout: 'valgt',
  },
  nn: {
    highLowIn: 'Høgast i {time}: {high} med {highValue}; lågast: {low} med {lowValue}.',
    highLow: 'Høgast: {high} med {highValue}; lågast: {low} med {lowValue}.',
    allEqual: '{areas}: {value}.',
    reference: '{area} samla: {value}.',
    hiddenAreas: 'Talet er skjult for {areas}.',
    missingAreas: 'Tal manglar for {areas}.',
    columnRange: 'Intervall',
    range: '{from}–{to}',
    legendLabel: 'Fargeforklaring',
    legendHidden: 'skjult (:)',
    legendMissing: 'manglar',
    selected: 'Valt område: {area}.',
    clearSelection: 'Vis alle område',
    keyboardHint: 'Bruk piltastane for å gå mellom områda, Enter for å velje eit område.',
    selectedReadout: 'valt',
  },
  da: {
    highLowIn: 'Højest i {time}: {high} med {highValue}; lavest: {low} med {lowValue}.',
    highLow: 'Højest: {high} med {highValue}; lavest: {low} med {lowValue}.',
    allEqual: '{areas}: {value}.',
    reference: '{area} samlet: {value}.',
    hiddenAreas: 'Tallet er skjult for {areas}.',
    missingAreas: 'Tal mangler for {areas}.',
    columnRange: 'Interval',
    range: '{from}–{to}',
    legendLabel: 'Farveforklaring',
    legendHidden: 'skjult (:)',
    legendMissing: 'mangler',
    selected: 'Valgt område: {area}.',
    clearSelection: 'Vis alle områder',
    keyboardHint: 'Brug piletasterne til at gå mellem områderne og Enter til at vælge et område.',
    selectedReadout: 'valgt',
  },
  en: {
    highLowIn: 'Highest in {time}: {high} at {highValue}; lowest: {low} at {lowValue}.',
    highLow: 'Highest: {high} at {highValue}; lowest: {low} at {lowValue}.',
    allEqual: '{areas}: {value}.',
    reference: '{area} overall: {value}.',
    hiddenAreas: 'The figure is hidden for {areas}.',
    missingAreas: 'No figure for {areas}.',
    columnRange: 'Range',
    range: '{from}–{to}',
    legendLabel: 'Colour key',
    legendHidden: 'hidden (:)',
    legendMissing: 'missing',
    selected: 'Chosen area: {area}.',
    clearSelection: 'Show all areas',
    keyboardHint: 'Use the arrow keys to move between areas and Enter to choose one.',
    selectedReadout: 'chosen',
  },
};
