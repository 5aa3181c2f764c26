import { buildCities, buildUsStates } from './cities.js';
import { buildCountries, type CountryAliasFile, type DatedState } from './countries.js';
import { Gazetteer, pieces as piecesOf } from './gazetteer.js';
import { packageVersion, readResource, type ResourceHeader } from './resource.js';
import type { GazetteerMatch, GazetteerRef, KbCity, KbCountry, KbOrganisation, KbRegion } from './types.js';
import type { UserDictionary, UserDictionaryEntry } from './user-dictionaries.js';
import { MONTH_SOURCE } from '../stages/dates/calendar.js';
import { WorldPlaces, worldPlacesVersion } from './world-places.js';

export type { GazetteerMatch, GazetteerRef, KbCity, KbCountry, KbOrganisation, KbRegion } from './types.js';
export { pieces } from './gazetteer.js';
export { WorldPlaces } from './world-places.js';
export { loadUserDictionary, parseUserDictionary, UserDictionaryError, validOn, type UserDictionary, type UserDictionaryEntry } from './user-dictionaries.js';

/** A user dictionary entry in the loaded knowledge base, with the dictionary that holds it. */
export interface KbUserEntry {
  readonly id: string;
  readonly entry: UserDictionaryEntry;
  /** `user:<name>@<version>`, stamped into `origin.resource` of actors it codes. */
  readonly resource: string;
}

export interface LoadKbOptions {
  /** User dictionaries, layered over the built-in tables; later dictionaries win over earlier ones. */
  readonly userDictionaries?: readonly UserDictionary[];
}

interface OrganisationFile extends ResourceHeader {
  readonly entries: readonly { name: string; code: string; sector: string | null; names: string[]; acronyms: string[]; sharedNames?: string[] }[];
}
interface RegionFile extends ResourceHeader {
  readonly entries: readonly Omit<KbRegion, 'kind' | 'id'>[];
}
interface SectorFile extends ResourceHeader {
  readonly terms: Record<string, string[]>;
}
interface OfficeFile extends ResourceHeader {
  readonly titles: Record<string, string[]>;
  readonly courtesy: string[];
  readonly ownedTitles?: string[];
  readonly stateOwners?: string[];
}

/** Cities below this population enter the gazetteer only as capitals: "Of", "Police" and "Split" are towns too. */
const MIN_GAZETTEER_POPULATION = 100_000;

/** The loaded knowledge base: countries, cities, organisations, regions, sector nouns and office titles. */
export interface Kb {
  /** Provenance for `origin.resource`: every package and curated file with its version. */
  readonly version: string;
  readonly countries: ReadonlyMap<string, KbCountry>;
  readonly organisations: ReadonlyMap<string, KbOrganisation>;
  readonly regions: ReadonlyMap<string, KbRegion>;
  readonly cities: ReadonlyMap<string, KbCity>;
  readonly gazetteer: Gazetteer;
  /** Demonym → country code ("Azeri" → AZE, "American" → USA). */
  readonly demonymOwner: ReadonlyMap<string, string>;
  /** A name two states bear ("Congo") → the state it meant when (country-aliases.json `sharedNames`). */
  readonly sharedNames: ReadonlyMap<string, readonly DatedState[]>;
  /**
   * An ISO dependency's code → the state PLOVER folds it into (country-aliases.json `dependencies`: "PRI" → USA,
   * "GRL" → DNK); Hong Kong, Palestine and Kosovo are not in it.
   */
  readonly controllingState: ReadonlyMap<string, string>;
  /** Lower-cased group noun or phrase → PLOVER sector ("peacekeepers" → MIL). */
  readonly sectorTerms: ReadonlyMap<string, string>;
  /** Lower-cased office title → sector ("foreign minister" → GOV); 'COUNTERPART' for "counterpart". */
  readonly officeTitles: ReadonlyMap<string, string>;
  readonly courtesyTitles: ReadonlySet<string>;
  /** State titles that any body's staff may hold (offices.json ownedTitles): "the stadium's security chief" is none of the state's. */
  readonly ownedTitles: ReadonlySet<string>;
  /** Common nouns for a state itself ("the country's security chief"): an owned title they own stays the state's. */
  readonly stateOwners: ReadonlySet<string>;
  /** Longest phrase length, in words, of sectorTerms and officeTitles. */
  readonly maxPhraseWords: number;
  /**
   * Every phrase that a longer key of sectorTerms or officeTitles begins with, up to a space
   * ("prisoners", "prisoners of" for "prisoners of war"): a word-by-word lookup stops at the first
   * phrase that no key goes on from.
   */
  readonly phraseStarts: ReadonlySet<string>;
  /** Cities with this exact name, most populous first (the built-in table's, then the world gazetteer's). */
  citiesNamed(name: string): readonly KbCity[];
  /** The capital city record of a country, if city-timezones has it. */
  capitalOf(code: string): KbCity | undefined;
  /**
   * Gazetteer matches in `text[from, to)`: the built-in tables first, then towns of the world
   * gazetteer (resources/kb/places.tsv.gz) in capitalised names the tables do not cover.
   */
  match(text: string, from?: number, to?: number): GazetteerMatch[];
  /** User dictionary entries by id (the gazetteer's `user` refs point here). */
  readonly userEntries: ReadonlyMap<string, KbUserEntry>;
}

const cache = new Map<string, Kb>();

/**
 * Loads the knowledge base (about 50 ms) and caches it per set of user dictionaries (keyed by their
 * names and versions), so every stage of a run shares one copy.
 */
export function loadKb(options: LoadKbOptions = {}): Kb {
  const dictionaries = options.userDictionaries ?? [];
  const key = dictionaries.map((d) => `${d.name}@${d.version}`).join('|');
  let kb = cache.get(key);
  if (!kb) {
    kb = buildKb(dictionaries);
    cache.set(key, kb);
  }
  return kb;
}

function buildKb(userDictionaries: readonly UserDictionary[]): Kb {
  const { countries, demonymOwner, caseSensitiveNames, aliasVersion, sharedNames, controllingState } = buildCountries();
  const aliasFile = readResource<CountryAliasFile>('country-aliases.json');
  const orgFile = readResource<OrganisationFile>('organisations.json');
  const regionFile = readResource<RegionFile>('regions.json');
  const sectorFile = readResource<SectorFile>('sectors.json');
  const officeFile = readResource<OfficeFile>('offices.json');
  const gazetteer = new Gazetteer();

  for (const c of countries.values()) {
    for (const n of c.names) gazetteer.add(n, { type: 'country', code: c.code });
    for (const cap of c.capitals) gazetteer.add(cap, { type: 'capital', code: c.code });
  }
  for (const [n, code] of caseSensitiveNames) gazetteer.add(n, { type: 'country', code });
  for (const [d, code] of demonymOwner) gazetteer.add(d, { type: 'demonym', code });

  const cityList = buildCities(countries, aliasFile.codeOverrides);
  const cities = new Map<string, KbCity>();
  const byName = new Map<string, KbCity[]>();
  for (const city of cityList) {
    cities.set(city.id, city);
    const list = byName.get(city.name) ?? [];
    list.push(city);
    byName.set(city.name, list);
    if (city.population >= MIN_GAZETTEER_POPULATION || city.capital) gazetteer.add(city.name, { type: 'city', id: city.id });
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);

  const organisations = new Map<string, KbOrganisation>();
  orgFile.entries.forEach((e, i) => {
    const org: KbOrganisation = { kind: 'organisation', id: `org:${i}`, name: e.name, code: e.code, sector: e.sector, names: e.names, acronyms: e.acronyms, sharedNames: e.sharedNames ?? [] };
    organisations.set(org.id, org);
    for (const n of [...e.names, ...e.acronyms]) gazetteer.add(n.replace(/^the /, ''), { type: 'organisation', id: org.id });
  });

  const regions = new Map<string, KbRegion>();
  regionFile.entries.forEach((e, i) => {
    const region: KbRegion = { kind: 'region', id: `region:${i}`, ...e };
    regions.set(region.id, region);
    for (const n of e.names) gazetteer.add(n.replace(/^the /, ''), { type: 'region', id: region.id });
  });

  for (const state of buildUsStates()) {
    const region: KbRegion = { kind: 'region', id: `region:us:${state.name}`, name: state.name, names: [state.name], countryCode: 'USA', lat: state.lat, lon: state.lon, level: 'region', disputed: false };
    regions.set(region.id, region);
    gazetteer.add(state.name, { type: 'region', id: region.id });
  }

  let maxPhraseWords = 1;
  const sectorTerms = new Map<string, string>();
  for (const [sector, terms] of Object.entries(sectorFile.terms)) {
    for (const t of terms) {
      // First listing wins: "defence ministry" is listed under GOV before MIL.
      if (!sectorTerms.has(t)) sectorTerms.set(t, sector);
      maxPhraseWords = Math.max(maxPhraseWords, t.split(' ').length);
    }
  }
  const officeTitles = new Map<string, string>();
  for (const [sector, titles] of Object.entries(officeFile.titles)) {
    for (const t of titles) {
      if (!officeTitles.has(t)) officeTitles.set(t, sector);
      maxPhraseWords = Math.max(maxPhraseWords, t.split(' ').length);
    }
  }

  const phraseStarts = new Set<string>();
  for (const phrase of [...sectorTerms.keys(), ...officeTitles.keys()]) {
    for (let space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) phraseStarts.add(phrase.slice(0, space));
  }

  const version = [
    `world-countries@${packageVersion('world-countries')}`,
    `city-timezones@${packageVersion('city-timezones')}`,
    worldPlacesVersion(),
    `country-aliases@${aliasVersion}`,
    `organisations@${orgFile.version}`,
    `regions@${regionFile.version}`,
    `sectors@${sectorFile.version}`,
    `offices@${officeFile.version}`,
    ...userDictionaries.map((d) => `user:${d.name}@${d.version}`),
  ].join('+');

  // User entries last, so a user's name is found whatever the built-in tables say about it.
  const userEntries = new Map<string, KbUserEntry>();
  userDictionaries.forEach((d, k) => d.entries.forEach((entry, i) => {
    const id = `user:${k}:${i}`;
    userEntries.set(id, { id, entry, resource: `user:${d.name}@${d.version}` });
    for (const n of [entry.name, ...entry.aliases]) gazetteer.add(n, { type: 'user', id });
  }));

  return {
    version, countries, organisations, regions, cities: new CityTable(cities), gazetteer, demonymOwner, sharedNames, controllingState, sectorTerms, officeTitles, userEntries,
    courtesyTitles: new Set(officeFile.courtesy), ownedTitles: new Set(officeFile.ownedTitles ?? []), stateOwners: new Set(officeFile.stateOwners ?? []), maxPhraseWords, phraseStarts,
    citiesNamed: (name) => {
      const own = byName.get(name) ?? [];
      const world = WorldPlaces.get();
      if (!world) return own;
      // A world place near one the built-in table has (same state, about 30 km) is that place.
      const more = world.idsNamed(name).map((id) => world.city(id)!)
        .filter((c) => !own.some((o) => o.countryCode === c.countryCode && Math.abs(o.lat - c.lat) < 0.3 && Math.abs(o.lon - c.lon) < 0.3));
      return more.length === 0 ? own : [...own, ...more].sort((a, b) => b.population - a.population);
    },
    capitalOf(code) {
      const country = countries.get(code);
      if (!country) return undefined;
      for (const cap of country.capitals) {
        // city-timezones spells Washington "Washington, D.C.".
        const hit = (byName.get(cap) ?? []).find((c) => c.countryCode === code)
          ?? cityList.find((c) => c.countryCode === code && c.name.startsWith(`${cap},`));
        if (hit) return hit;
      }
      return undefined;
    },
    match: (text, from, to) => matchWithWorld(gazetteer, text, from, to),
  };
}

/** How many same-named towns a match offers the place disambiguation (most populous first). */
const MAX_HOMONYMS = 8;
/**
 * Towns smaller than this are read only where the text says a place is meant ("in Ferreira", "the
 * village of Ferreira", "Ferreira, Portugal"): thousands of villages share a name with a surname.
 */
const SMALL_TOWN = 5000;
const PLACE_BEFORE = /\b(?:in|near|at|outside|from|to|into|around|towards|toward|village of|town of|city of|district of|area of|villages of|towns of)\s+$/i;
const CAPITAL = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const GLUE = /^[-'’]$/;
const APOSTROPHE = /^['’]$/;
const PLACE_AFTER = /^(?:,\s*\p{Lu}|\s+(?:village|town|city|district|area|region|province|county|municipality|locality|town[s]?hip)\b)/u;

/** Whether the words around `text[start, end)` say it is a place. */
function saysPlace(text: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || PLACE_AFTER.test(text.slice(end, end + 20));
}

const MONTH_ALONE = new RegExp(`^${MONTH_SOURCE}$`);
const DAY_OR_YEAR_AFTER = /^\.?,?\s+\d{1,4}\b/;
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+$/;

/**
 * Whether `text[start, end)` is a month's name written as a date: "Nov 18", "18 Nov", "Nov. 2024".
 * A town may bear a month's name (Nov in Tajikistan), and wire datelines write the month short
 * ("BANGUI, Nov 18 (AFP) -"), so such a word beside a number is the date, never the town.
 */
function saysDate(text: string, start: number, end: number): boolean {
  if (!MONTH_ALONE.test(text.slice(start, end))) return false;
  return DAY_OR_YEAR_AFTER.test(text.slice(end, end + 8)) || DAY_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * The built-in tables' matches, then world towns in the stretches they leave: the longest run of
 * pieces that starts with a capital, joined by single spaces or hyphens, whose text the world
 * gazetteer knows ("Mamfe", "Beled Weyne", "Mazar-i-Sharif").
 */
function matchWithWorld(gazetteer: Gazetteer, text: string, from = 0, to = text.length): GazetteerMatch[] {
  const ps = piecesOf(text, from, to);
  const own = gazetteer.matchPieces(text, ps);
  if (!ps.some((p) => CAPITAL.test(p.key))) return own;
  const world = WorldPlaces.get();
  if (!world) return own;
  const out = [...own];
  let next = 0;
  for (let i = 0; i < ps.length; i++) {
    const start = ps[i]!.start;
    while (next < own.length && own[next]!.end <= start) next++;
    if (next < own.length && own[next]!.start <= start) continue;
    // A place name starts with a capital, not after a hyphen or an apostrophe glued to a word ("ex-Soviet", "Kyiv's").
    if (!CAPITAL.test(ps[i]!.key) || (i > 0 && ps[i - 1]!.end === start && GLUE.test(ps[i - 1]!.key))) continue;
    let best = -1;
    let bestName = '';
    // The pieces read so far with each gap (one space character at most) as one space, grown a
    // piece at a time and given up once no spelling of the world gazetteer goes on from them.
    let name = '';
    for (let j = i; j < ps.length && j - i < world.maxPieces; j++) {
      if (j > i && ps[j]!.start - ps[j - 1]!.end > 1) break;
      name += (j > i && ps[j]!.start > ps[j - 1]!.end ? ' ' : '') + text.slice(ps[j]!.start, ps[j]!.end);
      // A longer world name may hold a built-in one whole ("New South Wales" holds
      // "Wales"): the longer name is the place meant. One that cuts a built-in name in
      // two is not read.
      const cut = own.some((o) => o.start < ps[j]!.end && ps[j]!.end < o.end);
      if (LETTER.test(ps[j]!.key) && world.has(name) && !cut) {
        best = j;
        bestName = name;
      }
      if (!world.continuesFrom(name)) break;
    }
    if (best < 0) continue;
    const end = ps[best]!.end;
    if (saysDate(text, start, end)) continue;
    // "Kyiv-based": a name glued to a following word is a modifier, not the place itself.
    if (best + 1 < ps.length && ps[best + 1]!.start === end && GLUE.test(ps[best + 1]!.key) && !APOSTROPHE.test(ps[best + 1]!.key)) continue;
    const refs: GazetteerRef[] = [];
    let place: boolean | undefined;
    for (const row of world.rowsNamed(bestName) ?? []) {
      if (world.populationOf(row) < SMALL_TOWN && !(place ??= saysPlace(text, start, end))) continue;
      refs.push({ type: 'city', id: `geo:${row}` });
      if (refs.length === MAX_HOMONYMS) break;
    }
    if (refs.length === 0) continue;
    // The built-in names the world name holds give way to it.
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
    out.push({ start, end, text: text.slice(start, end), refs });
    i = best;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The built-in cities, and world towns by their `geo:` ids, behind one map. */
class CityTable extends Map<string, KbCity> {
  override get(id: string): KbCity | undefined {
    return super.get(id) ?? (id.startsWith('geo:') ? WorldPlaces.get()?.city(id) : undefined);
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
