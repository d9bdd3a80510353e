import type { Language } from '@slt/engine';

/** The strings only <slt-kpi> uses; shared words (value, loading, errors) are in i18n/messages.ts. */
export interface KpiMessages {
  /** The headline figure is hidden by disclosure control. */
  hiddenFigure: string;
  /** There is no figure for the period (SSB '..'). */
  missingFigure: string;
  changeUp: string;
  changeDown: string;
  changeNone: string;
  /** The previous figure is hidden or missing. */
  changeUnknown: string;
  above: string;
  below: string;
  same: string;
  /** The reference has no figure for the period (no row, or SSB '..'). */
  referenceMissing: string;
  /** The reference's figure is hidden by disclosure control. */
  referenceHidden: string;
}

export const KPI_MESSAGES: Record<Language, KpiMessages> = {
  nb: {
    hiddenFigure: 'tallet er skjult (:)',
    missingFigure: 'ingen tall',
    changeUp: 'opp {delta} fra {time}',
    changeDown: 'ned {delta} fra {time}',
    changeNone: 'uendret fra {time}',
    changeUnknown: 'endringen fra {time} kan ikke vises',
    above: '{delta} over {reference} ({value})',
    below: '{delta} under {reference} ({value})',
    same: 'som {reference} ({value})',
    referenceMissing: 'ingen tall for {reference} å sammenligne med',
    referenceHidden: 'tallet for {reference} er skjult (:)',
  },
  nn: {
    hiddenFigure: 'talet er skjult (:)',
    missingFigure: 'ingen tal',
    changeUp: 'opp {delta} frå {time}',
    changeDown: 'ned {delta} frå {time}',
    changeNone: 'uendra frå {time}',
    changeUnknown: 'endringa frå {time} kan ikkje visast',
    above: '{delta} over {reference} ({value})',
    below: '{delta} under {reference} ({value})',
    same: 'som {reference} ({value})',
    referenceMissing: 'ingen tal for {reference} å samanlikne med',
    referenceHidden: 'talet for {reference} er skjult (:)',
  },
  da: {
    hiddenFigure: 'tallet er skjult (:)',
    missingFigure: 'intet tal',
    changeUp: 'op {delta} fra {time}',
    changeDown: 'ned {delta} fra {time}',
    changeNone: 'uændret fra {time}',
    changeUnknown: 'ændringen fra {time} kan ikke vises',
    above: '{delta} over {reference} ({value})',
    below: '{delta} under {reference} ({value})',
    same: 'som {reference} ({value})',
    referenceMissing: 'intet tal for {reference} at sammenligne med',
    referenceHidden: 'tallet for {reference} er skjult (:)',
  },
  en: {
    hiddenFigure: 'the figure is hidden (:)',
    missingFigure: 'no figure',
    changeUp: 'up {delta} from {time}',
    changeDown: 'down {delta} from {time}',
    changeNone: 'unchanged from {time}',
    changeUnknown: 'the change from {time} cannot be shown',
    above: '{delta} above {reference} ({value})',
    below: '{delta} below {reference} ({value})',
    same: 'the same as {reference} ({value})',
    referenceMissing: 'no figure for {reference} to compare with',
    referenceHidden: 'the figure for {reference} is hidden (:)',
  },
};
