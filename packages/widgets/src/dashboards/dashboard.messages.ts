import type { Language } from '@slt/engine';

/** The strings the dashboards use, in bokmål, nynorsk, Danish and English. */
export interface DashboardMessages {
  summaryHeading: string;
  reportLabel: string;
  printButton: string;
  printedOn: string;
  filtersInForce: string;
  noFilters: string;
  focusLabel: string;
  sourcesHeading: string;
  privacyHeading: string;
  privacyIndicators: string;
  privacyCases: string;
  synthetic: string;
  loading: string;
  failed: string;
  /** The files are there but hold no rows (yet). */
  empty: string;
  /** Once per dashboard, beside the title (the charts inside do not repeat it). */
  demoMarker: string;
  /** Under a case chart: how many of its figures are hidden. */
  hiddenShare: string;
  /** In place of a chart whose figures are all hidden or zero. */
  tooFew: string;
  /**
   * In place of the monthly report and its sentence when the release hides every monthly count
   * of young people discussed; it names them: the month's new concerns are published, and
   * "monthly figures are not published" read as a contradiction of the sentence after it.
   */
  monthlyWithheld: string;
  /** When the release withholds every zone transition (data/README.md). */
  flowWithheld: string;
  /** Column names in the printed filters. */
  columns: Record<string, string>;
  sex: Record<'all' | 'female' | 'male', string>;
  up: string;
  down: string;
  unchanged: string;
  above: string;
  below: string;
  level: string;
  hidden: string;
  // Sentences of "What the figures say"; {placeholders} are filled in dashboard-summary.ts.
  highest: string;
  change: string;
  /** The same, when the two years' counts differ within chance (shared/wilson.ts). */
  changeWithinChance: string;
  versusCountry: string;
  /** The district in focus against the municipality, with its period: beside a 3-year figure the yearly one must say its year. */
  focusVersus: string;
  /** The district in focus against the country, tested (a symbol and words, never colour alone). */
  significance: Record<'higher' | 'lower' | 'same', string>;
  /** The same in the 3-year view: the district's pooled figure for {window} against the country's over the same years. */
  significanceAverage: Record<'higher' | 'lower' | 'same', string>;
  /** After a small district's figure: yearly shares swing by chance. */
  smallArea: string;
  /** The 3-year moving average of the district trends (average-view.ts): toggle, labels, notes. */
  average: {
    /** The toggle (a button with aria-pressed). */
    toggle: string;
    /** Why the dashboard opened averaged: the district is small. */
    smallReason: string;
    /** What the averaged view shows, when the reader chose it. */
    chosenNote: string;
    /** Indicators the source already publishes as 3-year windows: shown as they are. */
    alreadyPooled: string;
    /** After a chart's heading. */
    heading: string;
    /** A series' name in the legend, table and text alternative. */
    series: string;
    /** A series without counts (the country), kept yearly. */
    seriesYearly: string;
    /** First sentence of an averaged chart's text alternative. */
    describe: string;
    /** After an averaged series' trend: the windows it has no figure for, and why. */
    missing: string;
    /** A run of windows in `missing`: `2018–2020 til 2020–2022`. */
    windowRange: string;
    /** The data table's first column. */
    period: string;
    /** The view in words, in the printed report. */
    view: string;
    viewAverage: string;
    viewYearly: string;
    /** What `filter` must select for `<slt-average-trend>`: a refused window says so. */
    yearlyOnly: string;
    /** What `reference` must be on an average trend, which has none (the series are the comparison). */
    noReference: string;
    /** In "What the figures say", in the averaged view: the district's 3-year figure. */
    summary: string;
  };
  monthly: string;
  zonesYear: string;
  concerns: string;
  meeting: string;
  // Indicator names, in running text.
  indicators: Record<string, string>;
  // The three dashboards.
  living: { title: string; lede: string };
  youth: { title: string; lede: string; noNeighbours: string };
  cases: { title: string; lede: string };
  // Widget headings and labels ({area}, {year}, {municipality} filled in by the element).
  headings: Record<string, string>;
  labels: Record<string, string>;
  measures: Record<string, string>;
  concernTypes: Record<string, string>;
  agencies: Record<string, string>;
  zones: Record<'all' | 'green' | 'yellow' | 'orange' | 'red' | 'orange_or_red', string>;
  /** Escalation and de-escalation: moves up, down or within the ladder in a year. */
  moves: Record<'up' | 'down' | 'same', string>;
  monthlyHeading: string;
  thisMonth: string;
  lastMonth: string;
  sameMonthLastYear: string;
  zoneColumn: string;
  glossary: string;
}

const nb: DashboardMessages = {
  summaryHeading: 'Hva tallene viser',
  reportLabel: 'Rapport til kommunedirektøren',
  printButton: 'Skriv ut rapport',
  printedOn: 'Utskrevet',
  filtersInForce: 'Utvalg',
  noFilters: 'hele kommunen, alle valg',
  focusLabel: 'Område i fokus',
  sourcesHeading: 'Kilder',
  privacyHeading: 'Slik er tallene beskyttet',
  privacyIndicators:
    'Tall bygget på færre enn {k} personer vises ikke: de står som «:» (skjult for å beskytte personvernet), aldri som 0. Andre tall er skjult i tillegg der de ellers kunne regnes ut fra summene.',
  privacyCases:
    'Bare anonyme sammendrag publiseres, ingen opplysninger om enkeltpersoner. Tall under k = {k} personer vises som «:» (skjult for å beskytte personvernet: færre enn {k}), og flere tall skjules der et skjult tall ellers kunne regnes ut fra summene. «:» betyr altså «1 eller flere», aldri 0.',
  synthetic: 'Denne demoen bruker syntetiske tall (laget for demonstrasjon, ikke virkelige). Kildene under sier hvilke tall som er syntetiske.',
  loading: 'Laster tallene …',
  failed: 'Tallene kunne ikke lastes.',
  empty: 'Det finnes ingen tall å vise ennå.',
  demoMarker: 'Demodata – tallene er syntetiske',
  hiddenShare: '{hidden} av {cells} tall er skjult («:»).',
  tooFew: 'For få saker i {period} til å vise {what}.',
  flowWithheld: 'Bevegelser mellom soner per kvartal publiseres ikke: for få saker til at de kan vises uten å avsløre noen. Se bevegelsene i tiltakstrappen per år ovenfor.',
  monthlyWithheld: 'Hvor mange unge som ble drøftet i 4-partsmøtene hver måned, publiseres ikke: hver måned har for få saker til at tallet kan vises uten å avsløre noen. Se årstallene nedenfor.',
  columns: { area: 'Område', sex: 'Kjønn', year: 'År', age_group: 'Aldersgruppe', zone: 'Sone', measure: 'Tiltak' },
  sex: { all: 'alle', female: 'jenter/kvinner', male: 'gutter/menn' },
  up: 'opp {change}',
  down: 'ned {change}',
  unchanged: 'uendret',
  above: '{difference} over',
  below: '{difference} under',
  level: 'på samme nivå som',
  hidden: ': (skjult)',
  highest: '{indicatorCap}: høyest i {area} ({value}), mot {municipalityValue} i {municipality} og {countryValue} i {country} ({period}).',
  change: '{indicatorCap} i {municipality}: {value} i {period}, {change} fra {previousPeriod}.',
  changeWithinChance: '{indicatorCap} i {municipality}: {value} i {period}, ingen klar endring fra {previousPeriod} ({change}, innenfor tilfeldig variasjon).',
  versusCountry: '{indicatorCap}: {municipality} {value}, {comparison} {country} ({countryValue}).',
  focusVersus: '{area}: {indicator} {value} i {period}, {comparison} {municipality} ({municipalityValue}).',
  significance: {
    higher: '{symbol} {area}: {indicator} {value} er klart høyere enn i {country} ({countryValue}), mer enn tilfeldig variasjon.',
    lower: '{symbol} {area}: {indicator} {value} er klart lavere enn i {country} ({countryValue}), mer enn tilfeldig variasjon.',
    same: '{symbol} {area}: {indicator} {value} skiller seg ikke klart fra {country} ({countryValue}).',
  },  significanceAverage: {
    higher: '{symbol} {area}: {indicator} {value} som 3-års gjennomsnitt for {window} er klart høyere enn i {country} ({countryValue} for de samme årene), mer enn tilfeldig variasjon.',
    lower: '{symbol} {area}: {indicator} {value} som 3-års gjennomsnitt for {window} er klart lavere enn i {country} ({countryValue} for de samme årene), mer enn tilfeldig variasjon.',
    same: '{symbol} {area}: {indicator} {value} som 3-års gjennomsnitt for {window} skiller seg ikke klart fra {country} ({countryValue} for de samme årene).',
  },

  smallArea: 'Området er lite: se helst på gjennomsnittet over tre år.',
  average: {
    toggle: 'Vis 3-års glidende gjennomsnitt',
    smallReason: 'Tallene for små bydeler vises som 3-års gjennomsnitt fordi de svinger mye fra år til år.',
    chosenNote: 'Utviklingen vises som 3-års glidende gjennomsnitt: hvert punkt gjelder de tre årene fram til og med året.',
    alreadyPooled: '{indicators} publiseres allerede som 3-års tall og vises som de er.',
    heading: '{heading} (3-års glidende gjennomsnitt)',
    series: '{series} (3-års gjennomsnitt)',
    seriesYearly: '{series} (årlige tall)',
    describe: '3-års glidende gjennomsnitt: hvert punkt gjelder de tre årene fram til og med året (for eksempel {window}), regnet som summen av tellerne delt på summen av nevnerne. År uten tre hele år bak seg vises ikke.',
    missing: '{series} mangler for {windows}: et år i perioden har ikke tallene gjennomsnittet regnes fra (telleren og nevneren).',
    windowRange: '{from} til {to}',
    period: 'Periode',
    view: 'Visning',
    viewAverage: '3-års glidende gjennomsnitt',
    viewYearly: 'årlige tall',
    yearlyOnly: 'et utvalg av årstall, ikke 3-års perioder',
    noReference: 'tom: gjennomsnittsdiagrammet tegner ingen referanselinje',
    summary: '{area}: {indicator} {value} som 3-års gjennomsnitt for {period}.',
  },
  monthly: 'I {month} ble {value} unge drøftet i 4-partsmøtene, mot {previous} måneden før og {lastYear} i {lastYearMonth}.',
  zonesYear: 'I {year} var {total} unge i oppfølging, {green} av dem i grønn sone og {yellow} i gul.',
  concerns: '{value} nye bekymringer kom inn i {month}.',
  meeting: 'På siste møte ({date}) ble {value} unge drøftet.',
  indicators: {
    persistent_low_income_children: 'andel barn i husholdninger med vedvarende lavinntekt',
    crowded_housing: 'andel barn som bor trangt',
    child_welfare_per_1000: 'barn med barnevernstiltak per 1 000',
    ungdata_bullied: 'andel elever som blir mobbet',
    ungdata_lonely: 'andel elever som er plaget av ensomhet',
    neet_16_25: 'andel unge 16–25 år utenfor arbeid og utdanning',
    neet_15_29: 'andel unge 15–29 år utenfor arbeid og utdanning',
    upper_secondary_completion: 'andel som fullfører videregående',
  },
  living: {
    title: 'Levekår for barn og unge',
    lede: 'Lavinntekt, boforhold, barnevern, skole og trivsel etter område og over tid, sammenlignet med kommunen og landet.',
  },
  youth: {
    title: 'Unge utenfor arbeid og utdanning',
    lede: 'Unge som verken er i arbeid, utdanning eller arbeidsmarkedstiltak, etter alder, kjønn og område, og fullført videregående.',
    noNeighbours: 'Datagrunnlaget har ikke tall for nabokommuner; kommunen sammenlignes med landet.',
  },
  cases: {
    title: 'Oppfølging av unge i SLT',
    lede: 'Unge i oppfølging etter sone i tiltakstrappen, bevegelser mellom soner, tiltak, nye bekymringer og 4-partsmøtene.',
  },
  headings: {
    lowIncomeMap: 'Vedvarende lavinntekt blant barn etter område, {period}',
    lowIncomeTrend: 'Vedvarende lavinntekt blant barn: {area}, {municipality} og landet',
    childWelfareBars: 'Barn med barnevernstiltak per 1 000 (0–22 år), {year}',
    childWelfareTrend: 'Barnevernstiltak per 1 000: {area}, {municipality} og landet',
    crowdedBars: 'Barn som bor trangt, etter område, {year}',
    lonelyTrend: 'Elever plaget av ensomhet (Ungdata): {area}, {municipality} og landet',
    bulliedTrend: 'Elever som blir mobbet (Ungdata): {area}, {municipality} og landet',
    kpiLowIncome: 'Vedvarende lavinntekt',
    kpiCrowded: 'Trangboddhet',
    kpiChildWelfare: 'Barnevernstiltak',
    kpiBullied: 'Mobbing',
    kpiLonely: 'Ensomhet',
    filter: 'Velg område',
    neetTrend: 'Unge 16–25 år utenfor arbeid og utdanning: {area}, {municipality} og landet',
    neetTrendNoCountry: 'Unge 16–25 år utenfor arbeid og utdanning: {area} og {municipality}',
    neetNational: 'Unge 15–29 år utenfor arbeid og utdanning: {municipality} og landet',
    neetDistricts: 'Unge 16–25 år utenfor arbeid og utdanning etter område og kjønn, {year}',
    neetAge: 'Utenfor arbeid og utdanning etter aldersgruppe, {year}',
    neetMap: 'Unge 16–25 år utenfor arbeid og utdanning etter område, {year}',
    completionTrend: 'Fullført videregående innen fem år: {area}, {municipality} og landet',
    completionBars: 'Fullført videregående etter område, {period}',
    kpiNeet: 'Utenfor, 16–25 år',
    kpiNeet1529: 'Utenfor, 15–29 år',
    kpiCompletion: 'Fullført videregående',
    filterYouth: 'Velg område og kjønn',
    zones: 'Unge i oppfølging etter sone i tiltakstrappen',
    flow: 'Bevegelser mellom soner',
    measures: 'Hovedtiltak for unge i oppfølging, {year}',
    concernTypes: 'Nye bekymringer etter type, {year}',
    zonesYear: 'Unge i oppfølging etter sone, {year} (oransje og rød samlet)',
    moves: 'Overganger i tiltakstrappen fra kvartal til kvartal, {year} (én ung person kan telles opptil fire ganger)',
    concernsWhat: 'bekymringene etter type',
    agenciesWhat: 'bekymringene etter hvem som meldte',
    movesWhat: 'bevegelsene i trappen',
    measuresWhat: 'tiltakene',
    meetingsWhat: '4-partsmøtene',
    zonesWhat: 'sonene',
    concernAgencies: 'Nye bekymringer etter hvem som meldte, {year}',
    meetings: 'Unge drøftet per 4-partsmøte (hver 14. dag)',
    kpiMonthly: 'Unge drøftet i måneden',
  },
  labels: {
    ageGroup: '{age} år',
    lowIncome: 'av barna bor i husholdninger med vedvarende lavinntekt',
    crowded: 'av barna bor trangt',
    childWelfare: 'barn og unge 0–22 år har barnevernstiltak',
    bullied: 'av elevene i 8.–10. trinn blir mobbet',
    lonely: 'av elevene i 8.–10. trinn er plaget av ensomhet',
    neet: 'av 16–25-åringene er utenfor arbeid og utdanning',
    neet1529: 'av 15–29-åringene er utenfor arbeid og utdanning',
    completion: 'fullfører videregående innen fem år',
    monthly: 'unge drøftet i 4-partsmøtene',
  },
  measures: {
    child_welfare_placement: 'Plassering i barnevernsinstitusjon',
    konfliktrad_ungdomsstraff: 'Ungdomsstraff (Konfliktrådet)',
    konfliktrad_ungdomsoppfolging: 'Ungdomsoppfølging (Konfliktrådet)',
    change_of_school: 'Bytte av skole eller miljø',
    ambulant_youth_team: 'Oppfølging fra ambulant ungdomsteam (AUT)',
    family_network_meeting: 'Nettverksmøte med familien',
    parent_programme: 'Foreldreprogram',
    leisure_mentor: 'Fritidsjobb eller fritidsmentor',
    police_talk: 'Bekymringssamtale med politiet',
    none: 'Ingen tiltak ennå',
  },
  concernTypes: {
    violence: 'Vold',
    threats: 'Trusler',
    harassment: 'Trakassering',
    theft: 'Tyveri',
    vandalism: 'Hærverk',
    drugs: 'Rus',
    school_absence: 'Skolefravær',
    weapon: 'Våpen',
  },
  agencies: {
    police: 'Politiet',
    school: 'Skolen',
    child_welfare: 'Barnevernet',
    ambulant_youth_team: 'Ambulant ungdomsteam',
    slt: 'SLT',
  },
  zones: { all: 'I alt', green: 'Grønn', yellow: 'Gul', orange: 'Oransje', red: 'Rød', orange_or_red: 'Oransje eller rød' },
  moves: { up: 'Opp i trappen (eskalering)', down: 'Ned i trappen (deeskalering)', same: 'Ble i samme sone' },
  monthlyHeading: 'Månedsrapport: {month}',
  thisMonth: 'Denne måneden',
  lastMonth: 'Måneden før',
  sameMonthLastYear: 'Samme måned i fjor',
  zoneColumn: 'Sone',
  glossary: 'Kodene i diagrammene',
};

const nn: DashboardMessages = {
  summaryHeading: 'Kva tala viser',
  reportLabel: 'Rapport til kommunedirektøren',
  printButton: 'Skriv ut rapport',
  printedOn: 'Skrive ut',
  filtersInForce: 'Utval',
  noFilters: 'heile kommunen, alle val',
  focusLabel: 'Område i fokus',
  sourcesHeading: 'Kjelder',
  privacyHeading: 'Slik er tala verna',
  privacyIndicators:
    'Tal bygde på færre enn {k} personar blir ikkje viste: dei står som «:» (skjult for å verne personvernet), aldri som 0. Andre tal er i tillegg skjulte der dei elles kunne reknast ut frå summane.',
  privacyCases:
    'Berre anonyme samandrag blir publiserte, ingen opplysningar om einskildpersonar. Tal under k = {k} personar blir viste som «:» (skjult for å verne personvernet: færre enn {k}), og fleire tal blir skjulte der eit skjult tal elles kunne reknast ut frå summane. «:» tyder altså «1 eller fleire», aldri 0.',
  synthetic: 'Denne demoen bruker syntetiske tal (laga for demonstrasjon, ikkje verkelege). Kjeldene under seier kva tal som er syntetiske.',
  loading: 'Lastar tala …',
  failed: 'Tala kunne ikkje lastast.',
  empty: 'Det finst ingen tal å vise enno.',
  demoMarker: 'Demodata – tala er syntetiske',
  hiddenShare: '{hidden} av {cells} tal er skjulte («:»).',
  tooFew: 'For få saker i {period} til å vise {what}.',
  flowWithheld: 'Rørsler mellom soner per kvartal blir ikkje publiserte: for få saker til at dei kan visast utan å avsløre nokon. Sjå rørslene i tiltakstrappa per år ovanfor.',
  monthlyWithheld: 'Kor mange unge som vart drøfta i 4-partsmøta kvar månad, blir ikkje publisert: kvar månad har for få saker til at talet kan visast utan å avsløre nokon. Sjå årstala nedanfor.',
  columns: { area: 'Område', sex: 'Kjønn', year: 'År', age_group: 'Aldersgruppe', zone: 'Sone', measure: 'Tiltak' },
  sex: { all: 'alle', female: 'jenter/kvinner', male: 'gutar/menn' },
  up: 'opp {change}',
  down: 'ned {change}',
  unchanged: 'uendra',
  above: '{difference} over',
  below: '{difference} under',
  level: 'på same nivå som',
  highest: '{indicatorCap}: høgast i {area} ({value}), mot {municipalityValue} i {municipality} og {countryValue} i {country} ({period}).',
  change: '{indicatorCap} i {municipality}: {value} i {period}, {change} frå {previousPeriod}.',
  changeWithinChance: '{indicatorCap} i {municipality}: {value} i {period}, inga klar endring frå {previousPeriod} ({change}, innanfor tilfeldig variasjon).',
  monthly: 'I {month} vart {value} unge drøfta i 4-partsmøta, mot {previous} månaden før og {lastYear} i {lastYearMonth}.',
  zonesYear: 'I {year} var {total} unge i oppfølging, {green} av dei i grøn sone og {yellow} i gul.',
  concerns: '{value} nye uroer kom inn i {month}.',
  meeting: 'På siste møtet ({date}) vart {value} unge drøfta.',
  indicators: {
    persistent_low_income_children: 'del born i hushald med vedvarande låginntekt',
    crowded_housing: 'del born som bur trongt',
    child_welfare_per_1000: 'born med barnevernstiltak per 1 000',
    ungdata_bullied: 'del elevar som blir mobba',
    ungdata_lonely: 'del elevar som er plaga av einsemd',
    neet_16_25: 'del unge 16–25 år utanfor arbeid og utdanning',
    neet_15_29: 'del unge 15–29 år utanfor arbeid og utdanning',
    upper_secondary_completion: 'del som fullfører vidaregåande',
  },
  living: {
    title: 'Levekår for born og unge',
    lede: 'Låginntekt, buforhold, barnevern, skule og trivsel etter område og over tid, samanlikna med kommunen og landet.',
  },
  youth: {
    title: 'Unge utanfor arbeid og utdanning',
    lede: 'Unge som verken er i arbeid, utdanning eller arbeidsmarknadstiltak, etter alder, kjønn og område, og fullført vidaregåande.',
    noNeighbours: 'Datagrunnlaget har ikkje tal for nabokommunar; kommunen blir samanlikna med landet.',
  },
  cases: {
    title: 'Oppfølging av unge i SLT',
    lede: 'Unge i oppfølging etter sone i tiltakstrappa, rørsler mellom soner, tiltak, nye uroer og 4-partsmøta.',
  },
  hidden: ': (skjult)',
  versusCountry: '{indicatorCap}: {municipality} {value}, {comparison} {country} ({countryValue}).',
  focusVersus: '{area}: {indicator} {value} i {period}, {comparison} {municipality} ({municipalityValue}).',
  significance: {
    higher: '{symbol} {area}: {indicator} {value} er klart høgare enn i {country} ({countryValue}), meir enn tilfeldig variasjon.',
    lower: '{symbol} {area}: {indicator} {value} er klart lågare enn i {country} ({countryValue}), meir enn tilfeldig variasjon.',
    same: '{symbol} {area}: {indicator} {value} skil seg ikkje klart frå {country} ({countryValue}).',
  },  significanceAverage: {
    higher: '{symbol} {area}: {indicator} {value} som 3-års gjennomsnitt for åra {window} er klart høgare enn i {country} ({countryValue} for dei same åra), meir enn tilfeldig variasjon.',
    lower: '{symbol} {area}: {indicator} {value} som 3-års gjennomsnitt for åra {window} er klart lågare enn i {country} ({countryValue} for dei same åra), meir enn tilfeldig variasjon.',
    same: '{symbol} {area}: {indicator} {value} som 3-års gjennomsnitt for åra {window} skil seg ikkje klart frå {country} ({countryValue} for dei same åra).',
  },

  smallArea: 'Området er lite: sjå helst på snittet over tre år.',
  average: {
    toggle: 'Vis 3-års glidande gjennomsnitt',
    smallReason: 'Tala for små bydelar blir viste som 3-års gjennomsnitt fordi dei svingar mykje frå år til år.',
    chosenNote: 'Utviklinga blir vist som 3-års glidande gjennomsnitt: kvart punkt gjeld dei tre åra fram til og med året.',
    alreadyPooled: '{indicators} blir alt publisert som 3-års tal og blir viste som dei er.',
    heading: '{heading} (3-års glidande gjennomsnitt)',
    series: '{series} (3-års gjennomsnitt)',
    seriesYearly: '{series} (årlege tal)',
    describe: '3-års glidande gjennomsnitt: kvart punkt gjeld dei tre åra fram til og med året (til dømes {window}), rekna som summen av teljarane delt på summen av nemnarane. År utan tre heile år bak seg blir ikkje viste.',
    missing: '{series} manglar for {windows}: eit år i perioden har ikkje tala gjennomsnittet blir rekna frå (teljaren og nemnaren).',
    windowRange: '{from} til {to}',
    period: 'Periode',
    view: 'Vising',
    viewAverage: '3-års glidande gjennomsnitt',
    viewYearly: 'årlege tal',
    yearlyOnly: 'eit utval av årstal, ikkje 3-års periodar',
    noReference: 'tom: gjennomsnittsdiagrammet teiknar inga referanselinje',
    summary: '{area}: {indicator} {value} som 3-års gjennomsnitt for åra {period}.',
  },
  headings: {
    lowIncomeMap: 'Vedvarande låginntekt blant born etter område, {period}',
    lowIncomeTrend: 'Vedvarande låginntekt blant born: {area}, {municipality} og landet',
    childWelfareBars: 'Born med barnevernstiltak per 1 000 (0–22 år), {year}',
    childWelfareTrend: 'Barnevernstiltak per 1 000: {area}, {municipality} og landet',
    crowdedBars: 'Born som bur trongt, etter område, {year}',
    lonelyTrend: 'Elevar plaga av einsemd (Ungdata): {area}, {municipality} og landet',
    bulliedTrend: 'Elevar som blir mobba (Ungdata): {area}, {municipality} og landet',
    kpiLowIncome: 'Vedvarande låginntekt',
    kpiCrowded: 'Trongbuddheit',
    kpiChildWelfare: 'Barnevernstiltak',
    kpiBullied: 'Mobbing',
    kpiLonely: 'Einsemd',
    filter: 'Vel område',
    neetTrend: 'Unge 16–25 år utanfor arbeid og utdanning: {area}, {municipality} og landet',
    neetTrendNoCountry: 'Unge 16–25 år utanfor arbeid og utdanning: {area} og {municipality}',
    neetNational: 'Unge 15–29 år utanfor arbeid og utdanning: {municipality} og landet',
    neetDistricts: 'Unge 16–25 år utanfor arbeid og utdanning etter område og kjønn, {year}',
    neetAge: 'Utanfor arbeid og utdanning etter aldersgruppe, {year}',
    neetMap: 'Unge 16–25 år utanfor arbeid og utdanning etter område, {year}',
    completionTrend: 'Fullført vidaregåande innan fem år: {area}, {municipality} og landet',
    completionBars: 'Fullført vidaregåande etter område, {period}',
    kpiNeet: 'Utanfor, 16–25 år',
    kpiNeet1529: 'Utanfor, 15–29 år',
    kpiCompletion: 'Fullført vidaregåande',
    filterYouth: 'Vel område og kjønn',
    zones: 'Unge i oppfølging etter sone i tiltakstrappa',
    flow: 'Rørsler mellom soner',
    measures: 'Hovudtiltak for unge i oppfølging, {year}',
    concernTypes: 'Nye uroer etter type, {year}',
    zonesYear: 'Unge i oppfølging etter sone, {year} (oransje og raud samla)',
    moves: 'Overgangar i tiltakstrappa frå kvartal til kvartal, {year} (ein ung person kan teljast opptil fire gonger)',
    concernsWhat: 'uroene etter type',
    agenciesWhat: 'uroene etter kven som melde',
    movesWhat: 'rørslene i trappa',
    measuresWhat: 'tiltaka',
    meetingsWhat: '4-partsmøta',
    zonesWhat: 'sonene',
    concernAgencies: 'Nye uroer etter kven som melde, {year}',
    meetings: 'Unge drøfta per 4-partsmøte (kvar 14. dag)',
    kpiMonthly: 'Unge drøfta i månaden',
  },
  labels: {
    ageGroup: '{age} år',
    lowIncome: 'av borna bur i hushald med vedvarande låginntekt',
    crowded: 'av borna bur trongt',
    childWelfare: 'born og unge 0–22 år har barnevernstiltak',
    bullied: 'av elevane på 8.–10. trinn blir mobba',
    lonely: 'av elevane på 8.–10. trinn er plaga av einsemd',
    neet: 'av 16–25-åringane er utanfor arbeid og utdanning',
    neet1529: 'av 15–29-åringane er utanfor arbeid og utdanning',
    completion: 'fullfører vidaregåande innan fem år',
    monthly: 'unge drøfta i 4-partsmøta',
  },
  measures: {
    child_welfare_placement: 'Plassering i barnevernsinstitusjon',
    konfliktrad_ungdomsstraff: 'Ungdomsstraff (Konfliktrådet)',
    konfliktrad_ungdomsoppfolging: 'Ungdomsoppfølging (Konfliktrådet)',
    change_of_school: 'Byte av skule eller miljø',
    ambulant_youth_team: 'Oppfølging frå ambulant ungdomsteam (AUT)',
    family_network_meeting: 'Nettverksmøte med familien',
    parent_programme: 'Foreldreprogram',
    leisure_mentor: 'Fritidsjobb eller fritidsmentor',
    police_talk: 'Uroingssamtale med politiet',
    none: 'Ingen tiltak enno',
  },
  concernTypes: {
    violence: 'Vald',
    threats: 'Truslar',
    harassment: 'Trakassering',
    theft: 'Tjuveri',
    vandalism: 'Hærverk',
    drugs: 'Rus',
    school_absence: 'Skulefråvær',
    weapon: 'Våpen',
  },
  agencies: {
    police: 'Politiet',
    school: 'Skulen',
    child_welfare: 'Barnevernet',
    ambulant_youth_team: 'Ambulant ungdomsteam',
    slt: 'SLT',
  },
  zones: { all: 'I alt', green: 'Grøn', yellow: 'Gul', orange: 'Oransje', red: 'Raud', orange_or_red: 'Oransje eller raud' },
  moves: { up: 'Opp i trappa (eskalering)', down: 'Ned i trappa (deeskalering)', same: 'Vart i same sone' },
  monthlyHeading: 'Månadsrapport: {month}',
  thisMonth: 'Denne månaden',
  lastMonth: 'Månaden før',
  sameMonthLastYear: 'Same månad i fjor',
  zoneColumn: 'Sone',
  glossary: 'Kodane i diagramma',
};

const da: DashboardMessages = {
  summaryHeading: 'Hvad tallene viser',
  reportLabel: 'Rapport til kommunaldirektøren',
  printButton: 'Udskriv rapport',
  printedOn: 'Udskrevet',
  filtersInForce: 'Udvalg',
  noFilters: 'hele kommunen, alle valg',
  focusLabel: 'Område i fokus',
  sourcesHeading: 'Kilder',
  privacyHeading: 'Sådan er tallene beskyttet',
  privacyIndicators:
    'Tal baseret på færre end {k} personer vises ikke: de står som «:» (skjult af hensyn til persondata), aldrig som 0. Andre tal er skjult derudover, hvor de ellers kunne regnes ud fra summerne.',
  privacyCases:
    'Kun anonyme opgørelser offentliggøres, ingen oplysninger om enkeltpersoner. Tal under k = {k} personer vises som «:» (skjult af hensyn til persondata: færre end {k}), og flere tal skjules, hvor et skjult tal ellers kunne regnes ud fra summerne. «:» betyder altså «1 eller flere», aldrig 0.',
  synthetic: 'Denne demo bruger syntetiske tal (lavet til demonstration, ikke virkelige). Kilderne nedenfor angiver, hvilke tal der er syntetiske.',
  loading: 'Henter tallene …',
  failed: 'Tallene kunne ikke hentes.',
  empty: 'Der er ingen tal at vise endnu.',
  demoMarker: 'Demodata – tallene er syntetiske',
  hiddenShare: '{hidden} af {cells} tal er skjult («:»).',
  tooFew: 'For få sager i {period} til at vise {what}.',
  flowWithheld: 'Bevægelser mellem zoner pr. kvartal offentliggøres ikke: for få sager til, at de kan vises uden at afsløre nogen. Se bevægelserne på indsatstrappen pr. år ovenfor.',
  monthlyWithheld: 'Hvor mange unge der blev drøftet på 4-partsmøderne hver måned, offentliggøres ikke: hver måned har for få sager til, at tallet kan vises uden at afsløre nogen. Se årstallene nedenfor.',
  columns: { area: 'Område', sex: 'Køn', year: 'År', age_group: 'Aldersgruppe', zone: 'Zone', measure: 'Indsats' },
  sex: { all: 'alle', female: 'piger/kvinder', male: 'drenge/mænd' },
  up: 'op {change}',
  down: 'ned {change}',
  unchanged: 'uændret',
  above: '{difference} over',
  below: '{difference} under',
  level: 'på niveau med',
  hidden: ': (skjult)',
  highest: '{indicatorCap}: højest i {area} ({value}) mod {municipalityValue} i {municipality} og {countryValue} i {country} ({period}).',
  change: '{indicatorCap} i {municipality}: {value} i {period}, {change} fra {previousPeriod}.',
  changeWithinChance: '{indicatorCap} i {municipality}: {value} i {period}, ingen klar ændring fra {previousPeriod} ({change}, inden for tilfældig variation).',
  versusCountry: '{indicatorCap}: {municipality} {value}, {comparison} {country} ({countryValue}).',
  focusVersus: '{area}: {indicator} {value} i {period}, {comparison} {municipality} ({municipalityValue}).',
  significance: {
    higher: '{symbol} {area}: {indicator} {value} er klart højere end i {country} ({countryValue}), mere end tilfældig variation.',
    lower: '{symbol} {area}: {indicator} {value} er klart lavere end i {country} ({countryValue}), mere end tilfældig variation.',
    same: '{symbol} {area}: {indicator} {value} adskiller sig ikke klart fra {country} ({countryValue}).',
  },  significanceAverage: {
    higher: '{symbol} {area}: {indicator} {value} som 3-års gennemsnit for {window} er klart højere end i {country} ({countryValue} for de samme år), mere end tilfældig variation.',
    lower: '{symbol} {area}: {indicator} {value} som 3-års gennemsnit for {window} er klart lavere end i {country} ({countryValue} for de samme år), mere end tilfældig variation.',
    same: '{symbol} {area}: {indicator} {value} som 3-års gennemsnit for {window} adskiller sig ikke klart fra {country} ({countryValue} for de samme år).',
  },

  smallArea: 'Området er lille: se helst på gennemsnittet over tre år.',
  average: {
    toggle: 'Vis 3-års glidende gennemsnit',
    smallReason: 'Tallene for små bydele vises som 3-års gennemsnit, fordi de svinger meget fra år til år.',
    chosenNote: 'Udviklingen vises som 3-års glidende gennemsnit: hvert punkt gælder de tre år til og med året.',
    alreadyPooled: '{indicators} offentliggøres allerede som 3-års tal og vises, som de er.',
    heading: '{heading} (3-års glidende gennemsnit)',
    series: '{series} (3-års gennemsnit)',
    seriesYearly: '{series} (årlige tal)',
    describe: '3-års glidende gennemsnit: hvert punkt gælder de tre år til og med året (for eksempel {window}), beregnet som summen af tællerne delt med summen af nævnerne. År uden tre hele år bag sig vises ikke.',
    missing: '{series} mangler for {windows}: et år i perioden mangler de tal, gennemsnittet beregnes ud fra (tæller og nævner).',
    windowRange: '{from} til {to}',
    period: 'Periode',
    view: 'Visning',
    viewAverage: '3-års glidende gennemsnit',
    viewYearly: 'årlige tal',
    yearlyOnly: 'et udvalg af årstal, ikke 3-års perioder',
    noReference: 'tom: gennemsnitsdiagrammet tegner ingen referencelinje',
    summary: '{area}: {indicator} {value} som 3-års gennemsnit for {period}.',
  },
  monthly: 'I {month} blev {value} unge drøftet på 4-partsmøderne mod {previous} måneden før og {lastYear} i {lastYearMonth}.',
  zonesYear: 'I {year} var {total} unge i opfølgning, {green} af dem i grøn zone og {yellow} i gul.',
  concerns: '{value} nye bekymringer kom ind i {month}.',
  meeting: 'På seneste møde ({date}) blev {value} unge drøftet.',
  indicators: {
    persistent_low_income_children: 'andel børn i familier med vedvarende lavindkomst',
    crowded_housing: 'andel børn i trange boliger',
    child_welfare_per_1000: 'børn med foranstaltninger per 1.000',
    ungdata_bullied: 'andel elever, der bliver mobbet',
    ungdata_lonely: 'andel elever, der er plaget af ensomhed',
    neet_16_25: 'andel unge 16–25 år uden for job og uddannelse',
    neet_15_29: 'andel unge 15–29 år uden for job og uddannelse',
    upper_secondary_completion: 'andel, der gennemfører en ungdomsuddannelse',
  },
  living: {
    title: 'Levevilkår for børn og unge',
    lede: 'Lavindkomst, boligforhold, foranstaltninger, uddannelse og trivsel efter område og over tid, sammenlignet med kommunen og landet.',
  },
  youth: {
    title: 'Unge uden for job og uddannelse',
    lede: 'Unge, der hverken er i job, uddannelse eller beskæftigelsesindsats, efter alder, køn og område, og gennemført ungdomsuddannelse.',
    noNeighbours: 'Datagrundlaget har ikke tal for nabokommuner; kommunen sammenlignes med landet.',
  },
  cases: {
    title: 'Opfølgning af unge (SSP)',
    lede: 'Unge i opfølgning efter zone i indsatstrappen, bevægelser mellem zoner, indsatser, nye bekymringer og 4-partsmøderne.',
  },
  headings: {
    lowIncomeMap: 'Vedvarende lavindkomst blandt børn efter område, {period}',
    lowIncomeTrend: 'Vedvarende lavindkomst blandt børn: {area}, {municipality} og landet',
    childWelfareBars: 'Børn med foranstaltninger per 1.000 (0–22 år), {year}',
    childWelfareTrend: 'Foranstaltninger per 1.000: {area}, {municipality} og landet',
    crowdedBars: 'Børn i trange boliger efter område, {year}',
    lonelyTrend: 'Elever plaget af ensomhed (Ungdata): {area}, {municipality} og landet',
    bulliedTrend: 'Elever, der bliver mobbet (Ungdata): {area}, {municipality} og landet',
    kpiLowIncome: 'Vedvarende lavindkomst',
    kpiCrowded: 'Trange boliger',
    kpiChildWelfare: 'Foranstaltninger',
    kpiBullied: 'Mobning',
    kpiLonely: 'Ensomhed',
    filter: 'Vælg område',
    neetTrend: 'Unge 16–25 år uden for job og uddannelse: {area}, {municipality} og landet',
    neetTrendNoCountry: 'Unge 16–25 år uden for job og uddannelse: {area} og {municipality}',
    neetNational: 'Unge 15–29 år uden for job og uddannelse: {municipality} og landet',
    neetDistricts: 'Unge 16–25 år uden for job og uddannelse efter område og køn, {year}',
    neetAge: 'Uden for job og uddannelse efter aldersgruppe, {year}',
    neetMap: 'Unge 16–25 år uden for job og uddannelse efter område, {year}',
    completionTrend: 'Gennemført ungdomsuddannelse inden fem år: {area}, {municipality} og landet',
    completionBars: 'Gennemført ungdomsuddannelse efter område, {period}',
    kpiNeet: 'Uden for, 16–25 år',
    kpiNeet1529: 'Uden for, 15–29 år',
    kpiCompletion: 'Gennemført ungdomsuddannelse',
    filterYouth: 'Vælg område og køn',
    zones: 'Unge i opfølgning efter zone i indsatstrappen',
    flow: 'Bevægelser mellem zoner',
    measures: 'Hovedindsats for unge i opfølgning, {year}',
    concernTypes: 'Nye bekymringer efter type, {year}',
    zonesYear: 'Unge i opfølgning efter zone, {year} (orange og rød samlet)',
    moves: 'Overgange i indsatstrappen fra kvartal til kvartal, {year} (en ung kan tælles op til fire gange)',
    concernsWhat: 'bekymringerne efter type',
    agenciesWhat: 'bekymringerne efter hvem der meldte',
    movesWhat: 'bevægelserne i trappen',
    measuresWhat: 'indsatserne',
    meetingsWhat: '4-partsmøderne',
    zonesWhat: 'zonerne',
    concernAgencies: 'Nye bekymringer efter hvem der meldte, {year}',
    meetings: 'Unge drøftet per 4-partsmøde (hver 14. dag)',
    kpiMonthly: 'Unge drøftet i måneden',
  },
  labels: {
    ageGroup: '{age} år',
    lowIncome: 'af børnene bor i familier med vedvarende lavindkomst',
    crowded: 'af børnene bor trangt',
    childWelfare: 'børn og unge 0–22 år har foranstaltninger',
    bullied: 'af eleverne i 8.–10. klasse bliver mobbet',
    lonely: 'af eleverne i 8.–10. klasse er plaget af ensomhed',
    neet: 'af de 16–25-årige er uden for job og uddannelse',
    neet1529: 'af de 15–29-årige er uden for job og uddannelse',
    completion: 'gennemfører en ungdomsuddannelse inden fem år',
    monthly: 'unge drøftet på 4-partsmøderne',
  },
  measures: {
    child_welfare_placement: 'Anbringelse på institution',
    konfliktrad_ungdomsstraff: 'Ungdomsstraf (Konfliktrådet)',
    konfliktrad_ungdomsoppfolging: 'Ungdomsopfølgning (Konfliktrådet)',
    change_of_school: 'Skole- eller miljøskift',
    ambulant_youth_team: 'Opfølgning fra udgående ungeteam',
    family_network_meeting: 'Netværksmøde med familien',
    parent_programme: 'Forældreprogram',
    leisure_mentor: 'Fritidsjob eller fritidsmentor',
    police_talk: 'Bekymringssamtale med politiet',
    none: 'Ingen indsats endnu',
  },
  concernTypes: {
    violence: 'Vold',
    threats: 'Trusler',
    harassment: 'Chikane',
    theft: 'Tyveri',
    vandalism: 'Hærværk',
    drugs: 'Rusmidler',
    school_absence: 'Skolefravær',
    weapon: 'Våben',
  },
  agencies: { police: 'Politiet', school: 'Skolen', child_welfare: 'Børne- og ungeforvaltningen', ambulant_youth_team: 'Udgående ungeteam', slt: 'SSP' },
  zones: { all: 'I alt', green: 'Grøn', yellow: 'Gul', orange: 'Orange', red: 'Rød', orange_or_red: 'Orange eller rød' },
  moves: { up: 'Op ad trappen (optrapning)', down: 'Ned ad trappen (nedtrapning)', same: 'Blev i samme zone' },
  monthlyHeading: 'Månedsrapport: {month}',
  thisMonth: 'Denne måned',
  lastMonth: 'Måneden før',
  sameMonthLastYear: 'Samme måned sidste år',
  zoneColumn: 'Zone',
  glossary: 'Koderne i diagrammerne',
};

const en: DashboardMessages = {
  summaryHeading: 'What the figures say',
  reportLabel: 'Report to the chief executive',
  printButton: 'Print report',
  printedOn: 'Printed',
  filtersInForce: 'Selection',
  noFilters: 'the whole municipality, no selection',
  focusLabel: 'Area in focus',
  sourcesHeading: 'Sources',
  privacyHeading: 'How the figures are protected',
  privacyIndicators:
    'Figures based on fewer than {k} people are not shown: they appear as ":" (hidden to protect privacy), never as 0. Further figures are hidden where they could otherwise be worked out from the totals.',
  privacyCases:
    'Only anonymous aggregates are published, nothing about any individual. Counts below k = {k} people are shown as ":" (hidden to protect privacy: fewer than {k}), and further counts are hidden where a hidden count could otherwise be worked out from the totals. So ":" means "1 or more", never 0.',
  synthetic: 'This demo uses synthetic figures (made for demonstration, not real). The sources below say which figures are synthetic.',
  loading: 'Loading the figures …',
  failed: 'The figures could not be loaded.',
  empty: 'There are no figures to show yet.',
  demoMarker: 'Demo data – the figures are synthetic',
  hiddenShare: '{hidden} of {cells} figures are hidden (":").',
  tooFew: 'Too few cases in {period} to show {what}.',
  flowWithheld: 'Movements between zones per quarter are not published: too few cases to show without identifying someone. See the yearly movements on the ladder above.',
  monthlyWithheld: 'How many young people were discussed at the 4-party meetings each month is not published: each month has too few cases to show the number without identifying someone. See the yearly figures below.',
  columns: { area: 'Area', sex: 'Sex', year: 'Year', age_group: 'Age group', zone: 'Zone', measure: 'Measure' },
  sex: { all: 'all', female: 'female', male: 'male' },
  up: 'up {change}',
  down: 'down {change}',
  unchanged: 'unchanged',
  above: '{difference} above',
  below: '{difference} below',
  level: 'level with',
  hidden: ': (hidden)',
  highest: '{indicatorCap}: highest in {area} ({value}), against {municipalityValue} in {municipality} and {countryValue} in {country} ({period}).',
  change: '{indicatorCap} in {municipality}: {value} in {period}, {change} from {previousPeriod}.',
  changeWithinChance: '{indicatorCap} in {municipality}: {value} in {period}, no clear change from {previousPeriod} ({change}, within chance variation).',
  versusCountry: '{indicatorCap}: {municipality} {value}, {comparison} {country} ({countryValue}).',
  focusVersus: '{area}: {indicator} {value} in {period}, {comparison} {municipality} ({municipalityValue}).',
  significance: {
    higher: '{symbol} {area}: {indicator} {value} is clearly higher than in {country} ({countryValue}), more than chance.',
    lower: '{symbol} {area}: {indicator} {value} is clearly lower than in {country} ({countryValue}), more than chance.',
    same: '{symbol} {area}: {indicator} {value} is not clearly different from {country} ({countryValue}).',
  },  significanceAverage: {
    higher: '{symbol} {area}: {indicator} {value} as a 3-year average for {window} is clearly higher than in {country} ({countryValue} over the same years), more than chance.',
    lower: '{symbol} {area}: {indicator} {value} as a 3-year average for {window} is clearly lower than in {country} ({countryValue} over the same years), more than chance.',
    same: '{symbol} {area}: {indicator} {value} as a 3-year average for {window} is not clearly different from {country} ({countryValue} over the same years).',
  },

  smallArea: 'The area is small: the three-year average is the safer guide.',
  average: {
    toggle: 'Show 3-year moving average',
    smallReason: "Small districts' figures are shown as 3-year averages because they swing a lot from year to year.",
    chosenNote: 'The trends are shown as 3-year moving averages: each point covers the three years up to and including the year.',
    alreadyPooled: '{indicators} are already published as 3-year figures and are shown as they are.',
    heading: '{heading} (3-year moving average)',
    series: '{series} (3-year average)',
    seriesYearly: '{series} (yearly figures)',
    describe: '3-year moving average: each point covers the three years up to and including the year (for example {window}), computed as the sum of the numerators divided by the sum of the denominators. Years without three full years behind them are not shown.',
    missing: '{series} is missing for {windows}: a year in the window lacks the counts the average is computed from (numerator and denominator).',
    windowRange: '{from} to {to}',
    period: 'Period',
    view: 'View',
    viewAverage: '3-year moving average',
    viewYearly: 'yearly figures',
    yearlyOnly: 'a selection of single years, not 3-year periods',
    noReference: 'empty: the average chart draws no reference line',
    summary: '{area}: {indicator} {value} as a 3-year average for {period}.',
  },
  monthly: 'In {month}, {value} young people were discussed at the 4-party meetings, against {previous} the month before and {lastYear} in {lastYearMonth}.',
  zonesYear: 'In {year}, {total} young people were in follow-up, {green} of them in the green zone and {yellow} in yellow.',
  concerns: '{value} new concerns were reported in {month}.',
  meeting: 'At the latest meeting ({date}), {value} young people were discussed.',
  indicators: {
    persistent_low_income_children: 'share of children in persistent low-income households',
    crowded_housing: 'share of children in crowded housing',
    child_welfare_per_1000: 'children with child-welfare measures per 1,000',
    ungdata_bullied: 'share of pupils bullied',
    ungdata_lonely: 'share of pupils troubled by loneliness',
    neet_16_25: 'share of 16–25-year-olds not in employment or education',
    neet_15_29: 'share of 15–29-year-olds not in employment or education',
    upper_secondary_completion: 'share completing upper secondary school',
  },
  living: {
    title: 'Living conditions for children and young people',
    lede: 'Low income, housing, child welfare, school and well-being by area and over time, compared with the municipality and the country.',
  },
  youth: {
    title: 'Young people not in employment or education',
    lede: 'Young people neither in work, education nor labour-market schemes, by age, sex and area, and upper-secondary completion.',
    noNeighbours: 'The data have no figures for neighbouring municipalities; the municipality is compared with the country.',
  },
  cases: {
    title: 'Follow-up of young people in SLT',
    lede: 'Young people in follow-up by zone of the measures ladder, movement between zones, measures, new concerns and the 4-party meetings.',
  },
  headings: {
    lowIncomeMap: 'Persistent low income among children by area, {period}',
    lowIncomeTrend: 'Persistent low income among children: {area}, {municipality} and the country',
    childWelfareBars: 'Children with child-welfare measures per 1,000 (aged 0–22), {year}',
    childWelfareTrend: 'Child-welfare measures per 1,000: {area}, {municipality} and the country',
    crowdedBars: 'Children in crowded housing by area, {year}',
    lonelyTrend: 'Pupils troubled by loneliness (Ungdata): {area}, {municipality} and the country',
    bulliedTrend: 'Pupils bullied (Ungdata): {area}, {municipality} and the country',
    kpiLowIncome: 'Persistent low income',
    kpiCrowded: 'Crowded housing',
    kpiChildWelfare: 'Child-welfare measures',
    kpiBullied: 'Bullying',
    kpiLonely: 'Loneliness',
    filter: 'Choose an area',
    neetTrend: '16–25-year-olds not in employment or education: {area}, {municipality} and the country',
    neetTrendNoCountry: '16–25-year-olds not in employment or education: {area} and {municipality}',
    neetNational: '15–29-year-olds not in employment or education: {municipality} and the country',
    neetDistricts: '16–25-year-olds not in employment or education by area and sex, {year}',
    neetAge: 'Not in employment or education by age group, {year}',
    neetMap: '16–25-year-olds not in employment or education by area, {year}',
    completionTrend: 'Upper secondary completed within five years: {area}, {municipality} and the country',
    completionBars: 'Upper secondary completed by area, {period}',
    kpiNeet: 'NEET, aged 16–25',
    kpiNeet1529: 'NEET, aged 15–29',
    kpiCompletion: 'Upper secondary completed',
    filterYouth: 'Choose area and sex',
    zones: 'Young people in follow-up by zone of the measures ladder',
    flow: 'Movement between zones',
    measures: 'Main measure for young people in follow-up, {year}',
    concernTypes: 'New concerns by type, {year}',
    zonesYear: 'Young people in follow-up by zone, {year} (orange and red together)',
    moves: 'Moves on the measures ladder from quarter to quarter, {year} (one young person can be counted up to four times)',
    concernsWhat: 'the concerns by type',
    agenciesWhat: 'the concerns by reporting agency',
    movesWhat: 'the moves on the ladder',
    measuresWhat: 'the measures',
    meetingsWhat: 'the 4-party meetings',
    zonesWhat: 'the zones',
    concernAgencies: 'New concerns by reporting agency, {year}',
    meetings: 'Young people discussed per 4-party meeting (every 14 days)',
    kpiMonthly: 'Young people discussed in the month',
  },
  labels: {
    ageGroup: '{age} years',
    lowIncome: 'of children live in persistent low-income households',
    crowded: 'of children live in crowded housing',
    childWelfare: 'children and young people aged 0–22 have child-welfare measures',
    bullied: 'of pupils in grades 8–10 are bullied',
    lonely: 'of pupils in grades 8–10 are troubled by loneliness',
    neet: 'of 16–25-year-olds are not in employment or education',
    neet1529: 'of 15–29-year-olds are not in employment or education',
    completion: 'complete upper secondary within five years',
    monthly: 'young people discussed at the 4-party meetings',
  },
  measures: {
    child_welfare_placement: 'Child-welfare institution placement',
    konfliktrad_ungdomsstraff: 'Youth sentence (Mediation Service)',
    konfliktrad_ungdomsoppfolging: 'Youth follow-up (Mediation Service)',
    change_of_school: 'Change of school or environment',
    ambulant_youth_team: 'Ambulant youth team follow-up',
    family_network_meeting: 'Family network meeting',
    parent_programme: 'Parent programme',
    leisure_mentor: 'Leisure job or mentor',
    police_talk: 'Police talk',
    none: 'No measure yet',
  },
  concernTypes: {
    violence: 'Violence',
    threats: 'Threats',
    harassment: 'Harassment',
    theft: 'Theft',
    vandalism: 'Vandalism',
    drugs: 'Drugs',
    school_absence: 'School absence',
    weapon: 'Weapon',
  },
  agencies: { police: 'Police', school: 'School', child_welfare: 'Child welfare', ambulant_youth_team: 'Ambulant youth team', slt: 'SLT' },
  zones: { all: 'Total', green: 'Green', yellow: 'Yellow', orange: 'Orange', red: 'Red', orange_or_red: 'Orange or red' },
  moves: { up: 'Up the ladder (escalation)', down: 'Down the ladder (de-escalation)', same: 'Stayed in the same zone' },
  monthlyHeading: 'Monthly report: {month}',
  thisMonth: 'This month',
  lastMonth: 'Month before',
  sameMonthLastYear: 'Same month last year',
  zoneColumn: 'Zone',
  glossary: 'The codes in the charts',
};

export const DASHBOARD_MESSAGES: Record<Language, DashboardMessages> = { nb, nn, da, en };

/** Fills `{name}` placeholders; unknown names are left as they are (visible in tests). */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
