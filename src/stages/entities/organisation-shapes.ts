import { readResource, type ResourceHeader } from '../../kb/resource.js';

/** resources/kb/organisation-shapes.json: the words around a name that make it an organisation. */
interface OrganisationShapeFile extends ResourceHeader {
  readonly companySuffixes: readonly string[];
  readonly companyPrefixes: readonly string[];
  readonly companyHeads: readonly string[];
  readonly organisationNouns: readonly string[];
  readonly organisationNounsAfter: readonly string[];
  readonly corporateWordsAfterPossessive: readonly string[];
  readonly companyWords: readonly string[];
  readonly listIntroducers: readonly string[];
  readonly genericNameWords: readonly string[];
  readonly newsAgencies: readonly string[];
  readonly attributiveSuffixes: readonly string[];
  readonly sports: {
    readonly cues: readonly string[];
    readonly lowerCaseCues: readonly string[];
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly teamNouns: readonly string[];
    readonly clubPrefixes: readonly string[];
    readonly clubSuffixes: readonly string[];
    readonly tableWords: readonly string[];
    readonly venueWords: readonly string[];
  };
}

/** Lower-cased phrases, as sets of space-joined words. */
export interface OrganisationShapes {
  readonly version: string;
  /** Last words of a company's name: "Brakeford Industries Inc", "Velta SA", "Moss Bros". */
  readonly companySuffixes: ReadonlySet<string>;
  /** First words of a company's name before a place's: "Air Malawi", "Statistics Norway". */
  readonly companyPrefixes: ReadonlySet<string>;
  /**
   * Last words of a company's name by its trade ("… Pharmaceuticals", "… Telecom", "… Foods"). A
   * company named after its country keeps the country in its name ("Kenya Airways"), unlike a
   * state's body ("the Russian Army").
   */
  readonly companyHeads: ReadonlySet<string>;
  /** Nouns right before a name that make it an organisation: "mineral water firm X", "the news agency X". */
  readonly nounsBefore: ReadonlySet<string>;
  /** Nouns right after a name that make it an organisation: "X news agency said", "X shares fell". */
  readonly nounsAfter: ReadonlySet<string>;
  /** Nouns after a name's "'s" that make it a company: "X's chief executive", "X's shares". */
  readonly afterPossessive: ReadonlySet<string>;
  /** Words after a town's name (or its "'s") that make it a company: "Tamworth shares", "Tamworth's chief executive". */
  readonly companyWords: ReadonlySet<string>;
  /** Words after an organisation noun that open a list of organisations: "firms including X, Y and Z". */
  readonly listIntroducers: ReadonlySet<string>;
  /** Words that never stand alone as the short form of a company's name ("First", "National"). */
  readonly genericWords: ReadonlySet<string>;
  /** News agencies by their written names, case kept ("Reuters", "Interfax"). */
  readonly newsAgencies: readonly string[];
  /** Words after a place's or a nationality's name and a hyphen that make an adjective of both: "Mombasa-based", "Kenyan-born". */
  readonly attributiveSuffixes: ReadonlySet<string>;
  readonly sports: {
    /** Words that only sport uses ("innings", "halftime", "SOCCER"). */
    readonly cues: ReadonlySet<string>;
    /** Words of sport only when written in lower case: "the league", not "the Arab League". */
    readonly lowerCaseCues: ReadonlySet<string>;
    readonly before: ReadonlySet<string>;
    readonly after: ReadonlySet<string>;
    readonly teamNouns: ReadonlySet<string>;
    readonly clubPrefixes: ReadonlySet<string>;
    readonly clubSuffixes: ReadonlySet<string>;
    readonly tableWords: ReadonlySet<string>;
    readonly venueWords: ReadonlySet<string>;
  };
  /** Longest phrase of `before`, `nounsBefore` or `nounsAfter`, in words. */
  readonly maxPhraseWords: number;
}

let loaded: OrganisationShapes | undefined;

/** Loads resources/kb/organisation-shapes.json once per process. */
export function organisationShapes(): OrganisationShapes {
  if (loaded) return loaded;
  const file = readResource<OrganisationShapeFile>('organisation-shapes.json');
  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  const phrases = [...file.organisationNouns, ...file.organisationNounsAfter, ...file.sports.before, ...file.corporateWordsAfterPossessive, ...file.listIntroducers];
  loaded = {
    version: `organisation-shapes@${file.version}`,
    companySuffixes: lower(file.companySuffixes),
    companyPrefixes: lower(file.companyPrefixes),
    companyHeads: lower(file.companyHeads),
    nounsBefore: lower(file.organisationNouns),
    nounsAfter: lower(file.organisationNounsAfter),
    afterPossessive: lower(file.corporateWordsAfterPossessive),
    companyWords: lower(file.companyWords),
    listIntroducers: lower(file.listIntroducers),
    genericWords: lower(file.genericNameWords),
    newsAgencies: file.newsAgencies,
    attributiveSuffixes: lower(file.attributiveSuffixes),
    sports: {
      cues: lower(file.sports.cues),
      lowerCaseCues: lower(file.sports.lowerCaseCues),
      before: lower(file.sports.before),
      after: lower(file.sports.after),
      teamNouns: lower(file.sports.teamNouns),
      clubPrefixes: lower(file.sports.clubPrefixes),
      clubSuffixes: lower(file.sports.clubSuffixes),
      tableWords: lower(file.sports.tableWords),
      venueWords: lower(file.sports.venueWords),
    },
    maxPhraseWords: Math.max(...phrases.map((p) => p.split(' ').length)),
  };
  return loaded;
}
