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
  /** A rise within chance (the counts say so): no arrow up, and the words say why. */
  changeUpChance: string;
  changeDownChance: string;
  /** The previous figure is hidden by disclosure control. */
  changeHidden: string;
  /** There is no previous figure for the period (SSB '..'). */
  changeMissing: string;
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
    changeUpChance: 'ingen klar endring fra {time} (opp {delta}, innenfor tilfeldig variasjon)',
    changeDownChance: 'ingen klar endring fra {time} (ned {delta}, innenfor tilfeldig variasjon)',
    changeHidden: 'tallet for {time} er skjult (:), så endringen vises ikke',
    changeMissing: 'ingen tall for {time} å sammenligne med',
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
    changeUpChance: 'inga klar endring frå {time} (opp {delta}, innanfor tilfeldig variasjon)',
    changeDownChance: 'inga klar endring frå {time} (ned {delta}, innanfor tilfeldig variasjon)',
    changeHidden: 'talet for {time} er skjult (:), så endringa blir ikkje vist',
    changeMissing: 'ingen tal for {time} å samanlikne med',
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
    changeUpChance: 'ingen klar ændring fra {time} (op {delta}, inden for tilfældig variation)',
    changeDownChance: 'ingen klar ændring fra {time} (ned {delta}, inden for tilfældig variation)',
    changeHidden: 'tallet for {time} er skjult (:), så ændringen vises ikke',
    changeMissing: 'intet tal for {time} at sammenligne med',
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
    changeUpChance: 'no clear change from {time} (up {delta}, within chance variation)',
    changeDownChance: 'no clear change from {time} (down {delta}, within chance variation)',
    changeHidden: 'the figure for {time} is hidden (:), so the change is not shown',
    changeMissing: 'no figure for {time} to compare with',
    above: '{delta} above {reference} ({value})',
    below: '{delta} below {reference} ({value})',
    same: 'the same as {reference} ({value})',
    referenceMissing: 'no figure for {reference} to compare with',
    referenceHidden: 'the figure for {reference} is hidden (:)',
  },
};
