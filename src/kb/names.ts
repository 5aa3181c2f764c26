import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readResource, resourceDir, type ResourceHeader } from './resource.js';

/** resources/kb/names.json: word classes that give a name its shape (never particular names). */
export interface NameShapeFile extends ResourceHeader {
  /** Last words of organisations: "Revolutionary United Front", "Central Bank". */
  readonly orgHeads: readonly string[];
  /** Last words of named events, treaties and laws: "Gulf War", "Geneva Protocol", "Patriot Act". */
  readonly eventHeads: readonly string[];
  /** Lower-case nouns that make a place before them part of a name: "the Minsk agreements", "the Paris club". */
  readonly nameOfHeads: readonly string[];
  /** Last words of places the gazetteer may not know: "Jordan Valley", "Allenby Bridge", "Helmand Province". */
  readonly placeHeads: readonly string[];
  /** First words of places the gazetteer may not know: "Mount Merapi", "Plaza Italia", "Hotel Ivoire". */
  readonly placeLeads: readonly string[];
  /**
   * First words of organisations and armed groups named in Arabic, Persian, Urdu or Somali, where the
   * head comes first ("Jaish al-Adl", "Lashkar-e-Taiba", "Harakat al-Shabaab"): army, movement, party,
   * battalions, front, supporters. Written without apostrophes ("Jama'at" as "jamaat").
   */
  readonly orgLeads?: readonly string[];
  /** First words of named operations and exercises: "Operation Sea Guardian" (EVENT). */
  readonly eventLeads?: readonly string[];
  /** Words of the compass among `notNames`, which open a name before another capitalised word: "Southern Transitional Council". */
  readonly compassWords?: readonly string[];
  /** Lower-case words for a weapon, before which a name is the weapon's: "Storm Shadow missiles", "Su-30 jets". */
  readonly weaponNouns?: readonly string[];
  /** Last words of military units, whose number before them is part of the name: "the 5th Infantry Brigade". */
  readonly unitHeads?: readonly string[];
  /** Capitalised words that are never names on their own (weekdays, months, Mr). */
  readonly notNames: readonly string[];
  /** Proper nouns that name no place, though written after "in" or "at": feasts, faiths, languages, media ("in Ramadan", "in Swahili", "on Telegram"). */
  readonly notPlaces?: readonly string[];
  /**
   * Nouns of a state's edges and ground: after a state's adjective in a phrase of place they make a
   * place of it, not a party ("near the Libyan border", "in Greek waters", "on Pakistani soil"; not
   * "violated Turkish airspace", which is aimed at the state).
   */
  readonly frontierNouns?: readonly string[];
  /** Nouns whose "in" phrase names whom or what, not where: "confidence in …", "a stake in …". */
  readonly inWhomNouns?: readonly string[];
  /** Nouns that, after a state's adjective in a phrase of place, name its capital city ("in the Georgian capital"). */
  readonly capitalNouns?: readonly string[];
  /** Prepositions that put such a phrase somewhere: "near", "in", "along", "off" … */
  readonly frontierPrepositions?: readonly string[];
  /** All-caps tokens that are not organisation acronyms. */
  readonly notAcronyms: readonly string[];
  /** Lower-cased roles written before a person's name: "Economist Joel Naroff", "Director Ljubomir Acimovic". */
  readonly roleWords: readonly string[];
  /**
   * Words after a name and a hyphen that make an adjective of it: "Saudi-led", "Moscow-backed",
   * "Kurdish-controlled". The name keeps its own reading; the whole word is a NORP-like adjective.
   */
  readonly compoundSuffixes: readonly string[];
  /** Words before a hyphen and a name that make an adjective of it: "pro-Moscow", "anti-Western", "ex-Soviet". */
  readonly compoundPrefixes: readonly string[];
  /** Lower-case words for a vessel, after which a name is the vessel's: "the aircraft carrier Carl Vinson". */
  readonly vesselNouns: readonly string[];
  /** Navies' and merchant fleets' prefixes before a vessel's name, as written: "HMS", "USS", "MV". */
  readonly vesselPrefixes: readonly string[];
  /** Lower-case particles inside personal names: "Joaquin del Olmo", "Omar al-Bashir", "Ruud van Nistelrooy". */
  readonly nameParticles: readonly string[];
  /**
   * Honorifics that also stand inside a personal name, between two of its words ("Hassan Sheikh
   * Mohamud", "Abdi Haji Yusuf"): there they are part of the name, not a title cutting it in two.
   */
  readonly innerHonorifics: readonly string[];
  /** Given names that are also common capitalised words ("Will", "May", "Long"); not evidence of a person. */
  readonly notGivenNames: readonly string[];
  /** Religious, ethnic and regional group names, written capitalised: "Kurds", "Sunni", "European" (NORP). */
  readonly groupNames: readonly string[];
}

interface GivenNameFile extends ResourceHeader {
  readonly names: readonly string[];
}

interface EnglishWordFile extends ResourceHeader {
  readonly words: readonly string[];
}

/** The name-shape tables as sets, lower-cased except `groupNames`, which keep their capitals. */
export interface NameShapes {
  readonly version: string;
  readonly orgHeads: ReadonlySet<string>;
  readonly eventHeads: ReadonlySet<string>;
  readonly nameOfHeads: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly placeLeads: ReadonlySet<string>;
  readonly orgLeads: ReadonlySet<string>;
  readonly eventLeads: ReadonlySet<string>;
  readonly unitHeads: ReadonlySet<string>;
  readonly weaponNouns: ReadonlySet<string>;
  readonly compassWords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly notPlaces: ReadonlySet<string>;
  readonly frontierNouns: ReadonlySet<string>;
  readonly inWhomNouns: ReadonlySet<string>;
  readonly frontierPrepositions: ReadonlySet<string>;
  /** Whether tokens[i] (a state's adjective) stands in a phrase of place before a frontier noun: "near the Libyan border". */
  isFrontierPlace(tokens: readonly { normal: string; start: number; end: number }[], i: number, end: number): boolean;
  /** Whether the state adjective `[i, end)` is followed by a capital noun and put somewhere: "in the Georgian capital". */
  isCapitalPlace(tokens: readonly { normal: string; start: number; end: number }[], i: number, end: number): boolean;
  readonly notAcronyms: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  /** Longest role phrase, in words. */
  readonly maxRoleWords: number;
  readonly nameParticles: ReadonlySet<string>;
  readonly innerHonorifics: ReadonlySet<string>;
  readonly compoundSuffixes: ReadonlySet<string>;
  readonly compoundPrefixes: ReadonlySet<string>;
  readonly vesselNouns: ReadonlySet<string>;
  readonly vesselPrefixes: ReadonlySet<string>;
  readonly groupNames: ReadonlySet<string>;
  /** Whether a lower-cased word is a given name (built lazily: 67k names, ~10 ms). */
  isGivenName(word: string): boolean;
  /** `given-names@…` once the list was loaded, for provenance. */
  givenNamesVersion(): string;
  /**
   * Whether a lower-cased word is a common English word (resources/kb/english-words.json, SCOWL
   * levels 10–35: "tension", "trump", "brown"; not "megawati"); loaded on first use. Without the
   * file every word counts as English, so no rule takes a word for a name by its absence.
   */
  isEnglishWord(word: string): boolean;
  /** Whether the common-English list is there (isEnglishWord says yes to every word without it). */
  hasEnglishWords(): boolean;
}

let shapes: NameShapes | undefined;

/** Whether the word right after `[i, end)` is one of `nouns` and a preposition of place stands before it ("near the Libyan border"). */
function nounInPlacePhrase(tokens: readonly { normal: string; start: number; end: number }[], i: number, end: number, nouns: ReadonlySet<string>, prepositions: ReadonlySet<string>): boolean {
  const next = tokens[end];
  if (!next || next.start !== tokens[end - 1]!.end + 1 || !nouns.has(next.normal)) return false;
  let k = i - 1;
  while (k >= 0 && ['the', 'a', 'its', 'their'].includes(tokens[k]!.normal)) k--;
  return k >= 0 && prepositions.has(tokens[k]!.normal);
}

/** Loads resources/kb/names.json once per process; the given-name list loads on first use. */
export function nameShapes(): NameShapes {
  if (shapes) return shapes;
  const file = readResource<NameShapeFile>('names.json');
  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  let given: { names: Set<string>; version: string } | undefined;
  const loadGiven = () => {
    if (!given) {
      // Built by scripts/build-given-names.ts; a checkout without it simply knows no given names.
      const present = existsSync(join(resourceDir(), 'given-names.json'));
      const data = present ? readResource<GivenNameFile>('given-names.json') : { names: [], version: 'none' };
      const stop = lower(file.notGivenNames);
      given = { names: new Set(data.names.filter((n) => !stop.has(n))), version: data.version };
    }
    return given;
  };
  let english: Set<string> | null | undefined;
  const loadEnglish = () => {
    // Built by scripts/build-english-words.ts.
    english ??= existsSync(join(resourceDir(), 'english-words.json')) ? new Set(readResource<EnglishWordFile>('english-words.json').words) : null;
    return english;
  };
  const capitalNouns = lower(file.capitalNouns ?? []);
  shapes = {
    version: `names@${file.version}`,
    orgHeads: lower(file.orgHeads),
    eventHeads: lower(file.eventHeads),
    nameOfHeads: lower(file.nameOfHeads),
    placeHeads: lower(file.placeHeads),
    placeLeads: lower(file.placeLeads),
    orgLeads: lower(file.orgLeads ?? []),
    eventLeads: lower(file.eventLeads ?? []),
    unitHeads: lower(file.unitHeads ?? []),
    weaponNouns: lower(file.weaponNouns ?? []),
    compassWords: lower(file.compassWords ?? []),
    notNames: lower(file.notNames),
    notPlaces: lower(file.notPlaces ?? []),
    frontierNouns: lower(file.frontierNouns ?? []),
    inWhomNouns: lower(file.inWhomNouns ?? []),
    frontierPrepositions: lower(file.frontierPrepositions ?? []),
    isFrontierPlace(tokens, i, end) {
      return nounInPlacePhrase(tokens, i, end, this.frontierNouns, this.frontierPrepositions);
    },
    isCapitalPlace(tokens, i, end) {
      return nounInPlacePhrase(tokens, i, end, capitalNouns, this.frontierPrepositions);
    },
    notAcronyms: new Set(file.notAcronyms),
    roleWords: lower(file.roleWords),
    maxRoleWords: Math.max(...file.roleWords.map((r) => r.split(' ').length)),
    nameParticles: lower(file.nameParticles),
    innerHonorifics: lower(file.innerHonorifics ?? []),
    compoundSuffixes: lower(file.compoundSuffixes),
    compoundPrefixes: lower(file.compoundPrefixes),
    vesselNouns: lower(file.vesselNouns),
    vesselPrefixes: new Set(file.vesselPrefixes),
    groupNames: new Set(file.groupNames),
    isGivenName: (word) => loadGiven().names.has(word),
    givenNamesVersion: () => `given-names@${loadGiven().version}`,
    isEnglishWord: (word) => loadEnglish()?.has(word) ?? true,
    hasEnglishWords: () => loadEnglish() !== null,
  };
  return shapes;
}
