import type { FileTexts, Language } from './parquet.ts';

/**
 * Title, source and description of every public file in bokmål, nynorsk, Danish and
 * English, written as `slt.title.nb`, ... The widgets show `slt.source.<language>` after
 * their own "Kilde:" / "Source:" and add the full stop, so sources have neither.
 */
export type Texts = Readonly<Record<Language, FileTexts>>;

export interface TextContext {
  readonly k: number;
  readonly seed: number;
  readonly synthetic: boolean;
}

type PerLanguage = Readonly<Record<Language, string>>;

function assemble(title: PerLanguage, source: PerLanguage, description: PerLanguage): Texts {
  const of = (language: Language): FileTexts => ({
    title: title[language],
    source: source[language],
    description: description[language],
  });
  return { nb: of('nb'), nn: of('nn'), da: of('da'), en: of('en') };
}

export function caseSource({ seed, synthetic }: TextContext): PerLanguage {
  return synthetic
    ? {
        nb: `Syntetisk SLT-saksregister (frø ${seed}), modellert etter Borgen-piloten i Asker kommune`,
        nn: `Syntetisk SLT-saksregister (frø ${seed}), modellert etter Borgen-piloten i Asker kommune`,
        da: `Syntetisk SLT-sagsregister (startværdi ${seed}), modelleret efter Borgen-pilotprojektet i Asker Kommune`,
        en: `Synthetic SLT case register (seed ${seed}), modelled on Asker municipality's Borgen pilot`,
      }
    : {
        nb: 'Kommunens SLT-saksregister',
        nn: 'SLT-saksregisteret til kommunen',
        da: 'Kommunens SLT-sagsregister',
        en: "The municipality's SLT case register",
      };
}

/** The sentence on suppression every public case file ends its description with. */
function hidden(k: number): PerLanguage {
  const top = k - 1;
  return {
    nb: `Tall fra 1 til ${top} og tall som kunne avsløre dem, er skjult (status «:»). Null vises som 0.`,
    nn: `Tal frå 1 til ${top} og tal som kunne avsløre dei, er skjulte (status «:»). Null blir vist som 0.`,
    da: `Tal fra 1 til ${top} og tal, der kunne afsløre dem, er skjult (status »:«). Nul vises som 0.`,
    en: `Counts from 1 to ${top} and counts that would reveal them are hidden (status ':'). Zero is shown as 0.`,
  };
}

function join(...parts: PerLanguage[]): PerLanguage {
  const of = (language: Language) => parts.map((part) => part[language]).join(' ');
  return { nb: of('nb'), nn: of('nn'), da: of('da'), en: of('en') };
}

const LINKED: PerLanguage = {
  nb: 'Skjult sammen med de andre årstabellene for saker (case_*.parquet), som deler summer med denne.',
  nn: 'Skjult saman med dei andre årstabellane for saker (case_*.parquet), som deler summar med denne.',
  da: 'Skjult sammen med de andre årstabeller for sager (case_*.parquet), som deler summer med denne.',
  en: 'Suppressed jointly with the other yearly case tables (case_*.parquet), which share margins with it.',
};

/** What the indicator file of a profile says about itself: its areas, its public sources (credited) and its notes. */
export interface IndicatorTextContext {
  readonly profile: { readonly name: string; readonly country: { readonly name: string }; readonly years: { readonly first: number; readonly last: number } };
  /** The credit line of each public source the file has figures from. */
  readonly credits: readonly PerLanguage[];
  /** Notes on the series (municipal reforms). */
  readonly notes: readonly PerLanguage[];
}

export function indicatorTexts({ profile, credits, notes }: IndicatorTextContext): Texts {
  const { name } = profile;
  const country = profile.country.name;
  const years = `${profile.years.first}–${profile.years.last}`;
  const list = (language: Language) => credits.map((credit) => credit[language]).join('; ');
  const with_ = (language: Language, public_: string, none: string) => (credits.length > 0 ? `${list(language)} ${public_}` : none);
  const noted = (language: Language) => (notes.length > 0 ? ` ${notes.map((note) => note[language]).join(' ')}` : '');
  return assemble(
    {
      nb: `Levekår og utenforskap blant unge: delområder i ${name}, ${name}, sammenlignbare kommuner og ${country}`,
      nn: `Levekår og utanforskap blant unge: delområde i ${name}, ${name}, samanliknbare kommunar og ${country}`,
      da: `Levevilkår og unge uden for uddannelse og arbejde: delområder i ${name}, ${name}, sammenlignelige kommuner og ${country}`,
      en: `Living conditions and youth exclusion indicators: ${name} districts, ${name}, comparable municipalities and ${country}`,
    },
    {
      nb: with_('nb', 'for kommunene og landet; syntetiske tall for delområdene og ellers', 'Syntetiske tall'),
      nn: with_('nn', 'for kommunane og landet; syntetiske tal for delområda og elles', 'Syntetiske tal'),
      da: with_('da', 'for kommunerne og landet; syntetiske tal for delområderne og ellers', 'Syntetiske tal'),
      en: with_('en', 'for the municipalities and the country; synthetic figures for the districts and otherwise', 'Synthetic figures'),
    },
    {
      nb: `Indikatorer ${years} for delområder, kommunen, sammenlignbare kommuner og landet. Tallene for delområdene er syntetiske og har gått gjennom primær og sekundær skjuling (status «:»).${noted('nb')}`,
      nn: `Indikatorar ${years} for delområde, kommunen, samanliknbare kommunar og landet. Tala for delområda er syntetiske og har gått gjennom primær og sekundær skjuling (status «:»).${noted('nn')}`,
      da: `Indikatorer ${years} for delområder, kommunen, sammenlignelige kommuner og landet. Tallene for delområderne er syntetiske og har været gennem primær og sekundær diskretionering (status »:«).${noted('da')}`,
      en: `Indicators ${years} for districts, the municipality, comparable municipalities and the country. District values are synthetic and went through primary and secondary suppression (status ':').${noted('en')}`,
    },
  );
}

export function caseCountTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Unge i SLT-oppfølging etter år, sone, områdegruppe, alder, kjønn og hovedtiltak',
      nn: 'Unge i SLT-oppfølging etter år, sone, områdegruppe, alder, kjønn og hovudtiltak',
      da: 'Unge i SLT-opfølgning efter år, zone, områdegruppe, alder, køn og hovedindsats',
      en: 'Young people in SLT follow-up by year, zone, district group, age band, sex and main measure',
    },
    caseSource(context),
    join(
      {
        nb: 'Personer per år i de publiserte krysningene: sone × områdegruppe, hovedtiltak, og alder × kjønn, med summer («all»). Finere krysninger publiseres ikke.',
        nn: 'Personar per år i dei publiserte krysningane: sone × områdegruppe, hovudtiltak, og alder × kjønn, med summar («all»). Finare krysningar blir ikkje publiserte.',
        da: 'Personer pr. år i de offentliggjorte krydsninger: zone × områdegruppe, hovedindsats, og alder × køn, med totaler (»all«). Finere krydsninger offentliggøres ikke.',
        en: "Persons per year in the published cross-classifications: zone × district group, main measure, and age band × sex, with margins ('all'). Finer cross-classifications are not published.",
      },
      LINKED,
      ORANGE_OR_RED_TEXT,
      hidden(context.k),
    ),
  );
}

export function caseZoneTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Unge i SLT-oppfølging etter år, sone og områdegruppe',
      nn: 'Unge i SLT-oppfølging etter år, sone og områdegruppe',
      da: 'Unge i SLT-opfølgning efter år, zone og områdegruppe',
      en: 'Young people in SLT follow-up by year, zone and district group',
    },
    caseSource(context),
    join(
      {
        nb: 'Personer drøftet på firepartsmøte i året, etter sone ved siste møte og områdegruppe, med summer («all»).',
        nn: 'Personar drøfta på firepartsmøte i året, etter sone ved siste møte og områdegruppe, med summar («all»).',
        da: 'Personer drøftet på firepartsmøde i året, efter zone ved sidste møde og områdegruppe, med totaler (»all«).',
        en: "Persons discussed at a 4-party meeting in the year, by zone at the last meeting and district group, with margins ('all').",
      },
      LINKED,
      ORANGE_OR_RED_TEXT,
      hidden(context.k),
    ),
  );
}

export function caseMeasureTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Unge i SLT-oppfølging etter år og hovedtiltak',
      nn: 'Unge i SLT-oppfølging etter år og hovudtiltak',
      da: 'Unge i SLT-opfølgning efter år og hovedindsats',
      en: 'Young people in SLT follow-up by year and main measure',
    },
    caseSource(context),
    join(
      {
        nb: 'Personer per år etter det mest inngripende tiltaket i året («none» uten tiltak), med sum («all»).',
        nn: 'Personar per år etter det mest inngripande tiltaket i året («none» utan tiltak), med sum («all»).',
        da: 'Personer pr. år efter årets mest indgribende indsats (»none« uden indsats), med total (»all«).',
        en: "Persons per year by the most intensive measure of the year ('none' without one), with the total ('all').",
      },
      LINKED,
      hidden(context.k),
    ),
  );
}

export function caseDemographyTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Unge i SLT-oppfølging etter år, alder og kjønn',
      nn: 'Unge i SLT-oppfølging etter år, alder og kjønn',
      da: 'Unge i SLT-opfølgning efter år, alder og køn',
      en: 'Young people in SLT follow-up by year, age band and sex',
    },
    caseSource(context),
    join(
      {
        nb: 'Personer per år etter alder 31. desember (12–14, 15–17, 18–24) og kjønn, med summer («all»).',
        nn: 'Personar per år etter alder 31. desember (12–14, 15–17, 18–24) og kjønn, med summar («all»).',
        da: 'Personer pr. år efter alder 31. december (12–14, 15–17, 18–24) og køn, med totaler (»all«).',
        en: "Persons per year by age at 31 December (12–14, 15–17, 18–24) and sex, with margins ('all').",
      },
      LINKED,
      hidden(context.k),
    ),
  );
}

export function caseMonthlyTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Unge i SLT-oppfølging per måned etter sone',
      nn: 'Unge i SLT-oppfølging per månad etter sone',
      da: 'Unge i SLT-opfølgning pr. måned efter zone',
      en: 'Young people in SLT follow-up per month by zone',
    },
    caseSource(context),
    join(
      {
        nb: 'Personer drøftet på firepartsmøte i måneden, etter sone ved månedens siste møte, med sum («all»). Hver måned er en egen tabell.',
        nn: 'Personar drøfta på firepartsmøte i månaden, etter sone ved siste møtet i månaden, med sum («all»). Kvar månad er ein eigen tabell.',
        da: 'Personer drøftet på firepartsmøde i måneden, efter zone ved månedens sidste møde, med total (»all«). Hver måned er en tabel for sig.',
        en: "Persons discussed at a 4-party meeting in the month, by zone at the month's last meeting, with the total ('all'). Each month is a table of its own.",
      },
      ORANGE_OR_RED_TEXT,
      hidden(context.k),
    ),
  );
}

export function caseMeetingTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Saker drøftet per firepartsmøte (hver 14. dag) etter sone',
      nn: 'Saker drøfta per firepartsmøte (kvar 14. dag) etter sone',
      da: 'Sager drøftet pr. firepartsmøde (hver 14. dag) efter zone',
      en: 'Cases discussed per 4-party meeting (every 14 days) by zone',
    },
    caseSource(context),
    join(
      {
        nb: 'Unge drøftet på hvert firepartsmøte (politi, SLT, AUT og barnevern), etter sonen som ble besluttet, med sum («all»).',
        nn: 'Unge drøfta på kvart firepartsmøte (politi, SLT, AUT og barnevern), etter sona som vart vedteken, med sum («all»).',
        da: 'Unge drøftet på hvert firepartsmøde (politi, SLT, AUT og børneværn), efter den besluttede zone, med total (»all«).',
        en: "Young people discussed at each 4-party meeting (police, SLT, the ambulant youth team AUT, child welfare), by the zone decided, with the total ('all').",
      },
      ORANGE_OR_RED_TEXT,
      hidden(context.k),
    ),
  );
}

export function concernMonthlyTexts(context: TextContext): Texts {
  const top = context.k - 1;
  return assemble(
    {
      nb: 'Nye bekymringsmeldinger per måned etter type og meldende instans',
      nn: 'Nye bekymringsmeldingar per månad etter type og meldande instans',
      da: 'Nye bekymringshenvendelser pr. måned efter type og indberettende instans',
      en: 'New concerns reported per month by type and reporting agency',
    },
    caseSource(context),
    {
      nb: `Antall meldinger per måned etter type og etter instans (to tabeller med felles sum «all»). Bare månedens sum publiseres; tallene etter type og etter instans holdes tilbake (status «:»), og summene er skjult sammen med årstallene. Et tall er skjult (status «:») når det er 1–${top} eller gjelder 1–${top} personer, og når det kunne avsløre et skjult tall. Null vises som 0.`,
      nn: `Tal på meldingar per månad etter type og etter instans (to tabellar med felles sum «all»). Berre summen for månaden blir publisert; tala etter type og etter instans blir haldne tilbake (status «:»), og summane er skjulte saman med årstala. Eit tal er skjult (status «:») når det er 1–${top} eller gjeld 1–${top} personar, og når det kunne avsløre eit skjult tal. Null blir vist som 0.`,
      da: `Antal henvendelser pr. måned efter type og efter instans (to tabeller med fælles total »all«). Kun månedens total offentliggøres; tallene efter type og efter instans tilbageholdes (status »:«), og totalerne er diskretioneret sammen med årstallene. Et tal er skjult (status »:«) når det er 1–${top} eller vedrører 1–${top} personer, og når det kunne afsløre et skjult tal. Nul vises som 0.`,
      en: `Concerns per month by type and by agency (two tables sharing the total 'all'). Only the month's total is published; the counts by type and by agency are withheld (status ':'), and the totals are suppressed jointly with the years. A count is hidden (status ':') when it is 1–${top} or concerns 1–${top} persons, and when it would reveal a hidden count. Zero is shown as 0.`,
    },
  );
}

export function transitionTexts(context: TextContext): Texts {
  return assemble(
    {
      nb: 'Bevegelser mellom soner per kvartal for unge i SLT-oppfølging',
      nn: 'Rørsler mellom soner per kvartal for unge i SLT-oppfølging',
      da: 'Bevægelser mellem zoner pr. kvartal for unge i SLT-opfølgning',
      en: 'Zone-to-zone transitions of young people in SLT follow-up per quarter',
    },
    caseSource(context),
    join(
      {
        nb: 'Personer etter sone ved slutten av forrige kvartal (eller ny) og ved slutten av kvartalet (eller avsluttet), med summer («all»).',
        nn: 'Personar etter sone ved slutten av førre kvartal (eller ny) og ved slutten av kvartalet (eller avslutta), med summar («all»).',
        da: 'Personer efter zone ved udgangen af forrige kvartal (eller ny) og ved udgangen af kvartalet (eller afsluttet), med totaler (»all«).',
        en: "Persons by zone at the end of the previous quarter (or new) and at the end of the quarter (or closed), with margins ('all').",
      },
      ORANGE_OR_RED_TEXT,
      hidden(context.k),
    ),
  );
}

/** The sentence on the "orange or red" category, for every file with a zone column. */
export const ORANGE_OR_RED_TEXT: PerLanguage = {
  nb: '«orange_or_red» er oransje og rød sone til sammen.',
  nn: '«orange_or_red» er oransje og raud sone til saman.',
  da: '»orange_or_red« er orange og rød zone tilsammen.',
  en: "'orange_or_red' is the orange and red zones together.",
};

export function caseMoveTexts(context: TextContext): Texts {
  const top = context.k - 1;
  return assemble(
    {
      nb: 'Opp og ned i tiltakstrappen per år for unge i SLT-oppfølging',
      nn: 'Opp og ned i tiltakstrappa per år for unge i SLT-oppfølging',
      da: 'Op og ned ad indsatstrappen pr. år for unge i SLT-opfølgning',
      en: 'Escalation and de-escalation per year of young people in SLT follow-up',
    },
    caseSource(context),
    {
      nb: `Flytninger mellom sonen ved slutten av ett kvartal og det neste, for unge med møte i begge kvartalene, summert over årets fire kvartaler: opp (høyere sone), ned (lavere sone), samme, og alle («all»). En person kan telle flere ganger i et år. Et tall er skjult (status «:») når det er 1–${top} eller gjelder 1–${top} personer, og når det kunne avsløre et skjult tall. Null vises som 0.`,
      nn: `Flyttingar mellom sona ved slutten av eitt kvartal og det neste, for unge med møte i begge kvartala, summert over dei fire kvartala i året: opp (høgare sone), ned (lågare sone), same, og alle («all»). Ein person kan telje fleire gonger i eit år. Eit tal er skjult (status «:») når det er 1–${top} eller gjeld 1–${top} personar, og når det kunne avsløre eit skjult tal. Null blir vist som 0.`,
      da: `Skift mellem zonen ved udgangen af et kvartal og det næste, for unge med møde i begge kvartaler, summeret over årets fire kvartaler: op (højere zone), ned (lavere zone), samme, og alle (»all«). En person kan tælle flere gange i et år. Et tal er skjult (status »:«) når det er 1–${top} eller vedrører 1–${top} personer, og når det kunne afsløre et skjult tal. Nul vises som 0.`,
      en: `Moves between the zone at the end of one quarter and the next, for young people with a meeting in both quarters, summed over the year's four quarters: up (a higher zone), down (a lower zone), same, and all ('all'). One person can count more than once a year. A count is hidden (status ':') when it is 1–${top} or concerns 1–${top} persons, and when it would reveal a hidden count. Zero is shown as 0.`,
    },
  );
}

export function concernWindowTexts(context: TextContext, window: 'year' | 'rolling'): Texts {
  const top = context.k - 1;
  const what: PerLanguage =
    window === 'year'
      ? { nb: 'per år', nn: 'per år', da: 'pr. år', en: 'per year' }
      : { nb: 'siste 12 måneder', nn: 'siste 12 månader', da: 'seneste 12 måneder', en: 'in the last 12 months' };
  const span: PerLanguage =
    window === 'year'
      ? { nb: 'Meldinger i kalenderåret', nn: 'Meldingar i kalenderåret', da: 'Henvendelser i kalenderåret', en: 'Concerns in the calendar year' }
      : {
          nb: 'Meldinger i de 12 månedene som ender med måneden i «period» (fra «first_period»)',
          nn: 'Meldingar i dei 12 månadene som endar med månaden i «period» (frå «first_period»)',
          da: 'Henvendelser i de 12 måneder, der ender med måneden i »period« (fra »first_period«)',
          en: "Concerns in the 12 months ending with the month in 'period' (from 'first_period')",
        };
  const joint: PerLanguage =
    window === 'year'
      ? {
          nb: 'Skjult sammen med månedssummene (et år er summen av sine måneder).',
          nn: 'Skjult saman med månadssummane (eit år er summen av månadene sine).',
          da: 'Diskretioneret sammen med månedstotalerne (et år er summen af sine måneder).',
          en: "Suppressed jointly with the monthly totals (a year is the sum of its months).",
        }
      : {
          nb: 'Bare periodene som ender i desember (kalenderårene, som i årsfilen) publiseres; de andre holdes tilbake (status «:»).',
          nn: 'Berre periodane som endar i desember (kalenderåra, som i årsfila) blir publiserte; dei andre blir haldne tilbake (status «:»).',
          da: 'Kun perioderne, der ender i december (kalenderårene, som i årsfilen), offentliggøres; de andre tilbageholdes (status »:«).',
          en: "Only the windows ending in December (the calendar years, as in the yearly file) are published; the others are withheld (status ':').",
        };
  return assemble(
    {
      nb: `Nye bekymringsmeldinger ${what.nb} etter type og meldende instans`,
      nn: `Nye bekymringsmeldingar ${what.nn} etter type og meldande instans`,
      da: `Nye bekymringshenvendelser ${what.da} efter type og indberettende instans`,
      en: `New concerns reported ${what.en} by type and reporting agency`,
    },
    caseSource(context),
    {
      nb: `${span.nb}, etter type og etter instans (to tabeller med felles sum «all»). ${joint.nb} Et tall er skjult (status «:») når det er 1–${top} eller gjelder 1–${top} personer, og når det kunne avsløre et skjult tall. Null vises som 0.`,
      nn: `${span.nn}, etter type og etter instans (to tabellar med felles sum «all»). ${joint.nn} Eit tal er skjult (status «:») når det er 1–${top} eller gjeld 1–${top} personar, og når det kunne avsløre eit skjult tal. Null blir vist som 0.`,
      da: `${span.da}, efter type og efter instans (to tabeller med fælles total »all«). ${joint.da} Et tal er skjult (status »:«) når det er 1–${top} eller vedrører 1–${top} personer, og når det kunne afsløre et skjult tal. Nul vises som 0.`,
      en: `${span.en}, by type and by agency (two tables sharing the total 'all'). ${joint.en} A count is hidden (status ':') when it is 1–${top} or concerns 1–${top} persons, and when it would reveal a hidden count. Zero is shown as 0.`,
    },
  );
}
