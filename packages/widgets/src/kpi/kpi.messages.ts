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
  /** The reference figure is hidden or missing. */
  referenceUnknown: string;
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
    referenceUnknown: 'sammenligningen med {reference} kan ikke vises',
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
    referenceUnknown: 'samanlikninga med {reference} kan ikkje visast',
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
    referenceUnknown: 'sammenligningen med {reference} kan ikke vises',
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
    referenceUnknown: 'the comparison with {reference} cannot be shown',
  },
};
