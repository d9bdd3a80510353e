import type { Language } from '@slt/engine';

/**
 * Every string a reader sees, in each supported language. Placeholders are `{name}`.
 * Keep keys sorted by where they appear: states, errors, chart words.
 */
export interface Messages {
  loading: string;
  empty: string;
  /** A chart whose every figure disclosure control hid ({k}: the threshold in force). */
  allHidden: string;
  errorGeneric: string;
  errorFileNotFound: string;
  errorCorruptFile: string;
  errorUnknownColumn: string;
  errorUnknownDataset: string;
  errorInvalidOption: string;
  errorInvalidSetting: string;
  errorQueryFailed: string;
  showTable: string;
  chartLabel: string;
  /** One series' development, without the series name (it is prefixed when there is one). */
  fromTo: string;
  single: string;
  increase: string;
  decrease: string;
  unchanged: string;
  columnTime: string;
  columnSeries: string;
  columnValue: string;
  columnArea: string;
  columnPeriod: string;
  /** No choice made: every category, area or period (a picker's first option, a data margin). */
  all: string;
  valueMissing: string;
  keyboardHint: string;
  /** What is read out for the point keyboard focus is on. */
  pointReadout: string;
  /** A quarter and a half-year as a time (`part` is 1-4 or 1-2). */
  quarter: string;
  half: string;
  /** A quarter on a time axis, short. */
  quarterTick: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  downloads: string;
  /** The copy-embed-code action: its summary, the two snippets' labels, the copy button and its confirmation. */
  embedCode: string;
  embedScript: string;
  embedIframe: string;
  copy: string;
  copied: string;
  source: string;
  updated: string;
  aboutData: string;
  demoData: string;
  /** The symbol ':' explained; {k} is the threshold. */
  suppressedNote: string;
  suppressedCell: string;
  /** How many of a series' figures are hidden, after its sentence. */
  hiddenCount: string;
  /** Under a trend of windows of years: where a window's point stands on the time axis. */
  windowAxis: string;
}

export const MESSAGES: Record<Language, Messages> = {
  nb: {
    loading: 'Laster data …',
    empty: 'Ingen data for dette utvalget.',
    allHidden: 'Alle tallene her er skjult for å beskytte personvernet: færre enn {k} personer, eller tall som ville avslørt slike.',
    errorGeneric: 'Diagrammet kunne ikke vises.',
    errorFileNotFound: 'Fant ikke datafilen.',
    errorCorruptFile: 'Datafilen kan ikke leses.',
    errorUnknownColumn: 'Kolonnen «{column}» finnes ikke. Gyldige kolonner: {columns}.',
    errorUnknownDataset: 'Datakilden er ikke angitt eller ukjent.',
    errorInvalidOption: 'Ugyldig verdi for «{column}».',
    errorInvalidSetting: 'Elementet har en ugyldig innstilling.',
    errorQueryFailed: 'Uttrekket fra dataene mislyktes.',
    showTable: 'Vis tallene som tabell',
    chartLabel: 'Linjediagram',
    fromTo: 'fra {first} i {firstTime} til {last} i {lastTime}, {change}',
    single: '{value} i {time}',
    increase: 'en økning på {delta}',
    decrease: 'en nedgang på {delta}',
    unchanged: 'uendret',
    columnTime: 'Tid',
    columnSeries: 'Serie',
    columnValue: 'Verdi',
    columnArea: 'Område',
    columnPeriod: 'Periode',
    all: 'Alle',
    valueMissing: 'mangler',
    keyboardHint: 'Bruk piltastene for å gå gjennom verdiene.',
    pointReadout: '{time}: {value}',
    quarter: '{part}. kvartal {year}',
    half: '{part}. halvår {year}',
    quarterTick: '{part}. kv. {year}',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Diagram (SVG)',
    downloadPng: 'Bilde (PNG)',
    downloads: 'Last ned',
    embedCode: 'Kopier innbyggingskode',
    embedScript: 'Skriptkode (for sider som tillater skript)',
    embedIframe: 'iframe-kode (for publiseringsløsninger som fjerner skript)',
    copy: 'Kopier',
    copied: 'Kopiert',
    source: 'Kilde',
    updated: 'Oppdatert',
    aboutData: 'Om tallene',
    demoData: 'Demodata – tallene er syntetiske',
    suppressedNote: '«:» = skjult for å beskytte personvernet: færre enn {k} personer, eller et tall som ville avslørt et slikt.',
    suppressedCell: 'skjult for å beskytte personvernet: færre enn {k}, eller ville avslørt et slikt tall',
    hiddenCount: '{count} av tallene er skjult.',
    windowAxis: 'Hvert punkt gjelder en periode på flere år og står ved periodens siste år ({window} ved {year}).',
  },
  nn: {
    loading: 'Lastar data …',
    empty: 'Ingen data for dette utvalet.',
    allHidden: 'Alle tala her er skjulte for å verne personvernet: færre enn {k} personar, eller tal som ville avslørt slike.',
    errorGeneric: 'Diagrammet kunne ikkje visast.',
    errorFileNotFound: 'Fann ikkje datafila.',
    errorCorruptFile: 'Datafila kan ikkje lesast.',
    errorUnknownColumn: 'Kolonnen «{column}» finst ikkje. Gyldige kolonnar: {columns}.',
    errorUnknownDataset: 'Datakjelda er ikkje oppgitt eller er ukjend.',
    errorInvalidOption: 'Ugyldig verdi for «{column}».',
    errorInvalidSetting: 'Elementet har ei ugyldig innstilling.',
    errorQueryFailed: 'Uttrekket frå dataa mislukkast.',
    showTable: 'Vis tala som tabell',
    chartLabel: 'Linjediagram',
    fromTo: 'frå {first} i {firstTime} til {last} i {lastTime}, {change}',
    single: '{value} i {time}',
    increase: 'ein auke på {delta}',
    decrease: 'ein nedgang på {delta}',
    unchanged: 'uendra',
    columnTime: 'Tid',
    columnSeries: 'Serie',
    columnValue: 'Verdi',
    columnArea: 'Område',
    columnPeriod: 'Periode',
    all: 'Alle',
    valueMissing: 'manglar',
    keyboardHint: 'Bruk piltastane for å gå gjennom verdiane.',
    pointReadout: '{time}: {value}',
    quarter: '{part}. kvartal {year}',
    half: '{part}. halvår {year}',
    quarterTick: '{part}. kv. {year}',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Diagram (SVG)',
    downloadPng: 'Bilete (PNG)',
    downloads: 'Last ned',
    embedCode: 'Kopier innbyggingskode',
    embedScript: 'Skriptkode (for sider som tillèt skript)',
    embedIframe: 'iframe-kode (for publiseringsløysingar som fjernar skript)',
    copy: 'Kopier',
    copied: 'Kopiert',
    source: 'Kjelde',
    updated: 'Oppdatert',
    aboutData: 'Om tala',
    demoData: 'Demodata – tala er syntetiske',
    suppressedNote: '«:» = skjult for å verne personvernet: færre enn {k} personar, eller eit tal som ville avslørt eit slikt.',
    suppressedCell: 'skjult for å verne personvernet: færre enn {k}, eller ville avslørt eit slikt tal',
    hiddenCount: '{count} av tala er skjulte.',
    windowAxis: 'Kvart punkt gjeld ein periode på fleire år og står ved det siste året i perioden ({window} ved {year}).',
  },
  da: {
    loading: 'Indlæser data …',
    empty: 'Ingen data for dette udvalg.',
    allHidden: 'Alle tal her er skjult for at beskytte privatlivet: færre end {k} personer, eller tal, der ville afsløre sådanne.',
    errorGeneric: 'Diagrammet kunne ikke vises.',
    errorFileNotFound: 'Datafilen blev ikke fundet.',
    errorCorruptFile: 'Datafilen kan ikke læses.',
    errorUnknownColumn: 'Kolonnen »{column}« findes ikke. Gyldige kolonner: {columns}.',
    errorUnknownDataset: 'Datakilden er ikke angivet eller er ukendt.',
    errorInvalidOption: 'Ugyldig værdi for »{column}«.',
    errorInvalidSetting: 'Elementet har en ugyldig indstilling.',
    errorQueryFailed: 'Udtrækket fra data mislykkedes.',
    showTable: 'Vis tallene som tabel',
    chartLabel: 'Kurvediagram',
    fromTo: 'fra {first} i {firstTime} til {last} i {lastTime}, {change}',
    single: '{value} i {time}',
    increase: 'en stigning på {delta}',
    decrease: 'et fald på {delta}',
    unchanged: 'uændret',
    columnTime: 'Tid',
    columnSeries: 'Serie',
    columnValue: 'Værdi',
    columnArea: 'Område',
    columnPeriod: 'Periode',
    all: 'Alle',
    valueMissing: 'mangler',
    keyboardHint: 'Brug piletasterne til at gå gennem værdierne.',
    pointReadout: '{time}: {value}',
    quarter: '{part}. kvartal {year}',
    half: '{part}. halvår {year}',
    quarterTick: '{part}. kvt. {year}',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Diagram (SVG)',
    downloadPng: 'Billede (PNG)',
    downloads: 'Hent',
    embedCode: 'Kopiér indlejringskode',
    embedScript: 'Scriptkode (til sider, der tillader scripts)',
    embedIframe: "iframe-kode (til CMS'er, der fjerner scripts)",
    copy: 'Kopiér',
    copied: 'Kopieret',
    source: 'Kilde',
    updated: 'Opdateret',
    aboutData: 'Om tallene',
    demoData: 'Demodata – tallene er syntetiske',
    suppressedNote: '»:« = skjult af hensyn til persondata: færre end {k} personer, eller et tal, der ville afsløre et sådant.',
    suppressedCell: 'skjult af hensyn til persondata: færre end {k}, eller ville afsløre et sådant tal',
    hiddenCount: '{count} af tallene er skjult.',
    windowAxis: 'Hvert punkt gælder en periode på flere år og står ved periodens sidste år ({window} ved {year}).',
  },
  en: {
    loading: 'Loading data …',
    empty: 'No data for this selection.',
    allHidden: 'Every figure here is hidden to protect privacy: fewer than {k} people, or figures that would reveal such counts.',
    errorGeneric: 'The chart could not be shown.',
    errorFileNotFound: 'The data file was not found.',
    errorCorruptFile: 'The data file cannot be read.',
    errorUnknownColumn: 'There is no column “{column}”. Valid columns: {columns}.',
    errorUnknownDataset: 'The data source is missing or unknown.',
    errorInvalidOption: 'Invalid value for “{column}”.',
    errorInvalidSetting: 'The element has an invalid setting.',
    errorQueryFailed: 'Reading the data failed.',
    showTable: 'Show the figures as a table',
    chartLabel: 'Line chart',
    fromTo: 'from {first} in {firstTime} to {last} in {lastTime}, {change}',
    single: '{value} in {time}',
    increase: 'an increase of {delta}',
    decrease: 'a decrease of {delta}',
    unchanged: 'unchanged',
    columnTime: 'Time',
    columnSeries: 'Series',
    columnValue: 'Value',
    columnArea: 'Area',
    columnPeriod: 'Period',
    all: 'All',
    valueMissing: 'missing',
    keyboardHint: 'Use the arrow keys to step through the values.',
    pointReadout: '{time}: {value}',
    quarter: 'Q{part} {year}',
    half: 'H{part} {year}',
    quarterTick: 'Q{part} {year}',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Chart (SVG)',
    downloadPng: 'Image (PNG)',
    downloads: 'Download',
    embedCode: 'Copy embed code',
    embedScript: 'Script code (for pages that allow scripts)',
    embedIframe: 'iframe code (for CMSs that strip scripts)',
    copy: 'Copy',
    copied: 'Copied',
    source: 'Source',
    updated: 'Updated',
    aboutData: 'About the figures',
    demoData: 'Demo data – the figures are synthetic',
    suppressedNote: '“:” = hidden to protect privacy: fewer than {k} people, or a figure that would reveal such a count.',
    suppressedCell: 'hidden to protect privacy: fewer than {k}, or would reveal such a count',
    hiddenCount: '{count} of the figures are hidden.',
    windowAxis: 'Each point covers a period of several years and stands at its last year ({window} at {year}).',
  },
};

/** Fills `{name}` placeholders; a missing value is left visible so the gap is noticed. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
