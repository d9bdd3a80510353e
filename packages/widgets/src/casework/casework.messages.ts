import type { Language } from '@slt/engine';

/** Every string of <slt-casework>, in nb, nn, da and en. Names of measures, concern types,
 * agencies and zones come from the case follow-up dashboard's messages. */
export interface CaseworkMessages {
  readonly banner: string;
  readonly bannerDetail: string;
  readonly title: string;
  readonly loading: string;
  readonly refusedPublic: string;
  readonly refusedNoTier: string;
  readonly failed: string;
  /** The file is an events file with no events in it. */
  readonly empty: string;
  readonly filters: string;
  readonly month: string;
  readonly area: string;
  readonly age: string;
  readonly sex: string;
  readonly measure: string;
  readonly agency: string;
  readonly everyone: string;
  readonly sexes: Record<string, string>;
  readonly caseload: string;
  readonly caseloadNote: string;
  readonly zone: string;
  readonly now: string;
  readonly sinceLastMeeting: (month: string) => string;
  readonly sinceLastMonth: (month: string) => string;
  readonly sinceLastYear: (month: string) => string;
  readonly total: string;
  readonly agenda: string;
  readonly agendaNote: string;
  readonly agendaCount: (n: number) => string;
  readonly agendaShown: (shown: number, all: number) => string;
  readonly agendaAll: (all: number) => string;
  readonly pseudonym: string;
  readonly weeksInZone: string;
  readonly lastDiscussed: string;
  readonly measuresRunning: string;
  readonly newConcerns: string;
  readonly showPath: (pseudonym: string) => string;
  readonly path: (pseudonym: string) => string;
  readonly pathNote: string;
  readonly pathAlt: (pseudonym: string, zones: string) => string;
  readonly meeting: string;
  readonly concern: string;
  readonly measureStart: string;
  readonly measureEnd: string;
  readonly event: string;
  readonly movements: string;
  readonly escalations: string;
  readonly deescalations: string;
  readonly movementsAlt: (months: number, up: number, down: number) => string;
  readonly measures: string;
  readonly running: string;
  readonly started12: string;
  readonly medianMonths: string;
  readonly medianToDown: string;
  readonly steppedDown: string;
  readonly concerns12: string;
  /** The <summary> that opens a chart's figures as a table. */
  readonly asTable: string;
  readonly measuresAlt: (top: string, running: number) => string;
  readonly concernsAlt: (total: number, top: string, topCount: number) => string;
  readonly report: string;
  readonly print: string;
  readonly exportCsv: string;
  readonly exportNote: (k: number) => string;
  readonly noCases: string;
  readonly closePath: string;
}

const nb: CaseworkMessages = {
  asTable: 'Vis tallene som tabell',
  measuresAlt: (top, n) => (n === 0 ? 'Ingen tiltak pågår nå.' : `Flest pågående tiltak nå: ${top} (${n}).`),
  concernsAlt: (total, top, n) => (total === 0 ? 'Ingen bekymringer de siste 12 månedene.' : `${total} bekymringer de siste 12 månedene, flest ${top} (${n}).`),
  banner: 'INTERNT: KONFIDENSIELT',
  bannerDetail: 'Personopplysninger (pseudonymisert) for 4-partsgruppen. Skal ikke deles, skrives ut til andre eller legges på åpne sider.',
  title: 'Saksoppfølging for 4-partsmøtet',
  loading: 'Laster og regner i nettleseren …',
  refusedPublic: 'Dette elementet viser bare interne data. Datasettet er merket som offentlig (slt.tier = public) og blir ikke vist her.',
  refusedNoTier: 'Datasettet sier ikke at det er internt (slt.tier mangler) og blir ikke vist.',
  failed: 'Kunne ikke lese dataene',
  empty: 'Filen har ingen hendelser å vise.',
  filters: 'Utvalg',
  month: 'Måned', area: 'Område', age: 'Alder', sex: 'Kjønn', measure: 'Tiltak', agency: 'Meldt av', everyone: 'Alle',
  sexes: { female: 'Jente', male: 'Gutt' },
  caseload: 'Saker nå etter sone',
  caseloadNote: 'Unge drøftet i 4-partsmøtet i måneden, etter sonen som ble bestemt (den høyeste når to møter i samme måned bestemte ulikt).',
  zone: 'Sone', now: 'Nå',
  sinceLastMeeting: (m) => `Endring siden forrige møte (${m})`,
  sinceLastMonth: (m) => `Endring fra forrige måned (${m})`,
  sinceLastYear: (m) => `Endring fra samme måned i fjor (${m})`,
  total: 'I alt',
  agenda: 'Saksliste til neste møte',
  agendaNote: 'Drøftet de siste tre månedene, eller med ny bekymring siden sist. Datoer er måneder; uker i sone er regnet fra måneder.',
  agendaCount: (n) => `${n} saker`,
  agendaShown: (shown, all) => `Viser de ${shown} første av ${all}.`,
  agendaAll: (all) => `Vis alle ${all}`,
  pseudonym: 'Pseudonym', weeksInZone: 'Uker i sone', lastDiscussed: 'Sist drøftet', measuresRunning: 'Tiltak nå', newConcerns: 'Nye bekymringer',
  showPath: (p) => `Vis forløpet til ${p}`,
  path: (p) => `Forløp: ${p}`,
  pathNote: 'Sone per måned med møte, tiltak og bekymringer på samme tidsakse.',
  pathAlt: (p, zones) => `Forløpet til ${p} på tiltaksstigen: ${zones}.`,
  meeting: 'Møte', concern: 'Bekymring', measureStart: 'Tiltak startet', measureEnd: 'Tiltak avsluttet', event: 'Hendelse',
  movements: 'Opp og ned på tiltaksstigen per måned',
  escalations: 'Opp', deescalations: 'Ned',
  movementsAlt: (n, up, down) => `${n} måneder: til sammen ${up} opp og ${down} ned på stigen.`,
  measures: 'Tiltak i bruk og varighet',
  running: 'Pågår nå', started12: 'Startet siste 12 mnd.', medianMonths: 'Median varighet (mnd.)',
  medianToDown: 'Median tid til neste steg ned (mnd.)', steppedDown: 'Gikk ned etterpå',
  concerns12: 'Bekymringer siste 12 måneder etter type og hvem som meldte',
  report: 'Månedsrapport', print: 'Skriv ut rapport', exportCsv: 'Last ned tallene (CSV)',
  exportNote: (k) => `Nedlastingen har bare samlede tall, skjult som i de offentlige filene: færre enn ${k} vises som «:».`,
  noCases: 'Ingen saker i dette utvalget.',
  closePath: 'Lukk forløpet',
};

const nn: CaseworkMessages = {
  ...nb,
  filters: 'Utval',
  measureStart: 'Tiltak starta',
  event: 'Hending',
  measures: 'Tiltak i bruk og varigheit',
  medianMonths: 'Median varigheit (mnd.)',
  asTable: 'Vis tala som tabell',
  measuresAlt: (top, n) => (n === 0 ? 'Ingen tiltak pågår no.' : `Flest pågåande tiltak no: ${top} (${n}).`),
  concernsAlt: (total, top, n) => (total === 0 ? 'Ingen uroer dei siste 12 månadene.' : `${total} uroer dei siste 12 månadene, flest ${top} (${n}).`),
  bannerDetail: 'Personopplysningar (pseudonymiserte) for 4-partsgruppa. Skal ikkje delast, skrivast ut til andre eller leggjast på opne sider.',
  title: 'Saksoppfølging for 4-partsmøtet',
  loading: 'Lastar og reknar i nettlesaren …',
  refusedPublic: 'Dette elementet viser berre interne data. Datasettet er merkt som ope (slt.tier = public) og blir ikkje vist her.',
  refusedNoTier: 'Datasettet seier ikkje at det er internt (slt.tier manglar) og blir ikkje vist.',
  failed: 'Kunne ikkje lese dataa',
  empty: 'Fila har ingen hendingar å vise.',
  month: 'Månad', area: 'Område', age: 'Alder', sex: 'Kjønn', measure: 'Tiltak', agency: 'Meldt av', everyone: 'Alle',
  caseload: 'Saker no etter sone',
  caseloadNote: 'Unge drøfta i 4-partsmøtet i månaden, etter sona som vart bestemt (den høgaste når to møte i same månad bestemde ulikt).',
  now: 'No',
  sinceLastMeeting: (m) => `Endring sidan førre møte (${m})`,
  sinceLastMonth: (m) => `Endring frå førre månad (${m})`,
  sinceLastYear: (m) => `Endring frå same månad i fjor (${m})`,
  agenda: 'Sakliste til neste møte',
  agendaNote: 'Drøfta dei siste tre månadene, eller med ny uro sidan sist. Datoar er månader; veker i sone er rekna frå månader.',
  agendaShown: (shown, all) => `Viser dei ${shown} første av ${all}.`,
  weeksInZone: 'Veker i sone', lastDiscussed: 'Sist drøfta', measuresRunning: 'Tiltak no', newConcerns: 'Nye uroer',
  showPath: (p) => `Vis forløpet til ${p}`,
  pathNote: 'Sone per månad med møte, tiltak og uroer på same tidsakse.',
  concern: 'Uro', measureEnd: 'Tiltak avslutta',
  movements: 'Opp og ned på tiltaksstigen per månad',
  movementsAlt: (n, up, down) => `${n} månader: til saman ${up} opp og ${down} ned på stigen.`,
  running: 'Pågår no', started12: 'Starta siste 12 mnd.', medianToDown: 'Median tid til neste steg ned (mnd.)', steppedDown: 'Gjekk ned etterpå',
  concerns12: 'Uroer siste 12 månader etter type og kven som melde',
  report: 'Månadsrapport', print: 'Skriv ut rapport', exportCsv: 'Last ned tala (CSV)',
  exportNote: (k) => `Nedlastinga har berre samla tal, skjulte som i dei opne filene: færre enn ${k} blir viste som «:».`,
  noCases: 'Ingen saker i dette utvalet.',
  closePath: 'Lukk forløpet',
};

const da: CaseworkMessages = {
  asTable: 'Vis tallene som tabel',
  measuresAlt: (top, n) => (n === 0 ? 'Ingen indsatser i gang nu.' : `Flest igangværende indsatser nu: ${top} (${n}).`),
  concernsAlt: (total, top, n) => (total === 0 ? 'Ingen bekymringer de seneste 12 måneder.' : `${total} bekymringer de seneste 12 måneder, flest ${top} (${n}).`),
  banner: 'INTERNT: FORTROLIGT',
  bannerDetail: 'Personoplysninger (pseudonymiseret) for SSP-/4-partsgruppen. Må ikke deles, printes til andre eller lægges på åbne sider.',
  title: 'Sagsopfølgning til 4-partsmødet',
  loading: 'Indlæser og regner i browseren …',
  refusedPublic: 'Dette element viser kun interne data. Datasættet er mærket offentligt (slt.tier = public) og vises ikke her.',
  refusedNoTier: 'Datasættet siger ikke, at det er internt (slt.tier mangler), og vises ikke.',
  failed: 'Kunne ikke læse data',
  empty: 'Filen har ingen hændelser at vise.',
  filters: 'Udvalg',
  month: 'Måned', area: 'Område', age: 'Alder', sex: 'Køn', measure: 'Indsats', agency: 'Meldt af', everyone: 'Alle',
  sexes: { female: 'Pige', male: 'Dreng' },
  caseload: 'Sager nu efter zone',
  caseloadNote: 'Unge drøftet på 4-partsmødet i måneden, efter den besluttede zone (den højeste, når to møder i samme måned besluttede forskelligt).',
  zone: 'Zone', now: 'Nu',
  sinceLastMeeting: (m) => `Ændring siden sidste møde (${m})`,
  sinceLastMonth: (m) => `Ændring fra sidste måned (${m})`,
  sinceLastYear: (m) => `Ændring fra samme måned sidste år (${m})`,
  total: 'I alt',
  agenda: 'Dagsorden til næste møde',
  agendaNote: 'Drøftet de seneste tre måneder, eller med ny bekymring siden sidst. Datoer er måneder; uger i zone er regnet fra måneder.',
  agendaCount: (n) => `${n} sager`,
  agendaShown: (shown, all) => `Viser de første ${shown} af ${all}.`,
  agendaAll: (all) => `Vis alle ${all}`,
  pseudonym: 'Pseudonym', weeksInZone: 'Uger i zone', lastDiscussed: 'Sidst drøftet', measuresRunning: 'Indsatser nu', newConcerns: 'Nye bekymringer',
  showPath: (p) => `Vis forløbet for ${p}`,
  path: (p) => `Forløb: ${p}`,
  pathNote: 'Zone pr. måned med møde, indsatser og bekymringer på samme tidsakse.',
  pathAlt: (p, zones) => `Forløbet for ${p} på indsatstrappen: ${zones}.`,
  meeting: 'Møde', concern: 'Bekymring', measureStart: 'Indsats startet', measureEnd: 'Indsats afsluttet', event: 'Hændelse',
  movements: 'Op og ned ad indsatstrappen pr. måned',
  escalations: 'Op', deescalations: 'Ned',
  movementsAlt: (n, up, down) => `${n} måneder: i alt ${up} op og ${down} ned ad trappen.`,
  measures: 'Indsatser i brug og varighed',
  running: 'I gang nu', started12: 'Startet seneste 12 mdr.', medianMonths: 'Median varighed (mdr.)',
  medianToDown: 'Median tid til næste trin ned (mdr.)', steppedDown: 'Gik ned bagefter',
  concerns12: 'Bekymringer seneste 12 måneder efter type og hvem der meldte',
  report: 'Månedsrapport', print: 'Udskriv rapport', exportCsv: 'Hent tallene (CSV)',
  exportNote: (k) => `Filen har kun samlede tal, skjult som i de offentlige filer: færre end ${k} vises som »:«.`,
  noCases: 'Ingen sager i dette udvalg.',
  closePath: 'Luk forløbet',
};

const en: CaseworkMessages = {
  asTable: 'Show the figures as a table',
  measuresAlt: (top, n) => (n === 0 ? 'No measures running now.' : `Most running measures now: ${top} (${n}).`),
  concernsAlt: (total, top, n) => (total === 0 ? 'No concerns in the last 12 months.' : `${total} concerns in the last 12 months, most ${top} (${n}).`),
  banner: 'INTERNAL: CONFIDENTIAL',
  bannerDetail: 'Personal data (pseudonymised) for the 4-party group. Do not share, print for others or put on open pages.',
  title: 'Case follow-up for the 4-party meeting',
  loading: 'Loading and computing in the browser …',
  refusedPublic: 'This element shows internal data only. The dataset is marked public (slt.tier = public) and is not shown here.',
  refusedNoTier: 'The dataset does not say it is internal (no slt.tier) and is not shown.',
  failed: 'Could not read the data',
  empty: 'The file has no events to show.',
  filters: 'Selection',
  month: 'Month', area: 'Area', age: 'Age', sex: 'Sex', measure: 'Measure', agency: 'Reported by', everyone: 'All',
  sexes: { female: 'Girl', male: 'Boy' },
  caseload: 'Caseload now by zone',
  caseloadNote: 'Young people discussed at the 4-party meeting in the month, by the zone decided (the higher one when two meetings in a month decided differently).',
  zone: 'Zone', now: 'Now',
  sinceLastMeeting: (m) => `Change since the last meeting (${m})`,
  sinceLastMonth: (m) => `Change from last month (${m})`,
  sinceLastYear: (m) => `Change from the same month last year (${m})`,
  total: 'Total',
  agenda: 'Agenda for the next meeting',
  agendaNote: 'Discussed in the last three months, or with a new concern since. Dates are months; weeks in zone are counted from months.',
  agendaCount: (n) => `${n} cases`,
  agendaShown: (shown, all) => `Showing the first ${shown} of ${all}.`,
  agendaAll: (all) => `Show all ${all}`,
  pseudonym: 'Pseudonym', weeksInZone: 'Weeks in zone', lastDiscussed: 'Last discussed', measuresRunning: 'Measures running', newConcerns: 'New concerns',
  showPath: (p) => `Show the path of ${p}`,
  path: (p) => `Path: ${p}`,
  pathNote: 'Zone per month with a meeting, measures and concerns on the same time axis.',
  pathAlt: (p, zones) => `The path of ${p} on the ladder: ${zones}.`,
  meeting: 'Meeting', concern: 'Concern', measureStart: 'Measure started', measureEnd: 'Measure ended', event: 'Event',
  movements: 'Up and down the ladder per month',
  escalations: 'Up', deescalations: 'Down',
  movementsAlt: (n, up, down) => `${n} months: ${up} steps up and ${down} down the ladder in all.`,
  measures: 'Measures in use and their durations',
  running: 'Running now', started12: 'Started, last 12 months', medianMonths: 'Median duration (months)',
  medianToDown: 'Median time to the next step down (months)', steppedDown: 'Stepped down after',
  concerns12: 'Concerns in the last 12 months by type and reporting agency',
  report: 'Monthly report', print: 'Print the report', exportCsv: 'Download the figures (CSV)',
  exportNote: (k) => `The download holds aggregate figures only, hidden as in the public files: fewer than ${k} is shown as ':'.`,
  noCases: 'No cases in this selection.',
  closePath: 'Close the path',
};

export const CASEWORK_MESSAGES: Record<Language, CaseworkMessages> = { nb, nn, da, en };
