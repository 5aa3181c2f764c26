import { buildCities, buildUsStates } from './cities.js';
import { buildCountries, type CountryAliasFile } from './countries.js';
import { Gazetteer } from './gazetteer.js';
import { packageVersion, readResource, type ResourceHeader } from './resource.js';
import type { GazetteerMatch, KbCity, KbCountry, KbOrganisation, KbRegion } from './types.js';
import type { UserDictionary, UserDictionaryEntry } from './user-dictionaries.js';

export type { GazetteerMatch, GazetteerRef, KbCity, KbCountry, KbOrganisation, KbRegion } from './types.js';
export { pieces } from './gazetteer.js';
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
  readonly entries: readonly { name: string; code: string; sector: string | null; names: string[]; acronyms: string[] }[];
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
  /** Lower-cased group noun or phrase → PLOVER sector ("peacekeepers" → MIL). */
  readonly sectorTerms: ReadonlyMap<string, string>;
  /** Lower-cased office title → sector ("foreign minister" → GOV); 'COUNTERPART' for "counterpart". */
  readonly officeTitles: ReadonlyMap<string, string>;
  readonly courtesyTitles: ReadonlySet<string>;
  /** Longest phrase length, in words, of sectorTerms and officeTitles. */
  readonly maxPhraseWords: number;
  /** Cities with this exact name, most populous first. */
  citiesNamed(name: string): readonly KbCity[];
  /** The capital city record of a country, if city-timezones has it. */
  capitalOf(code: string): KbCity | undefined;
  /** Gazetteer matches in `text[from, to)`. */
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
  const { countries, demonymOwner, caseSensitiveNames, aliasVersion } = buildCountries();
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
    const org: KbOrganisation = { kind: 'organisation', id: `org:${i}`, name: e.name, code: e.code, sector: e.sector, names: e.names, acronyms: e.acronyms };
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

  const version = [
    `world-countries@${packageVersion('world-countries')}`,
    `city-timezones@${packageVersion('city-timezones')}`,
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
    version, countries, organisations, regions, cities, gazetteer, demonymOwner, sectorTerms, officeTitles, userEntries,
    courtesyTitles: new Set(officeFile.courtesy), maxPhraseWords,
    citiesNamed: (name) => byName.get(name) ?? [],
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
    match: (text, from, to) => gazetteer.match(text, from, to),
  };
}
