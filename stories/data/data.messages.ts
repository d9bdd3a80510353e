import type { Language } from '../../packages/engine/src/index.ts';

/** Strings of the Storybook data pages and the query console, in the reader's language. */
export interface DataMessages {
  readonly consoleTitle: string;
  readonly source: string;
  readonly updated: string;
  readonly tier: string;
  readonly synthetic: string;
  readonly rows: string;
  readonly k: string;
  readonly hiddenCells: string;
  readonly columns: string;
  readonly column: string;
  readonly type: string;
  readonly role: string;
  readonly roleCount: string;
  readonly roleDimension: string;
  readonly roleRate: string;
  readonly loading: string;
  readonly failed: string;
  readonly sql: string;
  readonly run: string;
  readonly runHint: string;
  readonly mode: string;
  readonly modeSql: string;
  readonly modeModel: string;
  readonly modeJson: string;
  readonly snippetJson: string;
  readonly dataset: string;
  readonly shownColumns: string;
  readonly filter: string;
  readonly result: (rows: number) => string;
  readonly hiddenNote: (hidden: number, k: number) => string;
  readonly monthNote: string;
  readonly noRows: string;
  readonly error: string;
  readonly chart: string;
  readonly chartAlt: (x: string, y: string, rows: number) => string;
  readonly noChart: string;
  readonly snippet: string;
  readonly copy: string;
  readonly copied: string;
  readonly snippetSql: string;
  readonly tables: string;
  readonly yes: string;
  readonly no: string;
}

export const DATA_MESSAGES: Record<Language, DataMessages> = {
  nb: {
    modeJson: 'Spørremodell (JSON)', snippetJson: 'Ingen element viser grupperte tall ennå: koden finnes for enkle utvalg (kolonner og filtre).', 
    consoleTitle: 'Spørrekonsoll',
    source: 'Kilde', updated: 'Oppdatert', tier: 'Nivå', synthetic: 'Syntetiske data', rows: 'Rader', k: 'k (minste viste antall)',
    hiddenCells: 'Skjulte celler', columns: 'Kolonner', column: 'Kolonne', type: 'Type', role: 'Rolle', roleCount: 'antall',
    roleDimension: 'inndeling (med «all»)', roleRate: 'andel', loading: 'Laster …', failed: 'Kunne ikke lese datasettet',
    sql: 'SQL', run: 'Kjør', runHint: 'Ctrl+Enter kjører spørringen.', mode: 'Spørring', modeSql: 'SQL', modeModel: 'Spørremodell',
    dataset: 'Datasett', shownColumns: 'Kolonner (kommaseparert)', filter: 'Filter (kolonne=verdi&…)',
    result: (rows) => `${rows} ${rows === 1 ? 'rad' : 'rader'}`,
    hiddenNote: (hidden, k) => `${hidden} tall skjult for å beskytte personvernet (:): færre enn ${k} personer, eller et tall som ville avslørt et slikt.`,
    monthNote: 'Alle hele tall 1–4 vises som «:», også måneds- og kvartalsnumre: bruk kolonnen period.',
    noRows: 'Spørringen ga ingen rader.', error: 'Feil i spørringen', chart: 'Diagram',
    chartAlt: (x, y, rows) => `Stolpediagram: ${y} etter ${x}, ${rows} stolper. Tallene står i tabellen.`,
    noChart: 'Diagram krever en tekstkolonne og en tallkolonne.', snippet: 'Element som viser de samme tallene',
    copy: 'Kopier', copied: 'Kopiert', snippetSql: 'Fri SQL kan ikke bli et element: bygg spørringen i spørremodellen for å få koden.',
    tables: 'Tabeller', yes: 'ja', no: 'nei',
  },
  nn: {
    modeJson: 'Spørjemodell (JSON)', snippetJson: 'Ikkje noko element viser grupperte tal enno: koden finst for enkle utval (kolonnar og filter).', 
    consoleTitle: 'Spørjekonsoll',
    source: 'Kjelde', updated: 'Oppdatert', tier: 'Nivå', synthetic: 'Syntetiske data', rows: 'Rader', k: 'k (minste viste tal)',
    hiddenCells: 'Skjulte celler', columns: 'Kolonnar', column: 'Kolonne', type: 'Type', role: 'Rolle', roleCount: 'tal',
    roleDimension: 'inndeling (med «all»)', roleRate: 'del', loading: 'Lastar …', failed: 'Kunne ikkje lese datasettet',
    sql: 'SQL', run: 'Køyr', runHint: 'Ctrl+Enter køyrer spørjinga.', mode: 'Spørjing', modeSql: 'SQL', modeModel: 'Spørjemodell',
    dataset: 'Datasett', shownColumns: 'Kolonnar (kommaseparert)', filter: 'Filter (kolonne=verdi&…)',
    result: (rows) => `${rows} ${rows === 1 ? 'rad' : 'rader'}`,
    hiddenNote: (hidden, k) => `${hidden} tal skjulte for å verne personvernet (:): færre enn ${k} personar, eller eit tal som ville avslørt eit slikt.`,
    monthNote: 'Alle heile tal 1–4 blir viste som «:», også månads- og kvartalsnummer: bruk kolonnen period.',
    noRows: 'Spørjinga gav ingen rader.', error: 'Feil i spørjinga', chart: 'Diagram',
    chartAlt: (x, y, rows) => `Stolpediagram: ${y} etter ${x}, ${rows} stolpar. Tala står i tabellen.`,
    noChart: 'Diagram krev ein tekstkolonne og ein talkolonne.', snippet: 'Element som viser dei same tala',
    copy: 'Kopier', copied: 'Kopiert', snippetSql: 'Fri SQL kan ikkje bli eit element: bygg spørjinga i spørjemodellen for å få koden.',
    tables: 'Tabellar', yes: 'ja', no: 'nei',
  },
  da: {
    modeJson: 'Forespørgselsmodel (JSON)', snippetJson: 'Intet element viser grupperede tal endnu: koden findes for enkle udvalg (kolonner og filtre).', 
    consoleTitle: 'Forespørgselskonsol',
    source: 'Kilde', updated: 'Opdateret', tier: 'Niveau', synthetic: 'Syntetiske data', rows: 'Rækker', k: 'k (mindste viste antal)',
    hiddenCells: 'Skjulte celler', columns: 'Kolonner', column: 'Kolonne', type: 'Type', role: 'Rolle', roleCount: 'antal',
    roleDimension: 'inddeling (med »all«)', roleRate: 'andel', loading: 'Indlæser …', failed: 'Kunne ikke læse datasættet',
    sql: 'SQL', run: 'Kør', runHint: 'Ctrl+Enter kører forespørgslen.', mode: 'Forespørgsel', modeSql: 'SQL', modeModel: 'Forespørgselsmodel',
    dataset: 'Datasæt', shownColumns: 'Kolonner (kommasepareret)', filter: 'Filter (kolonne=værdi&…)',
    result: (rows) => `${rows} ${rows === 1 ? 'række' : 'rækker'}`,
    hiddenNote: (hidden, k) => `${hidden} tal skjult af hensyn til persondata (:): færre end ${k} personer, eller et tal, der ville afsløre et sådant.`,
    monthNote: 'Alle hele tal 1–4 vises som »:«, også måneds- og kvartalsnumre: brug kolonnen period.',
    noRows: 'Forespørgslen gav ingen rækker.', error: 'Fejl i forespørgslen', chart: 'Diagram',
    chartAlt: (x, y, rows) => `Søjlediagram: ${y} efter ${x}, ${rows} søjler. Tallene står i tabellen.`,
    noChart: 'Et diagram kræver en tekstkolonne og en talkolonne.', snippet: 'Element der viser de samme tal',
    copy: 'Kopiér', copied: 'Kopieret', snippetSql: 'Fri SQL kan ikke blive et element: byg forespørgslen i forespørgselsmodellen for at få koden.',
    tables: 'Tabeller', yes: 'ja', no: 'nej',
  },
  en: {
    modeJson: 'Query model (JSON)', snippetJson: 'No element shows grouped figures yet: the code is there for plain selections (columns and filters).', 
    consoleTitle: 'Query console',
    source: 'Source', updated: 'Updated', tier: 'Tier', synthetic: 'Synthetic data', rows: 'Rows', k: 'k (smallest count shown)',
    hiddenCells: 'Hidden cells', columns: 'Columns', column: 'Column', type: 'Type', role: 'Role', roleCount: 'count',
    roleDimension: "classification (with 'all')", roleRate: 'rate', loading: 'Loading …', failed: 'Could not read the dataset',
    sql: 'SQL', run: 'Run', runHint: 'Ctrl+Enter runs the query.', mode: 'Query', modeSql: 'SQL', modeModel: 'Query model',
    dataset: 'Dataset', shownColumns: 'Columns (comma-separated)', filter: 'Filter (column=value&…)',
    result: (rows) => `${rows} ${rows === 1 ? 'row' : 'rows'}`,
    hiddenNote: (hidden, k) => `${hidden} figures hidden to protect privacy (:): fewer than ${k} people, or a figure that would reveal such a count.`,
    monthNote: 'Every whole number 1–4 is shown as ":", month and quarter numbers too: read the period column.',
    noRows: 'The query returned no rows.', error: 'Error in the query', chart: 'Chart',
    chartAlt: (x, y, rows) => `Bar chart: ${y} by ${x}, ${rows} bars. The figures are in the table.`,
    noChart: 'A chart needs a text column and a number column.', snippet: 'Element that shows the same figures',
    copy: 'Copy', copied: 'Copied', snippetSql: 'Free SQL cannot become an element: build the query in the query model to get the code.',
    tables: 'Tables', yes: 'yes', no: 'no',
  },
};
